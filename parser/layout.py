"""Physical lines to blocks: header columns, body paragraphs, closing columns.

OCR of a Vietnamese administrative report flattens its two-column header
(agency | national motto, number | place and date) and closing (recipients |
signer) onto single lines, breaks pages with blank runs and page numbers, and
wraps paragraphs across both. `build_blocks` undoes that layout: every block is
a span of the raw text (its physical pieces in `spans`), tagged with what it is.

Block kinds:
  header: issuer (left column above the number), number ("Số: ..."), motto,
          date (place and date), vv ("V/v ..." subject of a công văn),
          doctype ("BÁO CÁO"), subject (the line(s) under it), addressee
          ("Kính gửi: ..."), header (any other header piece)
  body:   body (a paragraph, heading or list item), page (a page number)
  close:  recipients_head ("Nơi nhận:"), recipient (one item), signer (a
          piece of the signature column: authority, title, junk or name)
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import accumulate, compress, count, filterfalse, islice
from operator import add, attrgetter, is_not, sub
from typing import NamedTuple

from .model import Document
from .numbers import fold_text
from .vnfold import fold, fuzzy


@dataclass(slots=True)
class Block:
    kind: str
    start: int
    end: int
    line: int                                   # 1-based line of the first piece
    spans: list[tuple[int, int]] = field(default_factory=list)   # physical pieces, in order
    # the numbering or bullet the block opens with, None for none; NOT_READ until layout reads it
    marker: "Marker | None" = field(default_factory=lambda: NOT_READ)

    def text(self, raw: str) -> str:
        return " ".join(raw[s:e] for s, e in self.spans)


# ---- line markers (shared with parser.outline) -------------------------------------------

class Marker(NamedTuple):
    """Immutable; a named tuple rather than a frozen dataclass, whose __init__ sets each field
    through object.__setattr__ (made for every numbered or bulleted line, it cost 4x as much)."""
    kind: str          # "roman" | "letterpart" | "decimal" | "letter" | "bullet"
    glyph: str         # as printed, without the punctuation: "I1", "6.1", "a", "-"
    end: int           # offset in the line where the title starts
    punct: str = ""


NOT_READ = Marker("", "", 0)      # a Block's marker before `parse_marker` has looked at it
# Marker(kind, glyph, end, punct) without the named tuple's Python-level __new__ (all four fields
# given): parse_marker makes one for most lines of a report's body
_new_marker = tuple.__new__

# (a space after the number may be lost: "II.CÔNG TÁC", "1.Công tác", "a)Sản xuất")
_ROMAN = re.compile(r"(?P<g>[IVXLTl1|]{1,6})(?P<p>\s?[.,:)]|\s?[-–](?=\s))?(?P<sp>\s*)(?=[^\W\d_])")
_LETTERPART = re.compile(r"(?P<g>[A-HĐ])\s?(?P<p>[.)])\s+(?=\S)")
_DECIMAL = re.compile(r"(?P<g>\d{1,2}(?:\.\d{1,2}){0,3})(?P<p>[.)]|\s?[-–](?=\s))?(?P<sp>\s*)(?=[^\d\s/%])")
# "PHẦN I", "Phần thứ hai:" open a part too
# (the ordinal word as OCR may print it: "HA1", "NHAT", "TW")
_PART_WORD = re.compile(r"ph\S{1,3}n\s+(?:(?P<g>[ivxl1]{1,5})\b|th\S{1,2}\s+(?P<w>nh\S{0,2}t|ha[i1l]|ba|t[uw]|n\S{1,2}m|s\S{1,2}u"
                        r"|b\S{1,2}y)(?!\w))\s*(?P<p>[.:\-–])?\s*")
_ORDINALS = {"nh": "I", "ha": "II", "ba": "III", "t": "IV", "n": "V", "s": "VI", "b": "VII"}


def _ordinal_glyph(word: str) -> str:
    """The Roman number of a part's ordinal word, by its first letters ("nhất" and "năm" differ in the second)."""
    return _ORDINALS.get(word[:2]) or _ORDINALS[word[0]]
_LETTER = re.compile(r"(?P<g>[a-hđ])\s?(?P<p>[).])(?P<sp>\s*)(?=\S)")
_BULLET = re.compile(r"(?P<g>[-–—~•+*·●○▪►])\s*(?=\S)")
_ROMAN_LETTERS = set("IVX")
_BULLETS = set("-–—~•+*·●○▪►")
_ROMAN_START = set("IVXLTl|")
_ROMAN_GLYPHS = frozenset("IVXLTl1|")         # what _ROMAN reads as a numeral
_PART_LETTERS = set("ABCDEFGHĐ")
_ITEM_LETTERS = set("abcdefghđ")
_AFTER_LETTER = set("IVXLTl1|.,:) -–")       # ("I- KẾT QUẢ": a Party report's dash)
# the first characters `parse_marker` looks further at, besides digits: these always, the
# letters only when the second character is in _AFTER_LETTER
_MARKER_ALWAYS = frozenset(_BULLETS | set("Pp"))
_MARKER_LETTERS = frozenset(_ROMAN_START | _PART_LETTERS | _ITEM_LETTERS)


