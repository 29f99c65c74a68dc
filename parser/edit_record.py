"""The record of one change a reviewer makes: plain data, saved in sessions as JSON
and replayed on a freshly analysed report (`parser.review` applies and reverts it)."""
from __future__ import annotations

import dataclasses
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any


def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


@dataclass
class Edit:
    kind: str
    target: str                      # "node@<start>", a metric id, a metadata field name, "text@<start>"
    old: Any
    new: Any
    how: str = "user"                # "user" | "suggestion" | "fix-all"
    when: str = field(default_factory=now_iso)
    start: int | None = None
    end: int | None = None
    extra: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> "Edit":
        known = {f.name for f in dataclasses.fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})


class EditError(ValueError):
    """An edit that cannot be made (a value that is not a number, a node that cannot move)."""
