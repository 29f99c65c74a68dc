"""Candidate syllables for one OCR word, each with its channel cost.

The OCR word is read unit by unit (one or two characters: "6", "tr", "¢", a
letter) into ASCII skeletons that exist in the syllable table, using for each unit
the base letters the learned channel finds plausible; one stray character may be
skipped. Every syllable with a reached skeleton is then scored exactly, letter
against unit, so kept accents count as evidence ("Péc" -> "Độc"). The identity is
always among the candidates when the word is itself a well-formed syllable.
"""
from __future__ import annotations

from .channel import TRUE_LETTERS
from .langmodel import LanguageModel
from .syllables import fold

MAX_WORD = 10       # longer words are not one syllable
UNIT_SPREAD = 6.0   # keep unit readings within this cost of the unit's best reading
MAX_COST = 16.0     # channel cost beyond which a reading is not worth a look
KEEP = 8            # candidates kept per word


class CandidateGenerator:
    def __init__(self, lm: LanguageModel, uni_weight: float = 0.6) -> None:
        self.lm = lm
        self.channel = lm.channel
        self.uni_weight = uni_weight
        self._units: dict[str, list[tuple[str, float]]] = {}
        self._cache: dict[str, list[tuple[int, float]]] = {}

    def unit_readings(self, unit: str) -> list[tuple[str, float]]:
        """ASCII base letters the OCR unit may stand for, cheapest first, with the least cost."""
        got = self._units.get(unit)
        if got is None:
            best: dict[str, float] = {}
            cost = self.channel.cost
            for t in TRUE_LETTERS:
                c = cost(t, unit)
                b = fold(t)
                if c < best.get(b, 1e9):
                    best[b] = c
            top = min(best.values())
            got = sorted(((b, c) for b, c in best.items() if c <= top + UNIT_SPREAD and c <= MAX_COST),
                         key=lambda x: x[1])
            self._units[unit] = got
        return got

    def candidates(self, word: str) -> list[tuple[int, float]]:
        """(syllable id, channel cost) for a lower-case OCR word, best (channel + unigram) first."""
        got = self._cache.get(word)
        if got is not None:
            return got
        got = self._generate(word) if 0 < len(word) <= MAX_WORD else []
        if len(self._cache) > 200_000:
            self._cache.clear()
        self._cache[word] = got
        return got

    def _generate(self, word: str) -> list[tuple[int, float]]:
        lm, prefixes, index = self.lm, self.lm.prefixes, self.lm.by_skeleton
        found: list[tuple[str, list[str], float]] = []
        n = len(word)
        ins = self.channel.ins_cost

        def walk(pos: int, skel: str, units: list[str], cost: float, skipped: float) -> None:
            if pos == n:
                if skel in index:
                    found.append((skel, list(units), skipped))
                return
            for width in (1, 2):
                if pos + width > n:
                    break
                unit = word[pos:pos + width]
                for base, c in self.unit_readings(unit):
                    total = cost + c
                    if total > MAX_COST:
                        break
                    nxt = skel + base
                    if nxt in prefixes:
                        units.append(unit)
                        walk(pos + width, nxt, units, total, skipped)
                        units.pop()
            if skipped == 0.0 and n > 2:
                c = ins(word[pos])
                if cost + c <= MAX_COST:
                    walk(pos + 1, skel, units, cost + c, c)

        walk(0, "", [], 0.0, 0.0)
        cost = self.channel.cost
        best: dict[int, float] = {}
        for skel, units, skipped in found:
            for sid in index[skel]:
                word_s = lm.words[sid]
                c = skipped + sum(cost(t, u) for t, u in zip(word_s, units))
                if c < best.get(sid, 1e9):
                    best[sid] = c
        uni, w = lm.uni, self.uni_weight
        ranked = sorted(best.items(), key=lambda x: x[1] + w * uni[x[0]])
        return ranked[:KEEP]
