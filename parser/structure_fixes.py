"""Corrections the document's form proves: a part numbered "I1." after part I is "II.",
an item "d)" right after "d)" is "đ)", "quy" before a quarter's numeral is "quý", the
national motto of the header is its fixed wording, a bullet printed "~" is "-", a lone "&"
between words is "ở", place names from the gazetteer (parser.place_names).

The text-only correction engine leaves garbled Roman numerals alone (a lone "I1"
could be anything); the outline knows the sequence, so the fix is certain here.
"""
from __future__ import annotations

import re

from .layout import motto1_search, motto2_search
from .doc_symbols import corrected_code
from .model import Correction, Document
from .numbers import fold_text
from .place_names import place_readings
from .vnfold import fold, fuzzy, in_case_of

_ROMAN_MARK = re.compile(r"[IVXLT1l]+")


# "quy II năm 2023", "QUY 1V", "qu¥ I": the word before a quarter's numeral (as OCR prints it) is "quý"
# and the numeral's strokes printed 1, l or T are I ("quy 1T năm 2025" is "quý II năm 2025")
_QUARTER_WORD = re.compile(r"(?<![^\W\d_])([Qq][Uu])([yY¥ÿ])[ \t]+([IVX1lT]{1,4}|[1-4])(?![^\W_])")
_STROKES = str.maketrans({"1": "I", "l": "I", "T": "I"})


def quarter_corrections(text: str) -> list[Correction]:
    fixes = []
    found = list(_QUARTER_WORD.finditer(text))
    # "quý 1" is quý I printed with a 1, unless the report numbers its quarters in digits ("quý 2")
    arabic = any(m.group(3) in ("2", "3", "4") for m in found)
    for m in found:
        numeral = m.group(3)
        roman = numeral.translate(_STROKES) if numeral != "1" or not arabic else numeral
        if numeral == "T" or not re.fullmatch(r"I{1,3}|IV|[1-4]", roman if not numeral.isdigit() else numeral):
            continue            # "quy T" is no quarter ("quý TV" is IV); neither is a numeral past IV
        accented = "Ý" if m.group(1).isupper() and m.group(2) != "y" else "ý"
        fixes.append(Correction(m.start(2), m.end(2), m.group(2), accented, source="structure", confidence=0.95))
        if roman != numeral and not roman.isdigit():
            fixes.append(Correction(m.start(3), m.end(3), numeral, roman, source="structure", confidence=0.9))
    return fixes


# the words of a signer's title, a closed vocabulary (folded, OCR's b/p for đ allowed): "TRUONG
# CONG AN HUYEN" is "TRƯỞNG", never "TRƯỜNG"; "GIAM BOC" is "GIÁM ĐỐC"
_TITLE_WORDS = {"truong": "trưởng", "pho": "phó", "giam": "giám", "doc": "đốc", "boc": "đốc", "poc": "đốc",
                "chu": "chủ", "tich": "tịch", "chanh": "chánh", "hieu": "hiệu", "cuc": "cục"}
_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|1(?=[^\W\d_]))*")       # letters, a "1" among them
_CODE_WORD = re.compile(r"(?<![\w&])[A-ZĐ][A-ZĐ&]{1,7}(?![\w&])")     # an abbreviation in capitals


def title_corrections(doc: Document) -> list[Correction]:
    fixes = []
    for name in ("signer_title", "signer_authority"):
        field = doc.metadata.fields.get(name) if doc.metadata else None
        if field is None:
            continue
        for s, e in field.parts or [(field.start, field.end)]:
            for m in _WORD.finditer(doc.text, s, e):
                word = m.group()
                canonical = _TITLE_WORDS.get(fold(word).replace("1", "i"))     # OCR "G1AM"
                if canonical is None:
                    continue
                new = in_case_of(word, canonical)
                if new != word:
                    fixes.append(Correction(m.start(), m.end(), word, new, source="structure", confidence=0.95))
    return fixes


_WARD = re.compile(r"ph\S{2,3}ng")     # (folded) "phuong", as OCR may print it


