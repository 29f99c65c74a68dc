"""Totals and their parts: the figures in the parenthesis after a total, or listed
after "trong đó"/"gồm", or printed before a "tổng cộng"; and the unit a figure
with no noun of its own takes from its total or from a "tổng số X" phrase."""
from __future__ import annotations

import re
from typing import Callable, Iterator

from ..numbers import single_digit_variants
from ..vnfold import fold
from .finder import Figure
from .lexicon import MEASURES, match_unit
from .scanner import Scanner
from .words import read_words

# "trong đó" (OCR "tromg d6"), "gồm", "bao gồm" followed by what the parts are ("trong đó giải quyết đúng hạn 8.245 hồ sơ")
_LIST_INTRO_WORDS = re.compile(r"(?:^|[\s,(])(?:tro[nm]g\s+d[oed0-9¢&]{1,2}(?![a-z])|(?:bao\s+)?g[o0-9de]m(?:\s+c[o0-9])?)(?:\s*:|(?=\s))")
_GOM = re.compile(r"g[o0-9de]m")     # in every "gồm" the intro can be (a quick test before the full one)
# kinds of a counted noun: "14 văn bản, gồm 03 kế hoạch, 08 công văn và 03 thông báo"
KINDS_OF = {
    "văn bản": {"công văn", "quyết định", "kế hoạch", "báo cáo", "tờ trình", "thông báo", "chỉ thị",
                "giấy mời", "biên bản", "hợp đồng", "giấy phép", "giấy chứng nhận", "văn bản"},
    "đơn thư": {"đơn", "đơn tố cáo", "đơn khiếu nại", "đơn kiến nghị", "kiến nghị", "phản ánh"},
    "đơn": {"đơn tố cáo", "đơn khiếu nại", "đơn kiến nghị"},
    "cán bộ, công chức": {"cán bộ", "công chức", "viên chức"},
    "tin, bài": {"tin", "bài", "tin bài", "bài viết", "bản tin", "phóng sự"},
}
# (folded) a list announced after a total, its items' noun not repeated, and where an item ends
_ELIDED_CUE = re.compile(r"(?:cu\s+the|g[o0]m|tro[nm]g\s+d\S{1,2})\s*:")
_ELIDED_REACH = 60
_ITEM_END = re.compile(r"\s*(?:[,;.]|va\s|$)")
# "tổng cộng 10.324", "cộng: 10.324": a total printed after its parts (not "nâng tổng số", a running total)
_TOTAL_AFTER = re.compile(r"(?<!nang )(?:tong\s+cong|(?<![\w])cong)\s*(?:la|:)?\s*$")
_CLAUSE_MARK = re.compile(r"[,;.:]")
_PAIR_GAP = re.compile(r"[ \t]+[^\W\d_]+(?:[ \t][^\W\d_]+)?/")        # " vụ/" between "37" and "52 bị can"
_PARENS = re.compile(r"[()]")
# a clause that starts a new statement inside a list: "đã giải quyết ...", "còn ..."
_NEW_CLAUSE = re.compile(r"(?:^|\s)(?:da|dang|con\s+lai)\s")
# a parenthesis comparing, not breaking down: "(năm 2020: 95 hồ sơ)", "(tăng 15 so với cùng kỳ)"
_COMPARISON = re.compile(r"(?:^|[\s(])(?:so\s+voi|cung\s+ky|nam\s+truoc|thang\s+truoc|ky\s+truoc|tang|giam|"
                         r"ke\s+hoach|chi\s+tieu|nam\s+(?:19|20)\d\d|(?:19|20)\d\d)(?:\s|[:,]|$)")


def _one_confusable_digit_off(total: int, got: int, parts: list[int]) -> bool:
    """Would one OCR-likely digit change in the total or one part make the parts add up?"""
    if any(v == got and conf for v, conf in single_digit_variants(total)):
        return True
    return any(v - p == total - got and conf for p in parts for v, conf in single_digit_variants(p))


