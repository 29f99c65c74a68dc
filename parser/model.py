"""The document model: everything extracted from a report, pointing into its raw text.

The raw text (decoded, NFC) is immutable. Every node, field, figure, reference
and correction records `start`/`end` offsets into it (Python str indices, end
exclusive), so highlighting, undo, sessions and the audit trail all speak the
same coordinates. Text shown to a user is *rendered* from a span through a
`TextView`: the raw view prints it as OCR'd, a corrected view (from
`parser.correction`) applies the correction layer on top.
"""
from __future__ import annotations

import bisect
from itertools import accumulate
from dataclasses import dataclass, field
from typing import Iterator, Protocol


class TextView(Protocol):
    """Renders a span of the raw text: as printed, or with corrections applied."""

    def render(self, start: int, end: int) -> str: ...


def squash(text: str) -> str:
    """Join wrapped lines and runs of white space into single spaces."""
    return " ".join(text.split())


@dataclass(frozen=True)
class RawView:
    """The text as printed (OCR), wrapped lines joined."""

    text: str

    def render(self, start: int, end: int) -> str:
        return squash(self.text[start:end])


def apply_corrections(text: str, corrections: list["Correction"], start: int = 0, end: int | None = None,
                      starts: list[int] | None = None) -> str:
    """`text[start:end]` with every correction lying wholly inside the span applied.

    `corrections` must be sorted by start and must not overlap; `starts` is their
    start offsets, when the caller keeps them for repeated calls."""
    end = len(text) if end is None else end
    lo = bisect.bisect_left(starts if starts is not None else [c.start for c in corrections], start)
    out, pos = [], start
    for c in corrections[lo:]:
        if c.start >= end:
            break
        if c.end > end or c.start < pos:
            continue
        out.append(text[pos:c.start])
        out.append(c.new)
        pos = c.end
    out.append(text[pos:end])
    return "".join(out)


@dataclass(frozen=True)
class CorrectedView:
    """The text with the correction layer applied, wrapped lines joined."""

    text: str
    corrections: list
    starts: list[int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "starts", [c.start for c in self.corrections])

    def render(self, start: int, end: int) -> str:
        return squash(apply_corrections(self.text, self.corrections, start, end, self.starts))


@dataclass
class SourceInfo:
    file: str                 # the name the user gave (for messages and JSON)
    sha256: str               # of the file's bytes
    encoding: str             # detected: utf-8, utf-8-sig, utf-16, cp1258, tcvn3, vni
    lines: int
    path: str | None = None   # absolute path, when read from disk
    size: int = 0             # bytes


@dataclass
class MetaField:
    """One metadata field. `value` is set when the field is normalised (a date,
    a period, a canonical document type, a number); otherwise the field's text
    is the span rendered through a view, so --correct corrects it too."""

    start: int
    end: int
    value: str | None = None
    # the printed pieces when the field is cut out of merged columns or wrapped lines
    # ("ỦY BAN NHÂN DÂN" / "HUYỆN CẦU KÈ" beside the motto); empty: the whole span
    parts: list[tuple[int, int]] = field(default_factory=list)
    # words the document implies before the printed text: "Quyền " before the "GIÁM ĐỐC" of "Q. GIÁM ĐỐC"
    prefix: str = ""

    def text(self, view: TextView) -> str:
        if self.value is not None:
            return self.value
        if self.parts:
            return self.prefix + " ".join(view.render(s, e) for s, e in self.parts)
        return self.prefix + view.render(self.start, self.end)


META_FIELDS = (
    "parent_issuer", "issuer", "number", "symbol", "place", "date", "doc_type",
    "subject", "period", "signer_title", "signer_authority", "signer_name",
)


@dataclass
class Metadata:
    fields: dict[str, MetaField | None] = field(default_factory=lambda: {k: None for k in META_FIELDS})
    # signer_authority may span several printed lines ("KT. GIÁM ĐỐC"); one MetaField each joined by " "
    recipients: list[MetaField] = field(default_factory=list)

    def get(self, name: str) -> MetaField | None:
        return self.fields.get(name)


@dataclass
class OutlineNode:
    """A part, section, item, bullet or paragraph of the report's outline.

    `start`/`end` cover the node with everything under it; `title_start`/
    `title_end` cover its heading text without the number or bullet mark.
    """

    kind: str                       # "part" | "section" | "item" | "bullet" | "paragraph"
    number: str | None              # as the document numbers it: "I", "6.1", "a"; None for bullets/paragraphs
    path: str | None                # "I.6.1", "III.1", "A.I.2", "I.1.a"; None for bullets/paragraphs
    line: int                       # 1-based line of the heading
    start: int
    end: int
    title_start: int
    title_end: int
    level: int = 0                  # depth in the tree, 0 for top level
    inferred: bool = False          # a number the document skipped, filled in
    marker: str = ""                # the number or bullet as printed ("I1.", "~", "6.1.")
    children: list["OutlineNode"] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def walk(self) -> Iterator["OutlineNode"]:
        yield self
        for child in self.children:
            yield from child.walk()


