"""Sums and ratios found from the wording of one sentence, beside those the figures' links give.

parser.checks reads the breakdowns parser.figures links (a total and the parts it
lists) and a percentage beside its part. Reports phrase the same arithmetic in many
more ways; this module finds them from the figures of one sentence:

- a breakdown after a cue: "640 nhóm, lớp (mầm non 150 ...; tiểu học 300 ...)",
  "96 học sinh đạt giải, gồm 10 giải nhất, 26 giải nhì ...", "... trong đó ...",
  with a percentage of the plan between total and list ("3.210 ha, đạt 101,2% kế
  hoạch; trong đó ..."); a breakdown nested in one part ("15 trường mầm non (12
  công lập, 03 tư thục)") is that part's own sum, not more parts of the outer one;
- received = resolved + still pending: "tiếp nhận 52 đơn, đã giải quyết 47 đơn;
  còn 05 đơn";
- a percentage and two figures of the same kind in its sentence: "2.310 trẻ ... trên
  tổng số 2.400 trẻ, đạt 96,25%", "thu 7.200 triệu đồng, đạt 120,0% dự toán (6.000
  triệu đồng)", "giảm 15 vụ, tương ứng giảm 20% (75 vụ)".

A check that holds is kept wherever the figures fit: it raises no alarm. One that
fails is kept only where the wording fixes which figures it relates ("trên tổng
số", a whole in brackets after the percentage, a bracketed breakdown), so a plan
percentage beside unrelated counts never reads as an error.
"""
from __future__ import annotations

import bisect
import math
import re

from .figures.lexicon import VOI_KEYS, match_unit
from .figures.scanner import spans_of
from .figures.structure import comma_parted
from .figures.words import read_words
from .checks import RECEIVED, RESOLVED, ratio_band, ratio_holds, ratio_rounds, same_kind, unit_words
from .model import Check, Metric
from .numbers import number_text_decimals
from .table_checks import table_checks

# what opens a breakdown right after a total and its unit (folded text)
# "trong đó" and "gồm" as OCR prints them too: "trong dé", "trong d¢6", "trong doé", "gdm", "g6m"
_TRONG_DO_CORE = r"tro[nm]g\s+d[oed0-9¢&]{1,3}"     # "trong dd", "tromg d6" too
_GOM_CORE = r"g[oe0-9¢&d]{1,2}m"
_TRONG_DO = _TRONG_DO_CORE + r"(?![a-z])"
_GOM = _GOM_CORE + r"(?![a-z])"
# (figures of other kinds may come between: "27 dự án với tổng vốn 486,3 triệu USD, gồm 19 dự án …")
_BREAKDOWN_CUE = re.compile(r"(?:[^.;:()]|[.,](?=\d)){0,130}?(?:\(|(?:[,;]\s*|\s)(?:" + _TRONG_DO + r"|(?:bao\s+)?" + _GOM
                            + r"|cu\s+the)\s*:?)")
# shares between a total and its list, one or more: "…, bằng 101,2% kế hoạch, tăng 2,4% so với cùng kỳ; trong đó"
# (a share may be against a year: "tăng 11,3% so với năm 2023,")
# (the verb may be garbled or missing: "100% đúng hạn"; the plan itself may follow in brackets)
# (a digit the OCR put in a word, "1ao ddng" for "lao động", is no figure)
_PLAN_SHARE = re.compile(r"(?:(?:[^.;:()\d]|\d(?=[a-z])){0,60}?[\d.,]+\s*%(?:[^.;()\d]|(?<!\d)(?:19|20)\d\d(?!\d)){0,40}?"
                         r"(?:\([^()\n]{0,40}\)[^.;()\d]{0,6}?)?[;,])+")
_LEFT_PENDING = re.compile(r"(?:c[o06]n|t[o06]n(?:\s+d[o06]ng)?|chua\s+giai\s+quyet|dang\s+(?:xem\s+xet|giai\s+quyet|xu\s+ly))"
                           r"(?:\s+lai)?\s*:?\s*$")
_OVER_WHOLE = re.compile(r"^[^.;()\d%]{0,60}?\btren\s+(?:tong\s+so\s+)?$")
_EARLIER_FIGURES = 40
# "..., đạt 120,0% dự toán (": a whole in brackets follows the percentage's own phrase (a comma opens
# another clause: "tăng 12,2% so với tháng trước, tập trung tại … (142 ca)" names a place's part)
_BRACKET_NEXT = re.compile(r"[^.;,()\d]{0,60}\(\s*")
_SENTENCE_REACH = 800          # characters: no sentence of a report runs longer
# a list opening its own sentence: "Trong đó: …", or a short phrase and a colon ("Qua giải quyết: …")
_LEAD_PHRASE = re.compile(_TRONG_DO + r"\s*|[^\W\d][^\W\d ]*(?: [^\W\d]+){0,3}\s*")
_LEAD_PHRASE_REACH = 45
_OUTCOMES = 5
_RECEIVED_WORDS = (r"nh\S?an", r"thu\s+[l1]y")
_RECEIVED_WORD = re.compile("|".join(_RECEIVED_WORDS))
_RECEIVED_WORD_EACH = tuple(re.compile(word) for word in _RECEIVED_WORDS)      # searched once, in the whole text
# "chênh lệch" (OCR "chénh 1éch"), and the change between two figures: "cắt giảm", "giảm", "tăng"
# (one pattern per opening letter, each opening with it: a regex finds a literal first letter
# quickly, where an alternation is tried at every character). With each, the letters every match
# opens with, when they are rarer than its first letter ("c", "t"): only the places holding them
# are tried (str.find), not every "c" or "t" of the text
_DIFFERENCES = tuple((re.compile(p + r"\s*:?\s*"), openings) for p, openings in (
    (r"ch[e\S]nh\s+[l1i][e\S]ch", None), (r"c(?<![\w]c)[aei]t\s+gi[aei]m(?![\w])", ("cat", "cet", "cit")),
    (r"gi(?<![\w]gi)[aei]m(?:\s+tr\S{1,2})?(?![\w])", ("giam", "giem", "giim")),
    (r"ti(?<![\w]ti)\S{1,2}t\s+ki\S{1,2}m(?![\w])", None),     # "tiết kiệm" (OCR "ti¢t kiém")
    (r"t(?<![\w]t)[aei]ng(?![\w])", ("tang", "teng", "ting"))))       # (not "tổng", folded "tong")
