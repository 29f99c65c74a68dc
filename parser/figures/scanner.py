"""One pass over a document's text: where its numbers are, the look-ups the rules
share (header and closing, quotations, telephone numbers, sentences), and the
rules that say a number is not a figure.

The rules are ordered cheapest first, and the words around a number are read only
when a rule needs them: most numbers are settled by the characters beside them
(a list marker, a date's slash) or by the one word before them.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ..model import Document
from ..numbers import fold_text, word_key
from ..text_tables import tables_of
from ..vnfold import fold
from .cues import (DATE_PART, DATE_WORD, L_SYLLABLE, MONTH_PART, NOT_A_FIGURE, PERIOD_AFTER, PLACE_NUMBER,
                   QUARTER_PART, cue_of, date_word, may_cue)
from .lexicon import MAX_UNIT_LEN, MEASURES, UNIT_ABBREVIATIONS, fuzzy_or_equal, match_unit
from .words import PUNCT, WORD, Words, read_words

# a printed number: digits with "." thousands ("1.626", "1. 626"), "," decimals,
# OCR letters for digits inside ("1.2O0"), an optional "%"; never glued to a word,
# a slash, a hyphen or a colon (dates, document numbers, "Covid-19", times)
NUMBER = re.compile(
    # A number opens with [\dlI]. The engine scans for a class that holds those and every
    # character past Latin-1 (where the other decimal digits are, the first at U+0660) but the
    # blocks of Vietnamese letters, combining marks and punctuation, which hold no digit (each
    # character it holds is tried: in a text with diacritics, one in seven); one look-up per
    # character instead of asking the Unicode database whether it is a digit; the first
    # look-behind then checks the character exactly. The look-behinds follow it so that the
    # scan stays quick.
    r"[^\x00-/:-HJ-km-\xff\u0100-\u065f\u1e00-\u1eff\u2000-\u20cf](?<=[\dlI])"
    r"(?<![\w.,/\-–:&¢€][\dlI])(?:(?<=\d)|(?=\.\d{3}(?!\d)))[\dOolISB]*(?:(?:\.[ ]?|,)\d[\dOolISB]*)*"
    r"(?:[ ]?%|[đĐ](?!\w)|(?![\w/\-–&¢€]|[.,:/]\d))")
# telephone and fax numbers: "(0294) 3 852 123", "0294.3852.123", "ĐT: 0913 456 789"
_PHONE = re.compile(r"(?:\(0\d{2,3}\)|0(?<![\w.,]0)\d{2,3})[ .-]?\d{1,4}(?:[ .-]\d{2,4}){1,3}\b")
# the same, one pattern per first character (see `_first_matches`)
_PHONE_REST = r"[ .-]?\d{1,4}(?:[ .-]\d{2,4}){1,3}\b"
_PHONE_BY_OPENING = (re.compile(r"\((?=(0\d{2,3}\)%s))" % _PHONE_REST),
                     re.compile(r"0(?<![\w.,]0)(?=(\d{2,3}%s))" % _PHONE_REST))
_PHONE_CUE = re.compile(r"(?:dien\s+thoai|\bdt\b|\bsdt\b|fax|hotline|di\s+dong)\s*:?\s*$")
_NOT_DIGIT = re.compile(r"\D")
_QUOTED = re.compile(r"[“\"][^”\"\n]{1,80}[”\"]")
# ends of sentences and paragraphs, for clause-bound look-ups
_SENTENCE_END = re.compile(r"\.[ \t]*\n|\.\s+(?=[A-ZÀ-Ỹ\dĐ])|\n[ \t]*\n|\n(?=[ \t]*[-–~+•*][ \t])|\n(?=[ \t]*\d+(?:\.\d+)*\.[ \t])")

# a count grouped in thousands ("3.210"): no date part, year or ordinal is printed so
# a plant's capacity is a specification, not a count; "bình quân trên 01 ha" is the unit a rate is per
# (every match holds "su": figure_words looks for it first, a search in C over a few characters)
_SPECIFICATION = re.compile(r"c[oe0-9]ng\s+su[a-z0-9]t(?:\s+thiet\s+ke)?\s*:?\s*$")
_PER = re.compile(r"(?<![\w])(?:tren|moi)\s+$")
# a decimal amount or a sum of money is never an ordinal, whatever word precedes it
_AMOUNT = re.compile(r"\d+,\d+")
_MONEY_AFTER = re.compile(r"\s+(?:ty|trieu|nghin|ngan)\s+(?:d\S{1,3}ng|usd)\b")     # "tỷ ddng" too
_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")      # "3.912,5" too

# "từ 10% đến 30%", or one bound naming a group counted after it ("trên 50% là 06 xe")
_BOUND_WORD = r"(?:tren|duoi|tu|den|hon|toi|vuot)"
_PERCENT_RANGE = re.compile(r"\d[\d.,]*\s*%\s*(?:den|toi|-|–)\s*(?:duoi\s+)?\d[\d.,]*\s*%"
                            r"|" + _BOUND_WORD + r"\s+\d[\d.,]*\s*%\s*(?:tro\s+len\s*)?(?:la|:)\s*\d")
# "báo cáo 10 tháng", "số liệu 09 tháng" (OCR "s6 1iéu"), "lũy kế 9 tháng" ("liiy ké"), "bình quân 9 tháng"
_REPORTED_OVER = re.compile(r"(?:bao\s+cao|s\S\s+[l1]ieu|[l1]\S{1,2}y\s+ke|binh\s+quan)\s+$")   # OCR "1iiy ké"
_IN_BEFORE = re.compile(r"(?<![\w])trong\s+$")
_AGE = re.compile(r"tu[o0-9de]i")       # "tuổi" as OCR prints its ô (folded key): "tudi", "tu6i"
_BOUND_BEFORE = re.compile(_BOUND_WORD + r"\s+$")
MARKER_LINE = re.compile(r"[ \t]*(?:[-–~+•*][ \t]*)?$")
MARKER_LINE_ENDS = " \t-–~+•*"     # what a line may hold just before its marker

# layout blocks that hold running text; the header (agency, motto, "Số: ...", place and date,
# document type, subject) and the closing ("Nơi nhận", signature) never hold figures
_BODY_BLOCKS = frozenset({"body"})        # (a page number is no figure either)

# the words after a number a unit is read from, and how far they may reach
AFTER_WORDS, AFTER_REACH = MAX_UNIT_LEN + 1, 60


def _first_matches(patterns: tuple[re.Pattern, ...], text: str) -> list[tuple[int, int]]:
    """The spans `finditer` of an alternation gives, from one pattern per first character of
    its alternatives. Each such pattern takes only that character and looks ahead for the rest
    (capturing it), so it reports every place a match starts; the earliest place after the
    last match wins, as in `finditer`. A regex scanning for one character is much faster than
    one testing every character against a set."""
    # a match's end is the end of its latest-starting group: the look-ahead that matched
    found = sorted((m.start(), max(m.regs)[1]) for pattern in patterns for m in pattern.finditer(text))
    spans, pos = [], 0
    for start, end in found:
        if start >= pos:
            spans.append((start, end))
            pos = end
    return spans


def spans_of(pattern: re.Pattern, text: str, openings: tuple[str, ...]) -> list[tuple[int, int]]:
    """The spans `pattern.finditer(text)` gives, for a pattern every match of which begins with
    one of `openings`: only the places holding one are tried (str.find outruns a regex scan)."""
    places = []
    for opening in openings:
        i = text.find(opening)
        while i != -1:
            places.append(i)
            i = text.find(opening, i + 1)
    places.sort()
    spans, pos = [], 0
    for i in places:
        if i >= pos:
            m = pattern.match(text, i)
            if m:
                spans.append(m.span())
                pos = m.end()
    return spans


class Scanner:
    """One pass over a document's text, with the look-ups the rules share."""

    def __init__(self, doc: Document, blocks=None):
        self.doc = doc
        self.text = doc.text
        self.outside = [(b.start, b.end) for b in blocks or () if b.kind not in _BODY_BLOCKS]
        self.outside_starts = [s for s, _ in self.outside]
        self.folded = fold_text(doc.text)
        self.tables = tables_of(self.text)
        self.quoted = spans_of(_QUOTED, self.text, ("“", '"'))
        self.quote_starts = [s for s, _ in self.quoted]
        self.sentence_ends = [m.end() for m in _SENTENCE_END.finditer(self.text)]
        self.phones = [(start, end) for start, end in _first_matches(_PHONE_BY_OPENING, self.text)
                       if _PHONE_CUE.search(self.folded, max(0, start - 20), start)
                       or len(_NOT_DIGIT.sub("", self.text[start:end])) >= 9]
        # inside quotation marks or a telephone number, together (each list's spans are apart)
        blocked = sorted([(s + 1, e) for s, e in self.quoted if s + 1 < e] + self.phones)
        self.blocked_starts, self.blocked_ends = [], []
        for s, e in blocked:
            if self.blocked_ends and s <= self.blocked_ends[-1]:
                self.blocked_ends[-1] = max(self.blocked_ends[-1], e)
            else:
                self.blocked_starts.append(s)
                self.blocked_ends.append(e)

    def sentence_of(self, pos: int) -> int:
        return bisect.bisect_right(self.sentence_ends, pos)

    def sentence_start(self, pos: int) -> int:
        i = self.sentence_of(pos)
        return self.sentence_ends[i - 1] if i else 0

    def excluded_span(self, start: int) -> bool:
        """Is `start` in the header or the closing (not a body block)?"""
        i = bisect.bisect_right(self.outside_starts, start) - 1
        return i >= 0 and self.outside[i][0] <= start < self.outside[i][1]

    def in_quotes(self, start: int) -> bool:
        i = bisect.bisect_right(self.quote_starts, start) - 1
        return i >= 0 and self.quoted[i][0] < start < self.quoted[i][1]

    # ---- the rules

    def line_start_if_bare(self, pos: int) -> int | None:
        """Where the line holding `pos` starts, when only spaces and a bullet mark lie between
        (a marker's place); None when there is other text before `pos` on its line."""
        text = self.text
        lo = pos - 40 if pos > 40 else 0
        kept = text[lo:pos].rstrip(MARKER_LINE_ENDS)
        if kept:
            return lo + len(kept) if kept[-1] == "\n" else None
        return text.rfind("\n", 0, pos) + 1 if lo else 0

    def is_marker(self, m: re.Match) -> bool:
        """A section number or list marker: "1.", "6.1.", "2)" opening a line."""
        line_start = self.line_start_if_bare(m.start())
        if line_start is None or not MARKER_LINE.match(self.text, line_start, m.start()) or "%" in m.group() \
                or _THOUSANDS.fullmatch(m.group()):
            return False              # (a paragraph's last line opening "91.274.751." is an amount)
        after = self.text[m.end():m.end() + 2]
        if after[:1] in (".", ")") and (after[1:] in ("", " ", "\t", "\n") or after[1:].isalpha()):
            return True
        # a table's row number: "1  Hồ sơ tiếp nhận  1.234" (bare, then a capitalised word)
        token = m.group()
        return (len(token) <= 2 and token.isdigit() and token[0] != "0" and after[:1] in (" ", "\t")
                and after[1:2].isupper() and not self.text[m.end() + 1:m.end() + 4].isupper())

    def figure_words(self, m: re.Match, token: str, parsed) -> Words | None:
        """None when the number `token` at `m` is not a figure (a date, a year, a document
        number, a marker, an ordinal, a syllable read as digits, ...); else the words after it,
        which its unit is read from (none for a percentage)."""
        start, end = m.span()
        if self.outside:
            i = bisect.bisect_right(self.outside_starts, start) - 1
            if i >= 0 and self.outside[i][0] <= start < self.outside[i][1]:
                return None                               # the header or the closing
        # most numbers stand inside a line's text, after a word (seen in the one or two characters
        # before them): no marker
        tables = self.tables
        if self._may_open_line(start) and (start in tables.row_numbers or self.is_marker(m)) \
                or tables.header_lines and tables.in_header(start):
            return None                                   # a marker, a row's number, a column's caption
        facts = _TOKEN_FACTS.get(token)
        if facts is None:
            facts = _token_facts(token, parsed)
        if facts is _PERCENT:
            return None if self.in_quotes(start) or self._bounds_a_range(start, end) else _NO_WORDS
        year, code, one, grouped_or_amount, decimal_or_grouped, short, lone = facts
        text = self.text
        stripped = text[end:end + 12].lstrip(" ")
        if stripped.startswith("/") or stripped[:1] in "-–" and stripped[1:2].isdigit():
            return None                                   # a document number or a date
        if code:
            return None                                   # a telephone number or a code
        i = bisect.bisect_right(self.blocked_starts, start) - 1
        if i >= 0 and start < self.blocked_ends[i]:
            return None                                   # quoted, or a telephone number
        if start in tables.cell_at:
            return None if year else _NO_WORDS            # a table's cell: its unit is the table's
        folded = self.folded
        lo = start - 24 if start > 24 else 0
        if folded.find("su", lo, start) >= 0 and _SPECIFICATION.search(folded, lo, start):
            return None                                   # "công suất 5.000 m3/ngày đêm"
        if one and _PER.search(folded, start - 8 if start > 8 else 0, start):
            return None                                   # "bình quân trên 01 ha": what a rate is per
        cue = self._cue_before(start)
        if cue & NOT_A_FIGURE and not grouped_or_amount and not _MONEY_AFTER.match(folded, end) \
                and not (cue & DATE_PART and 31 < parsed.value < 1000) \
                and not ((cue & PLACE_NUMBER or cue & MONTH_PART and 12 < parsed.value <= 31
                          or cue & QUARTER_PART and parsed.value > 4)
                         and match_unit(read_words(text, end, AFTER_WORDS, AFTER_REACH))):
            return None                                   # an ordinal or a date part; never "cả năm 3.210 ha",
                                                          # "giá khởi điểm 412,7 tỷ đồng"
        # (a year's rule reads the words after it: after the cue, which settles "năm 2022" first)
        if year and self._year(start, end):
            return None
        nxt = read_words(text, end, AFTER_WORDS, AFTER_REACH)
        keys = nxt.keys
        if len(keys) > 1:
            k0, k1 = keys[0], keys[1]
            month = fuzzy_or_equal(k0, "thang")
            if k1.isdigit() and (month or cue & DATE_WORD and date_word(k0)):
                return None                               # a date
            if (month or k0 in ("thang", "quy", "nam")) and _period_word(k1):
                return None          # "9 tháng đầu năm", "6 tháng cuối năm": the report's period
            if month and (fuzzy_or_equal(k1, "nam") and len(keys) > 2 and keys[2][:2] in ("19", "20")
                          or _REPORTED_OVER.search(folded, start - 16 if start > 16 else 0, start)
                          or text.startswith("Trong ", start - 6)
                          or k1 == "," and _IN_BEFORE.search(folded, start - 8 if start > 8 else 0, start)
                          or k1 == "la" and len(keys) > 2 and keys[2][:1].isdigit()):
                return None          # "quý III và 9 tháng năm 2024", "báo cáo 10 tháng", "Trong 6 tháng,",
                                     # "trong\n6 tháng,", "chi ngân sách 8 tháng là 2.957": a period
        if keys and _AGE.fullmatch(keys[0]):
            return None              # "từ 6 đến 15 tuổi", "dưới 18 tuổi": an age
        if decimal_or_grouped:
            return nxt
        if short and keys and keys[0][:1].isdigit() and not nxt.texts[0][:1].isalpha():
            return None                                   # "là 6.767", "tỷ lệ 25,18%"
        if short == 2 and cue & L_SYLLABLE:
            return None                                   # "thuốc lá" read "thuoc 14"
        if lone and match_unit(nxt) is None and not self._abbreviation_after(nxt, end):
            return None                                   # a bare digit with no unit
        return nxt

    def _bounds_a_range(self, start: int, end: int) -> bool:
        """"vượt từ 10% đến 30% là 31 xe", "trên 50% là 06 xe": a percentage bounding a group of what is
        counted is no figure."""
        folded = self.folded
        if "den" not in folded[end:end + 8] and not _BOUND_BEFORE.search(folded, max(0, start - 6), start):
            return False                                  # (most percentages: two tests in C)
        lo = max(0, start - 24)
        return any(m.start() <= start < m.end() for m in _PERCENT_RANGE.finditer(folded, lo, end + 24))

    def _may_open_line(self, start: int) -> bool:
        """Do only spaces and bullet marks stand between the line's start (or 40 characters
        back) and `start`?"""
        text = self.text
        if start >= 2:
            before = text[start - 1]
            if before not in MARKER_LINE_ENDS:
                return before == "\n"
            if before == " " and text[start - 2] not in MARKER_LINE_ENDS:
                return text[start - 2] == "\n"
        kept = text[start - 40 if start > 40 else 0:start].rstrip(MARKER_LINE_ENDS)
        return not kept or kept[-1] == "\n"

    def _year(self, start: int, end: int) -> bool:
        """A four-digit number from 1900 to 2100 is a year unless a counted noun follows: "1950 hồ
        sơ" (a separator the OCR lost)."""
        prev = WORD.findall(self.text, max(0, start - 12), start)[-1:]
        if prev and fuzzy_or_equal(word_key(prev[0]), "nam"):
            return True                                   # "năm 2022": the words after need no reading
        unit = match_unit(read_words(self.text, end, AFTER_WORDS, AFTER_REACH))
        return (unit is None or unit[0] in MEASURES or "\n" in self.text[end:unit[1]]
                or self.text[unit[1]:unit[2]].isupper())

    def _cue_before(self, start: int) -> int:
        """What the last three printed words before a number say of it (`parser.figures.cues`
        flags). Most words before a number can make no cue: then the words before it are not read."""
        text = self.text
        lo = start - 32 if start > 32 else 0
        if start >= 2 and text[start - 1] == " ":
            # the usual "<word> <number>": the word alone first, from the space before it
            last = text[text.rfind(" ", lo, start - 1) + 1 or lo:start - 1]
            if last.isalnum() and not may_cue(last):
                return 0
        window = text[lo:start]
        chunks = window.rsplit(None, 3)
        if not chunks:
            return 0
        last = chunks[-1]
        if last.isalnum():
            if not may_cue(last):
                return 0
        elif last[-1] in PUNCT:
            return 0              # a mark ends the words before: no cue
        words = chunks[-3:] if len(chunks) < 4 else chunks[1:]
        if not "".join(words).isalnum():                  # (every word alnum: the chunks are never empty)
            words = WORD.findall(window)[-3:]             # marks among the words: read them one by one
        if len(words) == 3 and start > 32 and not text[start - 33].isspace():
            words = words[1:]                             # the window cut through a word
        return cue_of(tuple(words))

    def _abbreviation_after(self, nxt: Words, end: int) -> str | None:
        """The unit an abbreviation right after the number at `end` stands for ("đ/c", "vnđ")."""
        if nxt.texts and nxt.end(0) < end + AFTER_REACH:
            return abbreviation(nxt.texts[0])
        return self.abbreviated_unit(end)

    def abbreviated_unit(self, pos: int) -> str | None:
        ws = read_words(self.text, pos, 1)
        return abbreviation(ws.texts[0]) if ws.texts else None


