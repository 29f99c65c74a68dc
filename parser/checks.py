"""Arithmetic the report's own figures must satisfy, and the figure to suspect
when they do not.

- sum: a total and the parts listed right after it ("1.626 chứng thư số (460 ...;
  1.166 ...)", "tiếp nhận 10.324 hồ sơ (9.651 trực tiếp, 673 trực tuyến)",
  "... trong đó: ..."). A parenthesised list is taken as complete: it fails when
  it exceeds the total, or falls short by what one misread digit explains. A
  "trong đó" list, or one with percentages beside its parts, may be partial: it
  fails only when it exceeds the total.
- ratio: a percentage printed beside a part ("8.262 văn bản (tỷ lệ 76,82%)")
  against that part over its whole (the part's total, or the larger figure with
  the same unit before it in the sentence). The report may round or truncate to
  the decimals it prints; both hold.
- running_total: "cấp mới A ..., nâng tổng số từ Y lên X" holds when Y + A = X;
  only when the earlier total is printed (nothing is assumed).
- caseload: "tiếp nhận X hồ sơ ...; đã giải quyết Y hồ sơ ...; đang giải quyết Z
  hồ sơ" in one sentence is a sum X = Y + Z. Reports often leave out cases
  returned or withdrawn, so it is kept only when it adds up (never an alarm).

A failing check names a `suspect`: the figure one OCR-likely digit change away
from making it hold, else the figure read with the least confidence.
"""
from __future__ import annotations

import bisect
import math
import re
from functools import lru_cache

from .collector import collector_paused
from .figures import scanner_for
from .figures.structure import KINDS_OF
from .model import Check, Document, Metric
from .numbers import number_text_decimals, single_digit_variants
from .vnfold import fold

MISSING_FIELDS = {
    "number": "số văn bản", "date": "ngày ban hành", "issuer": "cơ quan ban hành",
    "doc_type": "loại văn bản", "signer_name": "người ký",
}

# (OCR reads "tăng" as "ting"/"téng")
_GROWTH = re.compile(r"(?:^|\s)(?:t[aei]ng|gi[aei]m|so\s+voi|vuot|dat|bang)\s*(?:\S+\s+){0,2}$")
_RATE_WORDS = re.compile(r"\bty\s+le\b")
_CHANGE_BEFORE = re.compile(r"(?:^|\s)(?:t[aei]ng|gi[aei]m)(?:\s+them)?\s*$")


def vn_number(value: float | int) -> str:
    """A value printed the Vietnamese way: 1.626, 76,82."""
    if isinstance(value, float) and not value.is_integer():
        whole, frac = f"{value:.4f}".rstrip("0").split(".")
        return f"{int(whole):,}".replace(",", ".") + "," + frac
    return f"{int(value):,}".replace(",", ".")


def _is_count(m: Metric) -> bool:
    return m.unit != "%" and isinstance(m.value, (int, float))


