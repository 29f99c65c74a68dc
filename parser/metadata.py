"""Header and closing blocks to the report's metadata.

`parser.layout` has already cut the merged columns into pieces; this module
reads them: which piece is the issuer and which its governing body, the number
and symbol, place and date, document type, subject and period, recipients and
the signer. Values are normalised only where the contract asks for it (dates,
periods, document types, numbers); every other field keeps its span so a
corrected view corrects it. Nothing is guessed: a field not found stays None.
"""
from __future__ import annotations

import datetime
import re

from .doc_symbols import restore_code_letters, restore_lost_dj
from .layout import AUTHORITY, DATE_LINE, ROLE, SIGNATURE_WORDS, TIMESTAMP, Block, doc_type_of, mostly_upper
from .model import Document, MetaField, Metadata, RawView
from .vnfold import fold, fuzzy

_DIGIT_LOOKALIKES = str.maketrans({"o": "0", "O": "0", "q": "0", "l": "1", "i": "1", "I": "1", "|": "1",
                                   "s": "5", "S": "5"})
# "953 /BC-STTTT-VP" (state) or "45-BC/HU" (Party): the number, then the symbol
_NUMBER_SYMBOL = re.compile(r"(?:s\S{0,2}|8\S?(?=\s*:))\s*[:;.]?\s*(?P<num>[0-9oOlI]{1,6}[a-zA-Z]?)?\s*[/-]\s*(?P<sym>\S.*)")
# the slash read as a letter: "412lBC-UBND", "15IKH-UBND"
_NUMBER_SLASH_LOST = re.compile(r"s\S{0,2}\s*[:;.]?\s*(?P<num>\d{1,6})\s*[l|i]\s*(?P<sym>[a-z]{2,6}-\S.*)")
_SYMBOL_PREFIX = {
    "bc": "Báo cáo", "kh": "Kế hoạch", "ttr": "Tờ trình", "qd": "Quyết định", "tb": "Thông báo",
    "ct": "Chỉ thị", "nq": "Nghị quyết", "bb": "Biên bản", "ctr": "Chương trình", "hd": "Hướng dẫn",
    "da": "Đề án", "pa": "Phương án", "gm": "Giấy mời", "cd": "Công điện",
}
_PLACE_START = re.compile(r"(?:huyen|tinh|xa|thi\s*xa|thanh\s*pho|quan|phuong|thi\s*tran|tp)\b")
# a line that is only a place ("TỈNH LÀO CAI" under "BỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG") ends the name above
_PLACE_ONLY = re.compile(r"(?:huyen|tinh|thi\s*xa|thanh\s*pho|quan|phuong|thi\s*tran)\s+(?!uy\b)\S.{1,29}")
_BARE_BODY = re.compile(r"(?:uy\s*ban\s*nhan\s*dan|ubnd|hoi\s*dong\s*nhan\s*dan|hdnd|uy\s*ban\s*mat\s*tran"
                        r"|huyen\s*uy|tinh\s*uy|dang\s*uy|cong\s*an|chi\s*cuc\s*thue)$")
# the words an agency's name opens with; a header line opening otherwise carries on the name above
_AGENCY_START = re.compile(r"(?:" + "|".join(fuzzy(w, gap=0) for w in (
    "ubnd", "hdnd", "uy ban", "hoi dong", "so", "phong", "ban", "trung tam", "cuc", "chi cuc", "bo",
    "tong cuc", "vien", "truong", "benh vien", "dang", "doan", "cong an", "van phong", "thanh tra",
    "kho bac", "bao hiem", "dai", "bao", "lien", "mat tran", "cong ty", "hoi", "quy", "toa", "bch",
    "chi nhanh", "hoc vien", "nha", "tt", "ttyt", "ubmttq", "tong", "ldld",
    "vksnd", "tand", "bhxh", "kbnn", "ubkt")) + r")(?![a-z0-9])")
_CONTINUES = re.compile(r"(?:va|&|-)\b|(?:va|&)$")
# the head of an agency signs with no "KT."/"TM." line: "TRƯỞNG CÔNG AN HUYỆN", "CHI CỤC TRƯỞNG" is in ROLE
_HEAD_OF = re.compile(r"(?:pho\s+)?truong\s+(?:cong\s+an|ban|phong|chi\s+cuc|tram|trung\s+tam|khoa|dai|doan"
                      r"|kho\s+bac|chi\s+nhanh|thanh\s+tra|cuc|vien|nganh|cong\s+ty)\b")
