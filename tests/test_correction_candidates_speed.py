"""The candidate search and the channel's tables, restructured for speed, give the same candidates and
costs as their plain definitions (kept here): the same syllables in the same order with the same
floats."""
import unicodedata
from functools import reduce
from operator import add

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from parser.correction import candidates as cand
from parser.correction import tokens
from parser.correction.channel import TRUE_LETTERS, Channel, decompose
from parser.correction.langmodel import load
from parser.correction.syllables import fold, strip_marks


@pytest.fixture(scope="module")
def lm():
    return load()


def plain_cost(ch: Channel, t: str, u: str) -> float:
    """Channel.cost as first written: the full table, else base + modifier + tone, else symbol + tone."""
    full = ch.full.get(t + "|" + u)
    if full is not None:
        return full
    td = decompose(t)
    ud = decompose(u) if len(u) == 1 else None
    d = ch.defaults
    if td is None:
        return 0.0 if t == u else d["sym"] + 4.0
    if ud is not None:
        return (ch.base.get(td[0] + ud[0], d["base"]) + ch.mod.get(td[1] + "|" + ud[1], d["mod"])
                + ch.tone.get(f"{td[2]}{ud[2]}", d["tone"]))
    return ch.sym.get(td[0] + td[1] + "|" + u, d["sym"]) + ch.tone.get(f"{td[2]}0", d["tone"])


def plain_unit_readings(ch: Channel, unit: str, wide: bool) -> list[tuple[str, float]]:
    spread = cand.WIDE_UNIT_SPREAD if wide else cand.UNIT_SPREAD
    best: dict[str, float] = {}
    for t in TRUE_LETTERS:
        c, b = plain_cost(ch, t, unit), fold(t)
        if c < best.get(b, 1e9):
            best[b] = c
    top = min(best.values())
    return sorted(((b, c) for b, c in best.items() if c <= top + spread and c <= cand.MAX_COST), key=lambda x: x[1])


def plain_generate(gen, word, keep, skeleton_spread, candidate_spread, wide=False):
    """CandidateGenerator._generate as first written: a recursive walk, each step a call."""
    lm, prefixes, index, ch = gen.lm, gen.lm.prefixes, gen.lm.by_skeleton, gen.channel
    found, n, limit = [], len(word), [cand.MAX_COST]
    floor, prior, w = gen.uni_weight * lm.min_uni, lm.skeleton_uni, gen.uni_weight

    def walk(pos, skel, units, cost, skipped):
        if pos == n:
            if skel in index:
                found.append((cost, skel, units, skipped))
                reach = cost + w * prior[skel] + skeleton_spread
                if reach < limit[0]:
                    limit[0] = reach
            return
        for width in (1, 2):
            if pos + width > n:
                break
            unit = word[pos:pos + width]
            for base, c in plain_unit_readings(ch, unit, wide):
                total = cost + c
                if total + floor > limit[0]:
                    break
                nxt = skel + base
                if nxt in prefixes:
                    walk(pos + width, nxt, units + (unit,), total, skipped)
        if skipped == 0.0 and n > 2:
            c = ch.ins_cost(word[pos])
            if cost + c + floor <= limit[0]:
                walk(pos + 1, skel, units, cost + c, c)

    walk(0, "", (), 0.0, 0.0)
    best: dict[int, float] = {}
    for bound, skel, units, skipped in found:
        if bound + w * prior[skel] > limit[0]:
            continue
        for sid in index[skel]:
            c = reduce(add, (plain_cost(ch, t, u) for t, u in zip(lm.words[sid], units)), skipped)
            if c < best.get(sid, 1e9):
                best[sid] = c
    ranked = sorted(best.items(), key=lambda x: x[1] + w * lm.uni[x[0]])
    return gen._prune(ranked, keep, candidate_spread)


# characters OCR prints in Vietnamese words: letters with and without marks, look-alike digits, glyphs
OCR_CHARS = "abcdeghiklmnopqrstuvxyđăâêôơưáàảãạéèẻẽẹíìóòõọúùủứừửữựýỳ" + "0134568" + "¢€'`,.|fjwz"


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(word=st.text(alphabet=OCR_CHARS, min_size=1, max_size=cand.MAX_WORD), wide=st.booleans())
def test_generated_candidates_are_those_of_the_plain_search(lm, word, wide):
    gen = cand.CandidateGenerator(lm)
    if wide:
        args = (cand.WIDE_KEEP, cand.WIDE_SKELETON_SPREAD, cand.WIDE_CANDIDATE_SPREAD, True)
    else:
        args = (cand.KEEP, cand.SKELETON_SPREAD, cand.CANDIDATE_SPREAD, False)
    assert gen._generate(word, *args) == plain_generate(gen, word, *args)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(unit=st.text(alphabet=OCR_CHARS + "AĐÊ-", min_size=1, max_size=2),
       letters=st.lists(st.sampled_from(TRUE_LETTERS + ("f", "j", "w", "z", "q")), min_size=1, max_size=6),
       tables_first=st.booleans())