class Checker:
    def __init__(self, doc: Document):
        self.doc = doc
        self.metrics = doc.metrics
        self.by_id = {m.id: m for m in self.metrics}
        self.index = {m.id: i for i, m in enumerate(self.metrics)}
        self.scanner = scanner_for(doc)
        self.folded = self.scanner.folded
        self.pending: list[tuple[Check, list[tuple[Metric, bool]], list[Metric]]] = []
        self.starts = [m.start for m in self.metrics]
        self.in_order = self.starts == sorted(self.starts)     # figures come in text order

    def cued_by_words(self, words: tuple[str, ...], reach: int) -> list[int] | range:
        """The indices of the figures with one of `words` wholly inside the `reach` folded characters
        before them: the only ones a cue test that starts with that word test can pass."""
        if not self.in_order:
            return range(len(self.metrics))      # were they not, every figure is a candidate
        return indices_in_ranges(self.starts, ((end, start + reach) for start, end in occurrences(self.folded, words)))

    def cued_by_patterns(self, patterns: tuple[re.Pattern, ...], reach: int) -> list[int] | range:
        """The indices of the figures with a match of one of `patterns` wholly inside the `reach`
        folded characters before them. Each pattern is searched once in the whole text (a
        pattern opening with letters is found fast), where a search in every figure's window
        would read most of the text again and again. Matched in place, a pattern must match
        the same in a window: no look-around, no anchor."""
        if not self.in_order:
            return range(len(self.metrics))
        return indices_in_ranges(self.starts, ((end, start + reach) for start, end in matches(self.folded, patterns)))

    def sentence(self, m: Metric) -> int:
        return self.scanner.sentence_of(m.start)

    # ---- sums

    def sums(self) -> list[Check]:
        children: dict[str, list[Metric]] = {}
        for m in self.metrics:
            if m.parent and _is_count(m):
                children.setdefault(m.parent, []).append(m)
        out = []
        for pid, parts in children.items():
            total = self.by_id.get(pid)
            if total is None or len(parts) < 2 or not _is_count(total):
                continue
            check = self.sum_check(total, parts)
            if check:
                out.append(check)
        return out

    def _may_be_partial(self, total: Metric, parts: list[Metric]) -> bool:
        if parts[0].start < total.start:
            return False  # parts listed first, then "tổng cộng": a complete list
        between = self.doc.text[total.end:parts[0].start]
        if "(" not in between:
            return True  # "trong đó ...", "gồm ..." lists
        # levels listed with their shares ("mức độ 3: 769, tỷ lệ 40,09%, mức độ 4: ..."): a percentage
        # beside every part says the parts are a selection; one beside a single part says nothing
        last = parts[-1].end
        shares = 0
        for j in range(self.index[total.id] + 1, len(self.metrics)):   # no copy of the list's tail
            m = self.metrics[j]
            if m.start >= last + 40:
                break
            shares += m.unit == "%"
        return shares >= len(parts)

    def sum_check(self, total: Metric, parts: list[Metric], complete: bool = False) -> Check | None:
        """The sum of `parts` against `total`; a short sum is no error for a list that may leave
        items out, unless the wording says it is `complete` ("gồm: …")."""
        got = sum(p.value for p in parts)
        ids = [total.id] + [p.id for p in parts]
        section = total.section
        if math.isclose(got, total.value, abs_tol=1e-6):
            plus = " + ".join(vn_number(p.value) for p in parts)
            return Check("sum", True, ids, f"Tổng {vn_number(total.value)} = {plus}: khớp.", section,
                         total=float(total.value), parts=[float(p.value) for p in parts])
        # a list that may leave items out is no error: told before the one-digit variants are
        # tried or the message is written, which it would throw away
        if got < total.value and not complete and self._may_be_partial(total, parts):
            return None
        fixes = self._sum_fixes(total, parts)
        plus = " + ".join(vn_number(p.value) for p in parts)
        diff = got - total.value
        msg = (f"Tổng {vn_number(total.value)} nhưng {plus} = {vn_number(got)} "
               f"(lệch {vn_number(abs(diff))}): không khớp")
        return self._failing(Check("sum", False, ids, msg, section, total=float(total.value),
                                   parts=[float(p.value) for p in parts]), fixes, [total] + parts)

    def _sum_fixes(self, total: Metric, parts: list[Metric]) -> list[tuple[Metric, bool]]:
        """Figures whose one-digit change makes the sum hold, with whether the change is OCR-likely."""
        got = sum(p.value for p in parts)
        out = []
        for m in [total] + parts:
            if not isinstance(m.value, int):
                continue
            need = got if m is total else total.value - (got - m.value)
            for v, confusable in single_digit_variants(m.value):
                if v == need:
                    out.append((m, confusable))
        return out

    def _failing(self, check: Check, fixes: list[tuple[Metric, bool]], figures: list[Metric]) -> Check:
        """Remember what may explain a failing check; the suspect is chosen once every check is known."""
        self.pending.append((check, fixes, figures))
        return check

    def resolve_suspects(self, checks: list[Check]) -> None:
        """Name each failing check's suspect: a figure one OCR-likely digit away from making it hold,
        preferring one that no holding check vouches for, then one that would mend the most
        failing checks, then an OCR-confusable change, then one the reader already repaired
        (a letter read for a digit, a stray space), then the longer number (more digits, more
        chances of a misread)."""
        vouched = {i for c in checks if c.holds for i in c.metrics}
        # a figure whose one change would mend several failing checks explains them all
        mends: dict[str, int] = {}
        for _, fixes, _ in self.pending:
            for m_id in {m.id for m, _ in fixes}:
                mends[m_id] = mends.get(m_id, 0) + 1

        def repaired(m: Metric) -> bool:
            return any(f.startswith("ocr") or f == "dot-decimal" for f in m.flags)

        for check, fixes, figures in self.pending:
            if fixes:
                best = min(fixes, key=lambda f: (f[0].id in vouched, -mends[f[0].id], not f[1],
                                                 not repaired(f[0]), -len(f[0].text), -self.index[f[0].id]))[0]
            else:
                best = min(figures, key=lambda m: (m.id in vouched, not repaired(m), m.confidence,
                                                   -len(m.text), -self.index[m.id]))
            check.suspect = best.id
            check.message += f"; nghi đọc sai số {best.text} (dòng {best.line})."

    # ---- ratios

    def ratios(self) -> list[Check]:
        out = []
        cells = self.scanner.tables.cell_at
        for i, q in enumerate(self.metrics):
            if q.unit != "%" or not 0 < q.value <= 100 or q.start in cells:
                continue          # (a table's share is its row's: `table_checks`)
            part = self._part_of(i)
            if part is None:
                continue
            whole = self._whole_of(part)
            if whole is None or not whole.value > part.value > 0:
                continue
            if _CHANGE_BEFORE.search(fold(self.doc.text[max(whole.end, part.start - 20):part.start])):
                continue      # "812 đơn vị, giảm 46 đơn vị (tỷ lệ giảm 5,36%)": a rate of change, of the old count
            out.append(self.ratio_check(q, part, whole))
        return out

    def _part_of(self, i: int) -> Metric | None:
        q = self.metrics[i]
        for j in range(i - 1, -1, -1):
            m = self.metrics[j]
            if m.unit == "%":
                return None
            if not _is_count(m):
                continue
            gap = self.doc.text[m.end:q.start]
            if len(gap) > 45 or ";" in gap or self.sentence(m) != self.sentence(q):
                return None
            folded_gap = fold(gap)
            if _GROWTH.search(folded_gap) and not _RATE_WORDS.search(folded_gap):
                return None       # a change, not a share ("126,2 tỷ đồng, tăng 30,6%"), unless "đạt tỷ lệ"
            if ")" in gap and "(" not in gap and m.parent:
                # "giải quyết xong 862 việc (thi hành xong 839, đình chỉ 23 việc), đạt 77,8%": the rate
                # is of the figure the brackets break down
                owner = self.by_id.get(m.parent)
                return owner if owner is not None and self.sentence(owner) == self.sentence(q) else None
            return m
        return None

    def _whole_of(self, part: Metric) -> Metric | None:
        if part.parent:
            return self.by_id.get(part.parent)
        k = self.index[part.id]
        for j in range(k - 1, -1, -1):
            m = self.metrics[j]
            if self.sentence(m) != self.sentence(part):
                return None
            if _is_count(m) and m.value > part.value and same_kind(m.unit, part.unit):
                return m
        return None

    def ratio_check(self, q: Metric, part: Metric, whole: Metric) -> Check:
        decimals = number_text_decimals(q.text)
        holds = ratio_holds(q.value, part.value, whole.value, decimals)
        ids = [whole.id, part.id, q.id]
        actual = 100 * part.value / whole.value
        shown = vn_number(round(actual, max(decimals, 2)))
        base = f"Tỷ lệ {q.text.replace(' ', '')} của {vn_number(part.value)}/{vn_number(whole.value)} (= {shown}%)"
        if holds:
            return Check("ratio", True, ids, base + ": khớp.", q.section, percent=float(q.value),
                         part=float(part.value), whole=float(whole.value))
        check = Check("ratio", False, ids, base + ": không khớp", q.section, percent=float(q.value),
                      part=float(part.value), whole=float(whole.value))
        return self._failing(check, self._ratio_fixes(q, part, whole, decimals), [q, part, whole])

    def _ratio_fixes(self, q: Metric, part: Metric, whole: Metric, decimals: int) -> list[tuple[Metric, bool]]:
        fixes = []
        scale = 10 ** decimals
        p_lo, p_hi, w_lo, w_hi, q_lo, q_hi = _variant_bands(q.value, part.value, whole.value, scale)
        for v, conf in single_digit_variants(round(q.value * scale)):
            if q_lo < v < q_hi and ratio_holds(v / scale, part.value, whole.value, decimals):
                fixes.append((q, conf))
        for v, conf in single_digit_variants(int(part.value)):
            if p_lo < v < p_hi and ratio_holds(q.value, v, whole.value, decimals):
                fixes.append((part, conf))
        for v, conf in single_digit_variants(int(whole.value)):
            if v and w_lo < v < w_hi and ratio_holds(q.value, part.value, v, decimals):
                fixes.append((whole, conf))
        return fixes

    # ---- caseloads

    def caseloads(self, known: list[Check]) -> list[Check]:
        """Received = resolved + in progress, in one sentence, same unit; only when it adds up."""
        totals = {c.metrics[0] for c in known if c.kind == "sum"}
        out = []
        for i in self.cued_by_patterns(RECEIVED_CORES, _CUE_REACH):
            x = self.metrics[i]
            if not _is_count(x) or x.parent or x.id in totals or not _cued(self.folded, x, RECEIVED):
                continue
            found: list[Metric] = []
            sentence = self.sentence(x)
            for cue in (RESOLVED, _PENDING):
                hit = None
                for j in range(self.index[found[-1].id] + 1 if found else i + 1, len(self.metrics)):
                    m = self.metrics[j]
                    if self.sentence(m) != sentence:
                        break
                    if _is_count(m) and not m.parent and m.unit == x.unit and _cued(self.folded, m, cue):
                        hit = m
                        break
                if hit is None:
                    break
                found.append(hit)
            if len(found) == 2 and math.isclose(found[0].value + found[1].value, x.value, abs_tol=1e-6):
                plus = " + ".join(vn_number(p.value) for p in found)
                out.append(Check("sum", True, [x.id] + [p.id for p in found],
                                 f"Tiếp nhận {vn_number(x.value)} = đã giải quyết + đang giải quyết "
                                 f"({plus}): khớp.", x.section, total=float(x.value),
                                 parts=[float(p.value) for p in found]))
        return out

    # ---- running totals

    def running_totals(self) -> list[Check]:
        """"cấp mới A ..., nâng tổng số từ Y lên X": Y + A = X."""
        out = []
        # the figures with "lên" or "thành" within reach before them, found from those words (the
        # test below still reads each window: it decides when the figures are not in text order)
        for i in self.cued_by_words(_TO_WORDS, _TO_REACH):
            x = self.metrics[i]
            if not _is_count(x) or i < 2:
                continue
            before = self.folded[max(0, x.start - _TO_REACH):x.start]
            if not ("len" in before or "thanh" in before) or not _TO.search(before):
                continue
            y = self.metrics[i - 1]
            if not _FROM.search(self.folded[max(0, y.start - 6):y.start]):
                continue
            if self.sentence(y) != self.sentence(x) or not _is_count(y):
                continue
            head = self.folded[self.scanner.sentence_start(x.start):y.start]
            if "nang tong" not in " ".join(head.split()):
                continue
            added = next((self.metrics[j] for j in range(i - 2, -1, -1)
                          if self.sentence(self.metrics[j]) == self.sentence(x) and _is_count(self.metrics[j])),
                         None)
            if added is None:
                continue
            holds = math.isclose(y.value + added.value, x.value, abs_tol=1e-6)
            ids = [x.id, y.id, added.id]
            msg = (f"Tổng mới {vn_number(x.value)} = {vn_number(y.value)} + {vn_number(added.value)}"
                   + (": khớp." if holds else f" = {vn_number(y.value + added.value)}: không khớp"))
            check = Check("running_total", holds, ids, msg, x.section, total=float(x.value),
                          parts=[float(y.value), float(added.value)])
            if not holds:
                self._failing(check, self._sum_fixes(x, [y, added]), [x, y, added])
            out.append(check)
        return out


