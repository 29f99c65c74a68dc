"""Corrections the user confirmed, remembered across documents and sessions.

One JSON file: {"version": 1, "corrections": {old: {new: count}}, "contexts": {old: [line, ...]}}.
`old` is keyed in lower case (NFC); `new` is kept as the user wrote it. Every
change is written atomically (a temporary file in the same folder, fsync, then
os.replace), so a crash leaves either the old file or the new one. A file that
cannot be read as such is set aside as <name>.corrupt-<time> with a warning and
the store starts empty: learning must never stop the app from opening a report.
"""
from __future__ import annotations

import json
import logging
import os
import tempfile
import time
import unicodedata
import warnings
from pathlib import Path

FILE_NAME = "learned_corrections.json"
MAX_CONTEXTS = 5
log = logging.getLogger(__name__)


def _key(word: str) -> str:
    return unicodedata.normalize("NFC", word).lower()


def _parse(raw: str) -> tuple[dict[str, dict[str, int]], dict[str, list[str]]]:
    """The store's content, or ValueError when the file is not a store."""
    try:
        data = json.loads(raw)
        corrections = data["corrections"]
        contexts = data.get("contexts", {})
    except (ValueError, KeyError, TypeError, AttributeError) as err:
        raise ValueError(str(err) or type(err).__name__) from None
    if not isinstance(corrections, dict) or not isinstance(contexts, dict) or not all(
            isinstance(v, dict) and all(isinstance(n, str) and isinstance(c, int) for n, c in v.items())
            for v in corrections.values()):
        raise ValueError("unexpected layout")
    return ({_key(k): dict(v) for k, v in corrections.items()},
            {_key(k): [c for c in v if isinstance(c, str)][:MAX_CONTEXTS] for k, v in contexts.items()
             if isinstance(v, list)})


class LearningStore:
    def __init__(self, path: str | os.PathLike) -> None:
        self.path = Path(path)
        self.corrections: dict[str, dict[str, int]] = {}
        self.contexts: dict[str, list[str]] = {}
        self._load()

    # -- reading ------------------------------------------------------------------------------
    def _load(self) -> None:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return
        except OSError as err:
            warnings.warn(f"{self.path}: cannot read learned corrections ({err}); starting without them")
            return
        try:
            self.corrections, self.contexts = _parse(raw.decode("utf-8"))
        except ValueError as err:
            self._set_aside(err)

    def _set_aside(self, err: Exception) -> None:
        target = self.path.with_name(f"{self.path.name}.corrupt-{time.strftime('%Y%m%d-%H%M%S')}")
        try:
            os.replace(self.path, target)
            where = f"moved to {target.name}"
        except OSError:
            where = "left in place"
        message = f"{self.path}: learned corrections file is damaged ({err}); {where}, starting empty"
        log.warning(message)
        warnings.warn(message)

    def lookup(self, old: str) -> list[tuple[str, int]]:
        """What `old` was corrected to before, most often confirmed first."""
        got = self.corrections.get(_key(old), {})
        return sorted(got.items(), key=lambda x: (-x[1], x[0]))

    def __contains__(self, old: str) -> bool:
        return _key(old) in self.corrections

    def __len__(self) -> int:
        return len(self.corrections)

    # -- writing ------------------------------------------------------------------------------
    def confirm(self, old: str, new: str, context: str | None = None) -> None:
        """Remember that `old` reads as `new` (one more confirmation)."""
        new = unicodedata.normalize("NFC", new)
        k = _key(old)
        entry = self.corrections.setdefault(k, {})
        entry[new] = entry.get(new, 0) + 1
        if context:
            ctx = self.contexts.setdefault(k, [])
            if context not in ctx:
                ctx.append(context)
                del ctx[:-MAX_CONTEXTS]
        self._save(self.path)

    def _payload(self) -> dict:
        return {"version": 1, "corrections": self.corrections, "contexts": self.contexts}

    def _save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(self._payload(), fh, ensure_ascii=False, indent=1, sort_keys=True)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, path)
        except BaseException:
            try:
                os.unlink(tmp)
            except OSError:
                pass
            raise

    def export_to(self, path: str | os.PathLike) -> None:
        """Write the store to another file (to share with a colleague)."""
        self._save(Path(path))

    def import_from(self, path: str | os.PathLike) -> int:
        """Merge another store's file into this one (counts add up); returns entries merged."""
        from ..errors import ReadError

        try:
            corrections, contexts = _parse(Path(path).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError) as err:
            raise ReadError(str(path), f"not a learned-corrections file ({err})") from None
        for k, news in corrections.items():
            entry = self.corrections.setdefault(k, {})
            for new, n in news.items():
                entry[new] = entry.get(new, 0) + n
        for k, ctx in contexts.items():
            mine = self.contexts.setdefault(k, [])
            mine.extend(c for c in ctx if c not in mine)
            del mine[:-MAX_CONTEXTS]
        self._save(self.path)
        return len(corrections)


def default_path() -> Path:
    base = os.environ.get("BAOCAO_DATA_DIR")
    if not base:
        import platformdirs

        base = platformdirs.user_data_dir("BaoCaoReview")
    return Path(base) / FILE_NAME


def default_store() -> LearningStore:
    """The user's store: $BAOCAO_DATA_DIR/learned_corrections.json, else the per-user data folder."""
    return LearningStore(default_path())