@lru_cache(maxsize=16384)
def abbreviation(word: str) -> str | None:
    """The unit a printed abbreviation stands for ("đ/c" -> "đồng chí"), if it is one (cached:
    it is asked of the word after every number with no lexicon noun)."""
    return UNIT_ABBREVIATIONS.get(fold(word).replace("đ", "d")) or UNIT_ABBREVIATIONS.get(word.lower())


def nxt_words(text: str, pos: int) -> Words:
    """The words a unit may be read from, after a number."""
    return read_words(text, pos, AFTER_WORDS, AFTER_REACH)


_NO_WORDS = Words([], [], [])     # a percentage's unit is its "%": no words read


def _period_word(key: str) -> bool:
    """The word after "N tháng" that makes it a period, as OCR may print it ("cuéi" for "cuối")."""
    if key[:1] in ("b", "p") and "d" + key[1:] in PERIOD_AFTER:
        return True     # "đầu" with its Đ read as B or P ("6 THANG BẦU NĂM")
    return key in PERIOD_AFTER or len(key) >= 3 and any(fuzzy_or_equal(key, w) for w in PERIOD_AFTER if len(w) >= 3)


# what the rules ask of a number token itself, kept per distinct token (the same few hundred
# tokens recur: "01", "2023", "100%"); a token's parse is a function of the token
_PERCENT = ("%",)
_TOKEN_FACTS: dict[str, tuple] = {}


def _token_facts(token: str, parsed) -> tuple:
    """`_PERCENT` for a percentage; else (a year's shape, a code's or telephone's shape, a lone
    one ("01"), grouped in thousands or a decimal amount, a decimal or grouped number, 2 when
    two digits opening with 1 ("14": "lá" misread) else 1 when at most two digits else 0, a
    single digit)."""
    if len(_TOKEN_FACTS) > 100_000:
        _TOKEN_FACTS.clear()
    if "%" in token:
        facts = _PERCENT
    else:
        dotless = "." not in token
        # the digits of a number with no thousands dot: no "%", no space (one follows a dot)
        digits = token.replace(",", "") if dotless else ""
        n = len(digits)
        value = parsed.value
        facts = (n == 4 and isinstance(value, int) and 1900 <= value <= 2100,
                 n >= 8 or n >= 4 and digits[0] == "0",
                 digits.lstrip("0") == "1",
                 bool(_THOUSANDS.fullmatch(token) or _AMOUNT.fullmatch(token)),
                 "," in token or not dotless,
                 (2 if n == 2 and digits[0] == "1" else 1) if n <= 2 else 0,
                 n == 1)
    _TOKEN_FACTS[token] = facts
    return facts