# the differences no figure of another period can be: the two figures before are what they part
# ("giá gói thầu …, giá trúng thầu …, tiết kiệm …"), so a difference that does not make them fails
_STATED_DIFFERENCE = re.compile(r"ch|c[aei]t|ti|gi[aei]m\s+tr")
_CHANGE_BEFORE = re.compile(r"(?<![\w])(?:t[aei]ng|gi[aei]m)(?:\s+th[e\S]m)?\s*$")     # "tăng 412", "giảm thêm 3"
_OTHER_PERIOD = re.compile(r"[^.;:\n]{0,40}?(?:so\s+v|cung\s+ky|nam\s+tr|thang\s+tr|ky\s+tr)")
_CUE_WORD = re.compile(_GOM + "|" + _TRONG_DO + r"|cu\s+the")
# _CUE_WORD's branches without their end guards: every place a cue word may start, found once in
# the whole text (a guard looks past a window's end, so a word the window cuts may match there and
# not here). One pattern per branch: each opens with letters the regex engine looks for quickly,
# where their alternation is tried at every character; no match of one can hold another's start
_CUE_WORD_CORES = [re.compile(p) for p in (_GOM_CORE, _TRONG_DO_CORE, r"cu\s+the")]
_CUE_REACH = 220
_BULLETS = "-+•~–*"
# the stages of a work a list may split its total by: done, in progress, not started, left
_STAGE = re.compile(r"(?<![\w])(da|dang|chua|con)(?![\w])")
_CUE_TAIL_WORDS = 4          # "gồm các nhóm:": a few words may end the cue's line
_ITEM_LETTER = re.compile(r"[a-hđ]\)")
# what is left of a total: "còn 02", "còn lại 12", "chưa sử dụng 946", "chưa giải ngân 3,2" (folded)
_REMAINDER = re.compile(r"(?<![\w])(?:c[o06]n(?:\s+[l1]ai|\s+thi\S{0,2}u)?|chua\s+\w+(?:\s+\w+)?)\s*(?:la\s*)?:?\s*$")   # "con 1ai", "còn thiếu"
# "34 vụ, 47", "87 vụ với 124": a pair's first noun
_UNIT_AND_COMMA = re.compile(r"[^\S\n]*[^\d,;.()\n]{1,30}?(?:,|[^\S\n]v\S{1,2}i)\s*")
_PAIRS_AHEAD, _PAIRS_REACH = 4, 400      # pairs of counts that may break down an earlier pair
_REMAINDER_WORDS = ("con", "c0n", "c6n", "chua")     # one of them in every match of _REMAINDER
_REMAINDER_GAP = 60        # characters between the figure used and what is left
_NAMED_WHOLE_REACH = 5000  # characters back to the whole a percentage's noun names (it must hold)
_USED_REACH = 250          # ... when the figure used counts the same unit as what is left
_REMAINDER_REACH = 400     # ... and back to the total
_THE_REST = re.compile(r"\bkhac\b|con\s+lai")       # "các địa phương khác", "còn lại": the rest of a list


def _item_kind(line: str) -> str | None:
    """What opens a list item: its bullet, or "a)" for a lettered one; None for neither."""
    if line and line[0] in _BULLETS:
        return _DASH_KIND.get(line[0], line[0])
    return "a)" if _ITEM_LETTER.match(line) else None


_DASH_KIND = {"~": "-", "–": "-"}     # an OCR'd or typeset dash opens the same kind of item as "-"
_GOM_WORD = re.compile(_GOM)
_AND = re.compile(r"(?<![\w])va(?![\w])")
# the words announcing a whole list ("cụ thể:", "gồm:", "như sau:"), folded
_CU_THE, _GOM_ALL, _NHU_SAU = r"cu\s+the", r"(?:bao\s+)?" + _GOM, r"nhu\s+sau"
_ANNOUNCED = re.compile(f"(?:{_CU_THE}|{_NHU_SAU})" + r"\s*:[ \t]*(?=\n)")     # a list announced at a line's end
_ANNOUNCED_OPENINGS = ("cu", "nhu")     # what every match of it opens with (tried only there)
_TRONG_SO = r"tro[nm]g\s+s\w{1,2}"                                # "trong số", OCR "trong s6", "Trong sé"
_AMONG = re.compile(r"(?<![\w])" + _TRONG_SO + r"\s+$")           # "Trong số 218 bị cáo"
# "Trong số vụ, việc đã giải quyết:" opening a sentence: a figure named by words, then its parts
_NAMED_AMONG = re.compile(_TRONG_SO + r"\s+(?P<phrase>[^\d:.;]{3,60}?)\s*:")
_NAMED_AMONG_REACH = 300
# a section's lead ending in what announces its sub-sections ("… Trong đó:", "gồm:", "cụ thể như sau:")
_SECTION_CUE = re.compile(f"(?:{_TRONG_DO_CORE}|{_GOM_ALL}|{_CU_THE}(?:\\s+{_NHU_SAU})?|{_NHU_SAU})" + r"\s*:$")
_ANNOUNCED_REACH = 600      # characters before the list's sentence its total may be printed in
_WHOLE_LIST_AHEAD = re.compile(f"(?:{_CU_THE}|{_GOM_ALL}|{_NHU_SAU})" + r"\s*:")
_WHOLE_LIST_CUE = re.compile(f"(?:{_CU_THE}|{_GOM_ALL})" + r"\s*:\s*$")     # "…, cụ thể:", "gồm:"
_ENUMERATION = re.compile(_GOM_ALL + r"\s*:")
_LIST_REACH = 1500
# a line opening with a dash: where a list after a paragraph may start
_DASHED_ITEM = re.compile(r"\n[ \t]*[-–~][ \t]")
_PARAGRAPH_REACH = 400
# another period's figures: "năm 2023", "tháng 5", "đợt 2", "cùng kỳ" (not "Việt Nam 1.499 tín đồ")
_COMPARISON = re.compile(r"\b(?:nam\s+(?:truoc|(?:19|20)\d\d(?!\d))|(?:thang|quy|ky|dot)\s+(?:truoc|\d{1,2}(?![\d.,]\d)))"
                         r"|cung\s+ky|so\s+voi|ke\s+hoach")
_PAGE_BREAK = re.compile(r"\n[ \t]*\n\s*(?:[-–]?[ \t]*\d{1,3}[ \t]*[-–]?[ \t]*\n\s*)?")
_SENTENCE_END = re.compile(r"\.(?=\s)|\n\s*(?:[-+•~]|\d+[.)](?!\d)|[a-zđ]\))|\n\s*\n")


# what the prefix of _BREAKDOWN_CUE cannot take (";", ":", a bracket, a full stop not before a
# digit), and how far it reaches ({0,130})
_PREFIX_STOP = re.compile(r"[;:()]|\.(?!\d)")
_PREFIX_REACH = 130


def breakdown_cue(folded: str, pos: int, cue_word_starts: list[int]) -> re.Match | None:
    """`_BREAKDOWN_CUE.match(folded, pos)`, tried only where it may match (a lazy run over up to
    130 characters costs much; `cue_word_starts`: every start of a _CUE_WORD_CORES match). Its
    cue starts no later than the first character its prefix cannot take: a bracket or ";" there
    may open it; any other, only with a cue word before it (the characters from the cue's
    separator to its word are ones the prefix takes)."""
    stop = _PREFIX_STOP.search(folded, pos, pos + _PREFIX_REACH + 2)    # (+2: the full stop's look-ahead)
    if stop is not None and stop.start() <= pos + _PREFIX_REACH and folded[stop.start()] not in "(;":
        k = bisect.bisect_right(cue_word_starts, pos)
        if k == len(cue_word_starts) or cue_word_starts[k] >= stop.start():
            return None
    return _BREAKDOWN_CUE.match(folded, pos)


def _cue_opens_list(cue: str) -> bool:
    return not cue.endswith("(")


def _count(m: Metric) -> bool:
    return m.unit != "%" and isinstance(m.value, (int, float)) and m.value > 0


def _listed_kind(total_unit: str | None, unit: str | None, total_phrase: str) -> bool:
    """Of the total's kind, or among the nouns printed after the total ("640 nhóm, lớp")."""
    return same_kind(total_unit, unit) or bool(unit) and " ".join(unit_words(unit)) in total_phrase


