"""The nouns reports count, and how a printed (OCR'd) word is matched to them.

A unit is matched by its words' keys (`parser.numbers.word_key`), OCR-tolerantly:
a short word may have one slip, a longer one two, and a clean Vietnamese
syllable in its own right ("gian", "cao") is not read as a different one-word
unit ("giây", "cây").
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ..numbers import word_key
from ..vnfold import one_vowel_slip
from .words import PUNCT, Words, key_of, read_words

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
hợp đồng|biên bản|giấy mời|km|ha|kg|đề tài|nhãn hiệu|gian hàng|phản ánh|sáng kiến|
hợp tác xã|tổ hợp tác|vận động viên|trạm y tế|nhà vệ sinh|căn nhà|bác sĩ|giường bệnh|mũi tiêm|mũi|liều|
trẻ em|trẻ|nhóm, lớp|phòng học|bị can|mẫu|nhân viên|
thửa đất|thửa|trạm biến áp|suất quà|suất|hoạt động|dân quân|tạ|lồng|sự cố|mã số vùng trồng|vùng trồng|
khu công nghiệp|cụm công nghiệp|khu nhà ở|công nhân|phiên chợ|phiên|dự thảo|tài liệu|cặp|việc|
phòng công chứng|văn phòng công chứng|công chứng viên|luật sư|quản tài viên|căn hộ|căn|mặt hàng|ổ dịch|
tiêu chí|chỉ tiêu|xe mô tô|mô tô|xe ô tô|ô tô|khẩu súng|nhân khẩu|thanh niên|kíp nổ|sự kiện|bệnh viện|
quy trình|chiếc|phòng|môn|thẻ|viên|cán bộ quản lý|thị trường|tập thể|lít|phương tiện đo|
điểm phần trăm|thị xã|thành phố|thí sinh|tôn giáo|tín đồ|điểm nhóm|đồ án|nhà ở|nhà máy|nhà|
hộ nghèo|hộ cận nghèo|hài cốt liệt sĩ|hài cốt|thẻ bảo hiểm y tế|thẻ BHYT|
di tích|lễ hội|vở diễn|buổi biểu diễn|hội chợ|triển lãm|bài thi|bản sách|ngày công|cây cầu|
khu phố|tổ dân phố|khu dân cư|vũ khí|công cụ hỗ trợ|vật liệu nổ|chứng từ|chủ đầu tư|ngân hàng thương mại|
ngân hàng|chi nhánh|phòng giao dịch|phương án|bảng|biển báo|cơ sở giáo dục|cơ sở y tế|
nhà văn hóa|tình nguyện viên|buồng|đoàn viên|chi hội|chi bộ|tổ chức cơ sở đảng|
vị trí việc làm|biên chế|tiết học|giải pháp|tàu cá|xe máy|tuyến đường|hồ chứa|trạm bơm|
tờ khai|công đoàn cơ sở|công đoàn|cán bộ công đoàn|máy soi|người bệnh|phòng khám|điểm tiêm|bữa cơm|
tàu|khách sạn|khách|chiến sĩ|cột mốc|chức sắc|chức việc|làng|xóm|buôn|bộ|
bị cáo|phiên tòa|phiên họp|thẩm phán|thẩm tra viên|hội thẩm nhân dân|hội thẩm|kiểm sát viên|bản án|đương sự|người phải thi hành án|
phần mộ|bóng đèn|cây xanh|điểm thi|suất ăn|chỗ trọ|đội viên|suất học bổng|học bổng|liên đội|chi đoàn|
thống kê viên|điều tra viên|phần việc|công trình, phần việc|lượt tiếp cận|thanh thiếu nhi|thiếu nhi|phiếu|phiếu điều tra|
lượt hành khách|hành khách|lượt xe|phù hiệu|biển hiệu|kỳ sát hạch|lối đi|phim tài liệu|video|máy phát|tài sản|quyền sử dụng đất|địa bàn|
đại lý|phụ nữ|hợp đồng lao động|cửa khẩu
"""
UNIT_LIST = [u.strip() for u in UNITS.replace("\n", "").split("|") if u.strip()]
UNIT_SET = frozenset(UNIT_LIST)

