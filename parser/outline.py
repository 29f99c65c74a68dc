"""Body blocks to the outline tree: parts, sections, items, bullets, paragraphs.

Numbers are read in their sequence: an OCR'd Roman numeral ("I1.", "Il.", "IT")
is the part that comes next, a list that plainly lost its first number ("2."
after an intro paragraph and one unnumbered paragraph) gets it back with
`inferred=True`, and duplicated or out-of-order numbers are kept with a warning.
"""
from __future__ import annotations

import re

from .layout import NOT_READ, Block, Marker, mostly_upper, parse_marker
from .text_tables import tables_of
from .model import Document, OutlineNode

_ROMAN_GLYPH = str.maketrans({"1": "I", "l": "I", "|": "I", "T": "I", "i": "I", "v": "V", "x": "X"})
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50}
_TITLE_WORDS = 16          # a title is at most 16 words...
_LONG_HEADING = 25         # ...unless the heading is one short clause (fewer words than this)
_LETTERS = "abcdđeghiklmnopqrstuvxy"       # the Vietnamese order of lettered items


def roman_value(glyph: str) -> int | None:
    s = glyph.translate(_ROMAN_GLYPH)
    if not s or any(c not in _ROMAN_VALUES for c in s):
        return None
    total = 0
    for i, c in enumerate(s):
        v = _ROMAN_VALUES[c]
        total += -v if i + 1 < len(s) and _ROMAN_VALUES[s[i + 1]] > v else v
    return total if to_roman(total) == s else None