# a rank or degree printed before the signer's name: "Thượng tá Hồ Văn A", "TS. Lê B", "BSCKII. Trần C"
_RANK = re.compile(r"(?:(?:thieu|trung|thuong|dai)\s+(?:uy|ta|tuong)"
                   r"|(?:pgs|gs)\s*\.?\s*ts|ts|ths|bs(?:ck(?:i{1,2}|[12]))?|ds|ks|ls|cn)\s*\.?\s+(?=\S)")
_VV_LABEL = re.compile(r"[ \t]*V[ \t]*[/.][ \t]*[vVy][ \t]*[:.]?[ \t]*")
_FUNCTION_WORDS = {"va", "cua", "thong", "tin", "so", "ban", "uy", "nhan", "dan", "phong", "truyen"}


def _field(raw: str, spans: list[tuple[int, int]], value: str | None = None) -> MetaField | None:
    spans = [(s, e) for s, e in spans if s < e]
    if not spans:
        return None
    return MetaField(spans[0][0], spans[-1][1], value, list(spans) if len(spans) > 1 else [])


def _digits(text: str) -> str:
    return text.translate(_DIGIT_LOOKALIKES)


def extract_metadata(doc: Document, blocks: list[Block]) -> Metadata:
    md = Metadata()
    raw = doc.text
    by_kind: dict[str, list[Block]] = {}
    for b in blocks:
        by_kind.setdefault(b.kind, []).append(b)
    f = md.fields
    f["parent_issuer"], f["issuer"] = _issuers(raw, by_kind.get("issuer", []))
    for b in by_kind.get("number", [])[:1]:
        f["number"], f["symbol"] = _number_symbol(raw, b)
    for b in by_kind.get("date", [])[:1]:
        f["place"], f["date"] = _place_date(raw, b)
    for b in by_kind.get("doctype", [])[:1]:
        f["doc_type"] = MetaField(b.start, b.end, doc_type_of(" ".join(fold(raw[b.start:b.end]).split())))
    subject = (by_kind.get("subject") or by_kind.get("vv") or [None])[0]
    if subject is not None:
        f["subject"] = _field(raw, _subject_spans(raw, subject.spans))
        if f["doc_type"] is None and subject.kind == "vv":
            f["doc_type"] = MetaField(subject.start, subject.start, "Công văn")
        period = period_of(fold(subject.text(raw)))
        if period:
            f["period"] = MetaField(subject.start, subject.end, period)
    if f["doc_type"] is None and f["symbol"] is not None:
        kind = _symbol_doc_type(f["symbol"].text(RawView(raw)))
        if kind:
            f["doc_type"] = MetaField(f["symbol"].start, f["symbol"].end, kind)
    _signer(raw, by_kind.get("signer", []), md, f["issuer"])
    md.recipients = [m for m in (_field(raw, [_trim_end(raw, s, e) for s, e in b.spans])
                                 for b in by_kind.get("recipient", [])) if m]
    return md


