"""The syllable language model: unigram and bigram costs (-log P) over Vietnamese syllables.

Unigrams mix general Vietnamese (wordfreq) with the administrative-report corpus;
bigrams come from the corpus counts and from the dictionary's multi-syllable words.
Bigram probabilities are Witten-Bell interpolated with the unigram, so an unseen
pair backs off to the second syllable's own frequency. Every well-formed syllable
of the syllable table is in the vocabulary, the unattested ones with a floor.
Two pseudo-words stand for context: <s> (a break: punctuation, code, line start)
and <num> (a number).
"""
from __future__ import annotations

import gzip
import json
import math
from functools import lru_cache
from importlib import resources

from .channel import Channel
from .syllables import all_syllables, fold
from .tokens import BOUNDARY, NUM

DICT_WEIGHT = 2.0       # pseudo-count of a pair seen as a dictionary word
CORPUS_WEIGHT = 1.0
WF_SHARE = 0.6          # unigram: share of general Vietnamese against the report corpus
FLOOR_ATTESTED = 2e-7   # a dictionary syllable wordfreq never saw
FLOOR_TABLE = 2e-8      # a well-formed syllable nobody attested


def _lang_file(name: str):
    return resources.files("resources") / "lang" / name


def _read_gz_lines(name: str) -> list[str]:
    with _lang_file(name).open("rb") as fh:
        return gzip.decompress(fh.read()).decode("utf-8").splitlines()


class LanguageModel:
    """Vocabulary (ids), unigram and bigram costs, and the skeleton index for candidates."""

    def __init__(self) -> None:
        lines = _read_gz_lines("unigrams.tsv.gz")
        _, n_corpus, n_num = lines[0].split("\t")
        n_corpus, n_num = max(int(n_corpus), 1), int(n_num)
        words, probs = [BOUNDARY, NUM], [0.05, n_num / n_corpus]
        for line in lines[1:]:
            w, f, c = line.split("\t")
            p = WF_SHARE * float(f) / 1e6 + (1 - WF_SHARE) * int(c) / n_corpus
            words.append(w)
            probs.append(max(p, FLOOR_ATTESTED))
        self.attested = len(words)
        known = set(words)
        for w in sorted(all_syllables() - known):
            words.append(w)
            probs.append(FLOOR_TABLE)
        self.words = words
        self.ids = {w: i for i, w in enumerate(words)}
        self.uni = [-math.log(p) for p in probs]
        self.boundary, self.num = 0, 1
        index: dict[str, list[int]] = {}
        for i in range(2, len(words)):
            index.setdefault(fold(words[i]), []).append(i)
        self.by_skeleton = index
        self.skeletons = frozenset(index)
        self.prefixes = frozenset(s[:k] for s in index for k in range(1, len(s) + 1))
        self._load_bigrams()
        self.foreign = frozenset(_read_gz_lines("foreign.txt.gz"))
        self.channel = Channel(json.loads(_lang_file("channel.json").read_text(encoding="utf-8")))

    def _load_bigrams(self) -> None:
        counts: dict[int, dict[int, float]] = {}
        ids = self.ids
        for line in _read_gz_lines("bigrams.tsv.gz"):
            pair, d, c = line.split("\t")
            a, b = pair.split(" ")
            ia, ib = ids.get(a), ids.get(b)
            if ia is None or ib is None:
                continue
            counts.setdefault(ia, {})[ib] = DICT_WEIGHT * int(d) + CORPUS_WEIGHT * int(c)
        n = len(self.words)
        self.n = n
        big: dict[int, float] = {}
        backoff = [0.0] * n
        uni = self.uni
        for a, follow in counts.items():
            total, types = sum(follow.values()), len(follow)
            lam = types / (total + types)
            backoff[a] = -math.log(lam)
            for b, c in follow.items():
                big[a * n + b] = -math.log(c / (total + types) + lam * math.exp(-uni[b]))
        self.big = big
        self.backoff = backoff

    def cost(self, a: int, b: int) -> float:
        """-log P(b | a)."""
        got = self.big.get(a * self.n + b)
        return got if got is not None else self.backoff[a] + self.uni[b]


@lru_cache(maxsize=1)
def load() -> LanguageModel:
    """The language data, loaded once per process."""
    return LanguageModel()
