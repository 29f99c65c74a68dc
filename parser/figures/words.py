"""Printed words near a number, each with its offsets and OCR-tolerant key.

A word is a run of characters other than spaces, quotes, brackets and sentence
marks; the marks ",;:.()" are words of their own (they end phrases and lists).
The rules read thousands of words, so a few words are cut by one regex match
(a group per word), a run of words is kept as parallel lists rather than an
object per word, and keys are kept in a dictionary: the same few hundred words
recur throughout a report.
"""
from __future__ import annotations

import re
from operator import itemgetter
from typing import NamedTuple

from ..numbers import word_key


class Word(NamedTuple):
    """A printed word with its offsets and its OCR-tolerant key."""

    text: str
    start: int
    end: int
    key: str


_new_word = tuple.__new__     # Word(...) without its Python-level __new__: words are made by the thousand
PUNCT = frozenset(",;:.()")
WORD = re.compile(r"[^\s,;:.()\[\]“”\"'!?…]+|[,;:.()]")

# printed word -> key; a plain dict (cheaper than lru_cache per call on the hot path), emptied when large
_KEYS: dict[str, str] = {p: p for p in PUNCT}


def key_of(text: str) -> str:
    """The key of a printed word (or mark)."""
    k = _KEYS.get(text)
    if k is None:
        if len(_KEYS) > 200_000:
            _KEYS.clear()
            _KEYS.update((p, p) for p in PUNCT)
        k = _KEYS[text] = word_key(text)
    return k


def keys_of(texts: list[str]) -> list[str]:
    keys = list(map(_KEYS.get, texts))
    if None in keys:
        keys = [k if k is not None else key_of(t) for t, k in zip(texts, keys)]
    return keys


class Words:
    """Printed words in a row, as parallel lists of their texts, start offsets and keys."""

    __slots__ = ("texts", "starts", "keys")

    def __init__(self, texts: list[str], starts: list[int], keys: list[str] | None = None):
        self.texts = texts
        self.starts = starts
        self.keys = keys_of(texts) if keys is None else keys

    @classmethod
    def of(cls, words: list[Word]) -> "Words":
        return cls([w.text for w in words], [w.start for w in words], [w.key for w in words])

    def __len__(self) -> int:
        return len(self.texts)

    def end(self, i: int) -> int:
        return self.starts[i] + len(self.texts[i])

    def after(self, k: int) -> "Words":
        """The words from the k-th on."""
        return Words(self.texts[k:], self.starts[k:], self.keys[k:])

    def list(self) -> list[Word]:
        return [_new_word(Word, (t, s, s + len(t), k)) for t, s, k in zip(self.texts, self.starts, self.keys)]


_new_words = object.__new__


# a word and the separators before it (spaces, quotes, brackets): every character is one or the other.
# The three classes (separator, word, mark) hold no character in common, so no match ever gives back
# a character it took: the repeats are possessive ("*+", "++"), which spares the engine keeping a
# place to go back to at every character
_SEPARATORS = r"[\s\[\]“”\"'!?…]*+"
_WORD_TEXT = r"([^\s,;:.()\[\]“”\"'!?…]++|[,;:.()])"
_GAP_AND_WORD = re.compile(f"({_SEPARATORS}){_WORD_TEXT}")     # (one word at a time: the definition)
_FEW_WORDS = 8
_FIRST = itemgetter(0)
# the first n words as n optional groups, for n up to _FEW_WORDS: one match call reads them all
# (the words after a number are read thousands of times); more words are read in runs of them
_N_WORDS = [re.compile(f"(?:{_SEPARATORS}{_WORD_TEXT})?" * n) for n in range(_FEW_WORDS + 1)]


def read_words(text: str, pos: int, n: int = 8, limit: int = 90) -> Words:
    """The first `n` words (and punctuation marks) after `pos`, within `limit` characters."""
    if n <= _FEW_WORDS:
        m = _N_WORDS[n].match(text, pos, pos + limit)
        texts = m.groups()
        if texts and texts[-1] is None:
            k = texts.index(None)          # an unmatched group: no word after it either
            texts, starts = list(texts[:k]), list(map(_FIRST, m.regs[1:k + 1]))
        else:
            texts, starts = list(texts), list(map(_FIRST, m.regs[1:]))
    else:
        # runs of _FEW_WORDS, each read from where the last ended (as findall of _GAP_AND_WORD
        # would go on; a pair of groups per word costs more than one group)
        few, end, texts, starts = _N_WORDS[_FEW_WORDS], pos + limit, [], []
        while len(texts) < n:
            m = few.match(text, pos, end)
            got = m.groups()
            if got[-1] is None:
                k = got.index(None)
                texts += got[:k]
                starts += map(_FIRST, m.regs[1:k + 1])
                break
            texts += got
            starts += map(_FIRST, m.regs[1:])
            pos = m.end()
        del texts[n:], starts[n:]
    # (Words(texts, starts) inlined: the words after every number are read)
    keys = list(map(_KEYS.get, texts))
    if None in keys:
        keys = [k if k is not None else key_of(t) for t, k in zip(texts, keys)]
    words = _new_words(Words)
    words.texts, words.starts, words.keys = texts, starts, keys
    return words


def words_after(text: str, pos: int, n: int = 8, limit: int = 90) -> list[Word]:
    """The first `n` words (and punctuation marks) after `pos`, within `limit` characters."""
    return read_words(text, pos, n, limit).list()


def words_before(text: str, pos: int, n: int = 4, limit: int = 60) -> list[Word]:
    """The last `n` words before `pos`, nearest last."""
    lo = max(0, pos - limit)
    found = list(WORD.finditer(text, lo, pos))
    if lo > 0 and found and found[0].start() == lo:
        found = found[1:]  # cut through a word
    return [_new_word(Word, (m.group(), m.start(), m.end(), key_of(m.group()))) for m in found[-n:]]
