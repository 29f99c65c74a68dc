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

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

from .model import Document, Metric, squash
from .numbers import fold_text, parse_number, single_digit_variants, word_key, word_number
from .vnfold import fold

# ---------------------------------------------------------------- lexicon

# nouns that reports count, canonical (folded forms are compared, OCR-tolerantly)
UNITS = """
văn bản|bản sao|trường học|trường|ca|lượt công dân|chữ ký|tổ|hòa giải viên|tuyên truyền viên|công văn|quyết định|kế hoạch|báo cáo|tờ trình|thông báo|chỉ thị|giấy phép|giấy chứng nhận|
chứng thư số|chứng thư|chứng chỉ|chữ ký số|hồ sơ|thủ tục hành chính|thủ tục|dịch vụ|tài khoản|hộp thư|
người dùng|lượt người|lượt truy cập|lượt xem|lượt|người|tin, bài|tin bài|bài viết|bản tin|tin|bài|
chương trình phóng sự|phóng sự|chương trình|chuyên mục|chuyên đề|ấn phẩm|cuốn|quyển|tờ rơi|tờ gấp|tờ|
pa nô|băng rôn|khẩu hiệu|áp phích|danh sách|thông tin|trang thông tin|trang tin|trang|trạm truyền thanh|
trạm BTS|trạm phát sóng|trạm|đài|cụm loa|loa|điểm|điểm bưu điện|bưu cục|doanh nghiệp|cơ sở|cơ quan|
đơn vị|tổ chức|cá nhân|hộ gia đình|hộ dân|hộ|người dân|công dân|đồng chí|cán bộ|công chức|viên chức|
cán bộ, công chức|người lao động|lao động|học viên|học sinh|sinh viên|giáo viên|bệnh nhân|trường hợp|
vụ việc|vụ án|vụ|đối tượng|cuộc|đoàn|lớp|buổi|hội nghị|cuộc họp|đợt|lần|đơn tố cáo|đơn khiếu nại|
đơn kiến nghị|đơn thư|đơn|kiến nghị|dự án|công trình|đề án|nhiệm vụ|sản phẩm|thiết bị|máy tính|máy chủ|
máy|phần mềm|hệ thống|hệ|xã|phường|thị trấn|huyện|thôn|ấp|khóm|tấn|con|cây|đồng|USD|năm|tháng|ngày|
giờ|phút|giây|tuần|thuê bao|tuyến|tác phẩm|đầu sách|bản|đại biểu|thành viên|hội viên|đảng viên|xe|
phương tiện|camera|website|cổng thông tin|suất|phần quà|giải|huy chương|mô hình|câu lạc bộ|gói thầu|
hợp đồng|biên bản|giấy mời|km|ha|kg|đề tài|nhãn hiệu|gian hàng|phản ánh|sáng kiến
"""
UNIT_LIST = [u.strip() for u in UNITS.replace("\n", "").split("|") if u.strip()]

# abbreviations printed for a unit
UNIT_ABBREVIATIONS = {"d/c": "đồng chí", "đ/c": "đồng chí", "vnd": "đồng", "vnđ": "đồng", "đ": "đồng",
                      "trđ": "triệu đồng", "tr.đ": "triệu đồng"}

# multipliers printed between a number and its unit ("1,5 tỷ đồng"): the unit carries them
SCALES = {"ty": "tỷ", "trieu": "triệu", "nghin": "nghìn", "ngan": "ngàn"}

# units measured, not counted: a value with decimals is normal for them
_MEASURES = {"đồng", "USD", "tấn", "ha", "kg", "km", "năm", "tháng", "ngày", "giờ", "phút", "giây", "tuần",
             "tỷ đồng", "triệu đồng", "nghìn đồng", "ngàn đồng"}

# time units a rate may be "per" ("27 phút/ngày")
PER_UNITS = ("giây", "phút", "giờ", "ngày", "tuần", "tháng", "quý", "năm", "người", "lượt", "hộ", "km", "ha")


@lru_cache(maxsize=4096)
def _tokens(phrase: str) -> tuple[str, ...]:
    """A phrase's word keys (cached: units are looked up by their tokens once per figure)."""
    return tuple(word_key(w) if w != "," else "," for w in re.findall(r"[^\s,]+|,", phrase))


_UNIT_KEYS: dict[tuple[str, ...], str] = {}
_UNIT_FORMS: dict[tuple[str, ...], set[str]] = {}   # "tờ" and "tổ" share a key
for _u in UNIT_LIST:
    _UNIT_KEYS.setdefault(_tokens(_u), _u)
    _UNIT_FORMS.setdefault(_tokens(_u), set()).add(_u)
# entries by the first letter of their first word, longest first
_UNITS_BY_LETTER: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _k, _u in sorted(_UNIT_KEYS.items(), key=lambda kv: -len(kv[0])):
    _UNITS_BY_LETTER.setdefault(_k[0][0], []).append((_k, _u))
_EXACT_ONLY = {word_key(w) for u in UNIT_LIST for w in u.split() if w.isupper()}   # codes: "USD", "BTS"
_MAX_UNIT_LEN = max(len(k) for k in _UNIT_KEYS)
_UNIT_FIRST_WORDS = {k[0] for k in _UNIT_KEYS}
_NEXT_WORD = re.compile(r"[ \t\n]+(\w+)")


