"""A line or paragraph set inside the smallest report the pipeline reads as one (a title and a
numbered section before it, another section after it), for tests of what is found in the text."""
from parser.model import Document
from parser.pipeline import analyse_text

HEAD = "BÁO CÁO\nKết quả công tác quý I năm 2023\nI. KẾT QUẢ\n1. Nội dung\n"
TAIL = "\n2. Khác\nKhông có.\n"


def in_report(body: str) -> Document:
    return analyse_text(HEAD + body + TAIL)


def sums_of(doc: Document) -> list:
    """The sum checks of `doc` as (total, sorted parts, holds), in order."""
    return sorted((c.total, sorted(c.parts), c.holds) for c in doc.checks if c.kind == "sum")


def ratios_of(doc: Document) -> list:
    """The ratio checks of `doc` as (percent, part, whole, holds), in order."""
    return sorted((c.percent, c.part, c.whole, c.holds) for c in doc.checks if c.kind == "ratio")
