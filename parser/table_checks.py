"""Checks over tables printed as text lines (`parser.text_tables`), column by column:

- a row with bulleted rows under it ("Tổng số lượt khám bệnh : 6.842  61.375" then "- Khám có thẻ
  bảo hiểm y tế : 6.215  55.904", "- Khám không có thẻ … : 627  5.471") is their total;
- a table's rows make a total printed in the text before it ("… ước đạt 14.286,5 tỷ đồng … Số thu
  theo từng đơn vị như sau:" then one row per unit);
- a row labelled as a total ("Tổng thu tài chính công đoàn : 48,285") is made by the rows right
  after it ("Thu kinh phí công đoàn : 38,46", "Thu đoàn phí công đoàn : 9,825");
- a column headed as a share ("Tỷ lệ (%)", "Đạt (%)") is the column before it over the one
  before that ("Dự toán   Ước TH 9 tháng   Tỷ lệ (%)"), row by row.

Tables are laid out in many ways and a row may be a plan or a comparison, so a table's sum is only
reported when it holds: it never fails. A share column is read the way most of its rows hold, and
then a row that does not is a misread figure.
"""
from __future__ import annotations

import bisect
import math
import re

from .checks import ratio_holds
from .model import Check, Metric
from .numbers import number_text_decimals
from .text_tables import Table, TextTables
from .vnfold import fold

# "Tổng", "Tổng số", "Tổng cộng", or a label that is "Cộng" alone (folded: "Công …" opens other labels)
_TOTAL_LABEL = re.compile(r"t\S{1,2}ng(?:\s+c\S{1,2}ng|\s+s\S{0,2})?\s|c\S{1,2}ng\s$"
                          r"|to[a\S]n\s+\S+(?:\s+\S+)?\s$")      # or "Toàn Cục", "Toàn tỉnh": the whole
# a share column's header (folded; OCR prints "lệ" as "1é"): "Tỷ lệ (%)", "TL %", "Đạt (%)", "So DT (%)"
_SHARE_HEADER = re.compile(r"(?:t[yi]\s*[l1i]e|tl|[dbp]at|so\s+(?:voi\s+)?(?:du\s+toan|ke\s+hoach|dt|kh))\b[^%]*%")
_SHARE_OF_TOTAL = re.compile(r"t[yi]\s*tr[o0]ng\b[^%]*%|c[o0]\s*c[a\S]u\b[^%]*%")    # "Tỷ trọng (%)", "Cơ cấu (%)"
_BEFORE_REACH = 1200      # characters before a table its total may be printed in


def table_checks(tables: TextTables, metrics: list[Metric], checker) -> list[Check]:
    """The checks of the tables in `tables`: holding sums (`checker.sum_check` makes them) and
    share columns (`checker.ratio_check`)."""
    if not tables.tables:
        return []
    starts = [m.start for m in metrics]
    at = {m.start: m for m in metrics}
    out: list[Check] = []
    for table in tables.tables:
        rows = _rows(tables.text, table, at)
        if len(rows) >= 2:
            out += _row_totals(rows, checker.sum_check)
            out += _bulleted_totals(rows, checker.sum_check)
            out += _labelled_totals(rows, checker.sum_check)
            out += _totals_before(rows, metrics, starts, checker.sum_check)
        out += _share_columns(tables.text, table, rows, checker.ratio_check)
    return out


def _rows(text: str, table: Table, at: dict[int, Metric]) -> list[tuple[bool, list[Metric | None], str]]:
    """Each row of `table` as (bulleted?, its figures by column, its folded label)."""
    return [(row.bulleted, [at.get(a) for a, _ in row.cells], fold(text[row.label[0]:row.label[1]].strip()) + " ")
            for row in table.rows]


def _share_columns(text: str, table: Table, rows, ratio_check) -> list[Check]:
    width = table.width
    if width < 2 or not table.header:
        return []
    out = _shares_of_total(text, table, rows, width, ratio_check)
    if width < 3:
        return out
    for k in range(2, width):
        cell = table.header_cell(table.rows[0], k) if len(rows[0][1]) == width else None
        if cell is None or not _SHARE_HEADER.match(fold(table.title_over(cell, text)).lower()):
            continue
        triples = [(cells[k], cells[k - 1], cells[k - 2]) for _, cells, _ in rows
                   if len(cells) == width and all(c is not None and c.value > 0 for c in cells[k - 2:k])
                   and cells[k] is not None]
        # the later column over the earlier ("Dự toán  Ước TH  Tỷ lệ"), or the other way round:
        # whichever most rows bear out
        later = sum(_holds(q, a, b) for q, a, b in triples)
        earlier = sum(_holds(q, b, a) for q, a, b in triples)
        if max(later, earlier) * 2 <= len(triples):
            continue                          # not a share of these columns ("So cùng kỳ (%)")
        for q, a, b in triples:
            out.append(ratio_check(q, a, b) if later >= earlier else ratio_check(q, b, a))
    return out