class SentenceChecks:
    def __init__(self, checker):
        self.checker = checker
        self.text = checker.doc.text
        self.folded = checker.folded
        self.metrics = checker.metrics
        self.starts = [m.start for m in self.metrics]
        self.by_unit: dict[str, list[Metric]] = {}
        for m in self.metrics:
            if m.unit and m.unit != "%":
                self.by_unit.setdefault(m.unit, []).append(m)
        self.unit_starts = {unit: [m.start for m in ms] for unit, ms in self.by_unit.items()}
        self.cue_word_starts = sorted(m.start() for core in _CUE_WORD_CORES for m in core.finditer(self.folded))

    def sentence_end(self, pos: int) -> int:
        limit = min(len(self.text), pos + _SENTENCE_REACH)
        m = _SENTENCE_END.search(self.text, pos, limit)
        while m and m.group().endswith("\n") and m.group().startswith("\n"):
            # a blank line, with a page number, and the sentence going on in lower case: a page break
            going_on = _PAGE_BREAK.match(self.text, m.start())
            if not self.text[going_on.end():going_on.end() + 1].islower():
                break
            m = _SENTENCE_END.search(self.text, going_on.end(), limit)
        return m.start() if m else limit

    def between(self, start: int, end: int) -> list[Metric]:
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_left(self.starts, end)
        return self.metrics[lo:hi]

    # ---- breakdowns

    def breakdowns(self) -> list[Check]:
        out = []
        for total in self.metrics:
            if not _count(total):
                continue
            found = self._breakdown_of(total)
            if found:
                out.append(found)
        return out

    def _breakdown_of(self, total: Metric) -> Check | None:
        pos = total.end
        if not self._may_open_list(pos):
            return None               # most figures: nothing opens a list after them (cheap test first)
        folded = self.folded
        plan = _PLAN_SHARE.match(folded, pos) if folded.find("%", pos, pos + _CUE_REACH) >= 0 else None
        if plan:
            pos = plan.end()          # "3.210 ha, đạt 101,2% kế hoạch; trong đó ..."
        cue = breakdown_cue(folded, pos, self.cue_word_starts)
        if cue is None:
            return None
        head = self.between(pos, cue.end())          # (a plan's own amount in the share is no rival total)
        if any(_count(m) and same_kind(m.unit, total.unit) for m in head):
            return None               # another count of its kind before the cue: the list is that one's
        bracketed = cue.group().endswith("(")
        items = [] if bracketed else self._bullet_items(cue.end())
        if bracketed:
            list_end = self._closing(cue.end())
        else:
            list_end = items[-1] if items else self.sentence_end(cue.end())
        if list_end is None:
            return None
        found = self._sum_of_items(total, items, bool(_WHOLE_LIST_CUE.search(cue.group())))
        if found is not None:
            return found
        if _COMPARISON.search(self.folded, cue.end(), list_end):
            return None               # "(năm 2020: 95 hồ sơ, năm 2019: 80 hồ sơ)": other periods, not parts
        phrase = " ".join(self.folded[total.end:total.end + 30].split())
        listed = [m for m in self._top_level(cue.end(), list_end) if _count(m)]
        for k in range(2, len(listed)):
            if ";" in self.text[listed[k - 1].end:listed[k].start] and comma_parted(
                    self.text, [(m.start, m.end) for m in listed[:k]]):
                del listed[k:]
                break
        # its own kind first ("486,3 triệu USD, gồm 19 dự án … 412,8 triệu USD và 08 dự án … 73,5
        # triệu USD"); the nouns printed after the total as well ("640 nhóm, lớp (… 150 nhóm, lớp; … 300 lớp)")
        own = [m for m in listed if same_kind(total.unit, m.unit)]
        wider = [m for m in listed if _listed_kind(total.unit, m.unit, phrase)]
        # a list in brackets, or announced by "gồm:", is the whole of the total: it may fail
        enumerated = (bool(_ENUMERATION.search(cue.group())) or self._by_status(cue.end(), own)
                      or self._closed_by_and(cue.group(), own)) and len(own) == len(listed)
        complete = (bracketed or enumerated) and len(own) == len(wider)
        found = self._sum_of(total, own, complete, enumerated) if len(own) >= 2 else None
        if found is None and len(wider) > len(own):
            found = self._sum_of(total, wider, bracketed)
        if found is None and len(listed) > len(wider) and listed[0] in own and self._closed_by_and(cue.group(), listed) \
                and all(m.value < total.value for m in listed):
            # "2.874 đơn vị, gồm 1.962 đơn vị … và 921 chủ đầu tư …": named with "và", the kinds of
            # the total make it whole, whatever their nouns (each smaller than the total)
            found = self._sum_of(total, listed, True, True)
        if found is None and len(listed) > len(wider) and _cue_opens_list(cue.group()):
            # parts of other kinds that add up to it exactly: "146 hồ sơ …; trong đó: 58 giấy phép …,
            # 37 giấy phép …, 51 giấy chứng nhận …" (holding only: nothing else ties them)
            found = self._sum_of(total, listed, False)
        return found

    def place_breakdowns(self) -> list[Check]:
        """"386 ca, … tập trung tại thành phố A (142 ca), huyện B (87 ca) và các địa phương khác (92
        ca)": each part alone in its brackets after what it counts. Naming the rest ("các … khác",
        "còn lại") makes the list whole, so it may fail; otherwise only a list that adds up counts.
        Found from the figures alone in brackets (few), each run of them looking back for its total."""
        alone = [k for k, m in enumerate(self.metrics) if self._alone_in_brackets(m) and _count(m)]
        out, k = [], 0
        while k < len(alone):
            run = [alone[k]]
            while k + 1 < len(alone) and alone[k + 1] == run[-1] + 1:
                k += 1
                run.append(alone[k])
            k += 1
            if len(run) >= 2:
                found = self._places_total(run)
                if found:
                    out.append(found)
        return out

    def _places_total(self, run: list[int]) -> Check | None:
        """The total a run of bracketed figures breaks down: the nearest count of their kind before
        them in the sentence, with only bracketed figures between."""
        first = self.metrics[run[0]]
        start = self._sentence_start(first.start)
        for j in range(run[0] - 1, -1, -1):
            total = self.metrics[j]
            if total.start < start or first.start - total.end > _CUE_REACH:
                return None
            if not _count(total) or not same_kind(total.unit, first.unit) or self._alone_in_brackets(total):
                continue
            if not self._all_bracketed(total.end, first.start, kind=total.unit):
                return None     # another count of its kind first: the brackets are that one's
            parts = [self.metrics[i] for i in run if same_kind(total.unit, self.metrics[i].unit)]
            if len(parts) < 2 or self.sentence_end(total.end) < parts[-1].start:
                return None
            last_label = self.folded[max(total.end, parts[-1].start - 40):parts[-1].start]
            return self._sum_of(total, parts, complete=bool(_THE_REST.search(last_label)))
        return None

    def _alone_in_brackets(self, m: Metric) -> bool:
        """"(142 ca)": a bracket opening just before the figure closes after its noun, nothing else in it."""
        if not self.text[max(0, m.start - 3):m.start].rstrip().endswith("("):
            return False
        close = self.text.find(")", m.end, m.end + 30)
        return close >= 0 and not any(c.isdigit() or c in "(,;" for c in self.text[m.end:close])

    def _may_open_list(self, pos: int) -> bool:
        """A bracket or a cue word in the `_CUE_REACH` characters from `pos`: the window searched as
        the pattern reads it, only when a cue word may start inside it."""
        reach = pos + _CUE_REACH
        if self.folded.find("(", pos, reach) >= 0:
            return True
        k = bisect.bisect_left(self.cue_word_starts, pos)
        if k == len(self.cue_word_starts) or self.cue_word_starts[k] >= reach:
            return False
        return _CUE_WORD.search(self.folded[pos:reach]) is not None

    def _closed_by_and(self, cue: str, parts: list[Metric]) -> bool:
        """"… 1.247,5 triệu đồng, gồm tiền phạt … 785,3 triệu đồng và tiền bán … 452,2 triệu đồng.":
        "gồm" naming its parts with "và" before the last, the list ending with the sentence, is whole."""
        if len(parts) < 2 or not _GOM_WORD.search(cue):
            return False
        last = parts[-1]
        return (_AND.search(self.folded, parts[-2].end, last.start) is not None
                and self.sentence_end(last.end) - last.end < 60
                and not self.between(last.end, self.sentence_end(last.end)))

    def _by_status(self, start: int, parts: list[Metric]) -> bool:
        """Does each part carry its own stage ("đã hoàn thành 620 căn, đang xây dựng 1.150 căn, chưa
        khởi công 120 căn"), so the parts split the total and together must make it?"""
        if len(parts) < 2:
            return False
        stages, last = set(), start
        for m in parts:
            found = _STAGE.findall(self.folded, last, m.start)
            if not found:
                return False
            stages.add(found[-1])
            last = m.end
        return len(stages) == len(parts)

    def _sum_of_items(self, total: Metric, items: list[int], whole: bool = False) -> Check | None:
        """One part per bulleted item: its first figure of the total's kind ("- BHXH bắt buộc: 186.304
        người, tăng 3.912 người so với cùng kỳ;" gives 186.304), whatever the item compares it with.
        `items`: the items' starts and their end, as `_bullet_items` gives them. A `whole` list ("cụ
        thể:", "gồm:") with a part in every item may fail."""
        if len(items) < 3:
            return None
        firsts = self._item_firsts(items, lambda m: same_kind(total.unit, m.unit))
        whole = whole and len(firsts) == len(items) - 1
        return self._sum_of(total, firsts, whole, whole) if len(firsts) >= 2 else None

    def _item_firsts(self, items: list[int], fits=lambda m: True) -> list[Metric]:
        """Each item's first count outside brackets that `fits` (items: starts and end, as
        `_bullet_items` gives them); an item with none gives nothing."""
        firsts = []
        for a, b in zip(items, items[1:]):
            first = next((m for m in self._top_level(a, b) if _count(m) and fits(m)), None)
            if first is not None:
                firsts.append(first)
        return firsts

    def _sum_of(self, total: Metric, parts: list[Metric], complete: bool, enumerated: bool = False) -> Check | None:
        """The check of `total` over `parts`, or over its first parts when those alone make it;
        when they do not, a failing check only for a `complete` list (in brackets, or `enumerated`
        after "gồm:", which may not leave items out)."""
        if len(parts) < 2:
            return None
        got = sum(p.value for p in parts)
        if math.isclose(got, total.value, abs_tol=1e-6):
            return self.checker.sum_check(total, parts)
        # the first parts alone may make the total ("... gồm 10 nhất, 26 nhì; ngoài ra 5 ...")
        running = 0
        for k, p in enumerate(parts):
            running += p.value
            if k >= 1 and math.isclose(running, total.value, abs_tol=1e-6):
                return self.checker.sum_check(total, parts[:k + 1])
        if complete:                                       # fails when it cannot be the total
            return self.checker.sum_check(total, parts, complete=enumerated)
        return None

    def _bullet_items(self, pos: int) -> list[int]:
        """The starts of the bulleted or lettered lines a cue ending its line introduces ("…, trong
        đó:" or "gồm các nhóm:", then "- Công nghiệp khai khoáng: 312 tỷ đồng;" or "a) Nhóm …: 214.870
        người;"), and last where they end: at a blank line, a line after one ending in a full stop,
        or a line that is not the list's kind of item after one ending in ";". Empty: no such list."""
        text = self.text
        eol = text.find("\n", pos)
        if eol < 0:
            return []
        rest = text[pos:eol].strip()
        if rest and not (rest.endswith(":") and len(rest.split()) <= _CUE_TAIL_WORDS):
            return []
        lines_start = eol + 1
        if text[lines_start:text.find("\n", lines_start) % (len(text) + 1)].strip() == "":
            lines_start = text.find("\n", lines_start) + 1            # one blank line after the cue
            if lines_start == 0:
                return []
        first = _item_kind(text[lines_start:lines_start + 8].lstrip(" \t"))
        if first is None:
            return []
        items, last = [], ""
        at, end, limit = lines_start, lines_start - 1, min(len(text), lines_start + _LIST_REACH)
        while at < limit:
            eol = text.find("\n", at, limit)
            eol = limit if eol < 0 else eol
            body = text[at:eol].strip()
            if not body:
                # a page break inside the list: its number between blank lines, the same kind of item after
                brk = _PAGE_BREAK.match(text, at - 1) if not last.endswith(".") else None
                if brk and _item_kind(text[brk.end():brk.end() + 8]) == first:
                    at = brk.end()
                    continue
                break
            kind = _item_kind(body)
            if kind != first and (last.endswith((".", ";")) or kind is not None):
                break
            if kind == first:
                items.append(at)
            end, last, at = eol, body, eol + 1
        return items + [end]

    def lead_breakdowns(self) -> list[Check]:
        """"Xảy ra 68 vụ ... (75 vụ). Trong đó: trộm cắp 31 vụ; ..." - a list opening its own sentence
        breaks down the first figure of the sentence before it that its parts add up to."""
        out = []
        for cue_start, cue_end in self._lead_cues():
            if self.folded[max(0, cue_start - 12):cue_start].rstrip()[-1:] not in (".", ";"):
                continue
            items = self._bullet_items(cue_end)
            if items:       # "năm 2023. Trong đó:" then one part per bulleted line
                parts = self._item_firsts(items)
            else:
                parts = [m for m in self._top_level(cue_end, self.sentence_end(cue_end)) if _count(m)]
            if len(parts) < 2 or not all(same_kind(parts[0].unit, p.unit) for p in parts):
                continue
            got = sum(p.value for p in parts)
            before = self.between(self._sentence_start(cue_start - 1), cue_start)
            total = next((m for m in before if _count(m) and math.isclose(m.value, got, abs_tol=1e-6)
                          and same_kind(m.unit, parts[0].unit)), None)
            if total is not None:
                out.append(self.checker.sum_check(total, parts))
            elif _THE_REST.search(self.folded, max(cue_end, parts[-1].start - 40), parts[-1].start):
                # the last part is the rest ("Hàng hóa khác: 28,9 triệu USD"): the list is whole, and
                # breaks down the sentence's first figure of its kind, which it may fail to make
                total = next((m for m in before if _count(m) and same_kind(m.unit, parts[0].unit)), None)
                if total is not None:
                    out.append(self.checker.sum_check(total, parts, complete=True))
        return out

    def unannounced_lists(self) -> list[Check]:
        """"Tổng số thụ lý: 1.486 việc, …" then "- Số ủy thác: 11 việc;" "- Số phải thi hành: 1.475
        việc": a bulleted list right after a paragraph, with no word announcing it, breaks down a
        figure of its kind in that paragraph when its items' first figures make it (a holding
        check only: nothing says the list is whole)."""
        out = []
        text = self.text
        for m in _DASHED_ITEM.finditer(text):       # (a literal first: the scan skips along with find)
            last = m.start() - 1                    # the paragraph's last printed character
            while last >= 0 and text[last] in " \t":
                last -= 1
            if last < 0 or text[last] in ":\n":
                continue                            # a blank line, or a colon announcing the list
            line_start = text.rfind("\n", 0, last) + 1
            if text[line_start:last + 1].lstrip()[:1] in _BULLETS:
                continue                            # an item of a list already begun
            items = self._bullet_items(m.start())
            if len(items) < 3:
                continue
            lo = max(text.rfind("\n\n", max(0, m.start() - _PARAGRAPH_REACH), m.start()), m.start() - _PARAGRAPH_REACH)
            for total in (t for t in self.between(lo, m.start()) if _count(t)):
                parts = self._item_firsts(items, lambda f: same_kind(total.unit, f.unit))
                if len(parts) == len(items) - 1 and math.isclose(sum(p.value for p in parts), total.value,
                                                                 abs_tol=1e-6):
                    out.append(self.checker.sum_check(total, parts))
                    break
        return out

    def among_totals(self) -> list[Check]:
        """"Trong số 218 bị cáo đã xét xử, … phạt tù 171 bị cáo, án treo 38 bị cáo, … hình phạt khác
        09 bị cáo": the figures of its kind after it in its sentence (a holding check only)."""
        out = []
        for k, total in enumerate(self.metrics):
            if not _count(total) or not _AMONG.search(self.folded, max(0, total.start - 12), total.start):
                continue
            end = self.sentence_end(total.end)
            parts = [m for m in self.between(total.end, end) if _count(m) and m.unit == total.unit]
            if len(parts) >= 2 and math.isclose(sum(p.value for p in parts), total.value, abs_tol=1e-6):
                out.append(self.checker.sum_check(total, parts))
        return out

    def named_among_totals(self) -> list[Check]:
        """"Thụ lý 412 vụ, việc, đã giải quyết 398 vụ, việc. Trong số vụ, việc đã giải quyết: công nhận
        … 241 vụ, việc; xét xử 94 vụ; …": a sentence naming a figure of the one before by its noun and
        the words before it, then listing its parts. Parted by ";", the list is whole (it may fail)."""
        out = []
        for m in _NAMED_AMONG.finditer(self.folded):
            if self.folded[max(0, m.start() - 2):m.start()].strip(" \t")[-1:] not in (".", "\n", ""):
                continue                        # not opening its sentence
            phrase = read_words(self.text, m.start("phrase"), 8, m.end("phrase") - m.start("phrase"))
            noun = match_unit(phrase, self.text)
            if noun is None or not phrase.keys:
                continue
            last = phrase.keys[-1]              # the words naming the figure end with it: "… giải quyết"
            before = [t for t in self.between(max(0, m.start() - _NAMED_AMONG_REACH), m.start())
                      if _count(t) and same_kind(t.unit, noun[0])
                      and last in self.folded[max(0, t.start - 24):t.start]]
            if not before:
                continue
            total = before[-1]
            end = self.sentence_end(m.end())
            parts = [t for t in self._top_level(m.end(), end) if _count(t) and same_kind(total.unit, t.unit)]
            whole = self.text.count(";", m.end(), end) >= len(parts) - 1 >= 1
            found = self._sum_of(total, parts, whole, whole)
            if found is not None:
                out.append(found)
        return out

    def section_breakdowns(self) -> list[Check]:
        """"Lũy kế 9 tháng ước đạt 7.468,5 tỷ đồng, …. Trong đó:" closing a section's lead, then its
        numbered or lettered sub-sections "a) Thu nội địa …3.012,7 tỷ đồng…", "b) Thu từ hoạt động
        xuất nhập khẩu …4.455,8 tỷ đồng…": the first figure of the total's kind in each sub-section
        are its parts (a holding check only: a sub-section may tell of a part of another total)."""
        out = []
        for top in self.checker.doc.outline:
            for node in top.walk():
                kids = [k for k in node.children if k.path]
                if len(kids) < 2:
                    continue
                window = max(node.title_end, kids[0].start - 200)       # (bounded: never the whole text)
                lead_end = window + len(self.folded[window:kids[0].start].rstrip())
                if lead_end <= node.title_end or not _SECTION_CUE.search(
                        self.folded, max(node.title_end, lead_end - 40), lead_end):
                    continue
                totals = [m for m in self.between(node.title_end, lead_end) if _count(m)]
                if not totals:
                    continue
                total, parts = totals[-1], []
                for kid in kids:
                    part = next((m for m in self.between(kid.start, kid.end)
                                 if _count(m) and same_kind(m.unit, total.unit) and m.unit), None)
                    if part is None:
                        break
                    parts.append(part)
                else:
                    if math.isclose(sum(p.value for p in parts), total.value, abs_tol=1e-6):
                        out.append(self.checker.sum_check(total, parts))
        return out

    def announced_lists(self) -> list[Check]:
        """"… 214.380 lượt phương tiện … . Lưu lượng phương tiện qua từng cửa khẩu, cụ thể:" then one
        bulleted part per line: the list's sentence names no total, so it breaks down a figure printed
        shortly before that the parts make exactly (a holding check only: nothing else ties them)."""
        out = []
        for cue_start, cue_end in spans_of(_ANNOUNCED, self.folded, _ANNOUNCED_OPENINGS):
            items = self._bullet_items(cue_end)
            parts = self._item_firsts(items) if items else []
            if len(parts) < 2 or not all(same_kind(parts[0].unit, p.unit) for p in parts):
                continue
            start = self._sentence_start(cue_start)
            if any(_count(m) and same_kind(m.unit, parts[0].unit) for m in self.between(start, cue_start)):
                continue            # its own sentence names the total: the breakdowns' case
            got = sum(p.value for p in parts)
            before = self.between(max(0, start - _ANNOUNCED_REACH), start)
            total = next((m for m in reversed(before) if _count(m) and same_kind(m.unit, parts[0].unit)
                          and math.isclose(m.value, got, abs_tol=1e-6)), None)
            if total is not None:
                out.append(self.checker.sum_check(total, parts))
        return out

    def _lead_cues(self) -> list[tuple[int, int]]:
        """Where a list opening its own sentence is announced: a short phrase and a colon right after
        a full stop or semicolon (found from the colons: a pattern tried at every character is slow)."""
        folded, out = self.folded, []
        colon = folded.find(":")
        while colon >= 0:
            seg = folded[max(0, colon - _LEAD_PHRASE_REACH):colon]
            k = max(seg.rfind(". "), seg.rfind("; "), seg.rfind(".\n"), seg.rfind(";\n"))
            if k >= 0 and _LEAD_PHRASE.fullmatch(seg, k + 2):
                end = colon + 1
                while end < len(folded) and folded[end] in " \t":
                    end += 1
                out.append((colon - len(seg) + k + 2, end))
            colon = folded.find(":", colon + 1)
        return out

    def _closing(self, after_open: int) -> int | None:
        """The bracket closing the one opened just before `after_open`; None past a new bullet or
        paragraph (a line break before "-", "+" or another break). Read with str.find and str.count:
        a regex of "[()]" or a break is tried at every character, and cost more than the rest."""
        text, depth = self.text, 1
        end = min(len(text), after_open + 600)
        limit = _list_break(text, after_open, end)
        at = after_open
        while True:
            close = text.find(")", at, limit)
            if close < 0:
                return None
            depth += text.count("(", at, close) - 1
            if depth == 0:
                return close
            at = close + 1

    def _top_level(self, start: int, end: int) -> list[Metric]:
        """The figures of text[start:end] outside any bracket opened inside it."""
        out, depth, last = [], 0, start
        for m in self.between(start, end):
            gap = self.text[last:m.start]
            depth += gap.count("(") - gap.count(")")     # the brackets opened and closed before m
            last = m.start
            if depth <= 0:
                out.append(m)
        return out

    # ---- a difference stated beside its two figures

    def differences(self) -> list[Check]:
        """"tổng giá khởi điểm 412,7 tỷ đồng, tổng giá trúng 538,9 tỷ đồng, chênh lệch 126,2 tỷ
        đồng", "giá trị đề nghị 158.640 triệu đồng, sau thẩm định 151.205 triệu đồng, cắt giảm
        7.435 triệu đồng": the larger is the smaller plus the difference. Only a difference stated
        as one ("chênh lệch", "cắt giảm", "giảm trừ", "tiết kiệm") may fail: a bare "giảm" or "tăng"
        may be against a figure not printed."""
        out = []
        for cue_start, cue_end in _cues_of(_DIFFERENCES, self.folded):
            after = [m for m in self.between(cue_end, cue_end + 20) if _count(m)]
            if not after:
                continue
            diff = after[0]
            if _OTHER_PERIOD.match(self.folded, diff.end):
                continue              # "giảm 46 đơn vị so với năm 2021": against another period's figure
            before = [m for m in self.between(self._sentence_start(cue_start), cue_start)
                      if _count(m) and same_kind(m.unit, diff.unit)][-2:]
            gap = self.folded[before[-1].end:cue_start] if before else ""
            if ";" in gap or _OTHER_PERIOD.search(gap):
                continue              # "bị thương 17 người; so với cùng kỳ giảm 04 vụ, giảm 03 người chết"
            if len(before) == 2:
                small, large = sorted(before, key=lambda m: m.value)
                if math.isclose(small.value + diff.value, large.value, abs_tol=1e-6):
                    out.append(self.checker.sum_check(large, [small, diff]))
                elif _STATED_DIFFERENCE.match(self.folded, cue_start) and diff.value < large.value:
                    out.append(self.checker.sum_check(large, [small, diff], complete=True))
        return out

    # ---- received = resolved + pending

    def caseloads(self) -> list[Check]:
        out = []
        # the figures with a received word within reach (a superset of those the test below passes)
        for i in self.checker.cued_by_patterns(_RECEIVED_WORD_EACH, 40):
            x = self.metrics[i]
            before = self.folded[max(0, x.start - 40):x.start]
            if not _RECEIVED_WORD.search(before) or not _count(x) or not self._cued(x, RECEIVED):
                continue
            end = self.sentence_end(x.end)
            later = [m for m in self.between(x.end, end) if _count(m) and same_kind(x.unit, m.unit)]
            done = next((m for m in later if self._cued(m, RESOLVED)), None)
            left = next((m for m in later if done and m.start > done.start and self._cued(m, _LEFT_PENDING)), None)
            if done and left and math.isclose(done.value + left.value, x.value, abs_tol=1e-6):
                out.append(self.checker.sum_check(x, [done, left]))
                continue
            # what became of the cases, in the order printed: "tiếp nhận 4.518 hồ sơ; đã cấp 4.392
            # Phiếu, từ chối 11 hồ sơ, đang giải quyết 115 hồ sơ" (the outcomes may name another noun)
            outcomes = [m for m in self.between(x.end, end) if _count(m)]
            running = 0
            for k, m in enumerate(outcomes[:_OUTCOMES]):
                running += m.value
                if k >= 1 and math.isclose(running, x.value, abs_tol=1e-6):
                    out.append(self.checker.sum_check(x, outcomes[:k + 1]))
                    break
        return out

    def paired_breakdowns(self) -> list[Check]:
        """"bắt giữ 34 vụ, 47 đối tượng" then "khởi tố 29 vụ, 41 bị can; xử lý hành chính 05 vụ, 06 đối
        tượng": pairs of counts that follow, each pair printed alike, whose first counts make the first
        total and whose second counts the second, both exactly (two sums by chance are unlikely)."""
        pairs = []
        for a, b in zip(self.metrics, self.metrics[1:]):
            if b.start - a.end <= 32 and a.unit and b.unit and _UNIT_AND_COMMA.fullmatch(self.text, a.end, b.start) \
                    and _count(a) and _count(b) and not same_kind(a.unit, b.unit):
                pairs.append((a, b))
        out = []
        for k, (a, b) in enumerate(pairs):
            later, last = [], b.end
            for x, y in pairs[k + 1:k + 1 + 2 * _PAIRS_AHEAD]:
                if x.start - last > _PAIRS_REACH or len(later) == _PAIRS_AHEAD:
                    break           # each pair near the one before it ("a) … 31 vụ, 46 đối tượng; …")
                if same_kind(x.unit, a.unit):
                    later.append((x, y))        # (not "thu giữ 4,82 kg heroin, 11.260 viên" between)
                    last = y.end
            first = second = 0
            for n, (x, y) in enumerate(later):
                first += x.value
                second += y.value
                both = math.isclose(first, a.value, abs_tol=1e-6) and math.isclose(second, b.value, abs_tol=1e-6)
                # announced as whole ("87 vụ với 124 đối tượng, cụ thể:"), the pairs end here and one
                # count adds up exactly: the other must too (outcomes "khởi tố 21 vụ, 30 bị can; …" may
                # leave people out, so without the cue nothing is said)
                one = n == len(later) - 1 and (math.isclose(first, a.value, abs_tol=1e-6)
                                               or math.isclose(second, b.value, abs_tol=1e-6)) \
                    and _WHOLE_LIST_AHEAD.search(self.folded, b.end, later[0][0].start) is not None
                if n >= 1 and (both or one):
                    out.append(self.checker.sum_check(a, [x for x, _ in later[:n + 1]], complete=True))
                    out.append(self.checker.sum_check(b, [y for _, y in later[:n + 1]], complete=True))
                    break
        return out

    def remainders(self) -> list[Check]:
        """"… cho 85 chỉ tiêu; … trúng tuyển 83 người, còn 02 chỉ tiêu …", "giao 24.863 biên chế …
        có mặt 23.917 người, chưa sử dụng 946 biên chế": what is left, and the figure used before it,
        make an earlier total of the left figure's kind (a holding check only: nothing else ties
        them). The figure used is the one right before what is left or, further back, the last
        count before it, or the last of its own unit ("đã sử dụng 96,3 tỷ đồng, bằng 62,5%, chủ yếu
        khắc phục … Số dự phòng còn lại 57,7 tỷ đồng")."""
        out = []
        for k, left in enumerate(self.metrics):
            window = self.folded[max(0, left.start - 24):left.start]
            if not any(w in window for w in _REMAINDER_WORDS) or not _REMAINDER.search(window) or not _count(left):
                continue
            before = [m for m in self.metrics[max(0, k - _EARLIER_FIGURES):k] if _count(m)]
            if len(before) < 2:
                continue
            if left.start - before[-1].end <= _REMAINDER_GAP:
                used_at = [len(before) - 1]
            else:
                used_at = [i for i, m in enumerate(before) if left.start - m.end <= _USED_REACH][-1:]
            # ... or the last of its own unit ("đã chi trả cho 139 hộ với số tiền 11.426 triệu
            # đồng, còn 07 hộ")
            used_at += [i for i, m in enumerate(before) if left.start - m.end <= _USED_REACH
                        and m.unit == left.unit and m.unit is not None][-1:]
            for i in dict.fromkeys(used_at):
                used = before[i]
                want = used.value + left.value
                total = next((m for m in reversed(before[:i]) if left.start - m.end <= _REMAINDER_REACH
                              and math.isclose(m.value, want, abs_tol=1e-6) and same_kind(m.unit, left.unit)), None)
                if total is not None:
                    out.append(self.checker.sum_check(total, [used, left]))
                    break
        return out

    def _cued(self, m: Metric, cue: re.Pattern) -> bool:
        return bool(cue.search(" ".join(self.folded[max(0, m.start - 40):m.start].split()[-6:])))

    # ---- percentages

    def ratios(self) -> list[Check]:
        out = []
        cells = self.checker.scanner.tables.cell_at
        for q in self.metrics:
            if q.unit != "%" or not 0 < q.value <= 1000 or q.start in cells:
                continue      # (a table's share is its row's: `table_checks`)
            found = self._ratio_for(q)
            if found:
                out.append(found)
        return out

    def _ratio_for(self, q: Metric) -> Check | None:
        start = self._sentence_start(q.start)
        end = self.sentence_end(q.end)
        counts = [m for m in self.between(start, end) if _count(m)]
        decimals = number_text_decimals(q.text)
        # a stated whole: "A ... trên tổng số B", or "(B)" right after the percentage's phrase
        stated = self._stated_pair(q, counts)
        if stated:
            return self.checker.ratio_check(q, *stated)
        # figures of one kind first; then any two ("52.316 hồ sơ ..., kích hoạt 47.905 tài khoản, đạt 91,6%")
        best = None
        lo, hi = ratio_band(q.value, decimals)
        for a in counts:
            hundred_a = 100 * a.value
            for b in counts:
                if a is b or not lo < hundred_a / b.value < hi or not ratio_holds(q.value, a.value, b.value, decimals):
                    continue
                # a pair the percentage rounds before one it truncates (0,9% of 26/2.874 = 0,905%,
                # not of 26/2.697 = 0,96%), then the nearest
                rank = (not same_kind(a.unit, b.unit), not ratio_rounds(q.value, a.value, b.value, decimals),
                        abs(a.start - q.start) + abs(b.start - q.start))
                if best is None or rank < best[0]:
                    best = (rank, a, b)
        if best:
            return self.checker.ratio_check(q, best[1], best[2])
        return self._whole_earlier(q, counts, decimals) or self._whole_named_after(q, counts, decimals)

    def _whole_earlier(self, q: Metric, counts: list[Metric], decimals: int) -> Check | None:
        """"... 1.318 người, đạt tỷ lệ 97,49%" whose whole, "giáo viên 1.352 người", an earlier
        sentence states: an earlier figure of the part's kind that makes the percentage hold
        (only a holding ratio: nothing else ties the two)."""
        # the last count before the percentage, or the one before it ("làm rõ 12 vụ, bắt giữ 19 đối
        # tượng, đạt tỷ lệ 85,71%": the cases solved, of those found)
        for part in reversed([m for m in counts if m.end <= q.start][-2:]):
            found = self._whole_earlier_of(q, part, decimals)
            if found is not None:
                return found
        return None

    def _whole_earlier_of(self, q: Metric, part: Metric, decimals: int) -> Check | None:
        k = bisect.bisect_left(self.starts, part.start)
        near = self.metrics[max(0, k - _EARLIER_FIGURES):k]
        same_unit = self.by_unit.get(part.unit, [])
        upto = bisect.bisect_left(self.unit_starts.get(part.unit, []), part.start)
        far = same_unit[max(0, upto - _EARLIER_FIGURES):upto]
        # the wholes a percentage printed rounded or truncated allows, to skip most figures cheaply
        step = 10 ** -decimals
        lo = 100 * part.value / (q.value + step) - 1e-9
        hi = 100 * part.value / (q.value - 0.5 * step) + 1e-9 if q.value > 0.5 * step else math.inf
        earlier = [m for m in near + far
                   if lo <= m.value <= hi and m.start < part.start and m.unit and m.unit != "%"
                   and ratio_holds(q.value, part.value, m.value, decimals) and same_kind(part.unit, m.unit)]
        if not earlier:
            return None
        # the same section's first, then the nearest ("24 trường đạt chuẩn, tỷ lệ 70,6%" of the schools counted above)
        whole = min(earlier, key=lambda m: (m.section != q.section, part.start - m.start))
        return self.checker.ratio_check(q, part, whole)

    def _whole_named_after(self, q: Metric, counts: list[Metric], decimals: int) -> Check | None:
        """"… trúng tuyển 61 người, đạt 95,31% chỉ tiêu tuyển dụng": the noun after the percentage
        names the whole, an earlier figure counting it ("64 chỉ tiêu") that makes the percentage
        hold (only a holding ratio)."""
        parts = [m for m in counts if m.end <= q.start][-2:]
        if not parts or q.value <= 0:
            return None
        after = read_words(self.text, q.end, 6, 50)
        if not after.keys or after.starts[0] - q.end > 6:
            return None                     # the noun follows the percentage
        if after.keys[0] == "tong" or after.keys[0] == "so" and len(after.keys) > 1 and after.keys[1] in VOI_KEYS:
            after = after.after(1 if after.keys[0] == "tong" else 2)   # "đạt 78,6% tổng số trạm", "… so với số trẻ"
        if after.keys and len(after.keys[0]) <= 2 and after.keys[0][:1] == "s" and after.texts[0][:1] in "sS":
            after = after.after(1)          # "chiếm 0,25% số vụ, việc đã giải quyết"
        part = parts[-1]
        named = match_unit(after, self.text)
        if named is None:
            return None
        if len(parts) == 2 and part.unit != named[0] and parts[0].unit == named[0] \
                and "/" in self.text[parts[0].end:part.start] and part.start - parts[0].end < 16:
            part = parts[0]                 # "giải quyết 31 vụ/44 bị can, đạt 83,8% số vụ thụ lý": the vụ
        # the named noun's own figures, and those of a noun it opens ("trạm" of "14 trạm y tế")
        wholes = []
        for unit, figures in self.by_unit.items():
            if unit == named[0] or unit.startswith(named[0] + " "):
                upto = bisect.bisect_left(self.unit_starts[unit], part.start)
                wholes += figures[max(0, upto - _EARLIER_FIGURES):upto]
        whole = max((m for m in wholes if part.start - m.end <= _NAMED_WHOLE_REACH and m.value > 0
                     and ratio_holds(q.value, part.value, m.value, decimals)),
                    key=lambda m: m.start, default=None)
        return self.checker.ratio_check(q, part, whole) if whole is not None else None

    def _sentence_start(self, pos: int) -> int:
        lo = max(0, pos - _SENTENCE_REACH)          # bounded: an unbounded rfind rescans the whole report
        cut = max(self.text.rfind(". ", lo, pos), self.text.rfind(".\n", lo, pos), self.text.rfind("\n-", lo, pos),
                  self.text.rfind("\n+", lo, pos), self.text.rfind("\n\n", lo, pos))
        return cut + 1 if cut >= 0 else lo

    def _stated_pair(self, q: Metric, counts: list[Metric]) -> tuple[Metric, Metric] | None:
        before = [m for m in counts if m.end <= q.start]
        after = [m for m in counts if m.start >= q.end]
        # "A trẻ ... trên tổng số B trẻ ..., đạt P%"
        for k in range(len(before) - 1):
            a, b = before[k], before[k + 1]
            if _OVER_WHOLE.match(self.folded[a.end:b.start]):     # "11.084 người ... trên tổng số 11.842 nhân khẩu"
                return a, b
        # "tiếp nhận B đơn ..., đã giải quyết A đơn, đạt P%": the share of the cases resolved, of
        # those received or, named otherwise, the count of their kind before ("thuộc thẩm quyền là 84 vụ việc")
        if before and self._cued(before[-1], RESOLVED) and len(self.between(before[-1].end, q.start)) == 0:
            done = before[-1]
            kin = [m for m in before[:-1] if same_kind(m.unit, done.unit) and m.unit and m.value >= done.value]
            # those received, unless a narrower count makes the share hold ("nhận 212 đơn, trong đó
            # đủ điều kiện xử lý 168 đơn; đã giải quyết 151 đơn, đạt 89,9%")
            decimals = number_text_decimals(q.text)
            received = ([m for m in kin if ratio_holds(q.value, done.value, m.value, decimals)]
                        or [m for m in kin if self._cued(m, RECEIVED) and m.value > done.value]
                        or [m for m in kin if m.value > done.value])
            if received:
                return done, received[-1]
        # "A ..., đạt P% dự toán (B)": the whole in brackets right after the percentage's phrase; A is
        # the last figure before it outside brackets ("1.370 cuộc (52 …, 1.318 …), đạt 104,4% …")
        outside = self._top_level_before(before, q.start)
        if outside and after:
            a, b = self._not_a_change(outside, before, q), after[0]
            gap = self.text[q.end:b.start]
            if a is not None and _bracket_next(gap) and same_kind(a.unit, b.unit):
                return a, b
        if not before and after and _bracket_next(self.text[q.end:after[0].start]):
            # "Số đảng viên được kiểm tra bằng 2,09% tổng số đảng viên (5.126 đảng viên)": the part
            # an earlier sentence or table gives, the nearest of the whole's kind that the
            # percentage rounds to (a holding check only)
            whole = after[0]
            k = bisect.bisect_left(self.starts, q.start)
            decimals = number_text_decimals(q.text)
            part = next((m for m in reversed(self.metrics[max(0, k - _EARLIER_FIGURES):k])
                         if m.unit and m.unit != "%" and same_kind(m.unit, whole.unit) and m.value < whole.value
                         and ratio_rounds(q.value, m.value, whole.value, decimals)), None)
            if part is not None:
                return part, whole
        return None

    def _not_a_change(self, part: Metric, before: list[Metric], q: Metric) -> Metric | None:
        """The figure a share is of: `part`, or when `part` is how much a figure changed ("8.964
        người, tăng 412 người so với cùng kỳ, đạt 96,39% kế hoạch"), the figure before it; a change
        in percent is of the change ("giảm 15 vụ, tương ứng giảm 20% so với cùng kỳ (75 vụ)")."""
        if _CHANGE_BEFORE.search(self.folded, max(0, q.start - 16), q.start):
            return part
        k = before.index(part)
        while k >= 0 and _CHANGE_BEFORE.search(self.folded, max(0, before[k].start - 16), before[k].start):
            k -= 1
        return before[k] if k >= 0 else None

    def _top_level_before(self, before: list[Metric], pos: int) -> Metric | None:
        """The last of `before` that no bracket closed before `pos` holds, when only bracketed
        figures stand between it and `pos`."""
        for k in range(len(before) - 1, -1, -1):
            gap = self.text[before[k].end:pos]
            if gap.count(")") <= gap.count("("):
                return before[k] if k == len(before) - 1 or self._all_bracketed(before[k].end, pos) else None
        return None

    def _all_bracketed(self, start: int, end: int, kind: str | None = None) -> bool:
        """Is every figure of text[start:end] (every count of `kind`, when given) inside brackets?"""
        return all(self.text[start:m.start].count("(") > self.text[start:m.start].count(")")
                   for m in self.between(start, end)
                   if kind is None or _count(m) and same_kind(kind, m.unit))