# capitalised abbreviations of a counted noun ("52 HCV, 61 HCB, 83 HCĐ"; the OCR reads Đ as b)
ACRONYM_UNITS = {"hcv": "huy chương", "hcb": "huy chương", "hcđ": "huy chương", "hcd": "huy chương"}
# abbreviations printed for a unit
UNIT_ABBREVIATIONS = {"d/c": "đồng chí", "đ/c": "đồng chí", "vnd": "đồng", "vnđ": "đồng", "đ": "đồng",
                      "trđ": "triệu đồng", "tr.đ": "triệu đồng",
                      **ACRONYM_UNITS}


# multipliers printed between a number and its unit ("1,5 tỷ đồng"): the unit carries them
SCALES = {"ty": "tỷ", "trieu": "triệu", "nghin": "nghìn", "ngan": "ngàn"}

# units measured, not counted: a value with decimals is normal for them
MEASURES = {"đồng", "USD", "tấn", "tạ", "lít", "m3", "m2", "km2", "kWh", "MW", "kW", "ha", "kg", "km", "năm", "tháng", "ngày", "giờ", "phút", "giây", "tuần",
             "tỷ đồng", "triệu đồng", "nghìn đồng", "ngàn đồng"}

# time units a rate may be "per" ("27 phút/ngày")
PER_UNITS = ("giây", "phút", "giờ", "ngày", "tuần", "tháng", "quý", "năm", "người", "lượt", "hộ", "km", "ha")


@lru_cache(maxsize=4096)
def phrase_keys(phrase: str) -> tuple[str, ...]:
    """A phrase's word keys (cached: units are looked up by their tokens once per figure)."""
    return tuple(word_key(w) if w != "," else "," for w in re.findall(r"[^\s,]+|,", phrase))


_UNIT_KEYS: dict[tuple[str, ...], str] = {}
_UNIT_FORMS: dict[tuple[str, ...], set[str]] = {}   # "tờ" and "tổ" share a key
for _u in UNIT_LIST:
    _UNIT_KEYS.setdefault(phrase_keys(_u), _u)
    _UNIT_FORMS.setdefault(phrase_keys(_u), set()).add(_u)
# entries by the first letter of their first word, longest first
_UNITS_BY_LETTER: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _k, _u in sorted(_UNIT_KEYS.items(), key=lambda kv: -len(kv[0])):
    _UNITS_BY_LETTER.setdefault(_k[0][0], []).append((_k, _u))
FORMS_OF = {u: frozenset(_UNIT_FORMS[phrase_keys(u)]) for u in UNIT_LIST}   # the spellings sharing a unit's key
_EXACT_ONLY = {word_key(w) for u in UNIT_LIST for w in u.split() if w.isupper()}   # codes: "USD", "BTS"
MAX_UNIT_LEN = max(len(k) for k in _UNIT_KEYS)
UNIT_FIRST_WORDS = {k[0] for k in _UNIT_KEYS}


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

# OCR reads "đ" as "b" or "p" ("bang" for "Đăng", "Pang" for "Đang"), and "l" as a capital I ("Iuot")
FIRST_LETTER_ALIKE = {("d", "b"), ("d", "p"), ("l", "i"), ("c", "e")}


@lru_cache(maxsize=262144)
def word_distance(key: str, target: str) -> int:
    """How far a printed word (keyed) is from a lexicon word; 99 when it cannot be it.

    Short words allow one slip and must keep their first letter; longer words two."""
    if key == target:
        return 0
    if target in _EXACT_ONLY or len(target) < 2 or not key or key in COMMON_WORDS:
        return 99
    if key[0] != target[0] and (target[0], key[0]) not in FIRST_LETTER_ALIKE:
        return 99
    limit = 1 if max(len(key), len(target)) <= 3 else 2
    if len(target) == 2 and len(key) > 3:
        return 99
    d = _edit_distance(key, target, limit)
    return d if d <= limit else 99


