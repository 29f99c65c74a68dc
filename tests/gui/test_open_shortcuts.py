"""The shortcuts taken while a large report opens give the answers of the long way round:
word findings worked out by the analysis process, the status bar's one-walk tally, the
automatic layer taken without a sort when it comes in order."""
from __future__ import annotations

import random
from dataclasses import dataclass

from parser import review
from parser.findings import findings, word_findings
from parser.model import Correction, Document, OutlineNode, SourceInfo


@dataclass
class Suspicion:
    start: int
    end: int
    word: str
    score: float = 0.9


def _doc(text: str) -> Document:
    return Document(SourceInfo("t.txt", "0" * 64, "utf-8", 1), text)


def test_findings_from_precomputed_words_equal_the_full_computation():
    rng = random.Random(7)
    doc = _doc("x" * 5000)
    doc.corrections = sorted((Correction(s, s + rng.randint(1, 6), "a", "b")
                              for s in rng.sample(range(4900), 300)), key=lambda c: c.start)
    suspicions = [Suspicion(s, s + 3, f"w{s}") for s in rng.sample(range(4900), 800)]
    words = word_findings(sorted(suspicions, key=lambda s: s.start), doc.corrections)
    assert 0 < len(words) < 800                   # some covered by a correction, some not
    assert findings(doc, suspicions, words) == findings(doc, suspicions)


def test_tally_is_progress_and_the_node_count():
    leaf = OutlineNode("bullet", None, None, 3, 20, 30, 22, 30, level=1, marker="-")
    twin = OutlineNode("bullet", None, None, 3, 20, 30, 22, 30, level=1, marker="-")   # same start: one mark
    part = OutlineNode("part", "1", "1", 1, 0, 40, 3, 10, marker="1.", children=[leaf, twin])
    doc = _doc("y" * 50)
    doc.outline = [part, OutlineNode("part", "2", "2", 5, 40, 50, 43, 50, marker="2.")]
    doc.verified = {"node@20", "node@99"}
    done, total, nodes = review.tally(doc)
    assert (done, total) == review.progress(doc) == (1, 3)
    assert nodes == sum(1 for _ in doc.nodes()) == 4


def test_merge_layer_sorts_only_what_is_out_of_order():
    ordered = [Correction(i * 5, i * 5 + 2, "a", "b") for i in range(50)]
    for automatic, in_order in ((ordered, True), (ordered, False), (ordered[::-1], False)):
        doc = _doc("z" * 300)
        assert review.merge_layer(doc, automatic, in_order=in_order) == 50
        assert doc.corrections == ordered and doc.corrections is not automatic