def _bracket_next(gap: str) -> bool:
    """Are these words up to a bracket the percentage's phrase ("kế hoạch (", "tổng số đảng viên
    (")? Digits the OCR printed inside words ("tdng s6") are letters."""
    return _BRACKET_NEXT.fullmatch(_DIGIT_IN_WORD.sub("x", gap)) is not None


_DIGIT_IN_WORD = re.compile(r"(?<=[^\W\d_])\d|\d(?=[^\W\d_])")


def _list_break(text: str, start: int, end: int) -> int:
    """The first line break in text[start:end] followed, inside it, by "-", "+" or another break
    (a new bullet or paragraph); `end` when there is none."""
    brk = text.find("\n", start, end)
    while brk >= 0:
        if brk + 1 < end and text[brk + 1] in "-+\n":
            return brk
        brk = text.find("\n", brk + 1, end)
    return end


def _cues_of(patterns: tuple[tuple[re.Pattern, tuple[str, ...] | None], ...],
             text: str) -> list[tuple[int, int]]:
    """The spans of the patterns' matches in `text`, in order, none inside an earlier one ("cắt
    giảm" holds a "giảm"); a pattern with openings is tried only where one of them is. No two
    patterns match at one place (each opens with its own letters)."""
    found = sorted(span for p, openings in patterns
                   for span in (spans_of(p, text, openings) if openings else (m.span() for m in p.finditer(text))))
    out: list[tuple[int, int]] = []
    for start, end in found:
        if not out or start >= out[-1][1]:
            out.append((start, end))
    return out