@lru_cache(maxsize=16384)
def fuzzy_or_equal(key: str, target: str) -> bool:
    """Is a key the target, or one slip away from it with the same first letter?"""
    if key == target:
        return True
    if not key or key[0] != target[0]:
        return False
    return _edit_distance(key, target, 1) <= 1


# Where a unit's letters carry marks (folded positions of ă â ê ô ơ ư đ and toned vowels): the
# OCR garbles those far more than plain letters ("trường" -> "trwdng", "tấn" -> "tdn", "án" -> "dn"),
# so a slip there costs half, and may even hit a word's first letter.
def _marked_positions(word: str) -> frozenset[int]:
    return frozenset(i for i, c in enumerate(word)
                     if c in "đĐ" or len(unicodedata.normalize("NFD", c)) > 1)


_MARKS = {u: tuple(_marked_positions(w) for w in u.split()) for u in UNIT_LIST}
_MARKED_FIRST_LETTERS = {k[0][0] for k, u in _UNIT_KEYS.items() if 0 in _MARKS[u][0]}


@lru_cache(maxsize=262144)
def word_cost(key: str, target: str, marks: frozenset[int]) -> float:
    """How far a printed word (keyed) is from a lexicon word, a slip at a marked letter costing
    half; 99 when it cannot be it (see `word_distance`, which this refines for equal lengths)."""
    if key == target:
        return 0
    if len(key) != len(target) or key in COMMON_WORDS or target in _EXACT_ONLY:
        return word_distance(key, target)
    diffs = [i for i, (a, b) in enumerate(zip(key, target)) if a != b]
    limit = 1 if len(target) <= 3 else 2
    if len(diffs) > limit or diffs[0] == 0 and 0 not in marks and (target[0], key[0]) not in FIRST_LETTER_ALIKE:
        return 99
    return sum(0.5 if i in marks else 1 for i in diffs)


@lru_cache(maxsize=16384)
def _entries_for_first(first: str) -> tuple[tuple[tuple[str, ...], str, float], ...]:
    """The lexicon entries whose first word the printed first word may be, with the slip that
    costs, in the order `match_keys` weighs them (most printed words open no unit at all)."""
    out = []
    # the printed letter first, then the others in a fixed order: a set's order changes with the
    # process's string hashing, and an entry seen first wins a tie in `match_keys`
    letters = sorted({*(t for t, k in FIRST_LETTER_ALIKE if k == first[0]), *_MARKED_FIRST_LETTERS} - {first[0]})
    for letter in [first[0], *letters]:
        for key, unit in _UNITS_BY_LETTER.get(letter, ()):
            t = key[0]
            d = 0 if first == t else word_cost(first, t, _MARKS[unit][0]) if t != "," else 99
            if d < 99:
                out.append((key, unit, d))
    return tuple(out)


@lru_cache(maxsize=65536)
def match_keys(keys: tuple[str, ...], plain_first: bool = False) -> tuple[str, int] | None:
    """The longest lexicon unit the keys start with: (canonical, number of words).

    `plain_first`: the first word is a clean syllable, so a one-word unit must match it exactly
    (fuzzy matching is for multi-word units and words the OCR garbled)."""
    first = keys[0]
    if not first:
        return None           # an empty piece ("phút/" has nothing after its slash) opens no unit
    best = None
    entries = _entries_for_first(first)
    # a word printed exactly as a one-word unit opens no longer unit with a letter more or less
    # than it has: "186 ho dong bao" is "hộ", not "hợp đồng" (a misread mark may: "hé so" is "hồ sơ")
    exact_one = any(len(key) == 1 and not total for key, _, total in entries)
    for key, unit, total in entries:
        n = len(key)
        if n > len(keys) or exact_one and total and len(key[0]) != len(first):
            continue
        marks = _MARKS[unit]
        for i, (w, t) in enumerate(zip(keys[1:n], key[1:]), 1):
            total += 0 if w == t else word_cost(w, t, marks[i] if i < len(marks) else frozenset()) \
                if t != "," else 99
            if total >= 99:
                break
        if n == 1 and total and (len(first) != len(key[0]) or plain_first and not one_vowel_slip(key[0], first)):
            continue  # a one-word unit may have a misread letter, not a missing or extra one
        if total <= (1 if n == 1 else n + 1):
            cand = (n - 0.75 * total, -total, unit, n)
            if best is None or cand[:2] > best[:2]:
                best = cand
    return (best[2], best[3]) if best else None