def _subject_spans(raw: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The subject's lines without the "V/v" (về việc) label of a công văn, which is no more
    its subject than "Số:" is its number, and without a parenthesised note under them ("(Số liệu tính từ ngày ...
    đến ngày ...)"); a line's own end punctuation is kept inside the subject ("...năm 2024;"
    then "phương hướng ..."), trimmed only at its very end."""
    while len(spans) > 1 and raw[spans[-1][0]:spans[-1][1]].lstrip().startswith("("):
        spans = spans[:-1]
    vv = _VV_LABEL.match(raw, spans[0][0], spans[0][1])
    if vv and vv.end() < spans[0][1]:
        spans = [(vv.end(), spans[0][1])] + spans[1:]
    kept = [(_trim_end(raw, s, e)[0], e) for s, e in spans[:-1]]
    return kept + [_trim_end(raw, *spans[-1])]


def _trim_end(raw: str, s: int, e: int) -> tuple[int, int]:
    while s < e and raw[s] in " \t-–—•+*~":
        s += 1
    while e > s and raw[e - 1] in " \t;,.:":
        e -= 1
    return s, e


# ---- header -------------------------------------------------------------------------------

def _issuers(raw: str, pieces: list[Block]) -> tuple[MetaField | None, MetaField | None]:
    """Group the left-column pieces into names; the last name issues, the one above governs."""
    groups: list[list[tuple[int, int]]] = []
    prev_fold = ""
    for b in pieces:
        s, e = _trim_end(raw, b.start, b.end)
        if s >= e or not any(c.isalpha() for c in raw[s:e]):
            continue
        f = " ".join(fold(raw[s:e]).split())
        joins = groups and (
            _PLACE_START.match(f) and (_BARE_BODY.search(prev_fold) or _PLACE_ONLY.fullmatch(f)
                                       and not _PLACE_START.search(prev_fold))
            or _CONTINUES.match(f) or re.search(r"(?:\bva|&|-)$", prev_fold)
            or not _PLACE_START.match(f) and not _AGENCY_START.match(f))
        if joins:
            groups[-1].append((s, e))
            prev_fold = prev_fold + " " + f
        else:
            groups.append([(s, e)])
            prev_fold = f
    if not groups:
        return None, None
    issuer = _field(raw, groups[-1])
    parent = _field(raw, groups[-2]) if len(groups) > 1 else None
    return parent, issuer


def _number_symbol(raw: str, b: Block) -> tuple[MetaField | None, MetaField | None]:
    text = raw[b.start:b.end]
    folded = fold(text)
    m = _NUMBER_SYMBOL.match(folded) or _NUMBER_SLASH_LOST.match(folded)
    if not m:
        return None, None
    number = None
    if m["num"]:
        ns, ne = b.start + m.start("num"), b.start + m.end("num")
        number = MetaField(ns, ne, _digits(raw[ns:ne]))
    ss, se = _trim_end(raw, b.start + m.start("sym"), b.end)
    sym_text = raw[ss:se]
    printed = re.sub(r"\s+", "", sym_text)
    restored = restore_lost_dj(restore_code_letters(printed))   # "PGDPT-VP" is "PGDĐT-VP"; "BC~8CT" is "BC-SCT"
    symbol = MetaField(ss, se, restored if restored != sym_text else None)
    return number, symbol


def _place_date(raw: str, b: Block) -> tuple[MetaField | None, MetaField | None]:
    text = raw[b.start:b.end]
    m = DATE_LINE.search(fold(text))
    if not m:
        return None, None
    ps, pe = _trim_end(raw, b.start, b.start + m.start())
    place = MetaField(ps, pe) if ps < pe else None
    try:
        d, mo, y = (int(_digits(m[k])) for k in ("d", "m", "y"))
    except ValueError:
        return place, None
    try:
        when = datetime.date(y, mo, d)
    except ValueError:           # a garbled digit made an impossible date: leave it out
        return place, None
    if not 1900 <= y <= 2100:
        return place, None
    ds = b.start + m.start()
    while raw[ds] in ", ":
        ds += 1
    return place, MetaField(ds, b.start + m.end(), when.isoformat())


def _symbol_doc_type(symbol: str) -> str | None:
    """"BC-UBND" is a báo cáo; a symbol that only names the agency ("UBND-VP") is a công văn."""
    head = fold(symbol).split("/")[-1].split("-")[0]
    if head in _SYMBOL_PREFIX:
        return _SYMBOL_PREFIX[head]
    return None


_TH, _N = r"th\S{0,4}", r"n\S{0,3}"
# (as OCR prints them too: "cuéi" for "cuối", "II1" for "III", "1V" for "IV")
_EARLY_LATE = r"(?:d\S{1,2}u|cu\S{1,2}i)"
_Q = r"(?P<q>[i1l]v|[i1lt]{1,3}|[1-4])(?![a-z0-9])"     # "quý 1T": the OCR's T for an I too
# where each kind of period is named, its year printed there or later ("quý I và nhiệm vụ trọng tâm
# quý II năm 2023", "6 tháng đầu năm, phương hướng 6 tháng cuối năm 2025")
_HALF = re.compile(rf"(?:6|sau)\s*{_TH}\s*(?P<w>{_EARLY_LATE})|(?:nua|nam)\s*(?P<w2>{_EARLY_LATE})\s*{_N}")
_QUARTER = re.compile(r"q\S{0,2}[y¥]\s*" + _Q)        # "qu¥ I"
_MONTH = re.compile(r"(?<![a-z])th\S{1,2}ng\s*(?P<m>\d{1,2})(?!\d)")     # "tháng 8", not "thứ 12"
_MONTHS_SPAN = re.compile(rf"\d+\s*{_TH}\s*(?:dau|cuoi)")
_YEAR_AFTER = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_YEAR = re.compile(rf"\b{_N}\s+(?P<y>(?:19|20)\d{{2}})\b")


def _quarter(q: str) -> int:
    """"iv"/"1v" is 4; "2".."4" as printed; otherwise one stroke per i, 1, l or t ("ii1" is III)."""
    return 4 if q.endswith("v") else int(q) if q in ("2", "3", "4") else len(q)


def period_of(folded: str) -> str | None:
    """The reporting period a (folded) subject names first (what follows is the next period's
    plan): YYYY-MM, YYYY-Qn, YYYY-Hn or YYYY, the year the first one printed after it."""
    named = []
    for rank, pattern in enumerate((_HALF, _QUARTER, _MONTH, _MONTHS_SPAN)):
        m = pattern.search(folded)
        if m:
            named.append((m.start(), rank, m))
    if not named:
        m = _YEAR.search(folded)
        return m["y"] if m else None
    _, rank, m = min(named, key=lambda n: n[:2])
    year = _YEAR_AFTER.search(folded, m.end())
    if year is None or rank == 3:
        return None          # "9 tháng đầu năm": no code for it, and the year alone would mislead
    y = year.group()
    if rank == 0:
        return f"{y}-H{1 if (m['w'] or m['w2']).startswith('d') else 2}"
    if rank == 1:
        return f"{y}-Q{_quarter(m['q'])}" if 1 <= _quarter(m["q"]) <= 4 else None
    month = int(m["m"])
    return f"{y}-{month:02d}" if 1 <= month <= 12 else None


# ---- closing ------------------------------------------------------------------------------

def _signer(raw: str, pieces: list[Block], md: Metadata, issuer: MetaField | None) -> None:
    issuer_fold = fold(issuer.text(RawView(raw))) if issuer else ""
    authority: list[tuple[int, int]] = []
    titles: list[tuple[int, int]] = []
    names: list[tuple[int, int]] = []
    for b in pieces:
        s, e = _trim_end(raw, b.start, b.end)
        text = raw[s:e]
        f = " ".join(fold(text).split())
        if not text:
            continue
        a = AUTHORITY.match(f)
        if a and (mostly_upper(text) or re.match(r"\S{1,3}[./]", f)):
            authority.append((s, e))
            continue
        # names the agency, yet is no repeat of it: "TRƯỞNG CÔNG AN HUYỆN", "CHI CỤC TRƯỞNG"
        head_of = mostly_upper(text) and (_HEAD_OF.match(f) or len(f.split()) <= 4 and ROLE.search(f))
        if not head_of and _is_junk(text, f, issuer_fold):
            continue
        if text[0].isupper() and (ROLE.search(f) or head_of) and len(f.split()) <= 8 and "(" not in text:
            titles.append((s, e))
            continue
        rank = _RANK.match(f)
        if rank:
            skipped = len(f[:rank.end()].split())
            s = s + len(text) - len(text.split(None, skipped)[-1])
            text, f = raw[s:e], " ".join(f.split()[skipped:])
        if _looks_like_name(text, f):
            names.append((s, e))
    f = md.fields
    if authority:
        f["signer_authority"] = _field(raw, authority)
    if titles:
        f["signer_title"] = _field(raw, [titles[-1]])
    elif authority:
        # "Q. GIÁM ĐỐC" with no title line below it: the title is what the authority names, held
        # by an acting head ("Quyền Giám đốc")
        s, e = authority[-1]
        a = AUTHORITY.match(fold(raw[s:e]))
        f["signer_title"] = _field(raw, [(s + a.end(), e)])
        if f["signer_title"] is not None and a.group().lstrip()[:1] == "q":
            f["signer_title"].prefix = "Quyền "
    if names:
        f["signer_name"] = _field(raw, [names[-1]])


def _is_junk(text: str, folded: str, issuer_fold: str) -> bool:
    letters = sum(c.isalpha() for c in text)
    if letters <= 3 or TIMESTAMP.search(text) or SIGNATURE_WORDS.search(folded):
        return True
    # a digital signature repeats the agency's name under the title
    return bool(issuer_fold) and _similar_words(folded, issuer_fold)


def _similar_words(a: str, b: str) -> bool:
    wa, wb = set(a.split()), set(b.split())
    return len(wa) >= 3 and len(wa & wb) >= 0.6 * len(wa)


def _looks_like_name(text: str, folded: str) -> bool:
    words = text.split()
    if not 2 <= len(words) <= 5 or ":" in text:
        return False
    if sum(w in _FUNCTION_WORDS for w in folded.split()) >= 2:
        return False
    # capitalised words; an OCR digit inside a word ("Qu6c") or for its capital ("8eo" for Seo) is
    # allowed, a number is not; one word's Đ may come out as a small b or p ("Hoàng Văn bat" for
    # Đạt, "bing Ngoc Tudn" for Đặng)
    small_dj = [w for w in words if not w[0].isupper() and not (w[0] in "01568" and w[1:].isalpha() and w[1:].islower())]
    return (all(sum(c.isdigit() for c in w) <= 1 for w in words)
            and len(small_dj) <= 1 and all(w[0] in "bp" and len(w) > 1 for w in small_dj))