def sentence_checks(checker, known: list[Check]) -> list[Check]:
    """`known` with what the sentences add (nothing already there, by what it relates). A failing
    check gives way to one holding for the same total or percentage: the links had flattened a
    nested list or picked the wrong part, or the sentence's reading left a part out."""
    search = SentenceChecks(checker)
    seen = {_key(c) for c in known}
    added = []
    found = search.breakdowns() + search.place_breakdowns() + search.lead_breakdowns() + search.caseloads()
    found += search.announced_lists() + search.section_breakdowns() + search.among_totals()
    found += search.unannounced_lists() + search.named_among_totals()
    found += search.ratios() + search.remainders() + search.paired_breakdowns()
    found += search.differences()
    found += table_checks(checker.scanner.tables, search.metrics, checker)
    for check in found:
        if check is None or _key(check) in seen:
            continue
        seen.add(_key(check))
        added.append(check)
    # and the other way round: a list the sentence reads short gives way to a breakdown that adds up
    settled = {_subject(c) for c in known + added if c.holds}
    checks = [c for c in known + added if c.holds or _subject(c) not in settled]
    # parts claimed by two totals ("124 lớp … cho 5.210 lượt hội viên (trồng trọt 68 lớp, …)") are
    # the parts of the one counting their kind
    units = {m.id: m.unit for m in checker.metrics}
    of_kind = {tuple(c.metrics[1:]) for c in checks if c.kind == "sum" and _counts_its_parts(c, units)}
    return [c for c in checks if c.holds or c.kind != "sum" or tuple(c.metrics[1:]) not in of_kind
            or _counts_its_parts(c, units)]


def _counts_its_parts(c: Check, units: dict[str, str | None]) -> bool:
    total = units[c.metrics[0]]
    return all(same_kind(total, units[i]) for i in c.metrics[1:])


def _subject(c: Check) -> str:
    """The figure a check is about: a sum's total, a ratio's percentage."""
    return c.metrics[-1] if c.kind == "ratio" else c.metrics[0]


def _key(c: Check) -> tuple:
    if c.kind == "ratio":
        return ("ratio", c.percent, c.part, c.whole)
    return (c.kind, c.total, tuple(sorted(c.parts)))