def mostly_upper(text: str) -> bool:
    """At least 70% of the cased letters are capitals."""
    # two answers str's own tests give without a look at each letter: no small letter and a
    # capital (a heading in capitals); small letters and no capital past the first (a line of a
    # paragraph: one capital cannot be 70% of two letters or more)
    if text.isupper():
        return True
    if text[1:].islower():
        return False
    lower = sum(map(str.islower, text))
    if 3 * (len(text) - lower) < 7 * lower:
        return False        # even if every other character were a capital: a second pass spared
    upper = sum(map(str.isupper, text))
    return upper > 0 and upper >= 0.7 * (upper + lower)


def parse_marker(line: str) -> Marker | None:
    """The numbering or bullet a (stripped) line starts with, if any.

    Roman numerals are accepted with their OCR look-alikes (1, l, T, |) only when
    the title is in capitals or the glyphs hold a real Roman letter; `parser.outline`
    decides their value from the sequence."""
    c = line[:1]
    if c in _BULLETS:
        m = _BULLET.match(line)
        return _new_marker(Marker, ("bullet", c, m.end(), "")) if m else None       # the glyph is c
    if c.isdigit():
        # "1" opens a Roman numeral only with a numeral letter after it ("1I.", "1l"):
        # _roman reads a lone "1" as no numeral, so "1." and "12" skip it
        return (c == "1" and line[1:2] in _ROMAN_GLYPHS and _roman(line)) or _decimal(line)
    if c in _ROMAN_START and line[1:2] in _AFTER_LETTER:
        mk = _roman(line)
        if mk or c not in _PART_LETTERS:
            return mk
    if c in _PART_LETTERS and line[1:2] in _AFTER_LETTER:
        m = _LETTERPART.match(line)
        if m and mostly_upper(line[m.end():m.end() + 40]):
            return _new_marker(Marker, ("letterpart", m["g"], m.end(), m["p"]))
        return None
    if c in _ITEM_LETTERS and line[1:2] in _AFTER_LETTER:
        m = _LETTER.match(line)
        return _new_marker(Marker, ("letter", m["g"], m.end(), m["p"])) if m and (m["sp"] or m["p"] == ")") else None
    if c in "Pp":
        m = _PART_WORD.match(fold(line[:30]))
        if m and (m["p"] or mostly_upper(line[:m.end()])):
            glyph = m["g"].upper() if m["g"] else _ordinal_glyph(m["w"])
            return _new_marker(Marker, ("roman", glyph, m.end(), (m["p"] or "").strip()))
    return None


def _roman(line: str) -> Marker | None:
    m = _ROMAN.match(line)
    if not m or not (m["sp"] or m["p"] and m["p"].strip() in ".)"):
        return None
    g, title = m["g"], line[m.end():]
    if len(g) == 1 and m["p"] and m["p"].strip() in "-–" and not mostly_upper(title[:40]):
        return None         # "I- KẾT QUẢ" opens a part; "X- quang" does not
    if g in ("l", "|") and m["p"] == "." and not mostly_upper(title[:40]):
        return _new_marker(Marker, ("decimal", "1", m.end(), "."))     # "l. Công tác": a 1 read as l
    clear = set(g) <= _ROMAN_LETTERS
    has_letter = bool(set(g) & set("IVXL"))
    if (m["p"] or clear) and (clear and (m["p"] or mostly_upper(title[:40]))
                              or has_letter and mostly_upper(title[:40])
                              # "1I. Kết quả …": digits and a Roman letter make no other number
                              or has_letter and len(g) >= 2 and m["p"] and m["p"].strip() in ".)"
                              or len(g) >= 2 and not g.isdigit() and mostly_upper(title[:40])):
        return _new_marker(Marker, ("roman", g, m.end(), (m["p"] or "").strip()))
    return None


def _decimal(line: str) -> Marker | None:
    m = _DECIMAL.match(line)
    if m is None:
        return None
    g, p, sp = m.group("g", "p", "sp")      # one call for the three groups
    if (p or "." in g) and (sp or p and p in ".)"):
        return _new_marker(Marker, ("decimal", g, m.end(), p or ""))
    return None


# ---- line level patterns (on folded text) -----------------------------------------------

