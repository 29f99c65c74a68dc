"""Reported figures: every count, total, percentage, amount of money, duration
and rate a report states, with its unit, a short label, its section and the
figure it breaks down.

Values are JSON numbers: "6.767" is 6767, "76,82%" is 76.82 (unit "%"),
"7.500.000 đồng" is 7500000 (unit "đồng"). An amount with a multiplier keeps the
number as printed and the unit carries the multiplier: "18.450 triệu đồng" is
18450 "triệu đồng", "1,5 tỷ đồng" is 1.5 "tỷ đồng", "15 nghìn đồng" is 15
"nghìn đồng" (a total and its parts printed in the same multiplier share the
unit, so they still add up).

A number is a figure only where the genre reports a quantity: dates, years,
document numbers, section numbers, list markers, ordinals ("giai đoạn 1",
"mức độ 3"), numbers inside quoted names, times and phone numbers are not, and
neither are the Vietnamese syllables an OCR engine reads as digits ("13" for
"là" before a number, "thuốc 14" for "thuốc lá", "16p" for "lớp") - only with
evidence: the syllable before forms a known word with lễ/lá/là/lớp ("tuần",
"thuốc", "tỷ", "nhất"), or no noun follows; "tại 18 cơ sở" is a count. The
header (agency, motto, "Số: ...", place and date) and the closing ("Nơi nhận",
signature), known from the layout's blocks, hold no figures, and a number after
an OCR-garbled "ngày"/"tháng"/"năm" inside a date ("ngay 05 théng 7 nim 2022")
is a date part. Stated zeros are figures of 0: "Tiếp nhận đơn khiếu nại: Không
có" (unit: the label's noun), or "Không có"/"Chưa có"/"Không phát sinh" opening
a sentence or bullet before the noun it counts.

Units come from a lexicon of the nouns administrative reports count (matched
OCR-tolerantly, so "chimg thu sd" is "chứng thư số"; a clean word that is a
Vietnamese syllable in its own right, "gian", "cao", matches a one-word unit
only exactly); a unit outside the lexicon is the printed noun. A figure with no
noun of its own takes the unit of its total, or of the "tổng số X" phrase
before it.

A figure's `parent` is the total it breaks down: the figures inside the
parenthesis after it, or listed after "trong đó"/"gồm" (to the end of the
sentence, a ";", a new clause, or a figure counting something that is neither
the total's noun nor a kind of it). Readings the OCR may
have broken carry flags and a lower confidence: "ocr-digit" (a letter read for
a digit, repaired), "ocr-space", "ocr-separator" (a thousands dot read as a
comma), "dot-decimal", "number-word" ("hai cuộc"), "doubtful" (beside an
OCR-garbled word, or a short bare number with no known noun).
"""
from __future__ import annotations

import re
from bisect import bisect_right

from ..collector import collector_paused
from ..model import Document, Metric
from ..numbers import word_key
from .declared_units import apply_declared_units
from .finder import Figure, FigureFinder
from .labels import Labeller
from .lexicon import COMMON_WORDS, fuzzy_or_equal
from .outline_lookup import OutlineLookup
from .scanner import Scanner
from .structure import Structure, inherit_units
from .units import NOT_NOUNS
from .words import Word, words_after, words_before

__all__ = ["extract_figures", "find_figures", "scanner_for", "Figure", "Scanner",
           "Word", "fuzzy_or_equal", "words_after", "words_before"]

_last_scanner: list[Scanner] = []


def scanner_for(doc: Document) -> Scanner:
    """The scanner of `doc`'s text, kept from the figures pass so the checks need not redo it."""
    if _last_scanner and _last_scanner[0].doc is doc and _last_scanner[0].text is doc.text:
        return _last_scanner[0]
    scanner = FigureFinder(doc)
    _last_scanner[:] = [scanner]
    return scanner


def find_figures(doc: Document, blocks=None) -> tuple[Scanner, list[Figure]]:
    """The figures of `doc`, linked to their totals, with units; `blocks` (the layout's)
    mark the header and closing, which hold none."""
    scanner = FigureFinder(doc, blocks)
    _last_scanner[:] = [scanner]
    figs = scanner.find()
    Structure(scanner, figs).link()
    inherit_units(scanner, figs)
    apply_declared_units(scanner, figs)
    return scanner, _drop_loose_numbers(scanner.text, figs, scanner.tables.cell_at)


_WORD_NEXT = re.compile(r"[ \t]*\n?[ \t]*([^\W\d_][^\s,;:.()]*)")


def _noun_follows(text: str, pos: int) -> bool:
    """Does a clean word that may be a noun (not a function word) follow `pos`?"""
    m = _WORD_NEXT.match(text, pos)
    return bool(m) and word_key(m.group(1)) not in COMMON_WORDS and word_key(m.group(1)) not in NOT_NOUNS


def _drop_loose_numbers(text: str, figs: list[Figure], cells) -> list[Figure]:
    """A one- or two-digit number with no noun, no total and no parts, and with no
    word after it, is a syllable the OCR read as digits ("thuốc lá" -> "thude 14;"),
    not a figure; so is "2.3" with no noun (a section number, not a Vietnamese
    figure). A number followed by a word keeps its place: it counts that word, and so does a
    table's cell (`cells`: by start)."""
    parents = {f.parent for f in figs if f.parent is not None}
    keep = [i for i, f in enumerate(figs)
            if not (f.kind == "count" and f.unit is None and f.parent is None and i not in parents
                    and f.start not in cells
                    and ("dot-decimal" in f.flags
                         or len(f.text) <= 2 and not _noun_follows(text, f.end)))]
    if len(keep) == len(figs):
        return figs
    new_index = {old: new for new, old in enumerate(keep)}
    out = []
    for i in keep:
        f = figs[i]
        f.parent = new_index.get(f.parent) if f.parent is not None else None
        out.append(f)
    return out


def extract_figures(doc: Document, blocks=None) -> list[Metric]:
    """Every reported figure of `doc`, ids "m1".. in document order."""
    with collector_paused():
        return _extract_figures(doc, blocks)


def _extract_figures(doc: Document, blocks=None) -> list[Metric]:
    scanner, figs = find_figures(doc, blocks)
    outline = OutlineLookup(doc)
    labels = Labeller(scanner, figs, outline).run()
    metrics = []
    line_starts, section_at = doc.line_starts, outline.section_at    # (`doc.line_of`, inlined)
    for i, (f, (label, span)) in enumerate(zip(figs, labels)):
        start = f.start
        # Metric's fields in their order (positional: a keyword call costs twice as much, per figure)
        metrics.append(Metric(
            f"m{i + 1}", f.value, f.unit, label, f.text, bisect_right(line_starts, start),
            start, f.end, section_at(start),
            f"m{f.parent + 1}" if f.parent is not None else None,
            round(f.confidence, 3), list(f.flags), span, f.unit_span))
    return metrics
