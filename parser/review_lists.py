"""Recipients ("Nơi nhận") and cited documents as the reviewer corrects them: edit a
row, add one the extraction missed (from a selection of the raw text, or typed),
delete one. An edit names its row by index ("recipient:2") and keeps the row as it
was, so an undo restores it exactly and a replay on a changed source notices a row
that is no longer the same one."""
from __future__ import annotations

import dataclasses
from datetime import datetime

import regex

from .edit_record import Edit, EditError, nfc
from .model import Document, MetaField, RawView, Reference, squash

REFERENCE_FIELDS = ("type", "number", "date", "issuer")
_VN_DATE = regex.compile(r"(?:ngày\s+)?(\d{1,2})\s*(?:[/.-]|\s+tháng\s+)(\d{1,2})\s*(?:[/.-]|\s+năm\s+)(\d{4})",
                         regex.IGNORECASE)
_ISO_DATE = regex.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


def recipient_key(index: int) -> str:
    return f"recipient:{index}"


def reference_key(index: int) -> str:
    return f"reference:{index}"


def parse_vn_date(text: str) -> str | None:
    """"28/4/2020", "28-04-2020", "ngày 28 tháng 4 năm 2020" (or ISO) -> "2020-04-28"; empty -> None."""
    cleaned = squash(nfc(text))
    if not cleaned:
        return None
    m = _VN_DATE.fullmatch(cleaned)
    iso = _ISO_DATE.fullmatch(cleaned)
    day, month, year = (m.group(1), m.group(2), m.group(3)) if m else \
        ((iso.group(3), iso.group(2), iso.group(1)) if iso else (None, None, None))
    try:
        return datetime(int(year), int(month), int(day)).date().isoformat()
    except (TypeError, ValueError):
        raise EditError(f"«{cleaned}» không phải là ngày (ví dụ 28/04/2020)") from None


def format_vn_date(iso: str | None) -> str:
    m = _ISO_DATE.fullmatch(iso or "")
    return f"{int(m.group(3)):02d}/{int(m.group(2)):02d}/{m.group(1)}" if m else (iso or "")


def _trimmed(doc: Document, start: int, end: int) -> tuple[int, int]:
    text = doc.text[start:end]
    start += len(text) - len(text.lstrip())
    end = start + len(text.strip())
    if end <= start:
        raise EditError("hãy chọn một đoạn văn bản trước")
    return start, end


def _field_from(data: dict) -> MetaField:
    return MetaField(data["start"], data["end"], data.get("value"), [tuple(p) for p in data.get("parts") or []],
                     data.get("prefix", ""))


def _reference_from(data: dict) -> Reference:
    data = dict(data)
    if data.get("issuer_span") is not None:
        data["issuer_span"] = tuple(data["issuer_span"])
    return Reference(**data)


def edit_recipient(doc: Document, index: int, new: str) -> Edit:
    text = squash(nfc(new))
    if not text:
        raise EditError("nơi nhận không được để trống (xóa bằng phím Delete)")
    current = doc.metadata.recipients[index]
    return Edit("recipient.edit", recipient_key(index), current.text(RawView(doc.text)), text,
                extra={"index": index, "record": dataclasses.asdict(current)})


def add_recipient(doc: Document, start: int | None = None, end: int | None = None, text: str | None = None,
                  index: int | None = None) -> Edit:
    """A recipient the extraction missed: from a selection of the raw text, or typed."""
    recipients = doc.metadata.recipients
    if start is not None and end is not None:
        start, end = _trimmed(doc, start, end)
        field_ = MetaField(start, end)
        if index is None:
            index = sum(1 for r in recipients if r.end > r.start and r.start <= start)
    else:
        typed = squash(nfc(text or ""))
        if not typed:
            raise EditError("nơi nhận không được để trống")
        field_ = MetaField(0, 0, typed)
    index = len(recipients) if index is None else max(0, min(index, len(recipients)))
    return Edit("recipient.add", recipient_key(index), None, dataclasses.asdict(field_), start=start, end=end,
                extra={"index": index})