def agency_corrections(doc: Document) -> list[Correction]:
    """An agency's name opening with "SO" is a "SỞ" (a department), never "SỐ" (a number): "SO
    NGOAI VU", "SỐ TÀI CHÍNH" as OCR printed it. An abbreviation in the name that can only be a
    known code with its Đ printed D, P or B is that code ("LDLP TỈNH" is "LĐLĐ TỈNH")."""
    fixes = []
    for name in ("parent_issuer", "issuer"):
        field = doc.metadata.fields.get(name) if doc.metadata else None
        if field is None:
            continue
        m = _WORD.match(doc.text, field.start)
        if m and fold(m.group()) == "so" and m.end() < field.end:
            new = in_case_of(m.group(), "sở")
            if new != m.group():
                fixes.append(Correction(m.start(), m.end(), m.group(), new, source="structure", confidence=0.95))
        # "ỦY BAN NHÂN DÂN" / "PHUỜNG TÂN PHONG": the ward (phường), never a "phương" (direction)
        words = [w for s, e in field.parts or [(field.start, field.end)] for w in _WORD.finditer(doc.text, s, e)]
        for before, w in zip(words, words[1:]):
            if _WARD.fullmatch(fold(w.group())) and fold(before.group()) in ("ubnd", "dan") \
                    and w.group() != in_case_of(w.group(), "phường"):
                fixes.append(Correction(w.start(), w.end(), w.group(), in_case_of(w.group(), "phường"),
                                        source="structure", confidence=0.9))
        for word in _CODE_WORD.finditer(doc.text, field.start, field.end):
            code = corrected_code(word.group())
            if code != word.group():
                fixes.append(Correction(word.start(), word.end(), word.group(), code, source="structure", confidence=0.9))
    return fixes


# Every administrative document prints one of these mottos in its header, always in these words
# (Nghị định 30/2020/NĐ-CP). Once a header line reads as one (parser.layout's motto patterns), its
# words are restored when they line up with the motto's: as many words, nearly all matching
# letter by letter with the OCR's confusions ("phdc" lost its u: it still stands for "phúc").
MOTTOS = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "ĐẢNG CỘNG SẢN VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
          # the national names mass organisations head their papers with
          "HỘI NÔNG DÂN VIỆT NAM", "HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM", "HỘI CỰU CHIẾN BINH VIỆT NAM",
          "ĐOÀN TNCS HỒ CHÍ MINH", "CÔNG ĐOÀN VIỆT NAM", "MẶT TRẬN TỔ QUỐC VIỆT NAM")
_DASH = re.compile(r"[-–—~]")
_MOTTO_WORDS = [[(w, _DASH if w == "-" else re.compile(fuzzy(fold(w)))) for w in motto.split()] for motto in MOTTOS]
HEADER_LINES = 15       # the motto stands in the first lines
MOTTO_MISMATCHES = 2    # words of a motto line the OCR may garble beyond its usual confusions


def motto_corrections(text: str) -> list[Correction]:
    """The header's motto words as they are written, where the OCR garbled them ("Hanh phic")."""
    fixes = []
    pos = 0
    for _ in range(HEADER_LINES):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        folded = fold(text[pos:end])
        m = motto1_search(folded) or motto2_search(folded)
        if m:
            fixes += _motto_words(text, pos + m.start("m"), end)
        if end == len(text):
            break
        pos = end + 1
    return fixes