# the words before a figure of a caseload (folded): received, resolved, still in progress
# (OCR: "tiép nh1an", "thu 1y")
_RECEIVED_WORDS = (r"tiep\s+nh\S?an", r"thu\s+[l1]y", r"nh\S?an\s+duoc")
RECEIVED = re.compile(r"(?:" + "|".join(_RECEIVED_WORDS) + r")(?:\s+\S+){0,3}\s*:?\s*$")
# the words RECEIVED matches, one pattern each: what it finds in a figure's words before lies in the
# folded text before the figure (the words joined by any white space), so the figures cued by it
# are among those with a match of one of these within reach
RECEIVED_CORES = tuple(re.compile(word) for word in _RECEIVED_WORDS)
RESOLVED = re.compile(r"(?<!dang )(?<!chua )giai\s+quyet(?:\s+xong)?(?:\s+\S+){0,2}\s*:?\s*$")
_PENDING = re.compile(r"(?:dang|chua)\s+giai\s+quyet\s*:?\s*$")


# a word each cue holds, for a quick test before the regex
_CUE_WORDS = {RECEIVED: ("tiep", "thu", "duoc"), RESOLVED: ("quyet",), _PENDING: ("quyet",)}
# "... từ Y lên X": the words before the new and the earlier total of a running total
_TO_WORDS = ("len", "thanh")
_TO = re.compile(r"(?:" + "|".join(_TO_WORDS) + r")\s*$")
_FROM = re.compile(r"(?:^|\s)tu\s*$")


