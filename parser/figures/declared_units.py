"""Units a report declares for a stretch of running text: "2. Về tiền (đơn vị tính: nghìn đồng)",
"(ĐVT: triệu đồng)". The bare amounts after such a declaration, to the end of the section
holding it, are counted in that unit ("Tổng số tiền thụ lý là 186.425.318"). A table's own
"Đơn vị tính" line is its cells' business (`parser.text_tables`), not declared here."""
from __future__ import annotations

import bisect
import re

from ..text_tables import UNIT_WORDS, TextTables
from .finder import Figure, unit_named
from .outline_lookup import OutlineLookup

# folded text: "đơn vị tính" / "ĐVT" (its Đ printed P or B), a colon, then the unit up to a bracket
# or the line's end
_DECLARED = re.compile(UNIT_WORDS + r"\s*:\s*(?P<unit>[^\n():;]*[^\s():;])")


def declared_scopes(folded: str, text: str, tables: TextTables, doc) -> list[tuple[int, int, tuple[str, int, int]]]:
    """Each declared unit with the stretch it holds for: (from, to, unit)."""
    if "vi t" not in folded and "v1 t" not in folded and "vt" not in folded:
        return []                     # (a test in C before the search)
    table_units = {table.unit[0] for table in tables.tables if table.unit is not None}
    lookup = OutlineLookup(doc)
    scopes = []
    for m in _DECLARED.finditer(folded):
        if m.start("unit") in table_units:
            continue
        nodes = lookup.nodes_at(m.start())
        end = nodes[-1].end if nodes else len(text)
        scopes.append((m.end(), end, unit_named(text, m.start("unit"), m.end("unit"))))
    return scopes


def apply_declared_units(scanner, figs: list[Figure]) -> None:
    """A count with no noun of its own (nor its table's), or with only the "số tiền" before it
    naming money in đồng, takes the unit declared for its stretch of text."""
    scopes = declared_scopes(scanner.folded, scanner.text, scanner.tables, scanner.doc)
    if not scopes:
        return
    froms = [s for s, _, _ in scopes]
    for f in figs:
        if f.kind != "count":
            continue
        i = bisect.bisect_right(froms, f.start) - 1
        if i < 0 or f.start >= scopes[i][1]:
            continue
        unit = scopes[i][2]
        phrase_money = f.unit == "đồng" and f.unit_span is not None and f.unit_span[0] < f.start
        if f.unit is None or phrase_money and unit[0].endswith("đồng"):
            f.unit, f.unit_span = unit[0], (unit[1], unit[2])
