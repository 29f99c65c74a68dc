"""Sums over tables printed as text lines ("Chi cục Hải quan Cẩm Phả      : 3.905,6"), column by
column:

- a row with bulleted rows under it ("Tổng số lượt khám bệnh : 6.842  61.375" then "- Khám có thẻ
  bảo hiểm y tế : 6.215  55.904", "- Khám không có thẻ … : 627  5.471") is their total;
- a table's rows make a total printed in the text before it ("… ước đạt 14.286,5 tỷ đồng … Số thu
  theo từng đơn vị như sau:" then one row per unit);
- a row labelled as a total ("Tổng thu tài chính công đoàn : 48,285") is made by the rows right
  after it ("Thu kinh phí công đoàn : 38,46", "Thu đoàn phí công đoàn : 9,825").

Tables are laid out in many ways and a row may be a plan or a comparison, so a table's sum is only
reported when it holds: it never fails.
"""
from __future__ import annotations

import bisect
import math
import re

from .model import Check, Metric
from .vnfold import fold

# "label     : 1.284", "label : 6.842   61.375": a label, a colon, then only figures
_TOTAL_LABEL = re.compile(r"t\S{1,2}ng(?:\s+c\S{1,2}ng|\s+s\S{0,2})?\s")     # "Tổng", "Tổng số", "Tổng cộng" (folded)
_CELL = re.compile(r"\d[\d.,]*")
_BEFORE_REACH = 1200      # characters before a table its total may be printed in


def table_sums(text: str, metrics: list[Metric], sum_check) -> list[Check]:
    """Holding sums of the tables of `text`; `sum_check(total, parts)` makes the check."""
    if " : " not in text and ":" not in text:
        return []
    starts = [m.start for m in metrics]
    out: list[Check] = []
    for table in _tables(text, metrics, starts):
        out += _bulleted_totals(table, sum_check)
        out += _labelled_totals(table, sum_check)
        out += _totals_before(table, metrics, starts, sum_check)
    return out


_CELLS = re.compile(r"(?:[ \t]*\d[\d.,]*)+(?=[ \t.;]*$)", re.M)
_BULLET = re.compile(r"[ \t]*[-+•~][ \t]*")


def _rows(text: str):
    """(line start, line end, bulleted?, label, cells span) of each row: found from the colons (few
    lines hold one) rather than by a pattern tried at every line."""
    colon = text.find(":")
    while colon >= 0:
        bol = text.rfind("\n", 0, colon) + 1
        eol = text.find("\n", colon)
        eol = len(text) if eol < 0 else eol
        cells = _CELLS.match(text, colon + 1, eol)
        if cells is not None and text.find(":", bol, colon) < 0:
            bullet = _BULLET.match(text, bol, colon)
            label_start = bullet.end() if bullet else bol
            if colon - label_start >= 6:
                yield bol, eol, bullet is not None, text[label_start:colon], cells.span()
        colon = text.find(":", eol)


def _tables(text: str, metrics: list[Metric], starts: list[int]) -> list[list[tuple[bool, list[Metric], str]]]:
    """Runs of consecutive rows, each row (bulleted?, its figures by column, its folded label)."""
    tables, run, last_end = [], [], -2
    for bol, eol, bulleted, label, (a, b) in _rows(text):
        cells = []
        for c in _CELL.finditer(text, a, b):
            k = bisect.bisect_left(starts, c.start())
            cells.append(metrics[k] if k < len(metrics) and metrics[k].start == c.start() else None)
        row = (bulleted, cells, fold(label.strip()) + " ")
        if bol == last_end + 1:
            run.append(row)
        else:
            if len(run) >= 2:
                tables.append(run)
            run = [row]
        last_end = eol
    if len(run) >= 2:
        tables.append(run)
    return tables


def _column(rows, k: int) -> list[Metric] | None:
    cells = [row[1][k] if k < len(row[1]) else None for row in rows]
    return cells if all(c is not None for c in cells) else None


def _bulleted_totals(table, sum_check) -> list[Check]:
    out = []
    for i, (bulleted, cells, _) in enumerate(table):
        if bulleted:
            continue
        under = []
        for row in table[i + 1:]:
            if not row[0]:
                break
            under.append(row)
        if len(under) < 2:
            continue
        for k, total in enumerate(cells):
            parts = _column(under, k)
            if total is not None and parts and math.isclose(sum(p.value for p in parts), total.value, abs_tol=1e-6):
                out.append(sum_check(total, parts))
    return out


def _labelled_totals(table, sum_check) -> list[Check]:
    """A row labelled "Tổng …" made by the first rows after it (the later ones may be a plan)."""
    out = []
    for i, (bulleted, cells, label) in enumerate(table):
        if bulleted or not _TOTAL_LABEL.match(label):
            continue
        for k, total in enumerate(cells):
            if total is None:
                continue
            running, parts = 0.0, []
            for row in table[i + 1:]:
                cell = row[1][k] if k < len(row[1]) else None
                if cell is None:
                    break
                parts.append(cell)
                running += cell.value
                if len(parts) >= 2 and math.isclose(running, total.value, abs_tol=1e-6):
                    out.append(sum_check(total, parts))
                    break
    return out


def _totals_before(table, metrics: list[Metric], starts: list[int], sum_check) -> list[Check]:
    """A column of the table's rows adding up to a figure printed shortly before the table."""
    out = []
    rows = [row for row in table if not row[0]]
    if len(rows) < 2:
        return out
    first = next((c for row in rows for c in row[1] if c is not None), None)
    if first is None:
        return out
    lo = bisect.bisect_left(starts, first.start - _BEFORE_REACH)
    before = metrics[lo:bisect.bisect_left(starts, first.start)]
    width = max(len(row[1]) for row in rows)
    for k in range(width):
        parts = _column(rows, k)
        if not parts:
            continue
        got = sum(p.value for p in parts)
        total = next((m for m in reversed(before) if m.unit != "%" and math.isclose(m.value, got, abs_tol=1e-6)),
                     None)
        if total is not None:
            out.append(sum_check(total, parts))
    return out
