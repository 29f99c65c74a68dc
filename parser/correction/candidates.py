"""Candidate syllables for one OCR word, each with its channel cost.

The OCR word is read unit by unit (one or two characters: "6", "tr", "¢", a
letter) into ASCII skeletons that exist in the syllable table, using for each unit
the base letters the learned channel finds plausible; one stray character may be
skipped. Every syllable with a reached skeleton is then scored exactly, letter
against unit, so kept accents count as evidence ("Péc" -> "Độc"). The identity is
always among the candidates when the word is itself a well-formed syllable.
"""
from __future__ import annotations

from functools import reduce
from operator import add

from .channel import TRUE_LETTERS
from .langmodel import LanguageModel
from .syllables import fold

MAX_WORD = 10       # longer words are not one syllable
UNIT_SPREAD = 6.0   # keep unit readings within this cost of the unit's best reading
MAX_COST = 16.0     # channel cost beyond which a reading is not worth a look
KEEP = 10           # candidates kept per word
SKELETON_SPREAD = 5.0   # skeletons cheaper than the best by more than this are not scored
CANDIDATE_SPREAD = 5.0  # candidates worse than the best by more than this are dropped
PRECOMPUTED_KEEP, PRECOMPUTED_SPREAD = 10, 5.0   # the build-time lists keep more, pruned when read
WIDE_KEEP, WIDE_SKELETON_SPREAD, WIDE_CANDIDATE_SPREAD = 24, 8.0, 14.0   # for suggest()
WIDE_UNIT_SPREAD = 9.0  # suggest(): a unit may also stand for a letter it is less often read for
                        # (m for n), so two confusions in one word ("chimg" -> chứng) are reached
TRUNCATION_COST = 1.5   # per letter the OCR lost, for completions of a cut-short word
COMPLETION_MAX_UNI = 11.0   # only reasonably common syllables complete a cut-short word
# A word printed as a well-formed syllable with its marks is read as itself this much more cheaply
# than the learned channel says: the channel is learned from synthetic damage, where a marked letter
# is often a wrong one (it makes "ở" read as "ở" cost ~5, so "trưởng" lost to "trong" on clean text).
IDENTITY_BONUS = 1.5


_LOOKUP = dict.__getitem__
_LETTER_BASES = tuple(fold(t) for t in TRUE_LETTERS)
# (base, the slots of TRUE_LETTERS with that base), in the order of each base's first letter
_BASE_SLOTS = tuple((b, tuple(k for k, x in enumerate(_LETTER_BASES) if x == b)) for b in dict.fromkeys(_LETTER_BASES))


