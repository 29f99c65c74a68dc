"""The correction engine: tokens -> lattice -> best reading -> corrections, suspicions, suggestions."""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from ..collector import collector_paused
from ..model import Correction
from .abbreviations import restore_code
from .candidates import CandidateGenerator
from .decoder import Decoder, Reading
from .langmodel import load
from .learning import LearningStore
from .names import RUN_MAX, RUN_MIN, is_title_word, read_name
from .syllables import fold
from .tokens import CODE, FOREIGN, JUNK, MAYBE_NUMBER, NUMBER, ROMAN, SYLLABLE, Token, classify, roman_misread, tokenize

LEARNABLE = (SYLLABLE, JUNK, MAYBE_NUMBER, CODE, FOREIGN)
CAPS_GARBLE_MAX = 3.3   # channel cost under which a capital "code" in a heading is read as a garbled word
# ... or one with a digit among its letters ("NGUY8N", "NH1EM", "H1ỂM"): abbreviations put digits at
# their ends (H5N1 aside, which no syllable is near), so such a word is the more surely garbled
DIGIT_GARBLE_MAX = 6.5
_DIGIT_AMONG_LETTERS = re.compile(r"[^\W\d_][0-9][^\W\d_]")


@dataclass(frozen=True)
class Suspicion:
    start: int
    end: int
    word: str
    score: float    # 0 = surely right as printed, 1 = surely an OCR error


@dataclass(frozen=True)
class Suggestion:
    text: str
    score: float    # 0..1, higher is better
    source: str     # "learned" | "auto"


@lru_cache(maxsize=1 << 16)
def recase(original: str, new: str) -> str:
    """`new` in the case of `original`: ALL CAPS stays caps, Title stays Title."""
    if original.islower():
        return new
    if original[:1] == "I" and new[:1] == "l" and original[1:].islower():
        return new      # "Iuot" is "lượt": the capital I was a small l
    if new != new.lower():
        return new  # the user's own casing (TT&TT, b/c) is kept
    letters = [c for c in original if c.isalpha()]
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return new.upper()
    if original[:1].isupper() or (original[:1].isdigit() and False):
        return new[:1].upper() + new[1:]
    return new


