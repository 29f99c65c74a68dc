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
import sys
from array import array
from functools import cached_property, lru_cache
from importlib import resources
from operator import methodcaller

from .channel import Channel
from .syllables import all_syllables, fold
from .tokens import BOUNDARY, NUM

DICT_WEIGHT = 2.0       # pseudo-count of a pair seen as a dictionary word
CORPUS_WEIGHT = 1.0
WF_SHARE = 0.6          # unigram: share of general Vietnamese against the report corpus
FLOOR_ATTESTED = 2e-7   # a dictionary syllable wordfreq never saw
FLOOR_TABLE = 2e-8      # a well-formed syllable nobody attested


def _lang_file(name: str, root=None):
    return (resources.files("resources") / "lang" if root is None else root) / name


def _read_gz_lines(name: str, root=None) -> list[str]:
    with _lang_file(name, root).open("rb") as fh:
        return gzip.decompress(fh.read()).decode("utf-8").splitlines()


_SPLIT_TAB = methodcaller("split", "\t")
_SPLIT_FORM = methodcaller("split", "\t", 1)
TRIGRAM_COLUMNS = 5     # trigrams.bin.gz: ids of a, b, z, dictionary count, corpus count (int32 columns)


def _read_int_columns(name: str, columns: int, root=None) -> list[array]:
    """A gzipped file of `columns` equal columns of little-endian int32, as arrays."""
    with _lang_file(name, root).open("rb") as fh:
        data = array("i", gzip.decompress(fh.read()))
    if sys.byteorder != "little":
        data.byteswap()
    size = len(data) // columns
    return [data[k * size:(k + 1) * size] for k in range(columns)]


def compile_tables(general: dict[str, float], corpus: dict[str, int], n_corpus: int, dictionary: dict[str, int],
                   bigrams: dict[str, int], codes: dict[str, int]) -> tuple[list[str], list[str]]:
    """Turn counts into the shipped cost tables (build time): vocabulary lines
    "word, skeleton, unigram cost, backoff cost" and bigram lines "id, id, cost".

    `general`: syllable -> frequency per million (wordfreq); `corpus`: token -> count
    (syllables, <s>, <num>); `dictionary`/`bigrams`: "a b" -> count in the dictionary's
    words / in the corpus; `codes`: "=abbr" -> corpus count."""
    probs = {BOUNDARY: corpus.get(BOUNDARY, 1) / n_corpus, NUM: corpus.get(NUM, 1) / n_corpus}
    for w in sorted(set(general) | {t for t in corpus if t not in (BOUNDARY, NUM)}):
        p = WF_SHARE * general.get(w, 0.0) / 1e6 + (1 - WF_SHARE) * corpus.get(w, 0) / n_corpus
        probs[w] = max(p, FLOOR_ATTESTED)
    for c, n in sorted(codes.items()):
        probs[c] = n / n_corpus
    for w in sorted(all_syllables() - set(probs)):
        probs[w] = FLOOR_TABLE
    words = list(probs)
    ids = {w: i for i, w in enumerate(words)}
    uni = {w: -math.log(p) for w, p in probs.items()}
    follow: dict[str, dict[str, float]] = {}
    for pair in set(dictionary) | set(bigrams):
        a, b = pair.split(" ")
        if a in ids and b in ids:
            follow.setdefault(a, {})[b] = DICT_WEIGHT * dictionary.get(pair, 0) + CORPUS_WEIGHT * bigrams.get(pair, 0)
    backoff = {}
    big_lines = []
    for a in sorted(follow, key=ids.__getitem__):
        nxt = follow[a]
        total, types = sum(nxt.values()), len(nxt)
        lam = types / (total + types)
        backoff[a] = -math.log(lam)
        for b in sorted(nxt, key=ids.__getitem__):
            c = -math.log(nxt[b] / (total + types) + lam * probs[b])
            big_lines.append(f"{ids[a]}\t{ids[b]}\t{c:.3f}")
    vocab_lines = [f"{w}\t{'' if w.startswith(('<', '=')) else fold(w)}\t{uni[w]:.3f}\t{backoff.get(w, 0.0):.3f}"
                   for w in words]
    return vocab_lines, big_lines