def _shares_of_total(text: str, table: Table, rows, width: int, ratio_check) -> list[Check]:
    """A column headed "Tỷ trọng (%)": each row's figure in the column before it over the total row's
    ("Y tế  486.240  26,1" … "Tổng cộng  1.864.320  100")."""
    out = []
    totals = [i for i, (bulleted, cells, label) in enumerate(rows)
              if not bulleted and _TOTAL_LABEL.match(label) and len(cells) == width and i in (0, len(rows) - 1)]
    if not totals:
        return out
    total_row = rows[totals[0]][1]
    for k in range(1, width):
        cell = table.header_cell(table.rows[totals[0]], k)
        if cell is None or not _SHARE_OF_TOTAL.match(fold(table.title_over(cell, text)).lower()) or total_row[k - 1] is None:
            continue
        whole = total_row[k - 1]
        for i, (bulleted, cells, _) in enumerate(rows):
            if i != totals[0] and not bulleted and len(cells) == width and cells[k] is not None \
                    and cells[k - 1] is not None and whole.value > 0:
                out.append(ratio_check(cells[k], cells[k - 1], whole))
    return out


def _adds_up(total: Metric, parts: list[Metric]) -> bool:
    return math.isclose(sum(p.value for p in parts), total.value, abs_tol=1e-6)


def _averaged(unit: str | None) -> bool:
    """Is a total row's figure in this unit no sum of the rows (a share, a yield in tạ/ha)?"""
    return unit is not None and (unit == "%" or "/" in unit)


def _holds(q: Metric, part: Metric, whole: Metric) -> bool:
    return whole.value > 0 and ratio_holds(q.value, part.value, whole.value, number_text_decimals(q.text))


def _column(rows, k: int) -> list[Metric] | None:
    cells = [row[1][k] if k < len(row[1]) else None for row in rows]
    return cells if all(c is not None for c in cells) else None


def _row_totals(table, sum_check) -> list[Check]:
    """A last column totalling the row's other figures ("Kiểm tra đảng viên   86   21   107"): read
    so when most rows, two at least, bear it out; then a row that does not is a misread figure."""
    full = [cells for _, cells, _ in table
            if len(cells) >= 3 and all(c is not None and not _averaged(c.unit) for c in cells)]
    width = max((len(cells) for cells in full), default=0)
    full = [cells for cells in full if len(cells) == width]
    holding = sum(_adds_up(cells[-1], cells[:-1]) for cells in full)
    if holding < 2 or holding * 4 < len(full) * 3:
        return []
    return [sum_check(cells[-1], cells[:-1]) for cells in full]


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
    """A row labelled "Tổng …" made by the first rows after it (the later ones may be a plan), or,
    closing the table, by all the rows above it ("Tổng cộng"); the bulleted rows under those are
    their parts, not the total's."""
    out = []
    for i, (bulleted, cells, label) in enumerate(table):
        if bulleted or not _TOTAL_LABEL.match(label):
            continue
        if i == len(table) - 1 and i >= 2:
            above = [row for row in table[:i] if not row[0]]
            columns = [(total, _column(above, k) if len(above) >= 2 else None) for k, total in enumerate(cells)]
            columns = [(total, parts) for total, parts in columns if total is not None and parts]
            # shares of the total ("Tỷ trọng (%)": 100 in the total row) add up too, but rounded: only
            # when exactly
            out += [sum_check(total, parts) for total, parts in columns
                    if total.unit == "%" and total.value == 100 and _adds_up(total, parts)]
            columns = [(total, parts) for total, parts in columns if not _averaged(total.unit)]
            if any(_adds_up(total, parts) for total, parts in columns):
                # one column adding up shows the row totals the rows above: a column that does not
                # was misread or misreported
                out += [sum_check(total, parts) for total, parts in columns]
            continue
        for k, total in enumerate(cells):
            if total is None:
                continue
            running, parts = 0.0, []
            for row in table[i + 1:]:
                if row[0]:
                    continue
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