_CUE_REACH = 40
_TO_REACH = 12


def _cued(folded: str, m: Metric, cue: re.Pattern) -> bool:
    before = folded[max(0, m.start - _CUE_REACH):m.start]
    if not any(word in before for word in _CUE_WORDS[cue]):
        return False
    return bool(cue.search(" ".join(before.split()[-6:])))


def occurrences(folded: str, words: tuple[str, ...]) -> list[tuple[int, int]]:
    """Where each of `words` occurs in `folded`, overlapping occurrences too: (start, end)."""
    out = []
    for word in words:
        at = folded.find(word)
        while at >= 0:
            out.append((at, at + len(word)))
            at = folded.find(word, at + 1)
    return out


def matches(folded: str, patterns: tuple[re.Pattern, ...]) -> list[tuple[int, int]]:
    """Every match of each of `patterns` in `folded`, overlapping ones too: (start, end)."""
    out = []
    for pattern in patterns:
        m = pattern.search(folded)
        while m is not None:
            out.append(m.span())
            m = pattern.search(folded, m.start() + 1)
    return out


def indices_in_ranges(keys: list[int], ranges) -> list[int]:
    """The indices i, in order, with lo <= keys[i] <= hi for some (lo, hi) of `ranges`; `keys` sorted.
    The cue words are rare and the figures many: figures near a cue are found from the cues."""
    found: set[int] = set()
    for lo, hi in ranges:
        found.update(range(bisect.bisect_left(keys, lo), bisect.bisect_right(keys, hi)))
    return sorted(found)