_PAGE_NUMBER = re.compile(r"(?:[-–—]\s*)?(?:trang\s*)?\d{1,3}(?:\s*/\s*\d{1,3})?(?:\s*[-–—])?")
_RULE = re.compile(r"[\s\-_=~*.—–…]+(?:o[o0]o[\s\-_=~*.—–…]+)?|[\s\-_=~*.—–…]*o[o0]o[\s\-_=~*.—–…]*")
# the national motto (or the Party's) on the right of the header; the first words are enough
# a mass organisation heads its papers with its national name instead ("HỘI NÔNG DÂN VIỆT NAM",
# "ĐOÀN TNCS HỒ CHÍ MINH"), on the right after a wide gap (the same name may open the left column)
_ORG_HEAD = (r"(?<=\s{3})(?:" + "|".join(fuzzy(w) for w in ("hoi", "doan", "cong doan", "mat tran", "lien doan"))
             + r")\s[^\n]{0,40}?(?:" + fuzzy("viet nam") + "|" + fuzzy("ho chi minh") + r")\s*$")
_MOTTO1 = re.compile(r"(?P<m>(?:" + fuzzy("cong hoa xa hoi") + "|" + fuzzy("dang cong san viet") + r").*|"
                     + _ORG_HEAD + r")$")
motto1_search = _MOTTO1.search
_MOTTO2 = re.compile(r"(?P<m>" + fuzzy("doc lap") + r"\s*[-–—~].*|[^\s\-–—~]+\s*[^\s\-–—~]+\s*[-–—~]+\s*[^\s\-–—~]+"
                     r"\s*[^\s\-–—~]+\s*[-–—~]+\s*h\S{2,6}\s*p\S{1,5})\s*$")
# _MOTTO2 backtracks badly on long lines; every match needs a dash and either "độc lập" or a line
# ending in "hạnh phúc", so lines without them skip it
_MOTTO2_DASHES = re.compile(r"[-–—~]")
_MOTTO2_HINT = re.compile(fuzzy("doc lap") + r"|h\S{2,6}\s*p\S{1,5}\s*$")


def motto2_search(f: str) -> re.Match | None:
    if _MOTTO2_DASHES.search(f) is None or _MOTTO2_HINT.search(f) is None:
        return None
    return _MOTTO2.search(f)


# "<place>, ngày 15 tháng 6 năm 2020" with OCR'd words ("ngay", "th4ng", "ndam") and digits glued on
DATE_LINE = re.compile(r",?\s*\bng\S{0,3}?\s*(?P<d>[0-9olis]{1,2})\s*th\S{1,4}?\s*"
                       r"(?P<m>[0-9olis]{1,2})\s*n\S{0,3}?\s*(?P<y>[0-9olis]{4})\b")
# every date line has a year: lines without four year-like characters in a row skip DATE_LINE,
# which backtracks on each word starting with "ng"
_YEAR_LIKE = re.compile(r"[0-9olis]{4}")


def date_search(f: str) -> re.Match | None:
    """DATE_LINE.search(f)."""
    return DATE_LINE.search(f) if _YEAR_LIKE.search(f) else None


# "Số:", OCR "S6:", "So:", and "86:" (an S read as 8, kept only before its colon)
_NUMBER = re.compile(r"(?:s\S{0,2}|8\S?(?=\s*:))\s*[:;.]\s*|s[o06e]\s+(?=\d)")
_VV = re.compile(r"(?:v\s*[/.]\s*v\b|ve\s+viec\b)")
_ADDRESSEE = re.compile(r"k\S{0,2}nh\s*g\S{1,3}\s*:?")
_RECIPIENTS = re.compile(r"n\S{0,2}[i1l]\s*nh\S{1,3}n?\s*(?::|$|(?=\s))")    # OCR: "No1 nhan"
_COLUMN_GAP = re.compile(r"\S(\t\s*|\s{3,})\S")
_APPENDIX = re.compile(r"ph\S{1,2}\s*l\S{1,2}c\b")
# a recipient whose "-" the OCR lost: "Lưu: VT.", "Như trên;", or any item closed by ";"
_FILING = re.compile(r"[l1i][uvwyi]{1,2}\s*:|nh[uvwy]\s+tr[e¢é]n\b")
_SEMICOLON_ITEM = re.compile(r"[^;]{2,80};")
# TM./KT./Q./TL. (T/M, KT with the dot lost) opening a signature line
AUTHORITY = re.compile(r"(?:t\s*/\s*m|t\s*m|k\s*t|t\s*l)\s*[./]?\s+(?=\S)|(?:t\s*m|k\s*t|q|t\s*l)\s*[./]\s*(?=\S)")
# a signer's title names a role; "trưởng" only in compounds, since "TRƯƠNG" folds the same and is a surname
ROLE = re.compile(r"(?:^|\s)(?:" + "|".join(fuzzy(w) for w in (
    "giam doc", "chu tich", "bi thu", "chanh", "thu truong", "bo truong", "uy vien", "thu ky",
    "ke toan truong", "hieu truong", "chu nhiem", "tong bien tap", "chi huy", "truong phong", "truong ban",
    "truong khoa", "truong doan", "truong tram", "truong phong", "cuc truong", "vien truong",
    "pho truong", "to truong", "giam thi")) + r")")
