"""Results crossing back from the analysis process, pickled in small slices.

Unpickling is one C call that holds the interpreter lock from start to end: a
20,000-object list unpickled at once freezes the window for a tenth of a second,
whatever thread does it. Slice by slice, the UI thread gets the lock between slices.
No Qt here: the analysis process packs with these functions.
"""
from __future__ import annotations

import dataclasses
import pickle

from parser.model import Document, OutlineNode

SLICE = 50           # objects per slice: a fraction of a millisecond to unpickle


def pack_list(items: list) -> list[bytes]:
    return [pickle.dumps(items[i:i + SLICE], pickle.HIGHEST_PROTOCOL) for i in range(0, len(items), SLICE)]


def unpack_list(blobs: list[bytes]) -> list:
    out: list = []
    for blob in blobs:
        out += pickle.loads(blob)
    return out


def pack_document(doc: Document) -> dict:
    """Takes `doc` apart (it is the sender's copy): every list field in slices, the
    outline flattened in reading order with each node's number of children."""
    nodes, shape = [], []
    stack = list(reversed(doc.outline))
    while stack:
        node = stack.pop()
        nodes.append(node)
        shape.append(len(node.children))
        stack.extend(reversed(node.children))
    for node in nodes:
        node.children = []
    roots, doc.outline = len(doc.outline), []
    lists = {}
    for f in dataclasses.fields(doc):
        value = getattr(doc, f.name)
        if isinstance(value, list) and len(value) > SLICE:
            lists[f.name] = pack_list(value)
            setattr(doc, f.name, [])
    return {"head": pickle.dumps(doc, pickle.HIGHEST_PROTOCOL), "lists": lists,
            "outline": pack_list(nodes), "shape": shape, "roots": roots}


def unpack_document(parcel: dict) -> Document:
    doc = pickle.loads(parcel["head"])
    for name, blobs in parcel["lists"].items():
        setattr(doc, name, unpack_list(blobs))
    doc.outline = _regrow(unpack_list(parcel["outline"]), parcel["shape"], parcel["roots"])
    return doc


def _regrow(nodes: list[OutlineNode], shape: list[int], roots: int) -> list[OutlineNode]:
    pairs = iter(zip(nodes, shape))

    def grow() -> OutlineNode:
        node, children = next(pairs)
        node.children = [grow() for _ in range(children)]
        return node

    return [grow() for _ in range(roots)]