class Engine:
    def __init__(self) -> None:
        self.lm = load()
        self.gen = CandidateGenerator(self.lm)
        self.decoder = Decoder(self.lm, self.gen)

    def tokens(self, text: str) -> list[Token]:
        return self.garbled_capitals(text, tokenize(text, self.lm.skeletons, self.lm.foreign))

    def garbled_capitals(self, text: str, tokens: list[Token]) -> list[Token]:
        """In a heading written in capitals, an unreadable capital word that is one cheap OCR
        confusion away from a syllable ("NDM" -> NĂM, "THWC" -> THỰC) is garbled text, not an
        abbreviation. Real abbreviations (UBND, CNTT, IUU) have no such reading."""
        out = list(tokens)
        caps_on_line: dict[int, int] = {}   # line start -> capital syllables on that line
        for k, t in enumerate(tokens):
            if t[3] != CODE or not t.text.isupper() or not t.text.isalnum() or not 3 <= len(t.text) <= 7:
                continue
            # the tokens of k's line: its neighbours up to a line break (a token never holds one)
            line = text.rfind("\n", 0, t.start) + 1
            caps = caps_on_line.get(line)
            if caps is None:
                end = text.find("\n", t.end)
                end = len(text) if end < 0 else end
                first = last = k
                while first > 0 and tokens[first - 1].start >= line:
                    first -= 1
                while last + 1 < len(tokens) and tokens[last + 1].end <= end:
                    last += 1
                caps = caps_on_line[line] = sum(1 for u in tokens[first:last + 1]
                                                if u.kind == SYLLABLE and u.text.isupper())
            if caps < 2:
                continue
            got = self.gen.candidates(t.text.lower())
            limit = DIGIT_GARBLE_MAX if _DIGIT_AMONG_LETTERS.search(t.text) else CAPS_GARBLE_MAX
            if got and got[0][1] <= limit:
                out[k] = Token(t.start, t.end, t.text, JUNK)
        return out

    @staticmethod
    def breaks(text: str, tokens: list[Token]) -> set[int]:
        """Tokens that start a new context: after a blank line, or a new line starting in capitals."""
        out = set()
        for k in range(1, len(tokens)):
            gap = text[tokens[k - 1].end:tokens[k].start]
            if "\n" in gap and (gap.count("\n") > 1 or tokens[k].text[:1].isupper()):
                out.add(k)
        return out

    def names(self, text: str, tokens: list[Token]) -> dict[int, str]:
        """Readings of person names: runs of RUN_MIN..RUN_MAX capitalised words on one line,
        separated by spaces only, read as surname, middle name(s), given name from the lists."""
        out: dict[int, str] = {}
        # (and "Y", the Ê Đê men's name prefix: "Y Thông Niê", before another capitalised word)
        title = [k for k, t in enumerate(tokens)
                 if t.text[:1].isupper() and t.kind in (SYLLABLE, JUNK) and is_title_word(t.text)
                 or t.text == "Y" and k + 1 < len(tokens) and is_title_word(tokens[k + 1].text)]
        runs: list[list[int]] = []
        for k in title:
            # adjacent tokens (no punctuation between) on the same line
            if runs and runs[-1][-1] == k - 1 and "\n" not in text[tokens[k - 1].end:tokens[k].start]:
                runs[-1].append(k)
            else:
                runs.append([k])
        runs += self._capital_name_lines(text, tokens)
        for run in runs:
            if len(run) < RUN_MIN:
                continue
            # the name may follow a title (Ông, Bà, Đồng chí): the start that needs the fewest changes
            options = [self._name_run(tokens, run[first:]) for first in range(len(run) - RUN_MIN + 1)
                       if len(run) - first <= RUN_MAX]
            options = [o for o in options if o is not None]
            if options:
                out.update(min(options, key=lambda o: o[0])[1])
        return out

    @staticmethod
    def _capital_name_lines(text: str, tokens: list[Token]) -> list[list[int]]:
        """Lines of RUN_MIN..RUN_MAX words in capitals and nothing else: a signer's name is often
        printed so ("NGUYỄN VĂN AN" under "CHỦ TỊCH"); it is read as a name only if every word fits."""
        out, line = [], []
        for k, t in enumerate(tokens):
            if line and "\n" in text[tokens[line[-1]].end:t.start]:
                out.append(line)
                line = []
            line.append(k)
        out.append(line)
        return [ks for ks in out if RUN_MIN <= len(ks) <= RUN_MAX and all(
            tokens[k].kind in (SYLLABLE, JUNK) and tokens[k].text.isupper() and len(tokens[k].text) > 1
            for k in ks)]

    def _name_run(self, tokens: list[Token], run: list[int]) -> tuple[float, dict[int, str]] | None:
        kinds = ["surnames"] + ["middle"] * (len(run) - 2) + ["given"]
        got, total = {}, 0.0
        words = self.lm.words
        for k, kind in zip(run, kinds):
            word = tokens[k].text
            cands = [(words[sid], c) for sid, c in self.gen.candidates(word.lower())]
            name = read_name(word, kind, cands, last=kind == "given", syllables=self.lm.ids)
            if name is None and kind == "middle":
                name = read_name(word, "given", cands, syllables=self.lm.ids)   # a second given-like middle name (Thị Thu Hà)
            if name is None:
                return None
            got[k] = name[0]
            total += name[1]
        return total, got

    def proper_nouns(self, text: str, tokens: list[Token]) -> set[int]:
        """Capitalised syllables printed with their marks inside a sentence, or followed by another
        capitalised word ("xã Tân Mỹ", "Tân Mỹ"): proper nouns as printed. Their marks are
        evidence, so they are changed only when the context is strongly against them."""
        out = set()
        ids = self.lm.ids
        for k, t in enumerate(tokens):
            if t.kind != SYLLABLE or not is_title_word(t.text):
                continue
            low = t.text.lower()
            if low == fold(low) or low not in ids:
                continue
            inside = (k > 0 and tokens[k - 1].kind == SYLLABLE and tokens[k - 1].text[-1:].isalpha()
                      and "\n" not in text[tokens[k - 1].end:t.start])
            before_name = (k + 1 < len(tokens) and is_title_word(tokens[k + 1].text)
                           and tokens[k + 1].kind in (SYLLABLE, JUNK)
                           and text[t.end:tokens[k + 1].start] == " ")
            if inside or before_name:
                out.add(k)
        return out

    def learned(self, tokens: list[Token], store: LearningStore | None) -> dict[int, str]:
        if store is None or not len(store):
            return {}
        out = {}
        for k, t in enumerate(tokens):
            if t.kind in LEARNABLE:
                got = store.lookup(t.text)
                if got:
                    out[k] = got[0][0]
        return out

    def read(self, text: str, store: LearningStore | None = None,
             wanted=None) -> tuple[list[Token], list[Reading], dict]:
        """Tokens, their readings and the learned replacements; `wanted(token, word)` limits the
        confidences computed to the readings it accepts (see Decoder.decode)."""
        tokens = self.tokens(text)
        learned = self.learned(tokens, store)
        names = self.names(text, tokens)
        forced = {**names, **learned}
        guarded = self.proper_nouns(text, tokens)
        # a colon carries the context through ("Số: 412/BC-UBND", "Lưu: VT"), as in the corpus counts
        keep = [k for k, t in enumerate(tokens) if t.text != ":"]
        if len(keep) == len(tokens):
            readings = self.decoder.decode(tokens, self.breaks(text, tokens), forced, wanted, guarded)
        else:
            sub = [tokens[k] for k in keep]
            sub_forced = {i: forced[k] for i, k in enumerate(keep) if k in forced}
            sub_guarded = {i for i, k in enumerate(keep) if k in guarded}
            got = iter(self.decoder.decode(sub, self.breaks(text, sub), sub_forced, wanted, sub_guarded))
            readings = [next(got) if t.text != ":" else Reading(t, None, 1.0) for t in tokens]
        # a name the language model does not know ("Niê", "Quới") comes back unread: it reads as itself
        unknown = {k: w for k, w in names.items() if k not in learned and w not in self.lm.ids}
        if unknown:
            readings = [Reading(r[0], unknown[k], 1.0) if k in unknown else r for k, r in enumerate(readings)]
        return tokens, readings, learned

    def correct(self, text: str, store: LearningStore | None = None) -> list[Correction]:
        with collector_paused():
            return self._correct(text, store)

    def _correct(self, text: str, store: LearningStore | None) -> list[Correction]:
        # a confidence is only reported with a change
        tokens, readings, forced = self.read(text, store, wanted=_changes)
        out = []
        append = out.append
        for k, ((start, end, old, kind), word, confidence) in enumerate(readings):
            if forced and k in forced:
                new, source, conf = recase(old, forced[k]), "learned", 1.0
            elif word is None:
                if kind != CODE:
                    continue
                # HDND -> HĐND, ND-CP -> NĐ-CP; a Roman heading number read with 1 for I (I1 -> II)
                new, source, conf = roman_misread(old) or restore_code(old), "auto", 0.9
            elif word == old:
                continue    # read as printed (in lower case): nothing to correct
            else:
                new, source, conf = recase(old, word), "auto", confidence
            if new != old and "\n" not in new:
                append(Correction(start, end, old, new, source, round(conf, 3)))
        return out

    def suspicious(self, text: str) -> list[Suspicion]:
        with collector_paused():
            tokens, readings, _ = self.read(text)
        out = []
        for r in readings:
            tok = r.token
            if tok.kind not in (SYLLABLE, JUNK):
                continue
            changed = r.word is not None and recase(tok.text, r.word) != tok.text
            if changed:
                score = 0.5 + 0.5 * r.confidence
            elif tok.kind == JUNK:
                score = 0.8
            else:
                score = 0.5 * (1.0 - r.confidence)
            out.append(Suspicion(tok.start, tok.end, tok.text, round(score, 3)))
        return out

    def suggest(self, text: str, start: int, end: int, k: int = 5,
                store: LearningStore | None = None) -> list[Suggestion]:
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        line = text[line_start:line_end]
        word = text[start:end]
        tokens, readings, _ = self.read(line)
        at = next((i for i, t in enumerate(tokens) if t.start == start - line_start and t.end == end - line_start), None)
        lm = self.lm
        left = right = lm.boundary
        if at is not None:
            if at > 0:
                left = self._lm_id(readings[at - 1])
            if at + 1 < len(tokens):
                right = self._lm_id(readings[at + 1])
        out: list[Suggestion] = []
        seen = set()
        if store is not None:
            for new, n in store.lookup(word):
                s = recase(word, new)
                if s not in seen:
                    seen.add(s)
                    out.append(Suggestion(s, round(1.0 - 0.5 / (n + 1), 3), "learned"))
        kind = tokens[at].kind if at is not None else classify(word, lm.skeletons, lm.foreign)
        scale = out[-1].score if out else 1.0   # automatic readings rank below the learned ones
        for text_, score in self._ranked(word, kind, left, right):
            if text_ not in seen:
                seen.add(text_)
                out.append(Suggestion(text_, round(score * scale, 4), "auto"))
        return out[:k]

    def _ranked(self, word: str, kind: str, left: int, right: int) -> list[tuple[str, float]]:
        """Readings of `word` between the LM words `left` and `right`, best first, scores summing to 1."""
        lm, gen = self.lm, self.gen
        if kind == NUMBER or not word.strip():
            return []
        fixed = [(v, 0.5) for v in roman_variants(word)]
        if kind == CODE:
            return fixed + [(v, 0.5) for v in abbreviation_variants(word)]
        low = word.lower()
        cands = list(gen.candidates(low, wide=True))
        if len(low) == 1 and low.isalpha():
            cands += gen.completions(low)
        scored: dict[int, float] = {}
        for sid, c in cands:
            v = c + lm.cost(left, sid) + lm.cost(sid, right)
            if v < scored.get(sid, math.inf):
                scored[sid] = v
        if not scored:
            return fixed
        best = min(scored.values())
        z = sum(math.exp(best - v) for v in scored.values())
        ranked = sorted(scored.items(), key=lambda x: x[1])
        return fixed + [(recase(word, lm.words[sid]), round(math.exp(best - v) / z, 4)) for sid, v in ranked]

    def _lm_id(self, r: Reading) -> int:
        lm = self.lm
        if r.word is not None:
            return lm.ids.get(r.word, lm.boundary)
        if r.token.kind in (NUMBER, MAYBE_NUMBER):
            return lm.num
        return lm.boundary