def _motto_words(text: str, start: int, end: int) -> list[Correction]:
    printed = [(w.start(), w.end()) for w in re.finditer(r"\S+", text[start:end])]
    pieces = [text[start + s:start + e] for s, e in printed]
    for words in _MOTTO_WORDS:
        if len(printed) != len(words):
            continue
        matching = [bool(pattern.fullmatch(fold(piece))) for piece, (_, pattern) in zip(pieces, words)]
        dash_missing = any(not ok for ok, (word, _) in zip(matching, words) if word == "-")
        if dash_missing or matching.count(False) > min(MOTTO_MISMATCHES, len(words) // 3):
            continue
        fixes = []
        for (s, e), piece, (word, _) in zip(printed, pieces, words):
            letters = [c for c in piece if c.isalpha()]
            new = word.upper() if len(letters) > 1 and all(c.isupper() for c in letters) else word
            if piece != new and piece.lower() != new.lower():     # a dash read as "~" too
                fixes.append(Correction(start + s, start + e, piece, new, source="structure", confidence=0.99))
        return fixes
    return []


# a line's bullet "-" read as "~" (reports never bullet with a tilde)
# and a tilde standing alone is a dash ("2021 ~ 2025", "Lao động ~ Thương binh"), unless it says
# "about" before a number ("tỷ lệ ~ 30%")
_TILDE_BULLET = re.compile(r"(?<!\S)(~)(?!\S)(?![ \t]+\d)|(?<=\d)[ \t]+(~)(?=[ \t]+\d)")
# "ở" read as "&" when it stands alone between two words of a sentence ("nhà & xã hội"); between
# abbreviations ("PTTH & TTĐT") it is an ampersand
# (a word or a number on either side: "xảy ra & 03 xã", "năm 2024 & các xã"; at a line's end too)
_LONE_AMPERSAND = re.compile(r"(?:(?<=[^\W_]) |^[ \t]*)(&)(?: (?=[^\W_])|[ \t]*$)", re.M)


# a capital I printed as the digit 1 inside a word in capitals ("TR1ỂN", "H1ỂM")
_ONE_FOR_I = re.compile(r"(?<![\w])[A-ZĐÀ-Ỹ]+1[A-ZĐÀ-Ỹ1]*(?![\w])")


def one_for_i_corrections(text: str) -> list[Correction]:
    """"PHÁT TR1ỂN", "BẢO H1ỂM": the word with its 1s read as I, when it was printed with marks and
    is a well-formed syllable so; a word in plain letters ("NH1EM", "HO1") is the engine's, which
    gives it marks. (The syllable rules, not the language model: the window calls this at once.)"""
    fixes = []
    for m in _ONE_FOR_I.finditer(text):
        word = m.group()
        new = word.replace("1", "I")
        if word.isascii() or not new.isupper():
            continue
        from .correction.syllables import is_syllable
        if is_syllable(new):     # marks printed: sure
            fixes.append(Correction(m.start(), m.end(), word, new, source="structure", confidence=0.95))
    return fixes


# "Các phòng, đơn vị thuộc Sở", "các phòng, ban": offices listed (a recipient line), a word the
# engine reads alone before the comma and leaves as "phong"; folded
_PHONG_LISTED = re.compile(r"(?<![\w])cac\s+(phong)(?=\s*,|\s+ban(?![\w]))")


# "các xã, phường": the wards listed with the communes (OCR "x&"), a word the engine reads alone
# after the comma as "phương"; folded
_PHUONG_LISTED = re.compile(r"(?<![\w])x[a&@]\s*,\s*(phuong)(?![\w])")


# "(b/c)" after a recipient (báo cáo: for their information), its slash read as l, 1, I or |
_FOR_REPORT = re.compile(r"\((b[l1I|]c)\)")


def phrase_corrections(text: str) -> list[Correction]:
    """"Các phong, đơn vị" is "Các phòng, đơn vị"; "các xã, phuong" is "các xã, phường"; a
    recipient's "(blc)" is "(b/c)"; "các PGD Sở" is "các PGĐ Sở" (the deputy directors)."""
    fixes = [Correction(m.start(1), m.end(1), m.group(1), "b/c", source="structure", confidence=0.95)
             for m in _FOR_REPORT.finditer(text)]
    fixes += [Correction(m.start(1), m.end(1), m.group(1), "PGĐ", source="structure", confidence=0.9)
              for m in _DEPUTY_HEADS.finditer(text)]
    folded = fold_text(text)
    for pattern, word in ((_PHONG_LISTED, "phòng"), (_PHUONG_LISTED, "phường")):
        for m in pattern.finditer(folded):
            printed = text[m.start(1):m.end(1)]
            if not printed.isascii():
                continue        # printed with marks: kept
            fixes.append(Correction(m.start(1), m.end(1), printed, in_case_of(printed, word),
                                    source="structure", confidence=0.9))
    return fixes


# "PGĐ Sở" (Phó Giám đốc), its Đ printed D, P or B; "PGD" alone may be a bank's transaction office
_DEPUTY_HEADS = re.compile(r"(?<![\w])(PG[DPB])(?=[ \t]+[Ss]\S{0,2}(?![\w]))")


def symbol_corrections(text: str) -> list[Correction]:
    fixes = [Correction(m.start(m.lastindex), m.end(m.lastindex), "~", "-", source="structure", confidence=0.95)
             for m in _TILDE_BULLET.finditer(text)]
    for m in _LONE_AMPERSAND.finditer(text):
        before = text[max(text.rfind(" ", 0, m.start(1) - 1), text.rfind("\n", 0, m.start(1))) + 1:m.start(1)].strip()
        after = text[m.end(1):m.end(1) + 40].split()[:1]
        after = after[0][:1] if after else ""
        if (after.islower() or after.isdigit()) and not before.isupper():
            fixes.append(Correction(m.start(1), m.end(1), "&", "ở", source="structure", confidence=0.9))
    return fixes


_CODE = re.compile(r"[A-ZĐa-z&]+")


def code_corrections(text: str) -> list[Correction]:
    """The Đ of the codes in document numbers ("2516/BC-SGDDT", "45/QD-UBND"), printed D, P or B."""
    from .references import doc_numbers
    fixes = []
    for m in doc_numbers(text):
        for code in _CODE.finditer(m.group()):
            new = corrected_code(code.group())
            if new != code.group():
                start = m.start() + code.start()
                fixes.append(Correction(start, start + len(code.group()), code.group(), new,
                                        source="structure", confidence=0.9))
    return fixes


def signer_name_corrections(doc: Document) -> list[Correction]:
    """The word of the signer's name whose Đ the OCR printed as a small b or p ("Hoàng Văn bat",
    "bing Ngọc Tuấn"): the engine reads capitalised runs as names, and this word broke the run."""
    field = doc.metadata.fields.get("signer_name") if doc.metadata else None
    if field is None:
        return []
    words = list(re.finditer(r"\S+", doc.text[field.start:field.end]))
    small = [k for k, w in enumerate(words) if w.group()[:1] in ("b", "p")]
    if len(words) < 2 or len(small) != 1:
        return []
    k = small[0]
    word = words[k].group()
    from .correction.names import read_name
    kind = "surnames" if k == 0 else "given" if k == len(words) - 1 else "middle"
    name = read_name(word, kind, [], last=kind == "given")
    if name is None or name[0][0] != "đ":
        return []
    start = field.start + words[k].start()
    return [Correction(start, start + len(word), word, name[0].capitalize(), source="structure", confidence=0.8)]


def structure_corrections(doc: Document) -> list[Correction]:
    fixes = (quarter_corrections(doc.text) + title_corrections(doc) + agency_corrections(doc)
             + motto_corrections(doc.text) + symbol_corrections(doc.text) + place_readings(doc.text)
             + signer_name_corrections(doc)
             + one_for_i_corrections(doc.text) + phrase_corrections(doc.text) + code_corrections(doc.text))
    for node in doc.nodes():
        if node.kind == "item" and node.number == "đ" and node.marker.startswith("d") \
                and doc.text[node.start:node.start + 1] == "d":
            # "d)" after "d)" is "đ)" (parser.outline)
            fixes.append(Correction(node.start, node.start + 1, "d", "đ", source="structure", confidence=0.99))
            continue
        if node.kind != "part" or not node.number or not node.marker:
            continue
        # the numeral as printed where the node starts (its marker may already read "I." for a
        # printed "1."); a heading's first word is no numeral ("TÌNH HÌNH")
        m = _ROMAN_MARK.match(doc.text, node.start)
        printed = m.group() if m and doc.text[m.end():m.end() + 1] in ".): \t" else ""
        if not printed or printed == node.number or not re.fullmatch(r"[IVXL]+", node.number):
            continue
        fixes.append(Correction(node.start, node.start + len(printed), printed, node.number,
                                source="structure", confidence=0.99))
    return _apart(fixes)


def _apart(fixes: list[Correction]) -> list[Correction]:
    """The fixes with no two overlapping (the first listed wins), by start."""
    kept: list[Correction] = []
    for c in fixes:
        if not any(c.start < k.end and k.start < c.end for k in kept):
            kept.append(c)
    return sorted(kept, key=lambda c: c.start)


def merge(engine: list[Correction], structural: list[Correction]) -> list[Correction]:
    """The engine's corrections with the structural ones taking precedence where they overlap; a
    structural one that keeps its word as printed (a place name printed right) only keeps the
    engine off it."""
    if not structural:
        return engine
    taken = [(c.start, c.end) for c in structural]
    kept = [c for c in engine if not any(c.start < e and s < c.end for s, e in taken)]
    return sorted(kept + [c for c in structural if c.new != c.old], key=lambda c: c.start)