# nouns that count the same people under other names ("1.393 em, trong đó mầm non 412 trẻ, tiểu học 586 em")
_SAME_PEOPLE = ({"em", "trẻ", "cháu", "trẻ em", "học sinh"}, {"lao động", "người", "người lao động"})


def same_kind(a: str | None, b: str | None) -> bool:
    """Units that count the same things: equal, unknown, or one naming the other ("vụ", "vụ việc")."""
    if not a or not b:
        return True
    if a != b and any(a in group and b in group for group in _SAME_PEOPLE):
        return True
    if a in KINDS_OF or b in KINDS_OF:
        if _prefix_kind(a, b):
            return True
    if "," in a or "," in b:      # kinds named together ("trẻ em, học sinh") count each of them
        return any(_prefix_kind(x, y) for x in _kinds(a) for y in _kinds(b))
    return _prefix_kind(a, b)


def _prefix_kind(a: str, b: str) -> bool:
    if b in KINDS_OF.get(a, ()) or a in KINDS_OF.get(b, ()):
        return True               # "đơn khiếu nại" is a kind of "đơn thư"
    fa, fb = unit_words(a), unit_words(b)
    n = min(len(fa), len(fb))
    return fa[:n] == fb[:n]


@lru_cache(maxsize=1024)
def _kinds(unit: str) -> tuple[str, ...]:
    return tuple(k.strip() for k in unit.split(",") if k.strip())


