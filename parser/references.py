"""Documents a report cites: "Công văn số 1552/BTTTT-CATTT ngày 28/4/2020 của Bộ
Thông tin và Truyền thông", "Nghị định số 43/2011/NĐ-CP", "Chỉ thị 28/CT-BTTTT",
"Luật Xuất bản năm 2012" (a law without a number).

Found from the document number's shape (digits, a slash, a capitalised symbol),
then the type words before it, the date and the "của ..." issuer after it, all
read OCR-tolerantly ("Cong vin s6", "Nghi dinh s6 43/2011/ND-CP", "cta Bo").
The number keeps its printed letters ("ND" stays "ND") but for a Đ the OCR read as P or
B in a standard code ("NP-CP" is "NĐ-CP": parser.doc_symbols), and a number wrapped at a
hyphen is joined. The report's own
number ("Số: 953/BC-...") is not a reference. A numbered "văn bản" whose symbol
names no type ("văn bản số 273/BTTTT-CBĐTW") is a "Công văn": that is how the
genre numbers its letters. A law's year ("Luật Xuất bản năm 2012") is not a date.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Iterator

from .doc_symbols import kind_code_restored, restore_code_letters, restore_lost_dj
from .figures import Word, fuzzy_or_equal
from .figures.words import Words, key_of, read_words
from .model import Document, Reference, squash
from .numbers import fold_text, word_key
from .vnfold import fold

# canonical types, folded words; longest first so "Thông tư liên tịch" wins over "Thông tư"
TYPES = sorted([
    ("Bộ luật", ("bo", "luat")), ("Luật", ("luat",)), ("Pháp lệnh", ("phap", "lenh")),
    ("Nghị định", ("nghi", "dinh")), ("Nghị quyết", ("nghi", "quyet")),
    ("Thông tư liên tịch", ("thong", "tu", "lien", "tich")), ("Thông tư", ("thong", "tu")),
    ("Quyết định", ("quyet", "dinh")), ("Chỉ thị", ("chi", "thi")), ("Công văn", ("cong", "van")),
    ("Kế hoạch", ("ke", "hoach")), ("Thông báo", ("thong", "bao")), ("Hướng dẫn", ("huong", "dan")),
    ("Công điện", ("cong", "dien")), ("Văn bản", ("van", "ban")), ("Báo cáo", ("bao", "cao")),
    ("Tờ trình", ("to", "trinh")), ("Đề án", ("de", "an")), ("Quy định", ("quy", "dinh")),
    ("Kết luận", ("ket", "luan")), ("Thông báo kết luận", ("thong", "bao", "ket", "luan")),
    ("Chương trình", ("chuong", "trinh")), ("Quy chế", ("quy", "che")),
], key=lambda t: -len(t[1]))

# the type a symbol names ("43/2011/NĐ-CP" is a Nghị định), folded
SYMBOL_TYPES = {
    "nd": "Nghị định", "nq": "Nghị quyết", "ttlt": "Thông tư liên tịch", "tt": "Thông tư",
    "qd": "Quyết định", "ct": "Chỉ thị", "kh": "Kế hoạch", "tb": "Thông báo", "hd": "Hướng dẫn",
    "cd": "Công điện", "bc": "Báo cáo", "ttr": "Tờ trình", "qh": "Luật", "da": "Đề án",
    "kl": "Kết luận", "qdi": "Quy định", "ttlt": "Thông tư liên tịch", "ctr": "Chương trình", "qc": "Quy chế",
}

# "1552/BTTTT-CATTT", "43/2011/ND-CP", "305/CATTT", "953 /BC-STTTT-VP"
# (OCR: the slash read as "l" or "I", "45/2013lQH13", "96lKH-UBND"; a hyphen as "~", "QD~UBND")
_DOC_NUMBER = re.compile(
    r"\d(?<![\w/.]\d)\d{0,4}(?:[ ]?(?:/|[lI](?=[A-ZĐ])|l(?=(?:19|20)\d\d/))[ ]?(?:(?:19|20)\d\d(?:/|l(?=[A-ZĐ])))?"
    r"|[-~](?=[A-ZĐ][A-ZĐa-z]{0,4}(?:/|l[A-ZĐ])))"        # "1552/", "43/2011/", Party "05-NQ/TW", "02-CTr/TĐTN"
    r"[A-ZĐ][A-ZĐa-z0-9&.]*(?:[-/~][A-ZĐ0-9&][A-ZĐa-z0-9&.]*)*(?<![.-])"
    r"(?:-[ \t]*\n[ \t]*[A-ZĐ][A-ZĐ0-9&]+(?![\w]))?")    # "32/2018/TT-" + "BGDĐT" wrapped at a hyphen
# a slash read as "l"/"I" after digits, before capitals ("96lKH"); "l" before a year and its slash
# ("100l2019/NĐ-CP") or between a Party number's capitals ("24-NQlTW")
_SLASH_READ_AS_L = re.compile(r"(?<=\d)[lI](?=[A-ZĐ])|(?<=\d)l(?=(?:19|20)\d\d/)|(?<=[A-ZĐ])l(?=[A-ZĐ])")
_WRAPPED = re.compile(r"\s*/\s*|-[ \t]*\n[ \t]*")
_SYMBOL_SEPARATOR = re.compile(r"[/-]")
_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZĐ")      # [A-ZĐ]
_YEAR_SLASH = re.compile(r"(?:19|20)\d\d/")
_DATE_AFTER = re.compile(
    r"\s*,?\s*(?:ng\w{1,3}\s+)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})"
    r"|\s*,?\s*(?:ng\w{1,3}\s+)(\d{1,2})\s+th\w{2,4}\s+(\d{1,2})\s+n\w{1,3}\s+(\d{4})")
_LAW = re.compile(r"luat(?<!\wluat)(?![\w])")    # on the folded text; "Luật" capitalised in the raw
_CITED_PLAN = re.compile(
    r"(?:K[eếé¢]\s+ho[aạ]ch|Ch[iỉ]\s+th[iị]|Ngh[iị]\s+quy[eếé]t|H[uư][oớ]ng\s+d[aẫ]n)(?![\w])")
# the same, one pattern per alternative: each opens with its own capital, so the engine looks for
# one letter (fast) instead of testing every character against a set; no two matches can overlap
_CITED_PLANS = tuple(re.compile(alternative + r"(?![\w])") for alternative in (
    r"K[eếé¢]\s+ho[aạ]ch", r"Ch[iỉ]\s+th[iị]", r"Ngh[iị]\s+quy[eếé]t", r"H[uư][oớ]ng\s+d[aẫ]n"))

# words that end an issuer's name ("... Truyền thông tăng cường ...", "... tỉnh về việc ...")
_ISSUER_STOP = {"ve", "viec", "quy", "huong", "ban", "tang", "thuc", "trien", "ngay", "nam", "theo", "do",
                "cho", "tai", "voi", "nham", "trong", "gui", "dong", "phe", "duyet", "tren", "la", "va"}
_NAME_JOINERS = {"va"}


def _type_before(ws: list[Word]) -> tuple[str, int] | None:
    """The document type printed just before a number ("Công văn số", "Chi thi"): (type, start)."""
    keys = [w.key for w in ws]
    if keys and keys[-1] == ":":
        keys, ws = keys[:-1], ws[:-1]
    if keys and (keys[-1] in ("so", "s") or fuzzy_or_equal(keys[-1], "so") and len(keys[-1]) <= 2):
        keys, ws = keys[:-1], ws[:-1]       # "số", OCR "s6", "sb"
    found = _type_ending(tuple(keys))
    return (found[0], ws[-found[1]].start) if found else None


@lru_cache(maxsize=4096)
def _type_ending(keys: tuple[str, ...]) -> tuple[str, int] | None:
    """The document type the keys end with, and its number of words (cached: the same few
    phrases, "Công văn số", "Quyết định số", recur throughout a report)."""
    for name, words in TYPES:
        n = len(words)
        if n <= len(keys) and all(_type_word(k, t) for k, t in zip(keys[-n:], words)):
            return name, n
    return None


def _type_word(key: str, target: str) -> bool:
    if len(target) <= 2:
        return key == target
    return fuzzy_or_equal(key, target) or len(key) == len(target) + 1 and fuzzy_or_equal(key.replace("e", "", 1), target)


def _symbol_type(symbol: str) -> str | None:
    """The type a symbol's first code names: "NĐ-CP" -> Nghị định; "BTTTT-CATTT" names none."""
    codes = [c for c in _SYMBOL_SEPARATOR.split(fold(symbol)) if c and not c.isdigit()]   # past "2013/" of "2013/QH13"
    return SYMBOL_TYPES.get(codes[0].rstrip("0123456789")) if codes else None