TIMESTAMP = re.compile(r"\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{1,2}:\d{2}|\+\d{2}:\d{2}")
SIGNATURE_WORDS = re.compile(r"\(?\s*da\s*k[yi]\b|k[yi]\s*ten\b|dong\s*dau\b|k[yi]\s*b[oơ]\S{0,2}i|ng\S{0,2}y\s+k[yi]|email|c\S{0,2}\s*quan\s*:|thoi\s+gian\s+k")

DOC_TYPES = {
    "bao cao": "Báo cáo", "ke hoach": "Kế hoạch", "to trinh": "Tờ trình", "cong van": "Công văn",
    "quyet dinh": "Quyết định", "thong bao": "Thông báo", "chi thi": "Chỉ thị",
    "nghi quyet": "Nghị quyết", "bien ban": "Biên bản", "chuong trinh": "Chương trình",
    "huong dan": "Hướng dẫn", "de an": "Đề án", "phuong an": "Phương án", "giay moi": "Giấy mời",
    "cong dien": "Công điện", "quy che": "Quy chế", "quy dinh": "Quy định", "thong cao": "Thông cáo",
}
_DOC_TYPE_RES = [(re.compile(fuzzy(k) + r"\s*:?"), v) for k, v in DOC_TYPES.items()]
# all of them in one pattern, in the same order: a fullmatch of the alternation is the first
# type that fullmatches, named by its group
_DOC_TYPE_NAMES = list(DOC_TYPES.values())
_ANY_DOC_TYPE = re.compile("|".join(f"(?P<t{k}>{rx.pattern})" for k, (rx, _) in enumerate(_DOC_TYPE_RES)))


def doc_type_of(folded_line: str) -> str | None:
    """The canonical document type when a whole (folded) line is one, else None;
    letter-spaced titles ("B Á O  C Á O") count."""
    m = _ANY_DOC_TYPE.fullmatch(folded_line)
    if m is None and len(folded_line) <= 30 and folded_line.count(" ") >= 3:
        m = _ANY_DOC_TYPE.fullmatch(folded_line.replace(" ", ""))
    return _DOC_TYPE_NAMES[int(m.lastgroup[1:])] if m else None


def _doc_type_head(folded_line: str, raw_line: str) -> int | None:
    """Where the document type ends when a title line in capitals opens with it and
    runs on into the subject ("BÁO CÁO TÌNH HÌNH ..."), else None."""
    if not mostly_upper(raw_line) or _ANY_DOC_TYPE.match(folded_line) is None:
        return None
    for rx, _name in _DOC_TYPE_RES:
        m = rx.match(folded_line)
        if not m:
            continue
        end = len(folded_line[:m.end()].rstrip())
        if folded_line[end:end + 1].isspace() and len(folded_line[end:].split()) >= 2:
            return end
    return None


# ---- the builder ---------------------------------------------------------------------------

class _Lines:
    """Stripped physical lines: content spans and their folded text."""

    def __init__(self, doc: Document):
        text = doc.text
        self.raw = text
        # the whole text folded once (folding keeps offsets, so a line's or a span's folded text is
        # a slice of it); the figures, references and checks fold the same text, and find it cached
        self.folded = fold_text(text)
        # the stripped content of every line (an empty span at the line's end for a blank one);
        # str.strip and the regex \s agree on what white space is. All of it with map (no Python
        # loop per line): texts[i] is the line's stripped text, spans[i] where it lies in the raw text
        pieces = text.split("\n")
        lstripped = list(map(str.lstrip, pieces))
        self.texts = texts = list(map(str.rstrip, lstripped))
        starts = doc.line_starts
        if len(starts) == len(pieces):
            # a line's text starts where the line does, but on the few lines lstrip shortened (a
            # new string; an unchanged one is the same object): no sum made for the others
            starts = starts.copy()
            for i in compress(count(), map(is_not, pieces, lstripped)):
                starts[i] += len(pieces[i]) - len(lstripped[i])
        else:
            # where each line ends (before its "\n"): the lengths so far plus one "\n" per line
            # before it; a line's text starts there less the length lstrip left
            line_ends = map(add, accumulate(map(len, pieces)), count())
            starts = list(map(sub, line_ends, map(len, lstripped)))
        self.spans = list(zip(starts, map(add, starts, map(len, texts))))
        self._anchor_cache: dict[int, bool] = {}
        self._search_cache: dict[tuple, re.Match | None] = {}

    def __len__(self) -> int:
        return len(self.spans)

    def raw_of(self, i: int) -> str:
        return self.texts[i]

    def fold_of(self, i: int) -> str:
        s, e = self.spans[i]
        return self.folded[s:e]

    def search(self, i: int, search) -> re.Match | None:
        """search(folded line i), remembered: the header asks the same lines again."""
        key = (i, search)
        if key in self._search_cache:
            return self._search_cache[key]
        m = self._search_cache[key] = search(self.fold_of(i))
        return m

    def anchor(self, i: int) -> bool:
        """Does line i hold a header anchor (motto, date, number)?"""
        a = self._anchor_cache.get(i)
        if a is None:
            f = self.fold_of(i)
            a = self._anchor_cache[i] = bool(
                self.search(i, motto1_search) or self.search(i, motto2_search) or self.search(i, date_search)
                or _NUMBER.match(f) and re.search(r"\d|/", f[:25]))
        return a

    def blank(self, i: int) -> bool:
        return not self.texts[i]