# units printed as symbols, matched as printed (their digits are no OCR slip: "m3" is not "mã")
SYMBOL_UNITS = {"m3": "m3", "m³": "m3", "m2": "m2", "m²": "m2", "km2": "km2", "km²": "km2",
                "kwh": "kWh", "mw": "MW", "kw": "kW"}


def match_unit(ws: Words, text: str | None = None) -> tuple[str, int, int] | None:
    """The longest lexicon unit the words start with: (canonical, start, end).

    Words are compared OCR-tolerantly; a one-syllable unit must be printed
    nearly exactly (one slip), a longer one may have a slip in each word."""
    texts = ws.texts
    if not texts:
        return None
    symbol = SYMBOL_UNITS.get(texts[0].lower())
    if symbol is not None:
        return symbol, ws.starts[0], ws.starts[0] + len(texts[0])
    found = unit_of_words(tuple(texts[:MAX_UNIT_LEN]))
    if found is None:
        return None
    unit, n = found
    end = ws.starts[n - 1] + len(texts[n - 1])
    if unit == "lượt" and n < len(texts) and ws.starts[n] <= end + 2:
        # "97.318 lượt phương tiện", "3.860 lượt đoàn viên": turns of what the next noun counts
        counted = unit_of_words(tuple(texts[n:n + MAX_UNIT_LEN]))
        if counted is not None and counted[0] not in MEASURES and counted[0] != "lượt":
            unit, n = f"lượt {counted[0]}", n + counted[1]
            end = ws.starts[n - 1] + len(texts[n - 1])
    if text is not None and n < len(texts) and texts[n] == "," and unit not in MEASURES:
        # most commas after a unit open no second kind: two words tell, before the whole run is read
        two = read_words(text, end, 2, _JOIN_REACH).keys
        if len(two) == 2 and two[0] == "," and two[1] in UNIT_FIRST_WORDS:
            unit, end = _joined_kinds(read_words(text, end, _JOIN_WORDS, _JOIN_REACH), unit, end)
    return unit, ws.starts[0], end


@lru_cache(maxsize=65536)
def unit_of_words(texts: tuple[str, ...]) -> tuple[str, int] | None:
    """`match_unit` of printed words, as (canonical, number of words): it depends on the words
    alone (their keys are theirs), and the same few phrases follow thousands of numbers."""
    keys = tuple(map(key_of, texts))
    first = keys[0]
    if not first or first in PUNCT or not _entries_for_first(first):
        return None
    found = match_keys(keys, plain_syllable(texts[0]))
    if found is not None and found[1] >= 2 and _goes_on_the_clause(texts, keys, *found):
        # its last word is, unmarked, a word that goes on the clause: "07 ho chua nhận" is "hộ
        # chưa", not "hồ chứa", "04 ca so với" is "ca so với", not "cơ sở", when the words before
        # it make a unit of their own
        found = match_keys(keys[:found[1] - 1], plain_syllable(texts[0])) or found
    if found is None or _marked_other_word(texts, keys, *found):
        return None
    return found


def _goes_on_the_clause(texts: tuple[str, ...], keys: tuple[str, ...], unit: str, n: int) -> bool:
    last = keys[n - 1]
    if texts[n - 1].lower() == unit.split()[-1]:
        return False                    # printed as the unit's word, marks and all
    return last in _FUNCTION_KEYS or last == "so" and n < len(keys) and keys[n] in VOI_KEYS