def _changes(tok: Token, word: str) -> bool:
    # a lower-case word read as itself is the common case: no need to recase it
    return tok.text != word and recase(tok.text, word) != tok.text


def roman_variants(word: str) -> list[str]:
    """A heading number in Roman figures the OCR misread ("I1" -> "II", "1X" -> "IX")."""
    if not 1 < len(word) <= 5 or not any(c in "IVX" for c in word) or not all(c in "IVX1lT|" for c in word):
        return []
    fixed = "".join("I" if c in "1lT|" else c for c in word)
    return [fixed] if fixed != word and ROMAN.fullmatch(fixed) else []


def abbreviation_variants(word: str) -> list[str]:
    """An abbreviation with a D the OCR may have read for Đ (HDND -> HĐND, ND-CP -> NĐ-CP, d/c -> đ/c).
    Offered as suggestions only: abbreviations are never changed automatically."""
    spots = [i for i, c in enumerate(word) if c in "Dd"]
    out = []
    for i in spots:
        out.append(word[:i] + ("Đ" if word[i] == "D" else "đ") + word[i + 1:])
    if len(spots) > 1:
        out.append("".join(("Đ" if c == "D" else "đ") if c in "Dd" else c for c in word))
    return out


@lru_cache(maxsize=1)
def engine() -> Engine:
    return Engine()