def _iso(d: str, m: str, y: str) -> str | None:
    day, month, year = int(d), int(m), int(y)
    if 1 <= day <= 31 and 1 <= month <= 12 and 1900 <= year <= 2100:
        return f"{year:04d}-{month:02d}-{day:02d}"
    return None


def _issuer_after(text: str, pos: int) -> tuple[str, tuple[int, int]] | None:
    """The "của <issuer>" phrase right after `pos`."""
    first = text[pos:pos + 140].split(None, 1)
    if not first or first[0].isalnum() and not _is_cua(key_of(first[0])):
        return None                  # the first word (a plain one is a word as it is) is not "của"
    # eight words hold almost every issuer and are read by the quick path; twelve when they do not
    ws = read_words(text, pos, 8, 140)
    count = _issuer_length(ws, complete=len(ws) < 8)
    if count is None:
        ws = read_words(text, pos, _ISSUER_WORDS, 140)
        count = _issuer_length(ws, complete=True)
    if not count:
        return None
    span = (ws.starts[1], ws.end(count))
    return squash(text[span[0]:span[1]]), span


_ISSUER_WORDS = 12                   # "của" and the issuer's name, at most nine words, and what follows


def _issuer_length(ws: Words, complete: bool) -> int | None:
    """How many words after "của" (`ws`'s first word) name the issuer: 0 when `ws` opens with no
    "của" or no name; None when the words read (not `complete`) may stop before the answer."""
    keys, texts = ws.keys, ws.texts
    if not keys or not _is_cua(keys[0]):
        return 0
    count = 0
    for i in range(1, len(keys)):
        key = keys[i]
        if key in ",;:.()" or key[:1].isdigit():
            break
        if key in _ISSUER_STOP and not (key in _NAME_JOINERS and count):
            break
        if key in _NAME_JOINERS:
            if not complete and i + 5 > len(keys):
                return None          # the type test below looks at four words past this one
            if _opens_with_type(tuple(keys[i + 1:i + 5])):
                break   # "... của UBND tỉnh và Nghị quyết số ...": a second citation
        if not count and not texts[i][:1].isupper():
            break
        count += 1                   # the name is the words from the second on
        if count >= 9:
            break
    else:
        if not complete:
            return None              # more words may continue the name
    return count


