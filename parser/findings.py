"""What still needs the reviewer's look: failing checks, missing header fields,
doubtful figures and suspicious words nobody has corrected yet."""
from __future__ import annotations

import bisect
from operator import itemgetter
from typing import NamedTuple

from .model import Document


class Finding(NamedTuple):       # a tuple: a long report has tens of thousands
    kind: str          # "check" | "metadata" | "figure" | "word"
    subject: str       # the check's message, the field name, the metric id, the word
    start: int
    end: int
    key: str | None    # what to select in the tree: a metric id, "meta:<field>", None for a word


DOUBTFUL = 0.7


def findings(doc: Document, suspicions=(), words: list[Finding] | None = None) -> list[Finding]:
    """Failing checks, missing metadata, doubtful figures and suspicious words
    nobody has corrected yet, in reading order (metadata first). `words`: those
    words already worked out (`word_findings` of `suspicions` and doc.corrections)."""
    from .checks import MISSING_FIELDS   # the fields every report has; a missing KT./TM. line is normal

    out = [Finding("metadata", name, 0, 0, f"meta:{name}")
           for name in MISSING_FIELDS if doc.metadata.fields.get(name) is None]
    by_id = {m.id: m for m in doc.metrics}
    for check in doc.checks:
        if check.holds:
            continue
        figures = [by_id[i] for i in check.metrics if i in by_id]
        focus = by_id.get(check.suspect) or (figures[0] if figures else None)
        out.append(Finding("check", check.message, focus.start if focus else 0, focus.end if focus else 0,
                           focus.id if focus else None))
    out += [Finding("figure", m.id, m.start, m.end, m.id) for m in doc.metrics
            if m.confidence < DOUBTFUL and m.id not in doc.verified]
    head = [f for f in out if f.kind == "metadata"]
    rest = sorted((f for f in out if f.kind != "metadata"), key=_START)
    if words is None:
        words = word_findings(suspicions, doc.corrections)
    # two runs in reading order: a stable sort merges them in C (ties: the checks and figures first,
    # as heapq.merge would), where heapq.merge makes a Python step per finding
    return head + sorted(rest + words, key=_START)


def word_findings(suspicions, corrections) -> list[Finding]:
    """The suspicious words no correction of the layer (in reading order) covers, in reading order."""
    starts = [c.start for c in corrections]
    words = []
    for s in sorted(suspicions, key=lambda s: s.start):
        i = bisect.bisect_right(starts, s.start) - 1
        if i >= 0 and corrections[i].end > s.start:
            continue                                   # already corrected
        words.append(Finding("word", s.word, s.start, s.end, None))
    return words


_START = itemgetter(2)


SUSPICIOUS = 0.5     # a word scored at least this likely misread is underlined and listed