class Structure:
    """Totals and their parts: parenthesised breakdowns and "trong đó" lists."""

    def __init__(self, scanner: Scanner, figures: list[Figure]):
        self.s = scanner
        self.figs = figures
        self.starts = [f.start for f in figures]
        self.parents: set[int] = set()

    def link(self) -> None:
        figs = self.figs
        for i, f in enumerate(figs):
            if f.kind != "count":
                continue
            group = self.group_after(i)
            first = self._first_of_pair(i) if group else None
            for j in group:
                if figs[j].parent is None:
                    # "37 vụ/52 bị can (cũ 09 vụ/14 bị can; …)": each count of the pair takes its noun's parts
                    figs[j].parent = first if first is not None and figs[j].unit == figs[first].unit else i
        # totals of some part so far; kept up to date here rather than gathered per "tổng cộng"
        # (which was quadratic in a long text)
        self.parents = {f.parent for f in self.figs if f.parent is not None}
        folded = self.s.folded
        for i, f in enumerate(self.figs):
            lo = max(0, f.start - 24)
            if (f.kind == "count" and folded.find("cong", lo, f.start) != -1     # cheap test first
                    and _TOTAL_AFTER.search(folded, lo, f.start)):
                self._link_total_after(i)
        if ":" in self.s.text:
            self._link_elided_nouns()

    def _link_elided_nouns(self) -> None:
        """"giải quyết 168 vụ, việc, đạt 78,5%; cụ thể: công nhận sự thỏa thuận 97, đình chỉ 38,
        đưa ra xét xử 33": bare counts listed after a total's "cụ thể:" (or "gồm:", "trong đó:")
        count its noun, which the list does not repeat. Two of them at least, each smaller than
        the total, each ending its item, and no count of another noun among them."""
        figs, folded = self.figs, self.s.folded
        for i, f in enumerate(figs):
            if f.kind != "count" or f.unit is None or f.unit in MEASURES:
                continue
            j = i + 1
            while j < len(figs) and figs[j].kind == "percent" and figs[j].sentence == f.sentence:
                j += 1                     # "…, đạt 78,5%; cụ thể: …"
            reach = min(figs[j].start if j < len(figs) else len(folded), f.end + _ELIDED_REACH)
            if folded.find(":", f.end, reach) < 0 or not _ELIDED_CUE.search(folded, f.end, reach):
                continue                   # (every cue ends in a colon: a search in C first)
            bare = []
            while j < len(figs) and figs[j].sentence == f.sentence and figs[j].unit is None \
                    and figs[j].kind == "count" and figs[j].parent is None and figs[j].value < f.value \
                    and _ITEM_END.match(folded, figs[j].end):
                bare.append(j)
                j += 1
            if len(bare) >= 2 and (j == len(figs) or figs[j].sentence != f.sentence):
                for k in bare:
                    figs[k].parent = i

    def _link_total_after(self, i: int) -> None:
        """"9.651 hồ sơ trực tiếp, 673 hồ sơ trực tuyến; tổng cộng 10.324 hồ sơ": the parts
        come first. Linked when they add up, or would with one OCR-likely digit changed."""
        f = self.figs[i]
        parts = []
        for j in range(i - 1, -1, -1):
            g = self.figs[j]
            if g.sentence != f.sentence:
                break
            if g.kind != "count" or g.parent is not None or self._other_measure(i, j):
                continue
            parts.insert(0, j)
        parts = [j for j in parts if j not in self.parents]
        if len(parts) < 2 or not all(isinstance(self.figs[j].value, int) for j in parts + [i]):
            return
        got = sum(self.figs[j].value for j in parts)
        if got == f.value or _one_confusable_digit_off(f.value, got, [self.figs[j].value for j in parts]):
            for j in parts:
                self.figs[j].parent = i
            self.parents.add(i)

    def group_after(self, i: int) -> list[int]:
        """Figures breaking down figure i: inside the parenthesis that follows it
        (after a few words of its noun), or listed after "trong đó"/"gồm"."""
        f = self.figs[i]
        text = self.s.text
        stop = min(len(text), f.end + 80)
        if i + 1 < len(self.figs):
            stop = min(stop, self.starts[i + 1])
        open_at = text.find("(", f.end, stop)
        # (the commas of a noun of kinds, "598 tin, bài, phóng sự (VTV 312, …)", part no clause)
        noun_end = f.unit_span[1] if f.unit_span and f.end <= f.unit_span[0] < open_at else f.end
        if open_at != -1 and not _CLAUSE_MARK.search(text, noun_end, open_at):
            return self._parts(i, lambda so_far: self._in_parenthesis(i, open_at)) \
                or self._list_after_comparison(i, open_at)
        seg = self.s.folded[f.end:stop]
        if ". " in seg or "\n\n" in seg:
            return []           # the sentence ends before any list
        intro = _LIST_INTRO_WORDS.search(seg) if "tro" in seg or _GOM.search(seg) else None
        if intro and ";" not in seg[:intro.start()]:
            return self._parts(i, lambda so_far: self._listed(i, ":" in intro.group(), so_far))
        return []

    def _first_of_pair(self, i: int) -> int | None:
        """The first count of a pair printed "37 vụ/52 bị can" when figure i is the second, and the
        two count different nouns."""
        if i == 0:
            return None
        a, b = self.figs[i - 1], self.figs[i]
        if a.kind != "count" or a.unit is None or b.unit is None or a.unit == b.unit:
            return None
        return i - 1 if _PAIR_GAP.fullmatch(self.s.text, a.end, b.start) else None

    def _list_after_comparison(self, i: int, open_at: int) -> list[int]:
        """"14 vụ (giảm 03 vụ so với cùng kỳ), gồm: 02 vụ …, 09 vụ …": the list after a bracketed
        comparison breaks down the figure before the bracket, not the one compared inside it."""
        close = _closing_paren(self.s.text, open_at, self._sentence_end(open_at))
        if close is None or not _COMPARISON.search(self.s.folded, open_at, close):
            return []
        intro = _LIST_INTRO_WORDS.search(self.s.folded[close + 1:close + 16])
        if intro is None:
            return []
        figs = self.figs
        return self._parts(i, lambda so_far: (j for j in self._listed(i, ":" in intro.group(), so_far)
                                              if figs[j].start > close))

    def _parts(self, i: int, candidates: Callable[[list[int]], Iterator[int]]) -> list[int]:
        """The parts of total i among the candidates (figures in order, to where the list ends),
        which may read the parts found so far: a new clause ends the list, a comparison makes
        it no breakdown, and money or a measure beside a count is not a part."""
        members: list[int] = []
        for j in candidates(members):
            intro = self._item_intro(members[-1] if members else i, j)
            if members and _NEW_CLAUSE.search(intro):
                break           # "..., đã giải quyết 9.748 hồ sơ": a new statement, not another part
            if _COMPARISON.search(intro):
                if len(members) >= 2:
                    break       # "…, đoàn vào 71 đoàn, tăng 18 đoàn so với cùng kỳ": the list has ended
                return []       # "(năm 2020: 95 hồ sơ)", "tăng 15": a comparison
            if self._other_measure(i, j):
                continue
            members.append(j)
        return members

    def _in_parenthesis(self, i: int, open_at: int) -> Iterator[int]:
        """Count figures at depth 1 of the parenthesis opening at `open_at`; an unclosed
        parenthesis ends with its sentence."""
        text, figs = self.s.text, self.figs
        end = self._sentence_end(open_at)
        close = _closing_paren(text, open_at, end)
        end = close if close is not None else end
        depth, k = 0, open_at
        for j in range(i + 1, len(figs)):
            if figs[j].start >= end:
                return
            seg = text[k:figs[j].start]
            depth += seg.count("(") - seg.count(")")
            k = figs[j].start
            if depth <= 0:
                return
            if depth == 1 and figs[j].kind == "count":
                yield j

    def _listed(self, i: int, colon: bool, so_far: list[int]) -> Iterator[int]:
        """Count figures listed after "trong đó"/"gồm", to the end of the sentence, of a ";"
        (unless the list opens with a colon: "trong đó: a; b", and its items so far are not parted
        by commas), or of the kinds of the total's
        noun (a part counting something else ends the list)."""
        figs, text = self.figs, self.s.text
        for j in range(i + 1, len(figs)):
            if figs[j].sentence != figs[i].sentence:
                return
            if figs[j].kind != "count":
                continue
            if ";" in text[figs[so_far[-1] if so_far else i].end:figs[j].start] and (
                    not colon or comma_parted(text, [(figs[k].start, figs[k].end) for k in so_far])):
                return
            if not _compatible_units(figs[i].unit, figs[j].unit):
                return
            yield j

    def _item_intro(self, prev: int, j: int) -> str:
        """The words that open item j after item `prev` (folded, from the last "," or ";")."""
        before = self.figs[prev]
        start = before.end
        if before.unit_span and before.end <= before.unit_span[0] and before.unit_span[1] <= self.figs[j].start:
            start = before.unit_span[1]      # past the item's own noun ("02 kế hoạch và 08 công văn")
        gap = self.s.folded[start:self.figs[j].start]
        return gap[max(gap.rfind(","), gap.rfind(";")) + 1:]

    def _other_measure(self, i: int, j: int) -> bool:
        """A figure of another kind beside a count: money or a measure among parts of a count."""
        a, b = self.figs[i].unit, self.figs[j].unit
        return bool(a and b and a != b and (a in MEASURES or b in MEASURES))

    def _sentence_end(self, pos: int) -> int:
        i = self.s.sentence_of(pos)
        ends = self.s.sentence_ends
        return ends[i] if i < len(ends) else len(self.s.text)