_CUA = re.compile(r"c[a-z]{0,2}a")


def _is_cua(key: str) -> bool:
    """"của" as OCR prints it: "cua", "cta", "cia", "ctia", "caa", "cuia"."""
    return bool(_CUA.fullmatch(key))


@lru_cache(maxsize=4096)
def _opens_with_type(keys: tuple[str, ...]) -> bool:
    """Do the words `keys` open with a document type ("Nghị quyết", "Công văn")? (Cached: the
    words after "và" in an issuer's name recur: "và Truyền thông", "và Đào tạo".)"""
    return any(len(words) <= len(keys) and all(_type_word(k, t) for k, t in zip(keys, words))
               for _, words in TYPES)


def _own_number_span(doc: Document) -> tuple[int, int] | None:
    field = doc.metadata.get("number") if doc.metadata else None
    return (field.start, field.end) if field else None


_OWN_NUMBER = re.compile(r"s\S{0,2}\s*:\s*$")


def doc_numbers(text: str) -> Iterator[re.Match]:
    """The matches of `_DOC_NUMBER.finditer(text)`, tried only where the digits before a slash
    start: a literal search for "/" is far cheaper than trying the pattern at every digit of a
    report full of figures."""
    resume = 0                       # the end of the last match: the next one starts there or later
    for slash in _slashes(text):
        if slash < resume:
            continue
        start = _number_start(text, slash)
        if start >= resume:
            m = _DOC_NUMBER.match(text, start)
            if m:
                yield m
                resume = m.end()


def _slashes(text: str) -> list[int]:
    """Where a number's first slash may be: every "/", and an "l" or "I" the OCR printed for one
    between digits and capitals ("96lKH-UBND")."""
    found = []
    slash = text.find("/")
    while slash >= 0:
        found.append(slash)
        slash = text.find("/", slash + 1)
    misread = _misread_slashes(text)
    return sorted(found + misread) if misread else found


def _misread_slashes(text: str) -> list[int]:
    """The starts of `_SLASH_READ_AS_L.finditer(text)`, found with str.find (a pattern opening with
    a look-behind is tried at every character)."""
    out = []
    for letter in "lI":
        i = text.find(letter, 1)
        while i >= 0:
            if text[i - 1].isdigit() and (text[i + 1:i + 2] in _CAPITALS or letter == "l" and _YEAR_SLASH.match(text, i + 1)):
                out.append(i)
            elif letter == "l" and text[i - 1] in _CAPITALS and text[i + 1:i + 2] in _CAPITALS:
                out.append(i)                 # "24-NQlTW" (`_number_start` wants the "-NQ" before it)
            i = text.find(letter, i + 1)
    return sorted(out)


