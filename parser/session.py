"""Session files: a review saved to resume later (`*.baocao.json`), and the
recovery copy autosaved while the window is open.

A session holds what a reviewer did, not what the extraction found: the source
file (path and sha256, so a changed source is noticed), the correction layer,
the list of edits in order, and the verified marks. Reopening analyses the
source again and replays the edits. Loading tolerates older and newer files:
unknown keys are kept and written back, missing ones take defaults.
Every write goes to a temporary file in the same folder first, then replaces
the target in one step, so a crash never leaves half a session.
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from .errors import ReadError, WriteError
from .model import Correction, Document
from .review import TEXT_KINDS, Edit, EditError, apply, now_iso

SCHEMA = "baocao.session"
VERSION = 1
SUFFIX = ".baocao.json"
RECOVERY_DIR = "recovery"


@dataclass
class Session:
    source_path: str | None
    source_sha256: str
    corrections: list[Correction] = field(default_factory=list)
    edits: list[Edit] = field(default_factory=list)
    verified: set[str] = field(default_factory=set)
    saved_at: str | None = None
    version: int = VERSION
    session_path: str | None = None        # in a recovery copy: the session file it belongs to, if any
    unknown: dict = field(default_factory=dict)   # keys from a newer version, written back untouched

    def to_dict(self) -> dict:
        return {
            **self.unknown,
            "schema": SCHEMA, "version": VERSION,
            "source": {"path": self.source_path, "sha256": self.source_sha256},
            "saved_at": self.saved_at or now_iso(),
            "session_path": self.session_path,
            "corrections": [dataclasses.asdict(c) for c in self.corrections],
            "edits": [e.to_dict() for e in self.edits],
            "verified": sorted(self.verified),
        }


def session_of(doc: Document, edits: list[Edit], session_path: str | None = None) -> Session:
    return Session(doc.source.path, doc.source.sha256, list(doc.corrections), list(edits), set(doc.verified),
                   session_path=session_path)


def sha256_file(path: str | Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _correction(data: dict) -> Correction:
    known = {f.name for f in dataclasses.fields(Correction)}
    return Correction(**{k: v for k, v in data.items() if k in known})


def session_from_dict(data: dict, name: str = "<session>") -> Session:
    if not isinstance(data, dict) or data.get("schema") != SCHEMA:
        raise ReadError(name, "không phải tệp phiên làm việc BaoCao (thiếu \"schema\": \"baocao.session\")")
    version = data.get("version", 0)
    source = data.get("source") or {}
    if version == 0:   # the first drafts kept the source flat
        source = {"path": data.get("source_path"), "sha256": data.get("source_sha256", "")}
    known = {"schema", "version", "source", "saved_at", "session_path", "corrections", "edits", "verified",
             "source_path", "source_sha256"}
    try:
        return Session(
            source_path=source.get("path"), source_sha256=source.get("sha256") or "",
            corrections=[_correction(c) for c in data.get("corrections", [])],
            edits=[Edit.from_dict(e) for e in data.get("edits", [])],
            verified=set(data.get("verified", [])),
            saved_at=data.get("saved_at"), version=version, session_path=data.get("session_path"),
            unknown={k: v for k, v in data.items() if k not in known},
        )
    except (TypeError, AttributeError) as exc:
        raise ReadError(name, f"tệp phiên bị hỏng ({exc})") from None


def load_session(path: str | Path) -> Session:
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ReadError(str(path), "không tìm thấy tệp") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ReadError(str(path), f"không đọc được tệp phiên ({exc.__class__.__name__})") from None
    return session_from_dict(data, str(path))


def write_atomic(path: str | Path, text: str) -> None:
    """Write through a temporary file in the same folder and replace the target in one step."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(text)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise WriteError(str(path), exc.strerror or str(exc)) from None


def save_session(path: str | Path, session: Session) -> None:
    session.saved_at = now_iso()
    write_atomic(path, json.dumps(session.to_dict(), ensure_ascii=False, indent=1) + "\n")


def restore(doc: Document, session: Session) -> tuple[list[Edit], list[str]]:
    """Put a session's work on a freshly analysed document: the correction layer,
    the structural and field edits replayed in order, the verified marks.
    Returns the edits that applied and a line for each one that no longer fits
    (a source that changed since the session was saved)."""
    problems = []
    layer = []
    for c in sorted(session.corrections, key=lambda c: c.start):
        if doc.text[c.start:c.end] == c.old and (not layer or layer[-1].end <= c.start):
            layer.append(c)
        else:
            problems.append(f"sửa «{c.old}» → «{c.new}» ở vị trí {c.start} không còn khớp với văn bản")
    doc.corrections = layer
    applied = []
    for edit in session.edits:
        if edit.kind in TEXT_KINDS:
            if doc.text[edit.start:edit.end] != edit.old:
                problems.append(f"sửa «{edit.old}» ở vị trí {edit.start} không còn khớp với văn bản")
                continue
            applied.append(edit)       # already in the layer; kept for the history
            continue
        if edit.kind == "verify":
            continue                    # the marks below are the final word
        try:
            apply(doc, edit)
            applied.append(edit)
        except (EditError, KeyError, IndexError, ValueError, TypeError) as exc:
            problems.append(f"không áp dụng lại được thao tác {edit.kind} trên {edit.target}: {exc}")
    doc.verified = set(session.verified)
    return applied, problems


# ---------------------------------------------------------------- recovery copies

def recovery_dir(data_dir: str | Path) -> Path:
    return Path(data_dir) / RECOVERY_DIR


def recovery_path(data_dir: str | Path, source_sha256: str, source_path: str | None) -> Path:
    """One recovery file per source: its name from the source's path and content."""
    key = hashlib.sha256(f"{source_path}\0{source_sha256}".encode()).hexdigest()[:16]
    return recovery_dir(data_dir) / f"{key}{SUFFIX}"


def pending_recoveries(data_dir: str | Path) -> list[tuple[Path, Session]]:
    """Recovery copies left by a window that did not close normally, newest first."""
    folder = recovery_dir(data_dir)
    found = []
    for path in sorted(folder.glob(f"*{SUFFIX}"), key=lambda p: p.stat().st_mtime, reverse=True) \
            if folder.is_dir() else []:
        try:
            found.append((path, load_session(path)))
        except ReadError:
            continue     # a copy we cannot read is useless; leave it for a human to look at
    return found