def comma_parted(text: str, items: list[tuple[int, int]]) -> bool:
    """Are the listed items (spans, two or more) parted by commas, no ";"? Then a ";" after them
    ends their list ("gồm: trộm cắp 21 vụ, đánh bạc 09 vụ; đã điều tra làm rõ 52 vụ")."""
    return len(items) >= 2 and ";" not in text[items[0][1]:items[-1][0]]


def _unit_words(unit: str) -> set[str]:
    return set(fold(unit).replace(",", " ").split())


def _compatible_units(total: str | None, part: str | None) -> bool:
    """May a figure counting `part` be a part of a total counting `total`?"""
    if total is None or part is None or total == part:
        return True
    if part in KINDS_OF.get(total, ()):
        return True
    a, b = _unit_words(total), _unit_words(part)
    return a <= b or b <= a


def _closing_paren(text: str, open_at: int, end: int) -> int | None:
    """Where the parenthesis opening at `open_at` closes, before `end`."""
    depth = 0
    for m in _PARENS.finditer(text, open_at, end):
        if m.group() == "(":
            depth += 1
        else:
            depth -= 1
            if depth == 0:
                return m.start()
    return None


def inherit_units(scanner: Scanner, figs: list[Figure]) -> None:
    """A figure with no noun of its own takes its total's unit, or the unit of
    the "tổng số X"/"số X" phrase before it in the same sentence; a part naming its total's noun
    short takes it in full."""
    for f in figs:
        if f.unit is not None and f.parent is not None and f.kind == "count":
            whole = figs[f.parent].unit
            if whole and "," not in whole and (whole.startswith(f.unit + " ") or fold(whole).startswith(fold(f.unit) + " ")):
                f.unit = whole      # "11.348 suất quà, trong đó: … 4.200 suất": the total's noun in full
                                    # (as OCR left it: "781.205 tín đồ, gồm: … 1.499 tin dé")
            continue
        if f.unit is not None or f.kind != "count":
            continue
        if f.parent is not None and figs[f.parent].unit:
            f.unit, f.unit_span = figs[f.parent].unit, figs[f.parent].unit_span
            continue
        unit = _unit_from_phrase(scanner, f.start)
        if unit:
            f.unit, f.unit_span = unit[0], (unit[1], unit[2])