def _number_start(text: str, slash: int) -> int:
    """Where a number whose first slash is `slash` must start ("1552/", "953 /", Party "05-NQ/"):
    the first of the 1-5 digits before it; -1 when there are none. A number starts after no letter
    or digit, so it is the first digit of its run: the pattern checks the rest."""
    end = slash - 1                  # the last character before the slash
    if end >= 0 and text[end] == " ":
        end -= 1                     # "953 /BC"
    elif end >= 0 and (text[end] in _CAPITALS or text[end].islower()):
        caps = end                   # "05-NQ/TW", "02-CTr/TĐTN": a capital and up to 4 letters after a hyphen
        while caps > 0 and slash - caps < 5 and (text[caps - 1] in _CAPITALS or text[caps - 1].islower()):
            caps -= 1
        while caps < end and text[caps] not in _CAPITALS:
            caps += 1                # (the code opens with its capital)
        end = caps - 2
        if end < 0 or text[end + 1] not in "-~":       # "61~KL/TW": the hyphen read as a tilde
            return -1
    start = end + 1
    while start > 0 and end - start < 4 and text[start - 1].isdecimal():    # \d is isdecimal
        start -= 1
    return start if start <= end else -1


def _joined(printed: str) -> str:
    """A number as one word: the spaces around its slashes and a wrap after its hyphen dropped."""
    if " " not in printed and "\n" not in printed and "\t" not in printed:
        return printed               # the usual case; the pattern's only white space is these three
    return _WRAPPED.sub(lambda j: j.group().strip(), printed)


def extract_references(doc: Document, blocks=None) -> list[Reference]:
    """Every cited document of `doc`, in document order."""
    text, refs = doc.text, []
    folded = fold_text(text)
    own = _own_number_span(doc)
    numbered_spans = []
    header_end = len(text) // 5
    for m in doc_numbers(text):
        if own and own[0] <= m.start() < own[1] + 2 or own and m.start() <= own[0] < m.end():
            continue
        if m.start() < header_end and _OWN_NUMBER.search(folded, max(0, m.start() - 6), m.start()):
            continue  # "Số: 953/BC-...": the report's own number in its header
        number = _joined(m.group())
        if "l" in number or "I" in number:
            number = _SLASH_READ_AS_L.sub("/", number)        # "96lKH-UBND", "45/2013lQH13"
        number = restore_lost_dj(restore_code_letters(number))
        symbol = _SYMBOL_SEPARATOR.split(number, maxsplit=1)[-1]
        ws = _words_before(text, m.start(), 6, 50)
        found = _type_before(ws)
        if found:
            rtype, start = found
            if rtype == "Văn bản":
                rtype = _symbol_type(symbol) or "Công văn"
            number = kind_code_restored(number, rtype)
        else:
            rtype, start = _symbol_type(symbol), m.start()
            if rtype == "Luật":           # "Luật Đất đai số 45/2013/QH13": the law's name between
                named = [w for w in ws if w.key == "luat" and w.text[:1] == "L"]
                start = named[-1].start if named else start
            if rtype is None:
                if not ws or not (ws[-1].key in ("so", "s") or fuzzy_or_equal(ws[-1].key, "so")):
                    continue
                rtype = "Công văn"
        end, date = m.end(), None
        d = _DATE_AFTER.match(folded, end)
        if d:
            g = d.groups()
            date = _iso(*g[:3]) if g[0] else _iso(*g[3:])
            end = d.end()
        issuer = _issuer_after(text, end)
        if issuer:
            end = issuer[1][1]
        numbered_spans.append((start, end))
        refs.append(Reference(type=rtype, number=number, date=date, issuer=issuer[0] if issuer else None,
                              line=doc.line_of(m.start()), start=start, end=end,
                              issuer_span=issuer[1] if issuer else None))
    refs.extend(_unnumbered(doc, numbered_spans))
    refs.sort(key=lambda r: r.start)
    return refs


