"""The OCR channel: how likely the OCR printed unit `u` (1-2 characters) for the true letter `t`.

Costs are negative log probabilities learned from (OCR word, true word) pairs by
aligning them with a weighted edit distance and counting the operations (a few
rounds, each aligning with the costs of the round before). A letter read as a
letter is scored by three factors, base letter, vowel modifier (ˆ ˘ ˒, đ's bar)
and tone, so that "the OCR kept the accent" is evidence even when it put it on
the wrong letter; any other unit ("6", "¢", "tr", "w") has its own table.
"""
from __future__ import annotations

import math
import unicodedata
from collections import Counter
from functools import lru_cache

from .syllables import TONE_MARKS

MODS = {"\u0302": "^", "\u0306": "(", "\u031b": "+"}
# the letters a Vietnamese syllable is spelled with (lower case), each tone of each vowel
VOWEL_BASES = "aăâeêioôơuưy"
CONSONANTS = "bcdđghklmnpqrstvx"
TONES = ("", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323")
TRUE_LETTERS = tuple(unicodedata.normalize("NFC", v + t) for v in VOWEL_BASES for t in TONES) + tuple(CONSONANTS)


@lru_cache(maxsize=4096)
def decompose(ch: str) -> tuple[str, str, int] | None:
    """A Latin letter as (ASCII base, modifier, tone): "ộ" -> ("o", "^", 5), "đ" -> ("d", "-", 0)."""
    if ch in ("đ", "Đ"):
        return ("d", "-", 0)
    d = unicodedata.normalize("NFD", ch)
    base = d[0].lower()
    if not ("a" <= base <= "z"):
        return None
    mod, tone = "", 0
    for m in d[1:]:
        if m in MODS:
            mod = MODS[m]
        elif m in TONE_MARKS:
            tone = TONE_MARKS[m]
        else:
            return None
    return base, mod, tone


_TRUE_PARTS = tuple((t,) + decompose(t) for t in TRUE_LETTERS)   # (letter, base, modifier, tone)
_TRUE_BASES = frozenset(p[1] for p in _TRUE_PARTS)
_TRUE_MODS = frozenset(p[2] for p in _TRUE_PARTS)
_TRUE_TONES = tuple(p[3] for p in _TRUE_PARTS)
_SLOT_OF_LETTER = {p[0]: k for k, p in enumerate(_TRUE_PARTS)}
_SLOTS_OF_BASE_MOD: dict[str, tuple[int, ...]] = {}   # base + modifier -> the slots of its letters
for _k, (_, _b, _m, _) in enumerate(_TRUE_PARTS):
    _SLOTS_OF_BASE_MOD[_b + _m] = _SLOTS_OF_BASE_MOD.get(_b + _m, ()) + (_k,)


# Shape confusions of printed capitals that the synthetic training damage does not make: Q for O
# (in a heading, "ĐÀO TẠO" read as "BAQ TẠQ"). A "q" not followed by "u" spells no Vietnamese
# syllable, so reading it as o costs little elsewhere. (true letter, OCR unit) -> cost.
SHAPE_CONFUSIONS = {("o", "q"): 2.5, ("ô", "q"): 3.5, ("ơ", "q"): 3.5}


class Channel:
    """Learned costs of OCR units given true letters (with SHAPE_CONFUSIONS as a ceiling)."""

    def __init__(self, tables: dict):
        self.base = tables["base"]
        self.mod = tables["mod"]
        self.tone = tables["tone"]
        self.sym = tables["sym"]
        self.ins = tables["ins"]
        self.defaults = tables["defaults"]
        self.full = dict(tables.get("full", {}))
        for (t, u), c in SHAPE_CONFUSIONS.items():
            self.full[t + "|" + u] = min(c, self.full.get(t + "|" + u, c))
        # unit -> {true letter: cost} for every letter of TRUE_LETTERS (and any other letter asked for)
        self._cache: dict[str, dict[str, float]] = {}
        # the full table by unit: unit -> {true letter: cost}
        self._full_by_unit: dict[str, dict[str, float]] = {}
        for k, v in self.full.items():
            t, _, u = k.partition("|")
            self._full_by_unit.setdefault(u, {})[t] = v
        # the symbol table by unit: unit -> {base + modifier: cost} (a base + modifier holds no "|")
        self._sym_by_unit: dict[str, dict[str, float]] = {}
        for k, v in self.sym.items():
            bm, _, u = k.partition("|")
            self._sym_by_unit.setdefault(u, {})[bm] = v
        d = self.defaults
        # a unit that is no letter, with no entry of its own: the same costs for every such unit
        self._unmarked = [self.tone.get(f"{t}0", d["tone"]) for t in range(6)]
        self._symbol_default = [d["sym"] + self._unmarked[t] for t in _TRUE_TONES]

    def to_json(self) -> dict:
        return {"base": self.base, "mod": self.mod, "tone": self.tone, "sym": self.sym,
                "ins": self.ins, "defaults": self.defaults, "full": self.full}

    def cost(self, t: str, u: str) -> float:
        """Cost of the OCR unit `u` standing for the true (lower-case) letter `t`."""
        table = self._cache.get(u)
        if table is None:
            table = self.letter_costs(u)
        got = table.get(t)
        if got is None:
            got = table[t] = self._cost_of_other(t, u)
        return got

    def _cost_of_other(self, t: str, u: str) -> float:
        """cost() of a letter outside TRUE_LETTERS (or anything else read for `u`)."""
        full = self.full.get(t + "|" + u)
        if full is not None:
            return full
        td = decompose(t)
        ud = decompose(u) if len(u) == 1 else None
        d = self.defaults
        if td is None:
            return 0.0 if t == u else d["sym"] + 4.0
        if ud is not None:
            return (self.base.get(td[0] + ud[0], d["base"]) + self.mod.get(td[1] + "|" + ud[1], d["mod"])
                    + self.tone.get(f"{td[2]}{ud[2]}", d["tone"]))
        return self.sym.get(td[0] + td[1] + "|" + u, d["sym"]) + self.tone.get(f"{td[2]}0", d["tone"])

    def letter_costs(self, u: str) -> dict[str, float]:
        """{t: cost(t, u)} for every t of TRUE_LETTERS (cached per unit)."""
        got = self._cache.get(u)
        if got is None:
            self.unit_costs(u)
            got = self._cache[u]
        return got

    def unit_costs(self, u: str) -> list[float]:
        """cost(t, u) for every t of TRUE_LETTERS, in that order (and cached for cost()): the
        factors are looked up once per unit and per distinct base, modifier and tone. Each cost is
        the sum cost() makes: base + modifier + tone for a letter, symbol + tone for another unit."""
        full = self._full_by_unit.get(u)
        d = self.defaults
        ud = decompose(u) if len(u) == 1 else None
        if ud is not None:
            base = {b: self.base.get(b + ud[0], d["base"]) for b in _TRUE_BASES}
            mod = {m: self.mod.get(m + "|" + ud[1], d["mod"]) for m in _TRUE_MODS}
            tone = {t: self.tone.get(f"{t}{ud[2]}", d["tone"]) for t in range(6)}
            out = [base[b] + mod[m] + tone[t] for _, b, m, t in _TRUE_PARTS]
        else:
            # most units (two characters: "tr", "6n") have no symbol entry: the default for every letter
            out = list(self._symbol_default)
            own = self._sym_by_unit.get(u)
            if own:
                unmarked = self._unmarked
                for bm, c in own.items():
                    for k in _SLOTS_OF_BASE_MOD.get(bm, ()):
                        out[k] = c + unmarked[_TRUE_TONES[k]]
        if full:
            for letter, c in full.items():
                k = _SLOT_OF_LETTER.get(letter)
                if k is not None:
                    out[k] = c
        table = dict(zip(TRUE_LETTERS, out))
        old = self._cache.get(u)
        if old:     # letters outside TRUE_LETTERS asked for before
            for t, c in old.items():
                table.setdefault(t, c)
        self._cache[u] = table
        return out

    def ins_cost(self, u: str) -> float:
        """Cost of an OCR character that stands for nothing (a stray mark)."""
        return self.ins.get(u, self.defaults["ins"])

    # -- learning -------------------------------------------------------------------------------
    def align(self, true: str, ocr: str) -> list[tuple[str, str]]:
        """Cheapest alignment: (true letter or "", OCR unit or "") pairs."""
        n, m = len(true), len(ocr)
        inf = float("inf")
        best = [[inf] * (m + 1) for _ in range(n + 1)]
        back: list[list[tuple | None]] = [[None] * (m + 1) for _ in range(n + 1)]
        best[0][0] = 0.0
        dele = self.defaults["del"]
        for i in range(n + 1):
            for j in range(m + 1):
                here = best[i][j]
                if here == inf:
                    continue
                if i < n:
                    for w in (1, 2):
                        if j + w <= m:
                            c = here + self.cost(true[i], ocr[j:j + w])
                            if c < best[i + 1][j + w]:
                                best[i + 1][j + w], back[i + 1][j + w] = c, (i, j, true[i], ocr[j:j + w])
                    c = here + dele
                    if c < best[i + 1][j]:
                        best[i + 1][j], back[i + 1][j] = c, (i, j, true[i], "")
                if j < m:
                    c = here + self.ins_cost(ocr[j])
                    if c < best[i][j + 1]:
                        best[i][j + 1], back[i][j + 1] = c, (i, j, "", ocr[j])
        out = []
        i, j = n, m
        while (i, j) != (0, 0):
            pi, pj, t, u = back[i][j]
            out.append((t, u))
            i, j = pi, pj
        return out[::-1]


def _costs(counts: Counter, key_of_given, alpha: float = 0.5) -> tuple[dict, float]:
    """-log P(outcome | given) from counts keyed "given...outcome", add-alpha smoothed."""
    totals: Counter = Counter()
    for k, v in counts.items():
        totals[key_of_given(k)] += v
    out = {}
    for k, v in counts.items():
        out[k] = round(-math.log((v + alpha) / (totals[key_of_given(k)] + alpha * 20)), 3)
    unseen = round(-math.log(alpha / (max(totals.values(), default=1) + alpha * 20)), 3)
    return out, unseen


FULL_MIN_COUNT = 20


def _clamp(x: float, lo: float, hi: float) -> float:
    return round(min(max(x, lo), hi), 3)


def initial_channel() -> Channel:
    """Hand-set starting costs: same letter cheap, lost accents cheap, anything else dear."""
    base = {c + c: 0.05 for c in "abcdefghijklmnopqrstuvwxyz"}
    mod = {m + "|" + m: 0.1 for m in ("", "^", "(", "+", "-")}
    mod.update({m + "|": 1.0 for m in ("^", "(", "+", "-")})
    tone = {f"{t}{t}": 0.1 for t in range(6)}
    tone.update({f"{t}0": 1.0 for t in range(1, 6)})
    return Channel({"base": base, "mod": mod, "tone": tone, "sym": {}, "ins": {},
                    "defaults": {"base": 6.0, "mod": 3.0, "tone": 2.5, "sym": 6.0, "ins": 6.0, "del": 7.0}})


def learn_channel(pairs: list[tuple[str, str]], rounds: int = 3) -> Channel:
    """Learn the channel from (OCR word, true word) pairs (lower case)."""
    ch = initial_channel()
    for _ in range(rounds):
        base, mod, tone, sym, ins = Counter(), Counter(), Counter(), Counter(), Counter()
        full, per_letter = Counter(), Counter()
        n_del = n_ops = 0
        for ocr, true in pairs:
            for t, u in ch.align(true, ocr):
                n_ops += 1
                if not t:
                    ins[u] += 1
                    continue
                if not u:
                    n_del += 1
                    continue
                full[t + "|" + u] += 1
                per_letter[t] += 1
                td = decompose(t)
                ud = decompose(u) if len(u) == 1 else None
                if td is None:
                    continue
                if ud is not None:
                    base[td[0] + ud[0]] += 1
                    mod[td[1] + "|" + ud[1]] += 1
                    tone[f"{td[2]}{ud[2]}"] += 1
                else:
                    sym[td[0] + td[1] + "|" + u] += 1
                    tone[f"{td[2]}0"] += 1
        base_c, base_u = _costs(base, lambda k: k[0])
        mod_c, mod_u = _costs(mod, lambda k: k.split("|")[0])
        tone_c, tone_u = _costs(tone, lambda k: k[0])
        totals_true: Counter = Counter()
        for k, v in base.items():
            totals_true[k[0] + "|"] += v
        sym_c = {}
        for k, v in sym.items():
            tb = k.split("|")[0]
            total = totals_true[tb[0] + "|"] + sum(x for kk, x in sym.items() if kk.split("|")[0] == tb)
            sym_c[k] = round(-math.log((v + 0.5) / (total + 10)), 3)
        n_ins = sum(ins.values())
        ins_c = {k: round(-math.log((v + 0.5) / (n_ops + 1)), 3) for k, v in ins.items()}
        # unseen operations: what the data says, kept within sane bounds (the data is synthetic)
        defaults = {"base": _clamp(base_u, 5.0, 8.0), "mod": _clamp(mod_u, 3.0, 5.0), "tone": _clamp(tone_u, 2.5, 5.0),
                    "sym": 9.0, "ins": _clamp(-math.log((n_ins + 1) / (n_ops + 1)), 6.0, 9.0),
                    "del": _clamp(-math.log((n_del + 1) / (n_ops + 1)), 7.0, 10.0)}
        # letter -> unit pairs seen often enough get their own cost (ê read as é, ô as 6)
        full_c = {k: round(-math.log(v / (per_letter[k.split("|")[0]] + 1)), 3)
                  for k, v in full.items() if v >= FULL_MIN_COUNT}
        ch = Channel({"base": base_c, "mod": mod_c, "tone": tone_c, "sym": sym_c, "ins": ins_c,
                      "defaults": defaults, "full": full_c})
    return ch