def _trim(raw: str, s: int, e: int, junk: str = " \t,") -> tuple[int, int]:
    while s < e and raw[s] in junk:
        s += 1
    while e > s and raw[e - 1] in junk:
        e -= 1
    return s, e


def build_blocks(doc: Document) -> list[Block]:
    lines = _Lines(doc)
    body_start, head = _header(lines)
    close_start, close_end, closing = _closing(lines, body_start)
    body = _body(lines, body_start, close_start)
    after = _body(lines, close_end, len(lines)) if close_end < len(lines) else []
    return head + body + closing + after


# ---- header ---------------------------------------------------------------------------------

def _header(lines: _Lines) -> tuple[int, list[Block]]:
    """Split the header lines into column pieces; return where the body starts."""
    n = len(lines)
    nonblank = list(islice((i for i in range(min(n, 400)) if not lines.blank(i)), 40))
    doctype_at = None
    doctype_cut = None          # set when the subject runs on after the type on the same line
    for i in nonblank:
        f, r = lines.fold_of(i), lines.raw_of(i)
        mk = parse_marker(r)
        doc_type = doc_type_of(f)
        if mk and doc_type is None and lines.search(i, date_search) is None:
            if mk.kind in ("roman", "letterpart", "decimal"):
                break
        if doc_type and (mostly_upper(r) or len(f) <= 12):
            doctype_at = i
            break
        head = _doc_type_head(f, r)
        if head is not None and i > nonblank[0] and any(lines.anchor(j) for j in nonblank[:14] if j < i):
            doctype_at, doctype_cut = i, head
            break
    anchors = [i for i in nonblank[:14] if lines.anchor(i)]
    if doctype_at is None and not anchors:
        return 0, []
    end = doctype_at if doctype_at is not None else anchors[-1] + 1
    blocks: list[Block] = []
    state = {"seen_number": False, "vv": None}
    for i in range(end):
        if not lines.blank(i):
            _split_header_line(lines, i, blocks, state)
        else:
            state["vv"] = None
    i = end
    if doctype_at is not None:
        s, e = lines.spans[doctype_at]
        subject_head = []
        if doctype_cut is not None:
            subject_head = [_trim(lines.raw, s + doctype_cut, e)]
            e = s + doctype_cut
        blocks.append(Block("doctype", s, e, doctype_at + 1, [(s, e)]))
        i = doctype_at + 1
        while i < n and lines.blank(i) and not subject_head:
            i += 1
        subject: list[int] = []
        while i < n and len(subject) < 4 and not lines.blank(i):
            f, r = lines.fold_of(i), lines.raw_of(i)
            if _RULE.fullmatch(f):
                i += 1
                break
            if _ADDRESSEE.match(f) or (parse_marker(r) and parse_marker(r).kind != "bullet" and subject):
                break
            # a subject is a few centred lines; a full-width line after it is the body's first
            if subject and len(r) > 1.3 * max(len(lines.raw_of(j)) for j in subject):
                break
            subject.append(i)
            i += 1
        if subject or subject_head:
            sp = subject_head + [lines.spans[j] for j in subject]
            blocks.append(Block("subject", sp[0][0], sp[-1][1], doctype_at + 1 if subject_head else subject[0] + 1, sp))
    else:
        # a V/v subject printed below the number line, continuing until a blank line
        j = i
        while j < n and j - i < 2 and lines.blank(j):
            j += 1
        if state["vv"] is None and j < n and _VV.match(lines.fold_of(j)):
            s, e = lines.spans[j]
            state["vv"] = Block("vv", s, e, j + 1, [(s, e)])
            blocks.append(state["vv"])
            i = j + 1
        vv = state["vv"]
        while vv is not None and i < n and not lines.blank(i) and not _ADDRESSEE.match(lines.fold_of(i)):
            if lines.anchor(i) or parse_marker(lines.raw_of(i)):
                break
            vv.spans.append(lines.spans[i])
            vv.end = lines.spans[i][1]
            i += 1
    # "Kính gửi: ..." (possibly a list of addressees) closes the header
    j = i
    while j < n and lines.blank(j):
        j += 1
    if j < n and _ADDRESSEE.match(lines.fold_of(j)):
        sp = [lines.spans[j]]
        first = j + 1
        j += 1
        while j < n and not lines.blank(j):
            r = lines.raw_of(j)
            mk = parse_marker(r)
            if mk and mk.kind != "bullet":
                break
            sp.append(lines.spans[j])
            j += 1
        blocks.append(Block("addressee", sp[0][0], sp[-1][1], first, sp))
        i = j
    return i, blocks