def to_roman(n: int) -> str:
    out = []
    for v, s in ((50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= v:
            out.append(s)
            n -= v
    return "".join(out)


def title_end(text: str, start: int, end: int) -> int:
    """End of a heading's title in text[start:end]: the first ":" or ";", the end
    of the first sentence, or the 16th word, whichever comes first; a heading of
    one short clause (up to 24 words) is its own title."""
    limit = end if end < start + 300 else start + 300
    # str.find and a pattern searched in place (pos, endpos), not slices: this runs for every block
    stop = text.find(":", start, limit)
    if stop < 0:
        stop = limit
    semicolon = text.find(";", start, stop)
    if semicolon >= 0:
        stop = semicolon
    m = _SENTENCE_END.search(text, start, stop)
    while m is not None:
        dot = m.start()
        word = text[max(text.rfind(" ", start, dot), text.rfind("\n", start, dot), start - 1) + 1:dot]
        # not after a number or a short abbreviation in capitals ("TP.", "P.")
        if word and not word[-1].isdigit() and not (len(word) <= 3 and word.isupper()):
            stop = dot
            break
        m = _SENTENCE_END.search(text, dot + 1, stop)
    # cut at the 16th word (16 words take at least 31 characters); a whole block of one short
    # clause (up to 24 words) stays whole. str.split with a maxsplit makes one string per word
    # counted, which costs less than a pattern matching word by word
    if stop - start >= 2 * _TITLE_WORDS - 1:
        piece = text[start:stop]
        words = piece.split(None, _TITLE_WORDS - 1)
        if len(words) == _TITLE_WORDS:
            rest = words[-1]                        # from the 16th word on
            if stop != end:
                cut = True
                more = rest.split(None, 1)
            else:
                more = rest.split(None, _LONG_HEADING - _TITLE_WORDS)
                cut = len(more) > _LONG_HEADING - _TITLE_WORDS      # 25 words or more
            if cut:
                stop = start + len(piece) - len(rest) + len(more[0])
    opened = text.rfind("(", start, stop)
    if opened > start and text.find(")", opened, stop) < 0:
        stop = opened               # "2. Về tiền (đơn vị tính: nghìn đồng)": no bracket left open
    while stop > start and text[stop - 1] in " \t\r\n,-–":
        stop -= 1
    return stop


_BARE_HEADING_WORDS = 12
# a "." followed by white space and a letter (alphanumeric, not a decimal digit) before the stop
_SENTENCE_END = re.compile(r"\.(?=\s+[^\W\d_])")


class _Builder:
    def __init__(self, doc: Document):
        self.doc = doc
        self.text = doc.text
        self.roots: list[OutlineNode] = []
        self.stack: list[tuple[int, OutlineNode]] = []   # (rank, node), outermost first
        self.last_part_value = 0
        self.last_letterpart = ""
        self.prev_block_node: OutlineNode | None = None
        # the last number used under each parent: (id(parent), outer numbers) -> n, or "letter" -> a..y
        self.last_number: dict[tuple, object] = {}

    # -- tree plumbing ------------------------------------------------------------------
    def attach(self, rank: int, node: OutlineNode) -> None:
        stack = self.stack                  # (a local: this runs for every block)
        while stack and stack[-1][0] >= rank:
            stack.pop()
        siblings = stack[-1][1].children if stack else self.roots
        node.level = len(stack)
        siblings.append(node)
        end = node.end
        for _, anc in stack:
            if anc.end < end:
                anc.end = end
        stack.append((rank, node))

    def parent(self) -> OutlineNode | None:
        return self.stack[-1][1] if self.stack else None

    def prefix(self, below_rank: int) -> str | None:
        """Path of the nearest ancestor that would stay above a node of `below_rank`."""
        for rank, node in reversed(self.stack):
            if rank < below_rank and node.path:
                return node.path
        return None

    def siblings_for(self, rank: int) -> list[OutlineNode]:
        for r, node in reversed(self.stack):
            if r < rank:
                return node.children
        return self.roots

    # -- nodes ---------------------------------------------------------------------------
    def make(self, kind: str, block: Block, mk: Marker | None, number: str | None, path: str | None) -> OutlineNode:
        text, start, end = self.text, block.start, block.end
        ts = start + mk.end if mk else start
        while ts < end and text[ts].isspace():
            ts += 1
        # positional: OutlineNode(kind, number, path, line, start, end, title_start, title_end,
        # level, inferred, marker) is a hot call, keywords cost more; title_end never returns
        # less than its start
        return OutlineNode(kind, number, path, block.line, start, end, ts, title_end(text, ts, end),
                           0, False, (mk.glyph + mk.punct) if mk else "")

    def add(self, block: Block, mk: Marker | None) -> None:
        if mk is None:                      # a paragraph: the commonest block, no kind to test
            self.attach(20, self.make("paragraph", block, None, None, None))
            self.prev_block_node = self.stack[-1][1]
            return
        kind = mk.kind
        if kind == "roman" and self.roman_is_decimal_one(block, mk):
            mk = Marker("decimal", "1", mk.end, mk.punct or ".")
            kind = "decimal"
        elif kind == "decimal" and self.decimal_is_roman(block, mk):
            mk = Marker("roman", mk.glyph, mk.end, mk.punct)
            kind = "roman"
        # the common kinds first
        if kind == "bullet":
            top = self.parent()
            nested = mk.glyph == "+" and top is not None and top.kind == "bullet" and top.marker != "+"
            self.attach(21 if nested else 20, self.make("bullet", block, mk, None, None))
        elif kind == "decimal":
            self.add_decimal(block, mk)
        elif kind == "roman":
            self.add_part(block, mk)
        elif kind == "letterpart":
            self.add_letterpart(block, mk)
        elif kind == "letter":
            rank = 10
            pre = self.prefix(rank)
            node = self.make("item", block, mk, mk.glyph, f"{pre}.{mk.glyph}" if pre else mk.glyph)
            self.check_letter(node, rank)
            self.attach(rank, node)
        else:
            self.attach(20, self.make("paragraph", block, None, None, None))
        self.prev_block_node = self.stack[-1][1]

    def roman_is_decimal_one(self, block: Block, mk: Marker) -> bool:
        """"I. Công tác ..." in lower case inside a part, where section 1 is due, is "1." misread."""
        if mk.glyph not in ("I", "l", "|") or self.last_part_value == 0:
            return False
        title = self.doc.text[block.start + mk.end:block.start + mk.end + 40]
        return not mostly_upper(title) and self.last_number.get((self.parent_key(2), ()), 0) == 0

    def decimal_is_roman(self, block: Block, mk: Marker) -> bool:
        """"11. NHIỆM VỤ …" in capitals after part I, where section 11 is not due, is "II." misread
        (each I printed 1)."""
        glyph = mk.glyph
        if len(glyph) < 2 or glyph.strip("1") or mk.punct != "." or self.last_part_value == 0:
            return False
        if to_roman(self.last_part_value + 1) != "I" * len(glyph):
            return False
        if self.last_number.get((self.parent_key(2), ()), 0) + 1 == int(glyph):
            return False
        return mostly_upper(self.doc.text[block.start + mk.end:block.start + mk.end + 40])

    def add_part(self, block: Block, mk: Marker) -> None:
        expected = self.last_part_value + 1
        value = roman_value(mk.glyph)
        warnings = []
        if value != expected:
            exact = set(mk.glyph) <= set("IVXL")
            if not exact and len(mk.glyph) == len(to_roman(expected)):
                value = expected
            elif value is None:
                value = expected
                warnings.append(f"Roman numeral {mk.glyph!r} read as {to_roman(expected)}")
            else:
                warnings.append(f"part {to_roman(value)} out of sequence (expected {to_roman(expected)})")
        self.last_part_value = value
        number = to_roman(value)
        pre = self.prefix(1)
        node = self.make("part", block, mk, number, f"{pre}.{number}" if pre else number)
        node.warnings += warnings
        self.attach(1, node)

    def add_letterpart(self, block: Block, mk: Marker) -> None:
        letter = mk.glyph
        self.last_part_value = 0
        node = self.make("part", block, mk, letter, letter)
        if self.last_letterpart and ord(letter) != ord(self.last_letterpart) + 1:
            node.warnings.append(f"part {letter} follows {self.last_letterpart}")
        self.last_letterpart = letter
        self.attach(0, node)

    def add_decimal(self, block: Block, mk: Marker) -> None:
        parts = mk.glyph.split(".")
        # "1)" numbers items under the current heading; "1." and "1.2." number sections of the part
        rank = 9 if mk.punct == ")" and len(parts) == 1 else 1 + len(parts)
        pre = self.prefix(min(rank, 2) if rank != 9 else 9)
        number = mk.glyph
        path = f"{pre}.{number}" if pre else number
        node = self.make("section", block, mk, number, path)
        if rank == 9 or node.title_end < _block_text_end(self.doc.text, block):
            node.kind = "item"
        self.check_sequence(node, rank, int(parts[-1]), parts[:-1])
        self.attach(rank, node)

    # -- sequence --------------------------------------------------------------------------
    def parent_key(self, rank: int) -> int:
        for r, node in reversed(self.stack):
            if r < rank:
                return id(node)
        return 0

    def check_letter(self, node: OutlineNode, rank: int) -> None:
        key = (self.parent_key(rank), "letter")
        last = self.last_number.get(key)
        expected = _LETTERS[_LETTERS.index(last) + 1] if last and last != _LETTERS[-1] else "a"
        if node.number == "d" and expected == "đ":
            # a second "d)" right after "d)": the OCR lost the bar of "đ)", the letter after d
            node.number, node.path = "đ", node.path[:-1] + "đ"
        if node.number in _LETTERS:
            if node.number != expected:
                node.warnings.append(f"item {node.number}) out of sequence (expected {expected})")
            self.last_number[key] = node.number

    def check_sequence(self, node: OutlineNode, rank: int, n: int, outer: list[str]) -> None:
        key = (self.parent_key(rank), tuple(outer))
        last = self.last_number.get(key, 0)
        self.last_number[key] = max(last, n)
        expected = last + 1
        if n == expected:
            return
        if n == expected + 1 and self.fill_skipped(node, rank, expected, outer):
            return
        if n <= last:
            node.warnings.append(f"number {node.number} repeats or goes back (after {last})")
        else:
            node.warnings.append(f"number {node.number} skips {expected}")

    def fill_skipped(self, node: OutlineNode, rank: int, expected: int, outer: list[str]) -> bool:
        """The paragraph just before `node` is the item whose number the OCR lost."""
        para = self.prev_block_node
        if para is not None and para.kind == "bullet":
            return self.fill_skipped_heading(rank, expected, outer)
        if para is None or para.kind != "paragraph":
            return False
        text = self.doc.text
        if text[para.start:para.end].rstrip().endswith(":"):
            return False            # an intro ("... như sau:") introduces the list, it is not item 1
        siblings = self.siblings_for(rank)
        if siblings and siblings[-1] is not para and self.fill_skipped_in_previous(siblings, rank, expected, outer):
            return True
        if siblings and siblings[-1] is para:
            pass
        elif siblings and siblings[-1].kind == "item" and siblings[-1].children \
                and siblings[-1].children[-1] is para and all(c.kind == "paragraph" for c in siblings[-1].children):
            # a list of whole-paragraph items: the lost item was read as the previous item's text
            prev_item = siblings[-1]
            prev_item.children.pop()
            prev_item.end = prev_item.children[-1].end if prev_item.children else \
                max(prev_item.title_end, _last_end(text, prev_item.start, para.start))
            siblings.append(para)
        else:
            return False
        self.number_lost(para, "item", rank, expected, outer)
        para.title_end = title_end(text, para.title_start, para.end)
        para.level = len(self.stack)
        return True


    def fill_skipped_in_previous(self, siblings: list[OutlineNode], rank: int, expected: int,
                                 outer: list[str]) -> bool:
        """A heading line without its number, then its text, read as more text of the section
        before ("2. Chất lượng …" … "Công tác hòa giải, đối thoại tại Tòa án" / "Thực hiện …" /
        "4. …"): the heading becomes the lost section and takes what follows it."""
        prev = siblings[-1]
        kids = prev.children
        if prev.kind not in ("section", "item") or len(kids) < 3:
            return False
        if any(k.kind not in ("paragraph", "bullet") for k in kids):
            return False
        text = self.doc.text
        for h in range(len(kids) - 2, 0, -1):
            if kids[h].kind == "paragraph" and _bare_heading(text, kids[h]):
                break
        else:
            return False
        head = kids[h]
        self.number_lost(head, "section", rank, expected, outer)
        head.children = kids[h + 1:]
        del kids[h:]
        prev.end = kids[-1].end
        head.end = head.children[-1].end
        _relevel(head, prev.level)
        siblings.append(head)
        return True

    def fill_skipped_heading(self, rank: int, expected: int, outer: list[str]) -> bool:
        """A short heading without its number, with bullets under it: the bullets were
        read as its siblings; the heading becomes the lost section and takes them."""
        siblings = self.siblings_for(rank)
        k = len(siblings)
        while k > 0 and siblings[k - 1].kind == "bullet":
            k -= 1
        if k == 0 or k == len(siblings) or siblings[k - 1].kind != "paragraph":
            return False
        head = siblings[k - 1]
        text = self.doc.text
        heading = text[head.start:head.end].rstrip()
        if heading.endswith((".", ":", ";")) or head.title_end < _block_text_end(text, head) or "\n" in heading:
            return False
        self.number_lost(head, "section", rank, expected, outer)
        head.children = siblings[k:]
        del siblings[k:]
        for child in head.children:
            child.level = head.level + 1
        head.end = head.children[-1].end
        return True

    def number_lost(self, node: OutlineNode, kind: str, rank: int, expected: int, outer: list[str]) -> None:
        """`node` becomes the numbered `kind` whose number `expected` the OCR lost (inferred), and the
        stack is left as for a node of `rank`."""
        number = ".".join(outer + [str(expected)])
        pre = self.prefix(9 if rank == 9 else 2)
        node.kind, node.number, node.inferred = kind, number, True
        node.path = f"{pre}.{number}" if pre else number
        while self.stack and self.stack[-1][0] >= rank:
            self.stack.pop()


def _bare_heading(text: str, node: OutlineNode) -> bool:
    """Does the paragraph read as a heading: one line of a dozen words or fewer, opening with a capital,
    all of it its title, no mark closing it?"""
    line = text[node.start:node.end].strip()
    return (0 < len(line.split()) <= _BARE_HEADING_WORDS and "\n" not in line and line[0].isupper()
            and not line.endswith((".", ":", ";", ",")) and node.title_end >= _block_text_end(text, node))


def _relevel(node: OutlineNode, level: int) -> None:
    node.level = level
    for child in node.children:
        _relevel(child, level + 1)


def _block_text_end(text: str, block: Block) -> int:
    end = block.end
    while end > block.start and text[end - 1] in " \t\r\n,.;:-–":
        end -= 1
    return end


def _last_end(text: str, start: int, limit: int) -> int:
    end = limit
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


_LOST_ROMAN_ONE = re.compile(r"(?P<g>[1lT|])\s?(?P<p>[.,])\s+(?=\S)")


def _markers(doc: Document, body: list[Block]) -> list[Marker | None]:
    """Each block's marker; a part I the OCR printed as "1.", "l." or "T." becomes
    Roman when the next part is plainly II."""
    text = doc.text
    markers = [b.marker if b.marker is not NOT_READ else parse_marker(text[b.spans[0][0]:b.spans[0][1]])
               for b in body]
    rows = tables_of(text).numbered_rows
    if rows:
        # "1. Tổng giá trị sản xuất    tỷ đồng    9.812,6    107,8": a table's numbered row, no heading
        markers = [None if mk is not None and b.spans[0][0] in rows else mk for b, mk in zip(body, markers)]
    # the first part of the report, and the first under each lettered part ("B." then "1. LĨNH VỰC
    # KINH TẾ" then "1I. LĨNH VỰC VĂN HÓA")
    opened = 0                               # where the run of Roman parts being read starts
    seen_roman = False
    for k, mk in enumerate(markers):
        if mk is None:
            continue
        if mk.kind == "letterpart":
            opened, seen_roman = k + 1, False
        elif mk.kind == "roman":
            if not seen_roman and roman_value(mk.glyph) in (2, None) and mk.glyph not in ("I", "l", "1"):
                _restore_roman_one(text, body, markers, opened, k)
            seen_roman = True
    return markers


def _restore_roman_one(text: str, body: list[Block], markers: list, lo: int, hi: int) -> None:
    """The nearest caps heading before `hi` (from `lo`) numbered "1.", "l." or "T." is part I; but
    one whose next heading is numbered 1 as well is, the first such ("1. KẾT QUẢ …" then "1. CÔNG
    TÁC THU …": the part, then its first section)."""
    found = []
    for i in range(lo, hi):
        first = text[body[i].spans[0][0]:body[i].spans[0][1]]
        m = _LOST_ROMAN_ONE.match(first)
        if m and mostly_upper(first[m.end():m.end() + 40]):
            found.append((i, m))
    if not found:
        return
    i, m = found[-1]
    for k, mk in found:
        after = next((markers[j] for j in range(k + 1, hi) if markers[j] is not None and markers[j].kind != "bullet"), None)
        if after is not None and after.kind == "decimal" and after.glyph == "1":
            i, m = k, mk
            break
    markers[i] = Marker("roman", "I", m.end(), m["p"])


def build_outline(doc: Document, blocks: list[Block]) -> list[OutlineNode]:
    builder = _Builder(doc)
    body = [b for b in blocks if b.kind == "body"]
    for block, marker in zip(body, _markers(doc, body)):
        builder.add(block, marker)
    return builder.roots