@dataclass
class Metric:
    """A reported figure."""

    id: str                         # "m1", "m2", ... in document order
    value: float | int
    unit: str | None
    label: str
    text: str                       # the figure as printed: "6.767", "76,82%", "Khong co"
    line: int
    start: int
    end: int
    section: str | None = None      # path of the deepest numbered node holding it
    parent: str | None = None       # id of the figure it breaks down
    confidence: float = 1.0
    flags: list[str] = field(default_factory=list)   # "ocr-digit", "doubtful", ...
    label_span: tuple[int, int] | None = None        # where the label was read, for rendering corrected
    unit_span: tuple[int, int] | None = None


@dataclass
class Reference:
    """A document the report cites."""

    type: str                       # canonical: "Công văn", "Nghị định", ...
    number: str | None              # "1552/BTTTT-CATTT", "43/2011/NĐ-CP"
    date: str | None                # ISO
    issuer: str | None
    line: int
    start: int
    end: int
    issuer_span: tuple[int, int] | None = None


@dataclass
class Check:
    """An arithmetic relation between figures and whether the printed figures satisfy it."""

    kind: str                       # "sum" | "ratio" | "running_total"
    holds: bool
    metrics: list[str]              # ids, total/whole first
    message: str
    section: str | None = None
    total: float | None = None      # sum, running_total
    parts: list[float] = field(default_factory=list)
    percent: float | None = None    # ratio
    part: float | None = None
    whole: float | None = None
    suspect: str | None = None      # id of the figure most likely misread, when it fails


@dataclass
class Correction:
    """One change of the correction layer: raw[start:end] reads as `new`."""

    start: int
    end: int
    old: str
    new: str
    source: str = "auto"            # "auto" | "user" | "learned"
    confidence: float = 1.0
    when: str | None = None         # ISO timestamp for user corrections


@dataclass
class Document:
    source: SourceInfo
    text: str
    line_starts: list[int] = field(default_factory=list)
    metadata: Metadata = field(default_factory=Metadata)
    outline: list[OutlineNode] = field(default_factory=list)
    metrics: list[Metric] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)
    checks: list[Check] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # the correction layer over `text` (automatic and by hand), sorted by start, never overlapping
    corrections: list[Correction] = field(default_factory=list)
    # what the reviewer marked verified: metric ids and node keys ("node@<start>")
    verified: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        if not self.line_starts:
            self.line_starts = line_starts(self.text)

    def line_of(self, offset: int) -> int:
        """1-based line holding `offset`."""
        return bisect.bisect_right(self.line_starts, offset)

    def nodes(self) -> Iterator[OutlineNode]:
        for node in self.outline:
            yield from node.walk()

    def nodes_at(self, offset: int) -> Iterator[OutlineNode]:
        """The outline nodes whose spans hold `offset`, from the top down."""
        hit = _child_at(self.outline, offset)
        while hit is not None:
            yield hit
            hit = _child_at(hit.children, offset)

    def node_at(self, offset: int) -> OutlineNode | None:
        """The deepest outline node whose span holds `offset`."""
        found = None
        for found in self.nodes_at(offset):
            pass
        return found

    def section_at(self, offset: int) -> str | None:
        """Path of the deepest *numbered* node holding `offset`."""
        path = None
        for node in self.nodes_at(offset):
            path = node.path or path
        return path


def _child_at(siblings: list[OutlineNode], offset: int) -> OutlineNode | None:
    """The sibling whose span holds `offset` (siblings are in text order): a binary search,
    so figures placed one by one stay linear in the size of the report."""
    i = bisect.bisect_right(siblings, offset, key=lambda n: n.start) - 1
    if i >= 0 and siblings[i].start <= offset < siblings[i].end:
        return siblings[i]
    return None


def line_starts(text: str) -> list[int]:
    """Where each line starts: 0, and the offset after every "\\n"."""
    if not any(map(text.__contains__, _OTHER_BREAKS)):
        # "\n" is then the only break str.splitlines sees: the lengths of the lines with their
        # breaks add up to the starts (C loops, not one str.find per line); a text ending with its
        # break has one more (empty) line, which splitlines does not list
        starts = list(accumulate(map(len, text.splitlines(True)), initial=0))
        if text and text[-1] != "\n":
            starts.pop()
        return starts
    starts = [0]
    find = text.find
    i = find("\n")
    while i != -1:
        starts.append(i + 1)
        i = find("\n", i + 1)
    return starts


# the line breaks str.splitlines knows besides "\n" (each looked for with `in`, a fast scan)
_OTHER_BREAKS = ("\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029")