# words after which "số X" means "the number of X" ("với số tiền", "có số hộ"), not "hồ sơ", "chỉ số"
_BEFORE_SO = {",", ";", ":", "(", "voi", "co", "la", "cua", "tren", "dat", "nang", "tang", "giam"}


def _unit_from_phrase(scanner: Scanner, pos: int) -> tuple[str, int, int] | None:
    """The unit of a "tổng số X ..."/"với số X ..." phrase before `pos` in its sentence."""
    lo = max(scanner.sentence_start(pos), pos - 160)
    ws = read_words(scanner.text, lo, 40, pos - lo)       # all of them end by `pos`
    keys = ws.keys
    if "tong" not in keys and "so" not in keys:
        return None                 # most phrases name no count: a search in C, not a loop
    for i in range(len(keys) - 1, -1, -1):
        if keys[i] == "tong" or keys[i] == "so" and (i == 0 or keys[i - 1] in _BEFORE_SO):
            k = i + 1
            if k < len(keys) and keys[k][:1] == "s" and len(keys[k]) <= 2:
                k += 1   # "tổng số", OCR "tong sb"
            if k < len(keys) and keys[k] == "tien":
                return "đồng", ws.starts[k], ws.end(k)      # "số tiền ... là 7.500.000": money
            unit = match_unit(ws.after(k))
            if unit:
                return unit
    return None
