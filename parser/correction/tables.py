"""The language model's tables as numpy arrays and hash tables, for the decoder's passes over a
whole lattice (lattice.py): every look-up of a pass is made for all its keys at once."""
from __future__ import annotations

import numpy as np


class SparseTable:
    """A sparse map from non-negative int64 keys to float rows, looked up for many keys at once: an
    open-addressing hash table (linear probing, at most an eighth full), probed for all keys
    together, so a look-up costs a few array passes however many keys are asked for."""

    _MIX = np.uint64(0x9E3779B97F4A7C15)    # Fibonacci hashing: the top bits of key * 2^64/phi

    def __init__(self, keys: list[int], values: list, width: int = 1) -> None:
        keys = np.array(keys, dtype=np.int64).reshape(-1)
        values = np.array(values, dtype=np.float64).reshape(len(keys), width)
        bits = max(4, (8 * len(keys)).bit_length())
        self._shift, self._mask = np.uint64(64 - bits), (1 << bits) - 1
        self._slots = np.full(1 << bits, -1, dtype=np.int64)     # -1: empty
        self.values = np.zeros((1 << bits, width), dtype=np.float64)    # by slot
        home = self._home(keys)
        pending = np.arange(len(keys))
        probe = 0
        while len(pending):
            # each key still to place tries its next slot; of several keys wanting one free slot, one gets it
            slot = (home[pending] + probe) & self._mask
            free = np.flatnonzero(self._slots[slot] == -1)
            taken, first = np.unique(slot[free], return_index=True)
            winners = pending[free[first]]
            self._slots[taken] = keys[winners]
            self.values[taken] = values[winners]
            placed = np.zeros(len(pending), dtype=bool)
            placed[free[first]] = True
            pending = pending[~placed]
            probe += 1
        # a byte per slot, whether it holds a key: most keys looked up are absent and their home slot
        # empty, which this small array (in cache, unlike the slots) tells at once
        self._used = self._slots != -1
        self._columns = [np.ascontiguousarray(self.values[:, c]) for c in range(width)]

    def _home(self, keys: np.ndarray) -> np.ndarray:
        home = keys.view(np.uint64) * self._MIX
        home >>= self._shift
        return home.view(np.int64)     # below 2**bits: the same numbers as signed

    def _locate(self, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(positions in `keys` of the keys present, their slots), for a flat int64 array."""
        home = self._home(keys)
        # only the keys whose home slot holds a key: theirs, or another's (then probe on until the
        # key or an empty slot)
        todo = np.flatnonzero(self._used[home])
        at = home[todo]
        where, slots = [], []
        while len(todo):
            got = self._slots[at]
            hit = got == keys[todo]
            where.append(todo[hit])
            slots.append(at[hit])
            more = ~hit & (got != -1)
            todo, at = todo[more], (at[more] + 1) & self._mask
        if len(where) == 1:
            return where[0], slots[0]
        return (np.concatenate(where), np.concatenate(slots)) if where else (todo, at)

    def find(self, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(found, slot) of each key: its values are self.values[slot] where found."""
        shape = keys.shape
        keys = np.ascontiguousarray(keys, dtype=np.int64).reshape(-1)
        where, at = self._locate(keys)
        found = np.zeros(len(keys), dtype=bool)
        slot = np.zeros(len(keys), dtype=np.intp)
        found[where] = True
        slot[where] = at
        return found.reshape(shape), slot.reshape(shape)

    def get(self, keys: np.ndarray, default: np.ndarray | float, column: int = 0) -> tuple[np.ndarray, np.ndarray]:
        """(found, value): the table's value where the key is present, `default` elsewhere."""
        shape = keys.shape
        flat = np.ascontiguousarray(keys, dtype=np.int64).reshape(-1)
        where, at = self._locate(flat)
        found = np.zeros(len(flat), dtype=bool)
        found[where] = True
        found = found.reshape(shape)
        if np.broadcast_shapes(shape, np.shape(default)) != shape:
            return found, np.where(found, self._columns[column][self.find(keys)[1]], default)
        value = np.array(np.broadcast_to(default, shape), dtype=np.float64)     # a copy of its own
        value.reshape(-1)[where] = self._columns[column][at]
        return found, value


class LanguageArrays:
    """The model's costs as numpy arrays and hash tables (a pair a b is keyed a*n+b, a triple
    a b z (a*n+b)*n+z), so a pass over a whole text looks everything up at once. The values are the
    same floats as the dictionaries', so the arithmetic on them gives the same results."""

    def __init__(self, lm) -> None:
        n = lm.n
        self.uni = np.array(lm.uni, dtype=np.float64)
        self.backoff = np.array(lm.backoff, dtype=np.float64)
        pairs = [(a * n + b, c) for a, f in enumerate(lm.follow) if f is not None for b, c in f.items()]
        self.bigram = SparseTable([k for k, _ in pairs], [c for _, c in pairs])
        self.context = SparseTable(list(lm.tri_context), list(lm.tri_context.values()), width=2)
        self.trigram = SparseTable(list(lm.tri), list(lm.tri.values()))