def _split_header_line(lines: _Lines, i: int, blocks: list[Block], state: dict) -> None:
    raw, folded = lines.raw, lines.folded
    s, e = lines.spans[i]
    f = lines.fold_of(i)
    if _RULE.fullmatch(f):
        return
    right: list[tuple[str, int, int]] = []
    cut = e - s
    for search, kind in ((motto1_search, "motto"), (motto2_search, "motto")):
        m = lines.search(i, search)
        if m:
            cut = m.start("m")
            right.append((kind, s + cut, e))
            break
    else:
        m = lines.search(i, date_search)
        if m:
            date_end = m.end()
            place_start = _place_start(raw, folded, s, s + m.start())
            cut = place_start - s
            right.append(("date", place_start, s + date_end))
    ls, le = _trim(raw, s, s + cut, " \t,-–—_=*.")     # with the rule printed under a name
    line_no = i + 1
    if ls < le:
        lf = folded[ls:le]
        if _NUMBER.match(lf) and not state["seen_number"]:
            kind = "number"
            state["seen_number"] = True
        elif _VV.match(lf):
            kind = "vv"
        elif state["vv"] is not None:
            state["vv"].spans.append((ls, le))
            state["vv"].end = le
            kind = None
        else:
            kind = "header" if state["seen_number"] else "issuer"
        if kind:
            block = Block(kind, ls, le, line_no, [(ls, le)])
            blocks.append(block)
            if kind == "vv":
                state["vv"] = block
    for kind, rs, re_ in right:
        rs, re_ = _trim(raw, rs, re_)
        if rs < re_:
            blocks.append(Block(kind, rs, re_, line_no, [(rs, re_)]))


_SYMBOL = re.compile(r"(?:s\S{0,2}|8\S?(?=\s*:))\s*[:;.]?\s*[0-9olOI]{0,6}[a-z]?\s*/?\s*[\w&Đđ.\-–~/]*")   # OCR: "BC~UBND"


def _place_start(raw: str, folded: str, s: int, date_at: int) -> int:
    """Where the place name before ", ngày ..." starts on a merged header line."""
    f = folded[s:date_at]
    m = _NUMBER.match(f)
    if m:
        sm = _SYMBOL.match(f)
        if sm and sm.end() > 0:
            return s + sm.end()
    # otherwise: the run of capitalised words (plus "phố", "xã") just before the comma
    # (a left-column name in capitals merged before it is not part of the place)
    words = list(re.finditer(r"\S+", raw[s:date_at]))
    start = date_at
    caps = bool(words) and words[-1].group().strip(",").isupper()
    for w in reversed(words[-6:]):
        t = w.group().strip(",")
        if t and (t[0].isupper() and (caps or not t.isupper() or len(t) == 1) or fold(t) in ("pho", "xa", "tran")):
            start = s + w.start()
        else:
            break
    return start


# ---- closing ------------------------------------------------------------------------------

SURNAMES = set(
    "nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly truong dinh lam mai "
    "trinh luu cao ta ha quach thai chau la kieu tang doan luong van dao thach kim son danh giang "
    "khuu lu tong tieu ong mac au diep huu trieu lai nghiem chu quan".split())


def _is_name(text: str) -> bool:
    words = text.split()
    if not 2 <= len(words) <= 5 or any(ch.isdigit() for ch in text):
        return False
    return all(w[0].isupper() and w.isalpha() for w in words) and not mostly_upper(text) or (
        mostly_upper(text) and fold(words[0]) in SURNAMES and all(w.isalpha() for w in words))


def _signer_like(raw_line: str, folded_line: str) -> bool:
    t = raw_line.strip()
    if not t:
        return True
    if AUTHORITY.match(folded_line) and mostly_upper(t):
        return True
    if len(t) <= 3 or TIMESTAMP.search(t) and len(t) < 40 or SIGNATURE_WORDS.search(folded_line):
        return True
    if mostly_upper(t) and len(t.split()) <= 8 and not t.endswith((".", ";", ":")) and not parse_marker(t):
        return True
    if t[0].isupper() and len(t.split()) <= 8 and ROLE.search(folded_line):
        return True
    return _is_name(t)


