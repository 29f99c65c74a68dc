"""Words beside a number that say it is not a figure: a date part, an ordinal, part of a
name, or a Vietnamese syllable an OCR engine read as digits."""
from __future__ import annotations

from functools import lru_cache

from ..numbers import word_key
from .lexicon import fuzzy_or_equal
from .words import PUNCT

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
    ("ky", "niem"),           # "kỷ niệm 77 năm Ngày Thương binh - Liệt sĩ": an anniversary
    ("chuong", "trinh"),      # "Chương trình 1719", "Chương trình 135": a programme's name
    ("ban", "chi", "dao"),    # "Ban Chỉ đạo 389": a committee's name
    ("cot", "moc"), ("moc",),   # "cột mốc 605": a border marker's number
    ("du", "an"),             # "Dự án 8" of a national programme: its name
    ("hop", "thu"),           # "kỳ họp thứ 24", the "thứ" printed "thir"
    ("tren", "day"),          # "Trên đây 13 báo cáo": "là" printed "13"
)
# cue words inside a phrase that is no cue: "rau màu các loại 129 ha" (of all kinds),
# "đánh bạc 09 vụ", "cờ bạc" (gambling, not "bậc"), a country's "Lan" (not "lần"): a count follows
_NOT_CUES = {("cac", "loai"), ("danh", "bac"), ("co", "bac"), ("sat", "lo"),    # "sạt lở 17 điểm", no "lô"
             ("phu", "khoa"), ("luan", "phien"),      # "khám phụ khoa 126 lượt", "luân phiên 06 bác sĩ"
             ("thai", "lan"), ("ha", "lan"), ("phan", "lan")}      # countries: "Thái Lan 02 đoàn"
_ORDINAL_BY_LAST: dict[str, list[tuple[str, ...]]] = {}
for _p in ORDINAL_BEFORE:
    _ORDINAL_BY_LAST.setdefault(_p[-1], []).append(_p)

# words an OCR engine reads "l..." syllables after as digits: "tỷ lệ" -> "ty 18",
# "thuốc lá" -> "thude 14", "quản lý" -> "quan 1y", "hài lòng" -> "hai 10ng"
L_SYLLABLE_BEFORE = {"ty", "tuan", "thuoc", "dia", "tam", "phap", "hai", "vat", "suc", "hieu", "nhat", "tuc"}

# "9 tháng đầu năm", "6 tháng cuối năm", "2 năm qua": a period, not a count
# (and "8 tháng ước đạt 3.286 triệu đồng": the months the figure after covers)
PERIOD_AFTER = {"dau", "cuoi", "qua", "gan", "toi", "uoc"}


@lru_cache(maxsize=16384)
def date_word(key: str) -> bool:
    """"ngày", "tháng", "năm" as an OCR may print them ("théng", "thang", "nim", "ndam")."""
    return any(key == w or len(key) >= 3 and fuzzy_or_equal(key, w) for w in ("ngay", "thang", "nam"))


def ordinal_before(tokens: list[str]) -> bool:
    """Is the number after these printed tokens a date part, an ordinal or part of a name?

    One-word cues must be printed exactly (they are common words); two-word cues
    ("mức độ", OCR "murc d6") may have a slip in each word."""
    return _ordinal_before_cached(tuple(tokens))


@lru_cache(maxsize=65536)
def _ordinal_before_cached(tokens: tuple[str, ...]) -> bool:
    if not tokens or tokens[-1] in PUNCT:
        return False
    if tokens[-1].lower() == "thứ" or _part_word(tokens[-1]):
        return True             # "lần thứ 2", "PHẦN 11"
    keys = [word_key(t) for t in tokens if t not in PUNCT]
    if not keys:
        return False
    if len(keys) > 1 and any(keys[-1] == b and (keys[-2] == a or fuzzy_or_equal(keys[-2], a)) for a, b in _NOT_CUES):
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


def _part_word(word: str) -> bool:
    """"PHẦN 11" (PHẦN II), "Phần 2": a part of the report; a capital P, not "Thẩm phán 02 vụ"."""
    return word[:1] == "P" and word_key(word) == "phan"


@lru_cache(maxsize=16384)
def _fuzzy_phrases(key: str) -> tuple[tuple[str, ...], ...]:
    """Two-word cues whose last word the printed word may be."""
    return tuple(p for last, ps in _ORDINAL_BY_LAST.items() for p in ps
                 if len(p) > 1 and fuzzy_or_equal(key, last))


_MAY_CUE: dict[str, bool] = {}


def may_cue(word: str) -> bool:
    """May the words before a number, ending with this printed word, say it is not a figure
    (an ordinal or date cue, a garbled date word, a syllable read as digits after it)? Most words
    cannot, and then the words before them need not be read."""
    found = _MAY_CUE.get(word)
    if found is None:
        if len(_MAY_CUE) > 100_000:
            _MAY_CUE.clear()
        key = word_key(word)
        found = _MAY_CUE[word] = (word.lower() == "thứ" or key in _ORDINAL_BY_LAST or bool(_fuzzy_phrases(key))
                                  or _part_word(word)
                                  or date_word(key) or key in L_SYLLABLE_BEFORE)
    return found


# what the words before a number say of it (flags)
NOT_A_FIGURE = 1    # an ordinal or a date part: "năm 2020", "giai đoạn 1", "ngay 05 théng 7 nim 2022"
DATE_WORD = 2       # the last word is a (garbled) "ngày"/"tháng"/"năm": a date if one follows
L_SYLLABLE = 4      # "thuốc", "tỷ": a following "1x" may be "lá", "lệ" read as digits
DATE_PART = 8       # after "tháng", "05 tháng": a date part, unless no date has it ("10 tháng 612 trẻ")
PLACE_NUMBER = 16   # after "phường", "ấp", "thôn", "khu", "khóm": a place's number, unless a counted noun
                    # follows ("các xã, phường 49 chiếc")
MONTH_PART = 32     # after "tháng": a month, unless past 12 with a counted noun after ("hằng tháng 13 hồ sơ")
QUARTER_PART = 64   # after "quý": a quarter, unless past 4 with a counted noun after ("trong quý 418 người")

# the words before a place's number
_PLACE_WORDS = frozenset({"phuong", "ap", "khom", "thon", "khu"})


@lru_cache(maxsize=65536)
def cue_of(words: tuple[str, ...]) -> int:
    """What the last printed words before a number (nearest last) say of it, as flags."""
    if not words:
        return 0
    last = word_key(words[-1])
    if ordinal_before(words):
        place = last in _PLACE_WORDS and not (len(words) > 1 and word_key(words[-2]) == "dia")   # "địa phương 2 cấp"
        month = MONTH_PART if last == "thang" or len(last) >= 4 and fuzzy_or_equal(last, "thang") else 0
        quarter = QUARTER_PART if last == "quy" else 0
        return NOT_A_FIGURE | (DATE_PART if date_word(last) else 0) | (PLACE_NUMBER if place else 0) | month | quarter
    flags = L_SYLLABLE if last in L_SYLLABLE_BEFORE else 0
    if date_word(last):
        if len(words) > 1 and word_key(words[-2]).isdigit():
            return NOT_A_FIGURE | DATE_PART
        flags |= DATE_WORD
    return flags