# keys of words going on a clause a unit's last word may fold to ("chưa" as "chứa"), after a count
# ("07 hộ chưa nhận"); not "cho" ("phiên chợ"), nor "tu" ("chủ đầu tư"): those nouns follow counts.
# "so" goes on the clause before "với" ("giảm 04 ca so với tháng trước")
_FUNCTION_KEYS = frozenset({"chua"})
VOI_KEYS = frozenset({"voi", "vai", "vei", "vdi", "vol"})     # OCR: "véi", "vdi"


_JOIN_WORDS, _JOIN_REACH = 14, 120
# the kinds of administrative places, counted together ("xã, phường, thị trấn", "thôn, bản", "ấp, khóm")
PLACE_KINDS = frozenset({"xã", "phường", "thị trấn", "huyện", "thị xã", "thành phố", "thôn", "bản", "ấp",
                         "khóm", "làng", "xóm", "buôn", "tổ dân phố", "khu phố"})


def _joined_kinds(ws: Words, unit: str, end: int) -> tuple[str, int]:
    """A count of several kinds named together is of all of them: "12 cơ quan, đơn vị",
    "1.685 cán bộ, giáo viên, nhân viên" (`ws`: the words from the comma after the first kind).
    Not a measure ("3 tháng, năm 2020"), nor a noun labelling the next figure."""
    names, n = [unit], 0
    while n + 1 < len(ws.keys) and ws.keys[n] == "," and ws.keys[n + 1] in UNIT_FIRST_WORDS:
        found = unit_of_words(tuple(ws.texts[n + 1:n + 1 + MAX_UNIT_LEN]))
        if found is None or found[0] in MEASURES or found[0] in names:
            break
        other, m = found
        if (_labels_next_figure(ws.keys, n + 1 + m)
                or m == 1 and ws.texts[n + 1].lower() not in FORMS_OF[other]
                and not (unit in PLACE_KINDS and other in PLACE_KINDS)
                and f"{unit} {other}" not in UNIT_SET):
            break     # a one-word kind must be printed as itself: "đơn khiếu nại, tố cáo" is not "tổ";
                      # places listed with places are places as OCR left them ("26 xa, phuong"),
                      # and so are the halves of a compound ("869 vu, viéc": vụ việc)
        names.append(other)
        n += 1 + m
        end = ws.end(n - 1)
    return ", ".join(names), end


_CLAUSE_JOINS = frozenset(("va", "voi", "cung", "hoac"))


def _labels_next_figure(keys: list[str], i: int) -> bool:
    """Does a number follow before the clause ends ("148.320 lượt, tuyến huyện 296.415 lượt")?
    Then the noun after the comma is the next figure's label, not a second kind of this one."""
    for key in keys[i:]:
        if key in PUNCT or key in _CLAUSE_JOINS:
            return False          # "12 cơ quan, đơn vị và 06 xã": the next figure has its own noun
        if key[:1].isdigit():
            return True
    return False


def _marked_other_word(texts: tuple[str, ...], keys: tuple[str, ...], unit: str, n: int) -> bool:
    """Did every word match only with a slip, while the printed words carry their diacritics?
    Then they are other words, read right ("bác sĩ" is not "bài", "mẫu" not "máy", "căn nhà"
    not "cá nhân"): the marks an OCR kept are evidence. One word printed exactly ("vén bản")
    still carries a slip in the other."""
    targets = _unit_keys(unit)
    if any(w == t for w, t in zip(keys[:n], targets)):
        return False
    # an OCR slip in a marked word is a vowel ("sé" for "sở"); another consonant or length is another word
    return any(not text.isascii() and not _vowels_apart(w, t) for text, w, t in zip(texts[:n], keys, targets))


_VOWELS = frozenset("aeiouy")


def _vowels_apart(printed: str, target: str) -> bool:
    return len(printed) == len(target) and all(p == t or p in _VOWELS and t in _VOWELS
                                               for p, t in zip(printed, target))


@lru_cache(maxsize=4096)
def _unit_keys(unit: str) -> tuple[str, ...]:
    return tuple(word_key(w) for w in unit.split())