def _closing(lines: _Lines, body_start: int) -> tuple[int, int, list[Block]]:
    """(first line, line after the last, blocks) of the recipients and signature;
    whatever follows them (an appendix) is body again."""
    n = len(lines)
    raw = lines.raw
    head = None
    for i in range(n - 1, body_start - 1, -1):
        s, e = lines.spans[i]
        if s < e and raw[s] in "Nn":
            m = _RECIPIENTS.match(fold(raw[s:s + 20]))
            # without its colon, only a line that stops there or runs into the signer's title
            if m and (":" in m.group() or not raw[s + m.end():e].strip() or mostly_upper(raw[s + m.end():e])):
                head = i
                break
    if head is None:
        start = _signer_run_start(lines, n, body_start)
        if start >= n:
            return n, n, []
        return start, n, _signer_blocks(lines, range(start, n))
    start = _signer_run_start(lines, head, body_start)
    blocks = _signer_blocks(lines, range(start, head))
    raw, folded = lines.raw, lines.folded
    s, e = lines.spans[head]
    m = _RECIPIENTS.match(folded[s:e])
    blocks.append(Block("recipients_head", s, s + m.end(), head + 1, [(s, s + m.end())]))
    item: Block | None = None
    open_item = False

    def add_signer(a: int, b: int, i: int) -> None:
        a, b = _trim(raw, a, b)
        if a < b:
            blocks.append(Block("signer", a, b, i + 1, [(a, b)]))

    def add_item_piece(a: int, b: int, i: int, new: bool) -> None:
        nonlocal item, open_item
        # the recipient ends at its ";" or "."; what follows on the line is the signer column
        seg = raw[a:b]
        stop = _item_stop(seg)
        rest = None
        if stop is not None:
            rest = (a + stop[1], b)
            b = a + stop[0]
            open_item = False
        else:
            open_item = True
            cut = _trailing_name(seg)
            if cut is not None:
                rest = (a + cut, b)
                b = a + cut
        b = _trim(raw, a, b)[1]
        if new or item is None:
            item = Block("recipient", a, b, i + 1, [(a, b)])
            blocks.append(item)
        else:
            item.spans.append((a, b))
            item.end = b
        if rest:
            add_signer(rest[0], rest[1], i)

    after = s + m.end()
    rest_f = folded[after:e].lstrip()
    if rest_f and rest_f[0] in "-–—+•":
        add_item_piece(_trim(raw, after, e)[0], e, head, True)
    else:
        add_signer(after, e, head)
    end = n
    for i in range(head + 1, n):
        if lines.blank(i):
            continue
        s, e = lines.spans[i]
        seg = raw[s:e]
        gap = _COLUMN_GAP.search(seg)
        right = None
        if gap:
            right = (s + gap.end(1), e)
            e = s + gap.start(1) + 1
            seg = raw[s:e]
        folded = fold(seg)
        mk = _BULLET.match(seg)
        if mk:
            add_item_piece(s + mk.end(), e, i, True)
        elif open_item and (seg[0].islower() or seg[0] in "(&,"):
            add_item_piece(s, e, i, False)
        elif _FILING.match(folded) or _SEMICOLON_ITEM.match(folded) and not AUTHORITY.match(folded):
            add_item_piece(s, e, i, True)       # the OCR lost its "-"
        elif _APPENDIX.match(folded) or len(seg) > 60 and not _signer_like(seg, folded):
            end = i                             # an appendix or a table after the signature
            break
        else:
            add_signer(s, e, i)
        if right:
            add_signer(right[0], right[1], i)
    return start, end, blocks


def _item_stop(seg: str) -> tuple[int, int] | None:
    """(end of the recipient, start of what follows) when the item ends on this line:
    at its first ";", at a final ".", or at a "." followed by a signer-column piece."""
    semi = seg.find(";")
    if semi >= 0:
        return semi, semi + 1
    m = re.search(r"\.[./]*\s*$", seg)
    if m:
        return m.start(), len(seg)
    for m in re.finditer(r"\.(?=\s+(\S.*)$)", seg):
        rest = m.group(1)
        if _signer_like(rest, fold(rest)):
            return m.start(), m.end()
    return None


def _trailing_name(seg: str) -> int | None:
    """Offset where a personal name merged at the end of a recipient line starts."""
    words = list(re.finditer(r"\S+", seg))
    run = []
    for w in reversed(words):
        t = w.group()
        if t.isalpha() and t[0].isupper():
            run.append(w)
        else:
            break
    run.reverse()
    for k, w in enumerate(run):
        if fold(w.group()) in SURNAMES and 2 <= len(run) - k <= 4 and w.start() > 0:
            return w.start()
    return None


def _signer_run_start(lines: _Lines, end: int, floor: int) -> int:
    """Walk back from `end` over lines that look like the signature column."""
    i = end
    seen = 0
    while i > floor and seen < 10:
        r, f = lines.raw_of(i - 1), lines.fold_of(i - 1)
        if not _signer_like(r, f):
            break
        i -= 1
        seen += 1
    while i < end and lines.blank(i):
        i += 1
    return i