def delete_recipient(doc: Document, index: int) -> Edit:
    current = doc.metadata.recipients[index]
    return Edit("recipient.delete", recipient_key(index), dataclasses.asdict(current), None,
                start=current.start, end=current.end, extra={"index": index})


def edit_reference(doc: Document, index: int, name: str, new: str) -> Edit:
    """Change a cited document's type, number, date (Vietnamese, day first) or issuer."""
    ref = doc.references[index]
    if name == "date":
        value = parse_vn_date(new)
    elif name in REFERENCE_FIELDS:
        value = squash(nfc(new)) or None
        if name == "type" and value is None:
            raise EditError("loại văn bản không được để trống")
    else:
        raise EditError(f"không sửa được trường {name}")
    return Edit("reference.edit", reference_key(index), getattr(ref, name), value, start=ref.start, end=ref.end,
                extra={"index": index, "field": name, "record": dataclasses.asdict(ref)})


def add_reference(doc: Document, start: int, end: int) -> Edit:
    """A cited document the extraction missed, read from a selection of the raw text
    (the reference reader sees the selection alone); unread, a "Văn bản" to fill in."""
    from .references import extract_references

    start, end = _trimmed(doc, start, end)
    found = extract_references(Document(doc.source, doc.text[start:end]))
    if found:
        ref = dataclasses.replace(found[0], start=found[0].start + start, end=found[0].end + start,
                                  line=doc.line_of(found[0].start + start),
                                  issuer_span=(found[0].issuer_span[0] + start, found[0].issuer_span[1] + start)
                                  if found[0].issuer_span else None)
    else:
        ref = Reference("Văn bản", None, None, None, doc.line_of(start), start, end)
    index = sum(1 for r in doc.references if r.start <= ref.start)
    return Edit("reference.add", reference_key(index), None, dataclasses.asdict(ref), start=ref.start,
                end=ref.end, extra={"index": index})


def delete_reference(doc: Document, index: int) -> Edit:
    current = doc.references[index]
    return Edit("reference.delete", reference_key(index), dataclasses.asdict(current), None,
                start=current.start, end=current.end, extra={"index": index})


def _listed(doc: Document, edit: Edit) -> list:
    return doc.metadata.recipients if edit.kind.startswith("recipient.") else doc.references


def _row(doc: Document, edit: Edit, record: dict | None):
    """The row an edit names, checked against the row it was made on."""
    rows, index = _listed(doc, edit), edit.extra["index"]
    if not 0 <= index < len(rows) or (record is not None and (rows[index].start, rows[index].end)
                                      != (record["start"], record["end"])):
        raise EditError(f"không còn dòng {edit.target} như lúc sửa")
    return rows[index]


def apply_listed(doc: Document, edit: Edit) -> None:
    rows, index = _listed(doc, edit), edit.extra["index"]
    action = edit.kind.split(".")[1]
    make = _field_from if edit.kind.startswith("recipient.") else _reference_from
    if action == "add":
        if not 0 <= index <= len(rows):
            raise EditError(f"không thêm được dòng {edit.target}")
        rows.insert(index, make(edit.new))
    elif action == "delete":
        _row(doc, edit, edit.old)
        rows.pop(index)
    elif edit.kind == "recipient.edit":
        _row(doc, edit, edit.extra["record"]).value = edit.new
    else:
        ref = _row(doc, edit, edit.extra["record"])
        setattr(ref, edit.extra["field"], edit.new)
        if edit.extra["field"] == "issuer":
            ref.issuer_span = None         # the typed name, not the printed words, from now on


def revert_listed(doc: Document, edit: Edit) -> None:
    rows, index = _listed(doc, edit), edit.extra["index"]
    action = edit.kind.split(".")[1]
    if action == "add":
        rows.pop(index)
    elif action == "delete":
        rows.insert(index, (_field_from if edit.kind.startswith("recipient.") else _reference_from)(edit.old))
    else:      # in place: the tree's rows hold these objects
        row, was = rows[index], (_field_from if edit.kind == "recipient.edit" else _reference_from)(
            edit.extra["record"])
        for f in dataclasses.fields(row):
            setattr(row, f.name, getattr(was, f.name))