def test_channel_costs_are_the_plain_sums(lm, unit, letters, tables_first):
    ch = Channel(lm.channel.to_json())
    if tables_first:
        assert ch.unit_costs(unit) == [plain_cost(ch, t, unit) for t in TRUE_LETTERS]
    for t in letters:
        assert ch.cost(t, unit) == plain_cost(ch, t, unit)
    assert ch.unit_costs(unit) == [plain_cost(ch, t, unit) for t in TRUE_LETTERS]
    assert all(ch.letter_costs(unit)[t] == plain_cost(ch, t, unit) for t in letters)


def test_the_unit_tables_cover_symbol_units_and_the_full_table(lm):
    """Units with their own symbol entries and full-table letters (the paths the defaults skip)."""
    ch = Channel(lm.channel.to_json())
    units = sorted({k.partition("|")[2] for k in ch.sym} | {k.partition("|")[2] for k in ch.full})
    assert len(units) > 50
    for u in units:
        assert ch.unit_costs(u) == [plain_cost(ch, t, u) for t in TRUE_LETTERS]
        gen = cand.CandidateGenerator(lm)
        for wide in (False, True):
            assert gen.unit_readings(u, wide) == plain_unit_readings(ch, u, wide)


def plain_strip_marks(text: str) -> str:
    out = [c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c)]
    return "".join(out).replace("đ", "d").replace("Đ", "D")


@settings(max_examples=500, deadline=None)
@given(text=st.text() | st.text(alphabet=OCR_CHARS + "ĐÂĂÊÔƠƯ\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b ", max_size=30))
def test_strip_marks_is_nfd_without_its_marks(text):
    assert strip_marks(text) == plain_strip_marks(text)
    assert fold(text) == plain_strip_marks(text).lower()


def plain_tokenize(text, skeletons, foreign):
    """tokens.tokenize as first written: every chunk cut at its edges the same way."""
    out = []
    for m in tokens._CHUNK.finditer(text):
        chunk = m.group()
        s, e = m.span()
        if chunk[0] in tokens._LEADING or chunk[-1] in tokens.TRAIL_PUNCT:
            while s < e and text[s] in tokens._LEADING:
                s += 1
            while e > s and text[e - 1] in tokens.TRAIL_PUNCT:
                e -= 1
            if s >= e:
                out.append(tokens.Token(m.start(), m.end(), chunk, tokens.OTHER))
                continue
            word = text[s:e]
            if s > m.start():
                out.append(tokens.Token(m.start(), s, text[m.start():s], tokens.OTHER))
        else:
            word = chunk
        kind = tokens.classify(word, skeletons, foreign)
        if kind == tokens.SYLLABLE and text[e:e + 1] == ")" and (len(word) == 1 or (
                text[s - 1:s] == "(" and word.isupper())):
            kind = tokens.CODE
        out.append(tokens.Token(s, e, word, kind))
        if e < m.end():
            out.append(tokens.Token(e, m.end(), text[e:m.end()], tokens.OTHER))
    return out


PIECES = ["tinh", "dén", "(SOC)", "a)", "b)", "(IUU)", "co'", "\"trong\"", "«xã»", "-", "•", "...", ")", "(",
          "2020,", "UBND;", "1.626", "huy¢n", "Tân", "Mỹ:", "(ĐÀO", "TẠO)", "x)", "“quy”", "v6i.", "~", "*a*"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(parts=st.lists(st.tuples(st.sampled_from(PIECES) | st.text(alphabet=OCR_CHARS + "()\"'.,;:-«»“”", min_size=1,
                                                                    max_size=6),
                                st.sampled_from([" ", "\n", "  ", "\t"])), max_size=40))
def test_tokenize_cuts_and_classifies_as_the_plain_loop(lm, parts):
    text = "".join(w + gap for w, gap in parts)
    assert tokens.tokenize(text, lm.skeletons, lm.foreign) == plain_tokenize(text, lm.skeletons, lm.foreign)


def test_precomputed_lists_are_read_as_the_plain_parse(lm):
    gen = cand.CandidateGenerator(lm)
    forms = sorted(lm.precomputed)[::37]
    assert len(forms) > 300
    for form in forms:
        pre = lm.precomputed[form]
        plain = [(int(i), float(c)) for i, c in (x.split(":") for x in pre.split())] if pre else []
        plain = gen._prune(plain, cand.KEEP, cand.CANDIDATE_SPREAD)
        own = lm.ids.get(form) if form != fold(form) else None
        if own is not None:
            plain = [(sid, max(0.0, c - cand.IDENTITY_BONUS) if sid == own else c) for sid, c in plain]
        assert gen.candidates(form) == plain
