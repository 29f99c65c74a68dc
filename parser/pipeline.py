"""From a file or a text to a `Document`: read, lay out, outline, metadata, figures."""
from __future__ import annotations

from pathlib import Path

from .collector import collector_paused
from .model import Document, SourceInfo
from .reader import read_file, source_from_text

NO_STRUCTURE = "không nhận ra cấu trúc báo cáo (no report structure found)"


def analyse_text(text: str, source: SourceInfo | None = None) -> Document:
    """Extract everything from an already decoded text."""
    if source is None:
        text, source = source_from_text(text)
    with collector_paused():
        return _analyse(text, source)


def model_of(text: str, source: SourceInfo) -> tuple[Document, list]:
    """The document model of a decoded text, before its figures: the text laid out in blocks (also
    returned), its outline and its metadata."""
    from .layout import build_blocks
    from .outline import build_outline
    from .metadata import extract_metadata

    with collector_paused():
        doc = Document(source=source, text=text)
        blocks = build_blocks(doc)
        doc.outline = build_outline(doc, blocks)
        doc.metadata = extract_metadata(doc, blocks)
    return doc, blocks


def _analyse(text: str, source: SourceInfo) -> Document:
    from .figures import extract_figures
    from .references import extract_references
    from .checks import run_checks

    doc, blocks = model_of(text, source)
    if not looks_like_a_report(doc):
        # an English chapter, a letter, a table dump: say so rather than show a made-up outline
        doc.warnings.append(NO_STRUCTURE)
        doc.outline = []
        return doc
    doc.metrics = extract_figures(doc, blocks)
    doc.references = extract_references(doc, blocks)
    doc.checks = run_checks(doc)
    return doc


def looks_like_a_report(doc: Document) -> bool:
    """A numbered heading, or a header the metadata reader recognised (a công văn has no parts)."""
    if any(node.number for node in doc.nodes()):
        return True
    fields = doc.metadata.fields
    return sum(fields.get(name) is not None for name in ("doc_type", "number", "date", "issuer")) >= 2


def analyse_file(path: str | Path) -> Document:
    """Read a report from disk (any supported encoding) and extract everything.

    Raises `parser.reader.ReadError` with a one-line message naming the file."""
    text, source = read_file(path)
    return analyse_text(text, source)


def auto_corrections(doc: Document, store=None) -> list:
    """The correction engine's output for the whole text, with what the outline proves on top."""
    from .correction import correct_document
    from .structure_fixes import merge, structure_corrections

    return merge(correct_document(doc.text, store=store), structure_corrections(doc))