_LAW_YEAR = re.compile(r"[^.;\n(]{0,60}?\bn\S{1,3}\s+((?:19|20)\d\d)\b")
_PLAN_END = re.compile(r"[.;\n]\s*[\n-]|[.;](?=\s+[A-ZĐ])")
_SHORT_WORD = re.compile(r"(?<![\w])\w{2,4}(?![\w])")     # where "của" may be


def _two_words_before(text: str, pos: int) -> list[Word]:
    """`words_before(text, pos, 2)`, from a short window when it holds two whole words: past the
    word a window may cut, the words are the same whatever the window's length."""
    ws = _words_before(text, pos, 2, 24)
    return ws if len(ws) == 2 else _words_before(text, pos, 2, 60)


_new_word = tuple.__new__           # a Word without NamedTuple's Python-level constructor
# `parser.figures.words.WORD`: words cut at white space and at separators it drops, each of the
# marks ",;:.()" a word of its own
_WORD_PIECES = re.compile(r"[^\s,;:.()\[\]“”\"'!?…]+|[,;:.()]").findall
_DROPPED = "[]“”\"'!?…"


def _words_before(text: str, pos: int, n: int, limit: int) -> list[Word]:
    """`words_before(text, pos, n, limit)`: the window is cut with str.split, and only a piece that
    is not all letters and digits (none is a mark or a separator) with the pattern, whose
    character class costs far more than str.split on text with diacritics."""
    lo = max(0, pos - limit)
    window = text[lo:pos]
    pieces = window.split()          # str.split and the regex's \s cut at the same white space
    if not all(map(str.isalnum, pieces)):
        pieces = [w for p in pieces for w in ((p,) if p.isalnum() else _WORD_PIECES(p))]
    if lo and pieces and not window[0].isspace() and window[0] not in _DROPPED:
        del pieces[0]                # cut through a word (or a mark at the window's edge, as the pattern does)
    out = []
    at = len(window)
    for piece in reversed(pieces[-n:]):
        # the words are in order and hold no separator: the last place of each before the next is its own
        at = window.rfind(piece, 0, at)
        start = lo + at
        out.append(_new_word(Word, (piece, start, start + len(piece), key_of(piece))))
    out.reverse()
    return out


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    """`spans` sorted by start, not overlapping."""
    i = bisect.bisect_right(spans, (pos, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


def _unnumbered(doc: Document, numbered: list[tuple[int, int]]) -> list[Reference]:
    """Laws cited by name ("Luật Xuất bản năm 2012") and plans or directives cited
    as being carried out ("thực hiện Kế hoạch ... của Sở ...")."""
    text, out = doc.text, []
    folded = fold_text(text)
    for m in _LAW.finditer(folded):
        if text[m.start()] != "L" or _inside(numbered, m.start()):
            continue
        before = _words_before(text, m.start(), 1, 60)
        if before and before[-1].key == "phap":
            continue  # "pháp luật": the law in general
        date = None
        y = _LAW_YEAR.match(fold(text[m.end():m.end() + 70]))
        end = m.end() + (y.end() if y else 0)
        if y:
            date = None  # a law's year is when it was passed, not a date
        code = before and before[-1].key == "bo" and before[-1].text[:1] == "B"   # "Bộ luật"
        start = before[-1].start if code else m.start()
        out.append(Reference(type="Bộ luật" if code else "Luật", number=None, date=date,
                             issuer=None, line=doc.line_of(start), start=start, end=end))
    for m in sorted((m for plan in _CITED_PLANS for m in plan.finditer(text)), key=re.Match.start):
        if m.start() and text[m.start() - 1].isalnum() or _inside(numbered, m.start()):
            continue
        before = [w.key for w in _two_words_before(text, m.start())]
        if not (before[-1:] == ["theo"] or len(before) == 2 and fuzzy_or_equal(before[0], "thuc")
                and fuzzy_or_equal(before[1], "hien")):
            continue
        stop = _PLAN_END.search(text[m.end():m.end() + 200])
        window_end = m.end() + (stop.start() if stop else 200)
        issuer = None
        for c in _SHORT_WORD.finditer(text[m.end():window_end]):
            if _is_cua(word_key(c.group())):
                issuer = _issuer_after(text, m.end() + c.start())
                break
        if issuer is None:
            continue
        rtype = next(name for name, words in TYPES if fuzzy_or_equal(word_key(m.group().split()[0]), words[0])
                     and len(words) == 2)
        out.append(Reference(type=rtype, number=None, date=None, issuer=issuer[0], line=doc.line_of(m.start()),
                             start=m.start(), end=issuer[1][1], issuer_span=issuer[1]))
    return out