class CandidateGenerator:
    def __init__(self, lm: LanguageModel, uni_weight: float = 0.6) -> None:
        self.lm = lm
        self.channel = lm.channel
        self.uni_weight = uni_weight
        self._units: dict[str, list[tuple[str, float]]] = {}
        self._units_wide: dict[str, list[tuple[str, float]]] = {}
        self._cache: dict[str, list[tuple[int, float]]] = {}

    def unit_readings(self, unit: str, wide: bool = False) -> list[tuple[str, float]]:
        """ASCII base letters the OCR unit may stand for, cheapest first, with the least cost."""
        known = self._units_wide if wide else self._units
        spread = WIDE_UNIT_SPREAD if wide else UNIT_SPREAD
        got = known.get(unit)
        if got is None:
            costs = self.channel.unit_costs(unit)
            # each base's least cost over its letters, the bases in the order of their first letter
            best = {b: min(map(costs.__getitem__, slots)) for b, slots in _BASE_SLOTS}
            top = min(best.values())
            got = sorted(((b, c) for b, c in best.items() if c <= top + spread and c <= MAX_COST),
                         key=lambda x: x[1])
            known[unit] = got
        return got

    def candidates(self, word: str, wide: bool = False) -> list[tuple[int, float]]:
        """(syllable id, channel cost) for a lower-case OCR word, best (channel + unigram) first.
        `wide` searches further and keeps more (for suggestions, where one word is asked for)."""
        key = (word, wide)
        got = self._cache.get(key)
        if got is not None:
            return got
        pre = None if wide else self.lm.precomputed.get(word)
        if pre is not None:
            # "id:cost id:cost ...": the ids and the costs alternate once the colons are spaces
            fields = pre.replace(":", " ").split()
            got = self._prune(list(zip(map(int, fields[::2]), map(float, fields[1::2]))), KEEP, CANDIDATE_SPREAD)
        elif not 0 < len(word) <= MAX_WORD:
            got = []
        elif wide:
            got = self._generate(word, WIDE_KEEP, WIDE_SKELETON_SPREAD, WIDE_CANDIDATE_SPREAD, wide=True)
        else:
            got = self._generate(word, KEEP, SKELETON_SPREAD, CANDIDATE_SPREAD)
        own = self.lm.ids.get(word) if IDENTITY_BONUS and word != fold(word) else None
        if own is not None:
            got = [(sid, max(0.0, c - IDENTITY_BONUS) if sid == own else c) for sid, c in got]
        if len(self._cache) > 200_000:
            self._cache.clear()
        self._cache[key] = got
        return got

    def precompute(self, forms) -> list[str]:
        """Lines "form, id:cost id:cost ..." of the candidate lists of `forms` (build time)."""
        out = []
        for form in sorted(set(forms)):
            got = (self._generate(form, PRECOMPUTED_KEEP, SKELETON_SPREAD, PRECOMPUTED_SPREAD)
                   if 0 < len(form) <= MAX_WORD else [])
            out.append(form + "\t" + " ".join(f"{sid}:{c:.4f}" for sid, c in got))
        return out

    def completions(self, prefix: str, limit: int = 30) -> list[tuple[int, float]]:
        """Frequent syllables spelled from `prefix` on (a word the OCR cut short: "s" -> số, sở)."""
        sk = fold(prefix)
        lm = self.lm
        out = [(sid, TRUNCATION_COST * (1 + len(k) - len(sk))) for k, ids in lm.by_skeleton.items()
               if k.startswith(sk) and k != sk for sid in ids if lm.uni[sid] < COMPLETION_MAX_UNI]
        out.sort(key=lambda x: x[1] + lm.uni[x[0]])
        return out[:limit]

    def _generate(self, word: str, keep: int, skeleton_spread: float,
                  candidate_spread: float, wide: bool = False) -> list[tuple[int, float]]:
        lm, prefixes, index = self.lm, self.lm.prefixes, self.lm.by_skeleton
        found: list[tuple[float, str, tuple[str, ...], float]] = []
        n = len(word)
        ins = self.channel.ins_cost
        limit = MAX_COST
        units_known = self._units_wide if wide else self._units
        unit_readings = self.unit_readings
        # the units starting at each position, with their readings: (unit, readings, next position),
        # found when the walk first gets there (both widths are read there, as a step tries both)
        spots: list[list | None] = [None] * n
        skips = [0.0] * n   # the cost of skipping the character at each position (a stray mark)

        floor = self.uni_weight * lm.min_uni
        prior = lm.skeleton_uni
        w = self.uni_weight

        # A walk through the word unit by unit, depth first, the cheapest reading of a unit first;
        # a skeleton reached at the end of the word lowers the limit for the rest of the walk. The
        # step that ends the word is taken in place (no call for it).
        def walk(pos: int, skel: str, units: tuple[str, ...], cost: float, skipped: float) -> None:
            nonlocal limit
            here = spots[pos]
            if here is None:
                here = spots[pos] = []
                for width in (1, 2):
                    if pos + width > n:
                        break
                    unit = word[pos:pos + width]
                    got = units_known.get(unit)
                    here.append((unit, unit_readings(unit, wide) if got is None else got, pos + width))
                skips[pos] = ins(word[pos])
            for unit, readings, to in here:
                for base, c in readings:
                    total = cost + c
                    if total + floor > limit:
                        break
                    nxt = skel + base
                    if nxt in prefixes:
                        if to < n:
                            walk(to, nxt, units + (unit,), total, skipped)
                        elif nxt in index:
                            found.append((total, nxt, units + (unit,), skipped))
                            reach = total + w * prior[nxt] + skeleton_spread
                            if reach < limit:
                                limit = reach
            if skipped == 0.0 and n > 2:
                c = skips[pos]
                if cost + c + floor <= limit:
                    if pos + 1 < n:
                        walk(pos + 1, skel, units, cost + c, c)
                    elif skel in index:
                        found.append((cost + c, skel, units, c))
                        reach = cost + c + w * prior[skel] + skeleton_spread
                        if reach < limit:
                            limit = reach

        walk(0, "", (), 0.0, 0.0)
        del walk    # it refers to itself: no cycle left for the collector
        channel = self.channel
        tables, letter_costs, cost = channel._cache, channel.letter_costs, channel.cost
        best: dict[int, float] = {}
        words = lm.letters
        for bound, skel, units, skipped in found:
            if bound + w * prior[skel] > limit:
                continue
            by_unit = [tables.get(u) or letter_costs(u) for u in units]
            for sid in index[skel]:
                try:    # every letter of TRUE_LETTERS is in a unit's table (Channel.letter_costs)
                    c = reduce(add, map(_LOOKUP, by_unit, words[sid]), skipped)
                except KeyError:
                    c = skipped
                    for t, u in zip(words[sid], units):
                        c += cost(t, u)
                if c < best.get(sid, 1e9):
                    best[sid] = c
        uni = lm.uni
        return self._prune(sorted(best.items(), key=lambda x: x[1] + w * uni[x[0]]), keep, candidate_spread)

    def _prune(self, ranked: list[tuple[int, float]], keep: int, spread: float) -> list[tuple[int, float]]:
        """The first `keep` of `ranked` (best first) within `spread` of the best (channel + unigram)."""
        if not ranked:
            return []
        uni, w = self.lm.uni, self.uni_weight
        top = ranked[0][1] + w * uni[ranked[0][0]]
        return [x for x in ranked[:keep] if x[1] + w * uni[x[0]] <= top + spread]
