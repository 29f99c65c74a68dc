"""One report (or a few, already in memory) -> a workbook on disk."""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable

from openpyxl import Workbook

from .. import __version__
from ..model import Document, RawView, TextView
from ..render import metadata_texts
from .report import write_report
from .safe_write import check_target, save_atomically
from .values import view_for


def new_workbook(*, streamed: bool, title: str, subject: str | None) -> Workbook:
    wb = Workbook(write_only=streamed)
    if not streamed:
        wb.remove(wb.active)
    props = wb.properties
    props.title = title
    props.subject = subject
    props.creator = "BaoCao Review"
    props.lastModifiedBy = "BaoCao Review"
    props.description = f"Xuất bởi BaoCao Review {__version__}"
    props.created = props.modified = datetime.now(timezone.utc).replace(tzinfo=None)
    return wb


def report_title(doc: Document, view: TextView) -> tuple[str, str | None]:
    """The workbook's title and subject: the report's number and issuer, its abstract."""
    meta = metadata_texts(doc.metadata, view)
    number = "/".join(p for p in (meta["number"], meta["symbol"]) if p)
    head = " ".join(p for p in (meta["doc_type"] or "Báo cáo", f"số {number}" if number else None) if p)
    issuer = f" — {meta['issuer']}" if meta["issuer"] else ""
    return head + issuer, meta["subject"]


def write_workbook(docs: Iterable[Document], out: str | Path, correct: bool = False) -> Path:
    """Write the documents as they stand (edits, corrections, verified marks) to
    `out`: one report's sheets for one document, the batch summary for several.
    The file appears whole or not at all."""
    from .batch import write_batch

    out = check_target(out, [])
    docs = list(docs)
    if len(docs) != 1:
        return write_batch(iter(docs), out, correct=correct, count=len(docs))
    doc = docs[0]
    view = view_for(doc, correct)
    title, subject = report_title(doc, view)
    wb = new_workbook(streamed=False, title=title, subject=subject)
    write_report(wb, doc, view, corrected=not isinstance(view, RawView), exported=datetime.now())
    save_atomically(wb, out)
    return out