class LanguageModel:
    """Vocabulary (ids), unigram and bigram costs, and the skeleton index for candidates."""

    def __init__(self, root=None, precomputed: bool = True) -> None:
        """`root`: a folder holding the data (default: the bundled resources/lang);
        `precomputed`: load the build-time candidate lists (off while the build makes them)."""
        self.root = root
        # vocabulary lines "word, skeleton, unigram cost, backoff cost", read column by column
        columns = zip(*map(_SPLIT_TAB, _read_gz_lines("vocab.tsv.gz", root)))
        words, skeletons = list(next(columns)), next(columns)
        uni, backoff = list(map(float, next(columns))), list(map(float, next(columns)))
        index: dict[str, list[int]] = {}
        for i, sk in enumerate(skeletons):
            if sk:
                index.setdefault(sk, []).append(i)
        self.words, self.uni, self.backoff = words, uni, backoff
        self.letters = [tuple(w) for w in words]
        self.ids = {w: i for i, w in enumerate(words)}
        self.boundary, self.num = self.ids[BOUNDARY], self.ids[NUM]
        self.by_skeleton = index
        self.skeletons = frozenset(index)
        # the most frequent syllable of each skeleton: a bound for pruning candidate search
        self.skeleton_uni = {sk: min(uni[i] for i in ids) for sk, ids in index.items()}
        self.min_uni = min(self.skeleton_uni.values())
        self.prefixes = frozenset(s[:k] for s in index for k in range(1, len(s) + 1))
        n = self.n = len(words)
        # follow[a][b] = precede[b][a] = -log P(b | a) for the pairs seen (the decoder looks pairs up
        # from either end); the lines come grouped by a
        follow: list[dict[int, float] | None] = [None] * n
        precede: list[dict[int, float] | None] = [None] * n
        for line in _read_gz_lines("bigram_costs.tsv.gz", root):
            a, b, c = line.split("\t")
            a, b, c = int(a), int(b), float(c)
            f = follow[a]
            if f is None:
                f = follow[a] = {}
            f[b] = c
            p = precede[b]
            if p is None:
                p = precede[b] = {}
            p[a] = c
        self.follow, self.precede = follow, precede
        self._load_trigrams()
        self.foreign = frozenset(_read_gz_lines("foreign.txt.gz", root))
        # candidate lists of frequent OCR forms, computed at build time: form -> "id:cost id:cost ..."
        # (parsed on first use, so loading stays cheap)
        self.precomputed: dict[str, str] = {}
        if precomputed:     # lines "form<TAB>id:cost id:cost ..." (the list may be empty, the tab is there)
            self.precomputed = dict(map(_SPLIT_FORM, _read_gz_lines("candidates.tsv.gz", root)))
        self.channel = Channel(json.loads(_lang_file("channel.json", root).read_text(encoding="utf-8")))

    def _load_trigrams(self) -> None:
        n = self.n
        counts: dict[int, float] = {}
        context: dict[int, list[float]] = {}
        following: dict[int, dict[int, float]] = {}
        # ids written at build time (scripts/build_language_data.py): no words to look up
        for a, b, z, d, c in zip(*_read_int_columns("trigrams.bin.gz", TRIGRAM_COLUMNS, self.root)):
            v = DICT_WEIGHT * d + CORPUS_WEIGHT * c
            ab = a * n + b
            counts[ab * n + z] = v
            after = following.get(ab)
            if after is None:       # a new context "a b" (its entries need not be together)
                after = following[ab] = {}
                context[ab] = [0.0, 0]
            after[z] = v
            tot = context[ab]
            tot[0] += v
            tot[1] += 1
        self.tri = counts
        self.tri_context = context
        # the words seen after each context "a b" (a*n+b -> {z: count}): the decoder looks up only these
        self.tri_next = following
        # the contexts "a b" by either word, for the decoder: tri_after[a][b] = tri_before[b][a] = (total, types)
        self.tri_after: dict[int, dict[int, tuple[float, int]]] = {}
        self.tri_before: dict[int, dict[int, tuple[float, int]]] = {}
        for ab, (total, types) in context.items():
            a, b = divmod(ab, n)
            self.tri_after.setdefault(a, {})[b] = self.tri_before.setdefault(b, {})[a] = (total, types)

    @cached_property
    def arrays(self):
        """The tables as arrays (tables.LanguageArrays), for the decoder's passes over a long text:
        built on first use, and numpy imported only then (a short text never needs it)."""
        from .tables import LanguageArrays
        return LanguageArrays(self)

    def cost3(self, a: int, b: int, z: int) -> float:
        """-log P(z | a b), Witten-Bell over the bigram; the bigram when "a b" was never seen."""
        ab = a * self.n + b
        ctx = self.tri_context.get(ab)
        if ctx is None:
            return self.cost(b, z)
        total, types = ctx
        c = self.tri.get(ab * self.n + z, 0.0)
        return -math.log((c + types * math.exp(-self.cost(b, z))) / (total + types))

    def cost(self, a: int, b: int) -> float:
        """-log P(b | a)."""
        f = self.follow[a]
        got = f.get(b) if f is not None else None
        return got if got is not None else self.backoff[a] + self.uni[b]


@lru_cache(maxsize=1)
def load() -> LanguageModel:
    """The language data, loaded once per process."""
    return LanguageModel()