def _edit_distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance, giving up (limit + 1) once it passes `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        if min(cur) > limit:
            return limit + 1
        prev = cur
    return prev[-1]


# Vietnamese rhymes, folded: a printed word made of an onset and one of these is a real
# syllable ("gian", "cao"), not an OCR slip of a different lexicon word ("giây", "cây")
_RHYMES = """a ai ao au ay ac ach am an ang anh ap at au ay e eo ec em en eng ep et ech enh eu i ia ich im in
inh ip it iu iec iem ien ieng iep iet ieu o oc oi om on ong op ot oong ooc u ua uc ui um un ung up ut uoc uoi
uom uon uong uot uu uoi uou y yem yen yet yeu oa oac oach oai oam oan oang oanh oap oat oay oe oen oeo oet
uy uya uych uyen uyet uyt uynh uan uat uang uyu ue uenh uo""".split()
_ONSETS = "b c ch d g gh gi h k kh l m n ng ngh nh p ph qu r s t th tr v x".split() + [""]
_SYLLABLE = re.compile(r"(?:%s)(?:%s)" % ("|".join(sorted(_ONSETS, key=len, reverse=True)),
                                           "|".join(sorted(set(_RHYMES), key=len, reverse=True))))
_CLEAN_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=65536)
def plain_syllable(text: str) -> bool:
    """Is a printed word a clean Vietnamese syllable: plain ASCII letters (no OCR marks,
    no digits or symbols) making a real onset and rhyme ("gian", "cao")?"""
    return text.isascii() and bool(_CLEAN_WORD.fullmatch(text)) and bool(_SYLLABLE.fullmatch(text.lower()))


# frequent words that must not be read as a unit with a slip ("trong" is not "trạm")
COMMON_WORDS = frozenset("""
trong tren theo thang cho cua cac va voi tai nhu den tu la da dang duoc ve truc tiep tuyen nam khong co mot
nhung nay do de di ra vao lai con dan tong so thi xa huyen tinh thanh pho ban hanh cap moi dat tang giam
""".split())

# OCR reads "đ" as "b" or "p" ("bang" for "Đăng", "Pang" for "Đang")
_FIRST_LETTER_ALIKE = {("d", "b"), ("d", "p")}


@lru_cache(maxsize=262144)
def word_distance(key: str, target: str) -> int:
    """How far a printed word (keyed) is from a lexicon word; 99 when it cannot be it.

    Short words allow one slip and must keep their first letter; longer words two."""
    if key == target:
        return 0
    if target in _EXACT_ONLY or len(target) < 2 or not key or key in COMMON_WORDS:
        return 99
    if key[0] != target[0] and (target[0], key[0]) not in _FIRST_LETTER_ALIKE:
        return 99
    limit = 1 if max(len(key), len(target)) <= 3 else 2
    if len(target) == 2 and len(key) > 3:
        return 99
    d = _edit_distance(key, target, limit)
    return d if d <= limit else 99


# ---------------------------------------------------------------- context words

_WORD = re.compile(r"[^\s,;:.()\[\]“”\"'!?…]+|[,;:.()]")


class Word:
    """A printed word with its offsets and its OCR-tolerant key."""

    __slots__ = ("text", "start", "end", "key")

    def __init__(self, text: str, start: int, end: int, key: str):
        self.text, self.start, self.end, self.key = text, start, end, key


# printed word -> key; a plain dict (cheaper than lru_cache per call on the hot path), emptied when large
_KEYS: dict[str, str] = {p: p for p in ",;:.()"}


def _key(g: str) -> str:
    k = _KEYS.get(g)
    if k is None:
        if len(_KEYS) > 200_000:
            _KEYS.clear()
            _KEYS.update((p, p) for p in ",;:.()")
        k = _KEYS[g] = word_key(g)
    return k


def _word(m: re.Match) -> Word:
    g = m.group()
    start, end = m.span()
    return Word(g, start, end, _key(g))


_PUNCT = frozenset(",;:.()")


# the words `_WORD` finds, and what lies between them (spaces, quotes, brackets)
_WORD_TEXT = r"([^\s,;:.()\[\]“”\"'!?…]+|[,;:.()])"
_BETWEEN_WORDS = r"[\s\[\]“”\"'!?…]*"
_MANY_WORDS: dict[int, re.Pattern] = {}


def _words_pattern(n: int) -> re.Pattern:
    """Up to `n` words in one match, one group each: one regex call instead of one per word."""
    pattern = _MANY_WORDS.get(n)
    if pattern is None:
        pattern = _MANY_WORDS[n] = re.compile(f"(?:{_BETWEEN_WORDS}{_WORD_TEXT}" * n + ")?" * n)
    return pattern


def words_after(text: str, pos: int, n: int = 8, limit: int = 90) -> list[Word]:
    """The first `n` words (and punctuation marks) after `pos`, within `limit` characters."""
    out = []
    keys = _KEYS
    if n <= 12:      # the usual few words after a number
        m = _words_pattern(n).match(text, pos, pos + limit)
        for i, g in enumerate(m.groups(), 1):
            if g is None:
                break
            start, end = m.span(i)
            k = keys.get(g)
            out.append(Word(g, start, end, k if k is not None else _key(g)))
        return out
    for m in _WORD.finditer(text, pos, pos + limit):
        g = m.group()
        k = keys.get(g)
        start, end = m.span()
        out.append(Word(g, start, end, k if k is not None else _key(g)))
        if len(out) >= n:
            break
    return out


def words_before(text: str, pos: int, n: int = 4, limit: int = 60) -> list[Word]:
    """The last `n` words before `pos`, nearest last."""
    lo = max(0, pos - limit)
    found = list(_WORD.finditer(text, lo, pos))
    if lo > 0 and found and found[0].start() == lo:
        found = found[1:]  # cut through a word
    return [_word(m) for m in found[-n:]]


def match_unit(ws: list[Word]) -> tuple[str, int, int] | None:
    """The longest lexicon unit the words start with: (canonical, start, end).

    Words are compared OCR-tolerantly; a one-syllable unit must be printed
    nearly exactly (one slip), a longer one may have a slip in each word."""
    if not ws or not ws[0].key or ws[0].key in _PUNCT:
        return None
    ws = ws[:_MAX_UNIT_LEN]
    found = _match_keys(tuple(w.key for w in ws), plain_syllable(ws[0].text))
    if found is None:
        return None
    unit, n = found
    return unit, ws[0].start, ws[n - 1].end


# a marked vowel an OCR engine prints as another plain vowel (folded, lexicon -> printed):
# "năm" -> "nim", "văn" -> "vin", "đồng" -> "deng"
_VOWEL_SLIPS = {("a", "i"), ("a", "e"), ("o", "e"), ("u", "i")}


def _vowel_slip(printed: str, target: str) -> bool:
    """Is a clean printed syllable the lexicon word with one marked vowel misread ("nim" for
    "năm"), rather than another real word ("gian" is not "giây", "cao" is not "cây")?"""
    diffs = [(t, p) for p, t in zip(printed, target) if p != t]
    return len(diffs) == 1 and diffs[0] in _VOWEL_SLIPS


@lru_cache(maxsize=65536)
def _match_keys(keys: tuple[str, ...], plain_first: bool = False) -> tuple[str, int] | None:
    """`plain_first`: the first word is a clean syllable, so a one-word unit must match it exactly
    (fuzzy matching is for multi-word units and words the OCR garbled)."""
    first = keys[0][0]
    best = None
    for letter in {first, *(t for t, k in _FIRST_LETTER_ALIKE if k == first)}:
        for key, unit in _UNITS_BY_LETTER.get(letter, ()):
            if len(key) > len(keys):
                continue
            total = 0
            for w, t in zip(keys, key):
                d = 0 if w == t else word_distance(w, t) if t != "," else 99
                total += d
                if total >= 99:
                    break
            if len(key) == 1 and total and (len(keys[0]) != len(key[0])
                                            or plain_first and not _vowel_slip(keys[0], key[0])):
                continue  # a one-word unit may have a misread letter, not a missing or extra one
            if total <= (1 if len(key) == 1 else len(key) + 1):
                cand = (len(key) - 0.75 * total, -total, unit, len(key))
                if best is None or cand[:2] > best[:2]:
                    best = cand
    return (best[2], best[3]) if best else None


# ---------------------------------------------------------------- exclusions

# words before a number that make it a date, an ordinal or a name, not a count
# (folded; OCR-tolerant): "năm 2020", "tháng 5", "giai đoạn 1", "mức độ 3", "lần thứ 2"
ORDINAL_BEFORE = (
    ("nam",), ("thang",), ("ngay",), ("tuan",), ("quy",), ("dot",), ("khoa",), ("lan",), ("lan", "thu"),
    ("giai", "doan"), ("muc", "do"), ("cap", "do"), ("so", "hieu"), ("dieu",), ("khoan",), ("diem",),
    ("chuong",), ("tiet",), ("quoc", "lo"), ("tinh", "lo"), ("khu",), ("lo",), ("ky", "hop"), ("phien",),
    ("bac",), ("loai",), ("nhom",), ("lop",), ("ap",), ("khom",), ("phuong",), ("thon",), ("version",),
    ("phien", "ban"), ("cac",), ("nhung",), ("top",), ("luc",), ("de", "an"), ("so", "nha"), ("nghi", "dinh"),
    ("thong", "tu"), ("quyet", "dinh"), ("chi", "thi"), ("luat",), ("nghi", "quyet"), ("cong", "van"),
    # "Quyết định số 12 ngày ...": a document's number printed without its symbol
    ("dinh", "so"), ("quyet", "so"), ("thi", "so"), ("tu", "so"), ("van", "so"), ("hoach", "so"),
    ("bao", "so"), ("ban", "so"), ("dien", "so"), ("luat", "so"),
    ("phu", "luc"), ("bieu",), ("mau", "so"),
)
_ORDINAL_BY_LAST: dict[str, list[tuple[str, ...]]] = {}
for _p in ORDINAL_BEFORE:
    _ORDINAL_BY_LAST.setdefault(_p[-1], []).append(_p)

# words an OCR engine reads "l..." syllables after as digits: "tỷ lệ" -> "ty 18",
# "thuốc lá" -> "thude 14", "quản lý" -> "quan 1y", "hài lòng" -> "hai 10ng"
L_SYLLABLE_BEFORE = {"ty", "tuan", "thuoc", "dia", "tam", "phap", "hai", "vat", "suc", "hieu", "nhat", "tuc"}



@lru_cache(maxsize=16384)
def _l_syllable_before(key: str) -> bool:
    return key in L_SYLLABLE_BEFORE


@lru_cache(maxsize=16384)
def _date_word(key: str) -> bool:
    """"ngày", "tháng", "năm" as an OCR may print them ("théng", "thang", "nim", "ndam")."""
    return any(key == w or len(key) >= 3 and fuzzy_or_equal(key, w) for w in ("ngay", "thang", "nam"))


# "9 tháng đầu năm", "6 tháng cuối năm", "2 năm qua": a period, not a count
_PERIOD_AFTER = {"dau", "cuoi", "qua", "gan", "toi"}

_MARKER_LINE = re.compile(r"[ \t]*(?:[-–~+•*][ \t]*)?$")
_MARKER_LINE_ENDS = frozenset(" \t-–~+•*")    # what a line may hold just before its marker


def _ordinal_before(tokens: list[str]) -> bool:
    """Is the number after these printed tokens a date part, an ordinal or part of a name?

    One-word cues must be printed exactly (they are common words); two-word cues
    ("mức độ", OCR "murc d6") may have a slip in each word."""
    return _ordinal_before_cached(tuple(tokens))


@lru_cache(maxsize=65536)
def _ordinal_before_cached(tokens: tuple[str, ...]) -> bool:
    if not tokens or tokens[-1] in _PUNCT:
        return False
    if tokens[-1].lower() == "thứ":
        return True
    keys = [word_key(t) for t in tokens if t not in _PUNCT]
    if not keys:
        return False
    for phrases in (_ORDINAL_BY_LAST.get(keys[-1], ()), _fuzzy_phrases(keys[-1])):
        for cand in phrases:
            if len(cand) > len(keys):
                continue
            tail = keys[-len(cand):]
            if len(cand) == 1 and tail[0] == cand[0]:
                return True
            if len(cand) > 1 and all(k == c if len(c) <= 2 else fuzzy_or_equal(k, c) for k, c in zip(tail, cand)):
                return True
    return False


@lru_cache(maxsize=16384)
def _fuzzy_phrases(key: str) -> tuple[tuple[str, ...], ...]:
    """Two-word cues whose last word the printed word may be."""
    return tuple(p for last, ps in _ORDINAL_BY_LAST.items() for p in ps
                 if len(p) > 1 and fuzzy_or_equal(key, last))


@lru_cache(maxsize=16384)
def fuzzy_or_equal(key: str, target: str) -> bool:
    if key == target:
        return True
    if not key or key[0] != target[0]:
        return False
    return _edit_distance(key, target, 1) <= 1


# ---------------------------------------------------------------- scanning

# a printed number: digits with "." thousands ("1.626", "1. 626"), "," decimals,
# OCR letters for digits inside ("1.2O0"), an optional "%"; never glued to a word,
# a slash, a hyphen or a colon (dates, document numbers, "Covid-19", times)
_NUMBER = re.compile(
    # (the look-behind follows the first character so that the engine can skip to digits quickly)
    r"[\dlI](?<![\w.,/\-–:&¢€][\dlI])(?:(?<=\d)|(?=\.\d{3}(?!\d)))[\dOolISB]*(?:(?:\.[ ]?|,)\d[\dOolISB]*)*"
    r"(?:[ ]?%|[đĐ](?!\w)|(?![\w/\-–&¢€]|[.,:/]\d))")
# telephone and fax numbers: "(0294) 3 852 123", "0294.3852.123", "ĐT: 0913 456 789"
_PHONE = re.compile(r"(?:\(0\d{2,3}\)|0(?<![\w.,]0)\d{2,3})[ .-]?\d{1,4}(?:[ .-]\d{2,4}){1,3}\b")
_PHONE_CUE = re.compile(r"(?:dien\s+thoai|\bdt\b|\bsdt\b|fax|hotline|di\s+dong)\s*:?\s*$")
_HAS_DIGIT = re.compile(r"\d")
_NOT_DIGIT = re.compile(r"\D")
_MIXED = re.compile(r"(?=\w*\d)(?=\w*[^\W\d])\w+")
_ZERO = re.compile(r"(?:khong|chua)(?<!\wkhong)(?<!\wchua)\s+(?:c[o0-9e]|phat\s+sinh)(?![\w])")
_NUMBER_WORD = re.compile(r"(?:mot|hai|ba|bon|bay|chin|muoi)(?!\w)")   # a word start is checked by the caller
_QUOTED = re.compile(r"[“\"][^”\"\n]{1,80}[”\"]")
# ends of sentences and paragraphs, for clause-bound look-ups
_SENTENCE_END = re.compile(r"\.[ \t]*\n|\.\s+(?=[A-ZÀ-Ỹ\dĐ])|\n[ \t]*\n|\n(?=[ \t]*[-–~+•*][ \t])|\n(?=[ \t]*\d+(?:\.\d+)*\.[ \t])")


@dataclass
class Figure:
    """A figure found while scanning, before ids are given."""

    start: int
    end: int
    text: str
    value: float | int
    unit: str | None
    unit_span: tuple[int, int] | None
    kind: str                     # "count" | "percent" | "zero"
    decimals: int = 0
    confidence: float = 0.9
    flags: list[str] = field(default_factory=list)
    parent: int | None = None     # index of the total in the figure list
    sentence: int = 0


# layout blocks that hold running text; the header (agency, motto, "Số: ...", place and date,
# document type, subject) and the closing ("Nơi nhận", signature) never hold figures
_BODY_BLOCKS = frozenset({"body", "page"})


class Scanner:
    """One pass over a document's text, with the look-ups the rules share."""

    def __init__(self, doc: Document, blocks=None):
        self.doc = doc
        self.text = doc.text
        self.outside = [(b.start, b.end) for b in blocks or () if b.kind not in _BODY_BLOCKS]
        self.outside_starts = [s for s, _ in self.outside]
        self.folded = fold_text(doc.text)
        self.quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(self.text)]
        self.quote_starts = [s for s, _ in self.quoted]
        self.sentence_ends = [m.end() for m in _SENTENCE_END.finditer(self.text)]
        self.phones = [(m.start(), m.end()) for m in _PHONE.finditer(self.text)
                       if _PHONE_CUE.search(self.folded, max(0, m.start() - 20), m.start())
                       or len(_NOT_DIGIT.sub("", m.group())) >= 9]
        self.phone_starts = [s for s, _ in self.phones]

    def sentence_of(self, pos: int) -> int:
        return bisect.bisect_right(self.sentence_ends, pos)

    def sentence_start(self, pos: int) -> int:
        i = self.sentence_of(pos)
        return self.sentence_ends[i - 1] if i else 0

    def excluded_span(self, start: int) -> bool:
        """Is `start` in the header or the closing (not a body block)?"""
        i = bisect.bisect_right(self.outside_starts, start) - 1
        return i >= 0 and self.outside[i][0] <= start < self.outside[i][1]

    def in_phone(self, start: int) -> bool:
        i = bisect.bisect_right(self.phone_starts, start) - 1
        return i >= 0 and self.phones[i][0] <= start < self.phones[i][1]

    def in_quotes(self, start: int) -> bool:
        i = bisect.bisect_right(self.quote_starts, start) - 1
        return i >= 0 and self.quoted[i][0] < start < self.quoted[i][1]

    # ---- the rules

    def is_marker(self, m: re.Match) -> bool:
        """A section number or list marker: "1.", "6.1.", "2)" opening a line."""
        start = m.start()
        line_start = self.text.rfind("\n", 0, start) + 1
        if start > line_start and self.text[start - 1] not in _MARKER_LINE_ENDS:
            return False    # most numbers: inside a line's text (the look-up below would say the same)
        if not _MARKER_LINE.match(self.text, line_start, start) or "%" in m.group():
            return False
        after = self.text[m.end():m.end() + 2]
        if after[:1] in (".", ")") and (after[1:] in ("", " ", "\t", "\n") or after[1:].isalpha()):
            return True
        # a table's row number: "1  Hồ sơ tiếp nhận  1.234" (bare, then a capitalised word)
        token = m.group()
        return (len(token) <= 2 and token.isdigit() and token[0] != "0" and after[:1] in (" ", "\t")
                and after[1:2].isupper() and not self.text[m.end() + 1:m.end() + 4].isupper())

    def exclusion(self, m: re.Match, parsed, after_words: list[Word] | None = None) -> str | None:
        """Why the number at `m` is not a figure, or None when it is one."""
        token = m.group()
        digits = token.replace(".", "").replace(",", "").replace(" ", "").rstrip("%")
        if self.outside and self.excluded_span(m.start()):
            return "header-or-closing"
        if self.is_marker(m):
            return "marker"
        if "%" in token:
            return "quoted" if self.in_quotes(m.start()) else None
        after = self.text[m.end():m.end() + 12]
        stripped = after.lstrip(" ")
        if stripped.startswith("/") or stripped[:1] in "-–" and stripped[1:2].isdigit():
            return "document-number-or-date"
        if isinstance(parsed.value, int) and len(digits) == 4 and 1900 <= parsed.value <= 2100 and "." not in token:
            unit = match_unit(nxt_words(self.text, m.end()))
            prev = _WORD.findall(self.text, max(0, m.start() - 12), m.start())[-1:]
            if (unit is None or unit[0] in _MEASURES or "\n" in self.text[m.end():unit[1]]
                    or self.text[unit[1]:unit[2]].isupper() or prev and fuzzy_or_equal(word_key(prev[0]), "nam")):
                return "year"    # unless a counted noun follows: "1950 hồ sơ" (a separator the OCR lost)
        if len(digits) >= 8 and "." not in token or len(digits) >= 4 and digits[0] == "0" and "." not in token:
            return "phone-or-code"
        if self.in_quotes(m.start()):
            return "quoted"
        if self.in_phone(m.start()):
            return "phone"
        before = _WORD.findall(self.text, max(0, m.start() - 32), m.start())[-3:]
        if len(before) == 3 and m.start() > 32 and not self.text[m.start() - 33].isspace():
            before = before[1:]                              # the window cut through a word
        if before and _ordinal_before(before):
            return "ordinal-or-date"
        nxt = nxt_words(self.text, m.end())
        if after_words is not None:
            after_words[:] = nxt     # the caller reads the unit from the same words
        if nxt and fuzzy_or_equal(nxt[0].key, "thang") and len(nxt) > 1 and nxt[1].key.isdigit():
            return "date"
        if before and _date_word(word_key(before[-1])) and (
                len(before) > 1 and word_key(before[-2]).isdigit()
                or len(nxt) > 1 and _date_word(nxt[0].key) and nxt[1].key.isdigit()):
            return "date"    # "ngay 05 théng 7 nim 2022": a garbled "tháng"/"năm" inside a date
        if len(nxt) > 1 and nxt[0].key in ("thang", "quy", "nam") and nxt[1].key in _PERIOD_AFTER:
            return "period"          # "9 tháng đầu năm", "6 tháng cuối năm": the report's period
        bare = "." not in token and "," not in token
        if bare and len(digits) <= 2 and nxt and nxt[0].key[:1].isdigit() and not nxt[0].text[:1].isalpha():
            return "syllable-before-number"   # "là 6.767", "tỷ lệ 25,18%"
        if bare and len(digits) == 2 and digits[0] == "1" and before and _l_syllable_before(word_key(before[-1])):
            return "l-syllable"
        if bare and len(digits) == 1:
            unit = match_unit(nxt)
            if unit is None and not self._abbreviated_unit(m.end()):
                return "bare-digit-without-unit"
        return None

    def _abbreviated_unit(self, pos: int) -> str | None:
        ws = words_after(self.text, pos, 1)
        if ws:
            return UNIT_ABBREVIATIONS.get(fold(ws[0].text).replace("đ", "d")) or UNIT_ABBREVIATIONS.get(
                ws[0].text.lower())
        return None


def nxt_words(text: str, pos: int) -> list[Word]:
    """The words a unit may be read from, after a number."""
    return words_after(text, pos, _MAX_UNIT_LEN + 1, 60)


def _display_unit(text: str, unit: tuple[str, int, int]) -> str:
    """The lexicon's spelling of a unit; where two units fold alike ("tờ", "tổ"),
    the one printed."""
    printed = squash(text[unit[1]:unit[2]]).lower()
    return printed if printed in _UNIT_FORMS.get(_tokens(unit[0]), ()) else unit[0]


def _printed_unit(ws: list[Word], n: int = 2) -> tuple[str, int, int] | None:
    """A noun outside the lexicon: the first `n` words after the number, as printed, up to
    a punctuation mark or a function word."""
    taken = []
    for w in ws[:n]:
        if not w.text.isalpha() or w.key in COMMON_WORDS or w.key in _NOT_NOUNS:
            break
        taken.append(w)
    if not taken:
        return None
    return squash(" ".join(w.text for w in taken)).lower(), taken[0].start, taken[-1].end


# words after a number that are not what it counts
_NOT_NOUNS = frozenset("""
nguoi dan trieu ty nghin ngan lan luot dong phan tram tren duoi hon gan khoang so sanh theo
""".split()) - {"nguoi", "dan", "lan", "luot", "dong"}


def _acronym_unit(ws: list[Word]) -> tuple[str, int, int] | None:
    """Capitalised codes used as a unit: "USB", "SIM PKI"."""
    taken = []
    for w in ws[:2]:
        if len(w.text) >= 2 and w.text.isupper() and w.text.isalpha():
            taken.append(w)
        else:
            break
    if not taken:
        return None
    return " ".join(w.text for w in taken), taken[0].start, taken[-1].end


def _rate_unit(ws: list[Word]) -> tuple[str, int, int] | None:
    """"phút/ngày": two time units joined by a slash, OCR-tolerantly."""
    if not ws or "/" not in ws[0].text:
        return None
    parts = ws[0].text.split("/")
    if len(parts) != 2:
        return None
    end = ws[0].end
    if len(ws) > 1 and ws[1].start == end + 1 and ws[1].key not in _PUNCT:
        # "đồng/hồ sơ": the unit after the slash may be two words
        two = _match_keys((word_key(parts[1]), ws[1].key))
        if two and two[1] == 2:
            first = _rate_word(word_key(parts[0]))
            if first:
                return f"{first}/{two[0]}", ws[0].start, ws[1].end
    names = []
    for part in parts:
        hit = _rate_word(word_key(part))
        if hit is None:
            return None
        names.append(hit)
    return "/".join(names), ws[0].start, end


def _rate_word(key: str) -> str | None:
    """The one-word unit a side of a rate is, exactly or else the closest."""
    return _RATE_WORDS.get(key) or min(((word_distance(key, k), u) for k, u in _RATE_WORDS.items()
                                        if word_distance(key, k) < 99), default=(0, None))[1]


# one-word units either side of a rate's slash: "tấn/ha", "phút/ngày"; exact keys first
_RATE_WORDS = {word_key(u): u for u in PER_UNITS + tuple(u for u in UNIT_LIST if " " not in u)}


class FigureFinder(Scanner):
    def find(self) -> list[Figure]:
        figures = []
        for m in _NUMBER.finditer(self.text):
            parsed = parse_number(m.group())
            if parsed is None:
                continue
            after: list[Word] = []
            if self.exclusion(m, parsed, after):
                continue
            figures.append(self._figure(m, parsed, after or nxt_words(self.text, m.end())))
        figures.extend(self._zeros())
        figures.extend(self._number_words())
        figures.sort(key=lambda f: f.start)
        for f in figures:
            f.sentence = self.sentence_of(f.start)
        return figures

    def _figure(self, m: re.Match, parsed, ws: list[Word]) -> Figure:
        token = m.group()
        if token.endswith("%"):
            return Figure(m.start(), m.end(), token, parsed.value, "%", (m.end() - 1, m.end()), "percent",
                          parsed.decimals, min(0.95, parsed.confidence), list(parsed.flags))
        end = m.end()
        if token[-1] in "đĐ":   # "500.000đ"
            return Figure(m.start(), m.end(), token, parsed.value, "đồng", (m.end() - 1, m.end()), "count",
                          parsed.decimals, parsed.confidence * 0.95, list(parsed.flags))
        if self.text[end:end + 2].lstrip(" ")[:1] == "%":
            pct = self.text.index("%", end)
            return Figure(m.start(), pct + 1, self.text[m.start():pct + 1], parsed.value, "%", (pct, pct + 1),
                          "percent", parsed.decimals, min(0.95, parsed.confidence), list(parsed.flags))
        value = parsed.value
        if len(ws) >= 3 and ws[0].key == "(" and ws[2].key == ")" and word_number(ws[1].text) is not None:
            ws = ws[3:]     # "02 (hai) hồ sơ": the count spelled out again
        scale = None
        if ws and ws[0].key in SCALES:
            scale, ws = ws[0], ws[1:]
        unit = match_unit(ws) or _acronym_unit(ws) or _rate_unit(ws)
        if scale is not None:
            # "18.450 triệu đồng": the value as printed, the multiplier in the unit
            name = SCALES[scale.key]
            if unit is None:
                unit = (name, scale.start, scale.end)
            else:
                unit = (f"{name} {_display_unit(self.text, unit) if unit[0] in UNIT_LIST else unit[0]}",
                        scale.start, unit[2])
        known_unit = unit is not None
        confidence = parsed.confidence * (0.95 if len(token) > 1 else 0.75)
        if unit is None:
            abbr = self._abbreviated_unit(ws[0].start) if ws else None
            if abbr:
                known_unit = True
                unit = (abbr, ws[0].start, ws[0].end)
            else:
                unit = _printed_unit(ws)
                confidence *= 0.9
        elif unit[0] in UNIT_LIST and scale is None:
            unit = (_display_unit(self.text, unit), unit[1], unit[2])
        flags = list(parsed.flags)
        if self._garbled_nearby(m) or len(token) <= 2 and token[0] != "0" and not known_unit:
            # beside a word the OCR mixed with digits, or a short bare number with no known noun:
            # it may be a syllable read as digits
            flags.append("doubtful")
            confidence *= 0.8
        if parsed.decimals == 3 and "," in token and unit and unit[0] not in _MEASURES:
            # "1,626 hồ sơ": a count has no thousandths; the OCR read the thousands dot as a comma
            value = int(token.replace(",", "").replace(".", "").replace(" ", ""))
            flags.append("ocr-separator")
            confidence = min(confidence, 0.6)
        return Figure(m.start(), m.end(), token, value, unit[0] if unit else None,
                      (unit[1], unit[2]) if unit else None, "count", parsed.decimals, confidence, flags)

    def _garbled_nearby(self, m: re.Match) -> bool:
        """Is the word just before or after the number a mix of letters and digits ("1a", "s6")?"""
        before = self.text[max(0, m.start() - 6):m.start()]
        after = self.text[m.end():m.end() + 6]
        if not _HAS_DIGIT.search(before + after):
            return False
        around = before.split()[-1:] + after.split()[:1]
        return any(_MIXED.fullmatch(w.strip(",.;:()")) for w in around)

    def _zeros(self) -> list[Figure]:
        """Stated zeros: "Tiếp nhận đơn tố cáo: Không có.", "Kết quả: Không có công dân đến",
        "- Không có đơn khiếu nại." (opening a bullet or a sentence, before a counted noun),
        "Chưa có ...", "Không phát sinh đơn thư khiếu nại"."""
        out = []
        for m in _ZERO.finditer(self.folded):
            if self.excluded_span(m.start()):
                continue
            before = self.text[max(0, m.start() - 3):m.start()].rstrip(" \t")
            ws = nxt_words(self.text, m.end())
            unit = match_unit(ws)
            if not before.endswith(":"):
                line_start = self.text.rfind("\n", 0, m.start()) + 1
                opens = (_MARKER_LINE.match(self.text, line_start, m.start())
                         or not self.text[self.sentence_start(m.start()):m.start()].strip())
                if not opens:
                    continue
                if unit is None:
                    unit = _printed_unit(ws, 3)
                    if unit is None or unit[0] in _NOT_COUNTED_IN_WORDS:
                        continue
            if unit is None:
                unit = self._unit_before_colon(m.start())
            out.append(Figure(m.start(), m.end(), self.text[m.start():m.end()], 0, unit[0] if unit else None,
                              (unit[1], unit[2]) if unit else None, "zero", 0, 0.8))
        return out

    def _unit_before_colon(self, pos: int) -> tuple[str, int, int] | None:
        """The noun of the label before the colon: one ending the label ("Số đơn thư: Không có"),
        else the first one in it ("Tiếp nhận đơn khiếu nại, tố cáo: Không có" -> "đơn")."""
        colon = self.text.rfind(":", 0, pos)
        ws = [w for w in words_before(self.text, colon, 8) if w.key not in ",;:.()"]
        first = None
        for i in range(len(ws)):
            unit = match_unit(ws[i:])
            if unit and unit[2] == ws[-1].end and (" " in unit[0] or _tokens(unit[0]) == (ws[-1].key,)):
                return unit     # a noun ending the label, printed plainly ("tố cáo" is not "cây")
            if unit and first is None:
                first = unit
        return first

    def _number_words(self) -> list[Figure]:
        """Counts written as words, only before a counted noun: "hai hồ sơ"."""
        out = []
        for m in _NUMBER_WORD.finditer(self.folded):
            if m.start() and self.folded[m.start() - 1].isalnum():
                continue
            if self.text[m.start():m.end()].lower() not in _NUMBER_WORD_FORMS:
                continue   # "trưng bày", "bà", "chìn": another word that folds alike
            first = _NEXT_WORD.match(self.folded, m.end())
            if not first or first.group(1) not in _UNIT_FIRST_WORDS:
                continue   # a counted noun must follow, printed plainly
            ws = nxt_words(self.text, m.end())
            if not ws or word_distance(ws[0].key, "so") < 99 or ws[0].key == "trong":
                continue
            unit = match_unit(ws)
            if unit is None or unit[0] in _NOT_COUNTED_IN_WORDS:
                continue
            if word_key(self.text[unit[1]:unit[2]]) != word_key(unit[0]):
                continue  # only a noun printed plainly: "hai" before a garbled word may be "hài", "hải"
            value = word_number(self.text[m.start():m.end()])
            out.append(Figure(m.start(), m.end(), self.text[m.start():m.end()], value, unit[0],
                              (unit[1], unit[2]), "count", 0, 0.7, ["number-word"]))
        return out


# number words as printed: with their own marks, or with none (OCR lost them)
_NUMBER_WORD_FORMS = frozenset("một mot hai ba bốn bon bảy bẩy bay chín chin mười muoi".split())

# "năm", "tháng" after a number word are dates or durations in running text ("hai năm qua")
_NOT_COUNTED_IN_WORDS = ("năm", "tháng", "ngày", "tuần", "giờ", "lần", "đồng")


# ---------------------------------------------------------------- structure

# "..., trong đó:", "gồm", "bao gồm" closing the words between a total and its first part (folded)
_LIST_INTRO = re.compile(r"(?:^|[\s,(])(?:trong\s+d\S{0,2}|bao\s+gom|gom(?:\s+co)?)\s*:?\s*$")
# the same words followed by what the parts are ("trong đó giải quyết đúng hạn 8.245 hồ sơ")
_LIST_INTRO_WORDS = re.compile(r"(?:^|[\s,(])(?:trong\s+d[o0-9]|(?:bao\s+)?g[o0-9de]m(?:\s+c[o0-9])?)(?:\s*:|(?=\s))")
# kinds of a counted noun: "14 văn bản, gồm 03 kế hoạch, 08 công văn và 03 thông báo"
KINDS_OF = {
    "văn bản": {"công văn", "quyết định", "kế hoạch", "báo cáo", "tờ trình", "thông báo", "chỉ thị",
                "giấy mời", "biên bản", "hợp đồng", "giấy phép", "giấy chứng nhận", "văn bản"},
    "đơn thư": {"đơn", "đơn tố cáo", "đơn khiếu nại", "đơn kiến nghị", "kiến nghị", "phản ánh"},
    "đơn": {"đơn tố cáo", "đơn khiếu nại", "đơn kiến nghị"},
    "cán bộ, công chức": {"cán bộ", "công chức", "viên chức"},
    "tin, bài": {"tin", "bài", "tin bài", "bài viết", "bản tin", "phóng sự"},
}
# "tổng cộng 10.324", "cộng: 10.324": a total printed after its parts (not "nâng tổng số", a running total)
_TOTAL_AFTER = re.compile(r"(?<!nang )(?:tong\s+cong|(?<![\w])cong)\s*(?:la|:)?\s*$")


def _one_confusable_digit_off(total: int, got: int, parts: list[int]) -> bool:
    """Would one OCR-likely digit change in the total or one part make the parts add up?"""
    if any(v == got and conf for v, conf in single_digit_variants(total)):
        return True
    return any(v - p == total - got and conf for p in parts for v, conf in single_digit_variants(p))


_CLAUSE_MARK = re.compile(r"[,;.:]")
_ITEM_SEPARATOR = re.compile(r"[,;]")
# a clause that starts a new statement inside a list: "đã giải quyết ...", "còn ..."
_NEW_CLAUSE = re.compile(r"(?:^|\s)(?:da|dang|con\s+lai)\s")
# a parenthesis comparing, not breaking down: "(năm 2020: 95 hồ sơ)", "(tăng 15 so với cùng kỳ)"
_COMPARISON = re.compile(r"(?:^|[\s(])(?:so\s+voi|cung\s+ky|nam\s+truoc|thang\s+truoc|ky\s+truoc|tang|giam|"
                         r"ke\s+hoach|chi\s+tieu|nam\s+(?:19|20)\d\d|(?:19|20)\d\d)(?:\s|[:,]|$)")


class Structure:
    """Totals and their parts: parenthesised breakdowns and "trong đó" lists."""

    def __init__(self, scanner: Scanner, figures: list[Figure]):
        self.s = scanner
        self.figs = figures
        self.starts = [f.start for f in figures]
        self.parents: set[int] = set()

    def link(self) -> None:
        for i, f in enumerate(self.figs):
            if f.kind != "count":
                continue
            for j in self.group_after(i):
                if self.figs[j].parent is None:
                    self.figs[j].parent = i
        # totals of some part so far; kept up to date here rather than gathered per "tổng cộng"
        # (which was quadratic in a long text)
        self.parents = {f.parent for f in self.figs if f.parent is not None}
        for i, f in enumerate(self.figs):
            lo = max(0, f.start - 24)
            if (f.kind == "count" and self.s.folded.find("cong", lo, f.start) != -1     # cheap test first
                    and _TOTAL_AFTER.search(self.s.folded, lo, f.start)):
                self._link_total_after(i)

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
        tail_end = min(len(text), f.end + 80)
        nxt = self.starts[i + 1] if i + 1 < len(self.figs) else len(text)
        open_at = text.find("(", f.end, min(tail_end, nxt))
        if open_at != -1 and not _CLAUSE_MARK.search(text, f.end, open_at):
            return self._paren_members(i, open_at)
        seg = self.s.folded[f.end:min(tail_end, nxt)]
        intro = _LIST_INTRO_WORDS.search(seg)
        if intro and ";" not in seg[:intro.start()] and ". " not in seg and "\n\n" not in seg:
            return self._list_members(i, colon=":" in intro.group())
        return []

    def _paren_members(self, i: int, open_at: int) -> list[int]:
        """Count figures at depth 1 of the parenthesis opening at `open_at`; an
        unclosed parenthesis ends with its sentence."""
        text, figs = self.s.text, self.figs
        end = self._sentence_end(open_at)
        close = _closing_paren(text, open_at, end)
        end = close if close is not None else end
        depth, k, members = 0, open_at, []
        for j in range(i + 1, len(figs)):
            if figs[j].start >= end:
                break
            seg = text[k:figs[j].start]
            depth += seg.count("(") - seg.count(")")
            k = figs[j].start
            if depth <= 0:
                break
            if depth == 1 and figs[j].kind == "count":
                if members and self._new_clause(members[-1], j):
                    break
                if self._compares(members[-1] if members else i, j):
                    return []
                if self._other_measure(i, j):
                    continue
                members.append(j)
        return members

    def _list_members(self, i: int, colon: bool = False) -> list[int]:
        """Count figures listed after "trong đó"/"gồm", to the end of the sentence, of a
        ";" (unless the list opens with a colon: "trong đó: a; b") or of a new clause;
        a part counting something else (not the total's noun nor a kind of it) ends the list."""
        members = []
        for j in range(i + 1, len(self.figs)):
            if self.figs[j].sentence != self.figs[i].sentence:
                break
            if self.figs[j].kind != "count":
                continue
            if not colon and ";" in self.s.text[self.figs[members[-1] if members else i].end:self.figs[j].start]:
                break
            if members and self._new_clause(members[-1], j):
                break
            if not _compatible_units(self.figs[i].unit, self.figs[j].unit):
                break
            if self._compares(members[-1] if members else i, j):
                return []
            if self._other_measure(i, j):
                continue
            members.append(j)
        return members

    def _compares(self, prev: int, j: int) -> bool:
        """Is item j introduced as a comparison ("năm 2020: 95", "tăng 15")?"""
        gap = self.s.folded[self.figs[prev].end:self.figs[j].start]
        return bool(_COMPARISON.search(_ITEM_SEPARATOR.split(gap)[-1]))

    def _other_measure(self, i: int, j: int) -> bool:
        """A figure of another kind beside a count: money or a measure among parts of a count."""
        a, b = self.figs[i].unit, self.figs[j].unit
        return bool(a and b and a != b and (a in _MEASURES or b in _MEASURES))

    def _new_clause(self, prev: int, j: int) -> bool:
        """"..., đã giải quyết 9.748 hồ sơ": a new statement, not another part."""
        gap = self.s.folded[self.figs[prev].end:self.figs[j].start]
        intro = _ITEM_SEPARATOR.split(gap)[-1]      # the words that open item j
        return bool(_NEW_CLAUSE.search(intro))

    def _sentence_end(self, pos: int) -> int:
        i = self.s.sentence_of(pos)
        ends = self.s.sentence_ends
        return ends[i] if i < len(ends) else len(self.s.text)



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
    for k in range(open_at, end):
        c = text[k]
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return k
    return None


def inherit_units(scanner: Scanner, figs: list[Figure]) -> None:
    """A figure with no noun of its own takes its total's unit, or the unit of
    the "tổng số X"/"số X" phrase before it in the same sentence."""
    for f in figs:
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
    ws = [w for w in words_after(scanner.text, lo, 40, pos - lo) if w.end <= pos]
    for i in range(len(ws) - 1, -1, -1):
        if ws[i].key == "tong" or ws[i].key == "so" and (i == 0 or ws[i - 1].key in _BEFORE_SO):
            k = i + 1
            if k < len(ws) and ws[k].key[:1] == "s" and len(ws[k].key) <= 2:
                k += 1   # "tổng số", OCR "tong sb"
            if k < len(ws) and ws[k].key == "tien":
                return "đồng", ws[k].start, ws[k].end      # "số tiền ... là 7.500.000": money
            unit = match_unit(ws[k:])
            if unit:
                return unit
    return None


# ---------------------------------------------------------------- labels

_PHRASE_END = re.compile(r"[,;:()“”\"]|\.\s|\.$|\n\s*\n")
# words that link a phrase to its figure ("... là 6.767", "... đạt 98%"); OCR digits for "là"
_LINK_WORDS = {"la", "dat", "len", "gom", "co", "tong", "so", "khoang", "voi", "cua", "tren", "cho", "duoc"}


class Labeller:
    """Short labels saying what a figure counts."""

    def __init__(self, scanner: Scanner, figs: list[Figure]):
        self.s = scanner
        self.figs = figs
        self.labels: list[tuple[str, tuple[int, int] | None]] = []

    def run(self) -> list[tuple[str, tuple[int, int] | None]]:
        for i, f in enumerate(self.figs):
            self.labels.append(self._label(i, f))
        return self.labels

    def _label(self, i: int, f: Figure) -> tuple[str, tuple[int, int] | None]:
        if f.kind == "percent":
            return self._percent_label(i, f)
        if f.unit_span and f.unit_span[0] >= f.end:
            return self._after(f)
        if f.parent is not None:
            # a part with no noun of its own: "(9.651 trực tiếp, ...)" -> "<total's label> – trực tiếp"
            own = self._phrase_after(f.end)
            if own:
                return f"{self.labels[f.parent][0]} – {own}", None
        return self._before(f.start)

    def _phrase_after(self, pos: int) -> str:
        text = self.s.text
        stop = _PHRASE_END.search(text, pos, min(len(text), pos + 60))
        return squash(text[pos:stop.start() if stop else pos]).strip(" ,;:-–(")

    def _after(self, f: Figure) -> tuple[str, tuple[int, int] | None]:
        """The noun and what qualifies it, to the end of the phrase: "Giấy chứng nhận trò chơi điện tử"."""
        text = self.s.text
        start = f.unit_span[0]
        stop = _PHRASE_END.search(text, f.unit_span[1], min(len(text), start + 100))
        end = stop.start() if stop else text.rfind(" ", start, min(len(text), start + 100))
        end = max(end, f.unit_span[1])
        words = text[start:end].split()
        if len(words) > 12:   # keep it short: the first dozen words
            end = start + text[start:end].find(words[11]) + len(words[11])
        return squash(text[start:end]).strip(" ,;:-–("), (start, end)

    def _before(self, pos: int) -> tuple[str, tuple[int, int]]:
        """The phrase leading to the figure: "tổng số người dùng trên hệ thống (là)"."""
        text = self.s.text
        lo = max(self.s.sentence_start(pos), pos - 120)
        node = self.s.doc.node_at(pos)
        if node is not None and node.path and node.title_end <= pos:
            lo = max(lo, node.title_end)                  # not back into the heading
        ws = words_after(text, lo, 40, pos - lo)
        if lo > 0 and ws and ws[0].start == lo and not text[lo - 1].isspace():
            ws = ws[1:]                                  # cut through a word
        totals = [k for k, w in enumerate(ws) if w.key == "tong"]
        cuts = [k + 1 for k, w in enumerate(ws) if w.key in ("(", ";", ":")]
        while ws and (ws[-1].key in _LINK_WORDS or ws[-1].key in _PUNCT or ws[-1].key[:1].isdigit()
                      or not ws[-1].key):
            ws.pop()
        if totals and totals[-1] < len(ws):
            ws = ws[totals[-1]:][:24]                     # "tổng số ... là 6.767"
        else:
            cuts = [c for c in cuts if c < len(ws)]
            if cuts:
                ws = ws[cuts[-1]:]
        ws = [w for w in ws if w.key not in ("(", ")")] if ws and ws[0].key == "(" else ws
        ws = ws[-24:]
        if not ws:
            return "", (pos, pos)
        return squash(text[ws[0].start:ws[-1].end]).strip(" ,;:-–("), (ws[0].start, ws[-1].end)

    def _percent_label(self, i: int, f: Figure) -> tuple[str, tuple[int, int] | None]:
        """"Tỷ lệ" of the count printed just before it, else the phrase before it."""
        for j in range(i - 1, max(-1, i - 3), -1):
            g = self.figs[j]
            if g.kind == "count" and f.start - g.end <= 45 and g.sentence == f.sentence:
                return "Tỷ lệ: " + self.labels[j][0], None
            break
        return self._before(f.start)


# ---------------------------------------------------------------- entry point

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
    return scanner, _drop_loose_numbers(scanner.text, figs)


_WORD_NEXT = re.compile(r"[ \t]*\n?[ \t]*([^\W\d_][^\s,;:.()]*)")


def _noun_follows(text: str, pos: int) -> bool:
    """Does a clean word that may be a noun (not a function word) follow `pos`?"""
    m = _WORD_NEXT.match(text, pos)
    return bool(m) and word_key(m.group(1)) not in COMMON_WORDS and word_key(m.group(1)) not in _NOT_NOUNS


def _drop_loose_numbers(text: str, figs: list[Figure]) -> list[Figure]:
    """A one- or two-digit number with no noun, no total and no parts, and with no
    word after it, is a syllable the OCR read as digits ("thuốc lá" -> "thude 14;"),
    not a figure; so is "2.3" with no noun (a section number, not a Vietnamese
    figure). A number followed by a word keeps its place: it counts that word."""
    parents = {f.parent for f in figs if f.parent is not None}
    keep = [i for i, f in enumerate(figs)
            if not (f.kind == "count" and f.unit is None and f.parent is None and i not in parents
                    and ("dot-decimal" in f.flags
                         or len(f.text) <= 2 and not _noun_follows(text, f.end)))]
    new_index = {old: new for new, old in enumerate(keep)}
    out = []
    for i in keep:
        f = figs[i]
        f.parent = new_index.get(f.parent) if f.parent is not None else None
        out.append(f)
    return out


def extract_figures(doc: Document, blocks=None) -> list[Metric]:
    """Every reported figure of `doc`, ids "m1".. in document order."""
    scanner, figs = find_figures(doc, blocks)
    labels = Labeller(scanner, figs).run()
    metrics = []
    for i, f in enumerate(figs):
        label, span = labels[i]
        metrics.append(Metric(
            id=f"m{i + 1}", value=f.value, unit=f.unit, label=label, text=f.text, line=doc.line_of(f.start),
            start=f.start, end=f.end, section=doc.section_at(f.start),
            parent=f"m{f.parent + 1}" if f.parent is not None else None,
            confidence=round(f.confidence, 3), flags=list(f.flags), label_span=span, unit_span=f.unit_span))
    return metrics