@lru_cache(maxsize=4096)
def unit_words(unit: str) -> tuple[str, ...]:
    return tuple(fold(unit).split())


def ratio_holds(percent: float, part: float, whole: float, decimals: int) -> bool:
    """Does `percent` print part/whole to `decimals` places, rounded or truncated?"""
    if ratio_rounds(percent, part, whole, decimals):
        return True
    scale = 10 ** decimals
    return math.isclose(math.floor(100 * part / whole * scale + 1e-9) / scale, percent, abs_tol=1e-9)


def ratio_rounds(percent: float, part: float, whole: float, decimals: int) -> bool:
    """Does `percent` print part/whole rounded to `decimals` places?"""
    return abs(100 * part / whole - percent) < 0.5 * 10 ** -decimals + 1e-9


# wider than any gap between a printed percentage and the actual one that ratio_holds accepts (half
# a last printed digit rounded, one truncated, and float error far below this)
_BAND_SLACK = 0.01


def _variant_bands(percent: float, part: float, whole: float, scale: int) -> tuple[float, ...]:
    """Open bounds outside which no variant of the part, the whole or the percentage (times
    `scale`) can make ratio_holds true: a one-digit change tried against them first skips the
    costly test for all but a few (a failing ratio tries every digit of its three figures)."""
    if not (percent > 0 and part > 0 and whole > 0):
        return -math.inf, math.inf, -math.inf, math.inf, -math.inf, math.inf
    band = 1 / scale + _BAND_SLACK
    actual = 100 * part / whole
    return ((percent - band) * whole / 100, (percent + band) * whole / 100,
            100 * part / (percent + band), 100 * part / (percent - band) if percent > band else math.inf,
            (actual - band) * scale, (actual + band) * scale)


def ratio_band(percent: float, decimals: int) -> tuple[float, float]:
    """Open bounds of the actual percentages ratio_holds may accept for `percent` printed with
    `decimals` places (wider than it needs): a part and whole outside them need no closer test."""
    band = 10 ** -decimals + _BAND_SLACK
    return percent - band, percent + band


def run_checks(doc: Document) -> list[Check]:
    """Every sum, ratio and running total the figures of `doc` allow, in document order."""
    if not doc.metrics:
        return []
    with collector_paused():          # (short-lived lists and matches, no cycles: see parser.collector)
        return _run_checks(doc)


def _run_checks(doc: Document) -> list[Check]:
    checker = Checker(doc)
    checks = checker.sums() + checker.ratios() + checker.running_totals()
    checks += checker.caseloads(checks)
    from .check_search import sentence_checks      # it builds on this module's Checker
    checks = sentence_checks(checker, checks)
    checker.resolve_suspects(checks)
    order = {m.id: m.start for m in doc.metrics}
    checks.sort(key=lambda c: min(order[i] for i in c.metrics))
    return checks


def format_findings(doc: Document) -> tuple[str, bool]:
    """`baocao check`: each check and whether it holds, with the figures and their
    lines, then missing metadata. Failed only when a check fails."""
    by_id = {m.id: m for m in doc.metrics}
    checks = doc.checks
    failing = [c for c in checks if not c.holds]
    lines = [f"Kiểm tra số liệu: {len(checks)} phép kiểm tra, {len(failing)} không khớp."]
    kinds = {"sum": "Cộng", "ratio": "Tỷ lệ", "running_total": "Lũy kế"}
    for c in checks:
        mark = "ĐÚNG" if c.holds else "SAI "
        where = f"mục {c.section}" if c.section else "ngoài mục"
        figs = ", ".join(f"{by_id[i].text} (dòng {by_id[i].line})" for i in c.metrics if i in by_id)
        lines.append(f"[{mark}] {kinds.get(c.kind, c.kind)}, {where}: {c.message}")
        lines.append(f"       số liệu: {figs}")
    missing = [label for name, label in MISSING_FIELDS.items() if doc.metadata.fields.get(name) is None]
    if missing:
        lines.append("Thiếu thông tin văn bản: " + ", ".join(missing) + ".")
    else:
        lines.append("Thông tin văn bản: đủ (số, ngày, cơ quan ban hành, loại văn bản, người ký).")
    return "\n".join(lines) + "\n", bool(failing)