def _signer_blocks(lines: _Lines, rows) -> list[Block]:
    out = []
    for i in rows:
        if not lines.blank(i):
            s, e = lines.spans[i]
            out.append(Block("signer", s, e, i + 1, [(s, e)]))
    return out


# ---- body ---------------------------------------------------------------------------------

_END_SENTENCE = ".!?"
_END_CLAUSE = _END_SENTENCE + ":;"       # what ends a sentence or a clause before a list


def _body(lines: _Lines, start: int, end: int) -> list[Block]:
    texts, spans = lines.texts, lines.spans
    # blank lines, page numbers and rules hold no text of a paragraph and leave a gap; all are
    # at most 12 characters long, so only such lines are looked at one by one
    apart: set[int] = set()
    pages = []
    for i in compress(range(start, end), map(_AT_MOST_12, map(len, texts[start:end]))):
        text = texts[i]
        if text:
            f = lines.fold_of(i)
            if _PAGE_NUMBER.fullmatch(f):
                pages.append(Block("page", *spans[i], i + 1, [spans[i]]))
            elif not _RULE.fullmatch(f):
                continue
        apart.add(i)
    rows = list(filterfalse(apart.__contains__, range(start, end)))
    if not rows:
        return pages
    lengths = sorted(map(len, map(texts.__getitem__, rows)))
    # the printed line width (a short text's few lines say little about it)
    width = max(50, lengths[min(len(lengths) - 1, int(len(lengths) * 0.9))])
    short = 0.8 * width
    blocks: list[Block] = []
    cur: Block | None = None
    prev = ""
    for i in rows:
        text = texts[i]
        # most lines cannot open with a marker: skip the call for them (a letter needs a
        # numeral's punctuation or a second numeral letter after it)
        cue = _MARKER_CUE[text[0]]
        if cue and (cue == _LOOK or text[1:2] in _AFTER_LETTER):
            marker = parse_marker(text)
            if marker is not None:
                span = spans[i]             # (no *spans[i]: a call with a star takes the slow path)
                cur = Block("body", span[0], span[1], i + 1, [span], marker)
                blocks.append(cur)
                prev = text
                continue
        gap = i - 1 in apart
        # the common case first: a full line before, no gap, no end mark — the paragraph goes on
        if cur is not None and (not gap and len(prev) >= short and not prev.endswith("./.")
                                or _continues(prev, text, gap, short)):
            span = spans[i]
            cur.spans.append(span)
            cur.end = span[1]
        else:
            span = spans[i]
            cur = Block("body", span[0], span[1], i + 1, [span], None)
            blocks.append(cur)
        prev = text
    if not pages:
        return blocks
    out = blocks + pages
    out.sort(key=_start_of)
    return out


_AT_MOST_12 = (13).__gt__
_LOOK, _LOOK_IF_SECOND_FITS = 1, 2


class _MarkerCues(dict):
    """What a line's first character says about a marker, filled on demand (one look-up per
    line instead of three set tests and a str.isdigit call): 0 none can open with it, _LOOK,
    or _LOOK_IF_SECOND_FITS (a letter: only before a character in _AFTER_LETTER)."""

    def __missing__(self, c: str) -> int:
        if len(self) > 10_000:
            self.clear()            # a text of many scripts: stay small
        cue = self[c] = (_LOOK if c in _MARKER_ALWAYS or c.isdigit()
                         else _LOOK_IF_SECOND_FITS if c in _MARKER_LETTERS else 0)
        return cue


_MARKER_CUE = _MarkerCues()


_start_of = attrgetter("start")


def _words_of_letters(line: str) -> int:
    return sum(1 for w in line.split() if len(w) > 1 and w.rstrip(".,:;").isalpha())


def _continues(prev: str, text: str, gap: bool, short: float) -> bool:
    """Does physical line `text` (not numbered, not a bullet) carry on the paragraph
    whose last line was `prev`?"""
    last, first = prev[-1], text[0]
    if prev.endswith("./."):
        return False                  # the report's own end mark
    if gap:
        return last not in _END_CLAUSE and (first.islower() or first.isdigit())
    if len(prev) < short and (first.isupper() or not first.isalnum()) and last not in ",":
        # a heading in capitals wrapped over two lines still goes on
        return last not in _END_CLAUSE and mostly_upper(prev[:60]) and mostly_upper(text[:60])
    if len(prev) < short and first.isdigit() and last.isalpha():
        return False                  # "a) Giải quyết việc làm" / "6 tháng đầu năm, ...": a short line ends
                                      # its heading; a figure wrapped to the next line follows a full one
    if len(prev) < short and mostly_upper(prev[:60]) and not mostly_upper(text[:60]) and _words_of_letters(prev) >= 2:
        return False                  # a heading in capitals never goes on in small letters: the OCR
                                      # lowered the capital of the paragraph under it ("bé nghi" for "Đề nghị")
    return True
