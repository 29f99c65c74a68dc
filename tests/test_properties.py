"""Properties of `analyse_text` on arbitrary text: it never raises, and every span
it reports lies inside the text, nested and ordered as the outline says."""
from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings, strategies as st

from parser.encodings._marks import all_letters
from parser.pipeline import analyse_text

VIET_LETTERS = "".join(all_letters()) + "abcdeghiklmnopqrstuvxyABCDEGHIKLMNOPQRSTUVXY"
CHARS = VIET_LETTERS + "0123456789" + " .,:;-/()%\n\t" + "IVXL"
MARKERS = [
    "I. ", "II. ", "III. ", "IV. ", "V. ", "Il. ", "A. ", "B. ", "1. ", "2. ", "3. ", "10. ", "1.1. ",
    "6.2. ", "a) ", "b) ", "đ) ", "- ", "+ ", "* ", "• ",
]
PHRASES = [
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "UBND TỈNH TRÀ VINH",
    "SỞ NỘI VỤ", "Số: 12/BC-UBND", "Trà Vinh, ngày 15 tháng 6 năm 2020", "BÁO CÁO",
    "Công tác tháng 6/2020", "Tổng số 1.234 hồ sơ, đạt 76,82%", "kinh phí 7.500.000 đồng",
    "theo Công văn số 1552/BTTTT-CATTT ngày 28/4/2020 của Bộ Thông tin và Truyền thông",
    "Nghị định số 43/2011/NĐ-CP", "trong đó: 460 nam, 1.166 nữ", "Nơi nhận:", "- Lưu: VT.",
    "Kính gửi:", "TM. ỦY BAN NHÂN DÂN", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn An", "V/v báo cáo",
]

free_text = st.text(alphabet=CHARS, max_size=400)
line = st.one_of(
    st.builds(lambda m, t: m + t, st.sampled_from(MARKERS), st.text(alphabet=CHARS, max_size=80)),
    st.sampled_from(PHRASES),
    st.builds(lambda m, p: m + p, st.sampled_from(MARKERS), st.sampled_from(PHRASES)),
    st.text(alphabet=CHARS, max_size=60),
)
report_like = st.builds(lambda ls, end: "\n".join(ls) + end, st.lists(line, max_size=40),
                        st.sampled_from(["", "\n", "\n\n"]))
any_text = st.one_of(report_like, free_text, st.text(max_size=200))

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def inside(span, text, what):
    start, end = span
    assert 0 <= start <= end <= len(text), f"{what} span {span} outside 0..{len(text)}"


def check_nodes(nodes, lo, hi, doc):
    previous_end = lo
    for node in nodes:
        where = f"node {node.path or node.kind}@{node.start}"
        inside((node.start, node.end), doc.text, where)
        assert lo <= node.start and node.end <= hi, f"{where} not inside its parent {lo}..{hi}"
        assert previous_end <= node.start, f"{where} starts before its previous sibling ends ({previous_end})"
        inside((node.title_start, node.title_end), doc.text, where + " title")
        assert node.start <= node.title_start and node.title_end <= node.end, f"{where} title outside node"
        assert 1 <= node.line <= len(doc.line_starts)
        check_nodes(node.children, node.start, node.end, doc)
        previous_end = node.end


def check_document(doc):
    text = doc.text
    check_nodes(doc.outline, 0, len(text), doc)
    for name, f in doc.metadata.fields.items():
        if f is not None:
            inside((f.start, f.end), text, f"metadata {name}")
            for part in f.parts:
                inside(part, text, f"metadata {name} part")
    for r in doc.metadata.recipients:
        inside((r.start, r.end), text, "recipient")
    for m in doc.metrics:
        inside((m.start, m.end), text, f"metric {m.id}")
        for span in (m.label_span, m.unit_span):
            if span is not None:
                inside(span, text, f"metric {m.id} label/unit")
        assert 1 <= m.line <= len(doc.line_starts)
    for ref in doc.references:
        inside((ref.start, ref.end), text, "reference")
        if ref.issuer_span is not None:
            inside(ref.issuer_span, text, "reference issuer")
    ids = {m.id for m in doc.metrics}
    for check in doc.checks:
        assert set(check.metrics) <= ids


@SETTINGS
@given(any_text)
def test_analyse_text_never_raises_and_spans_are_sound(text):
    check_document(analyse_text(text))


@SETTINGS
@given(report_like, st.sampled_from(["\r\n", "\r", "\x0c\n", "\u2028"]))
def test_any_line_break_gives_the_same_lines(text, newline):
    doc = analyse_text(text.replace("\n", newline))
    check_document(doc)
    assert doc.text.splitlines() == text.replace("\n", newline).splitlines()



REPORTS = sorted((Path(__file__).resolve().parent / "reports").glob("*.txt")) + \
    [Path(__file__).resolve().parent.parent / "seeds" / "000_292fb10c7b6fa72d.txt"]
edit = st.tuples(st.floats(0, 1), st.integers(0, 40), st.one_of(st.sampled_from(MARKERS + PHRASES + ["\n"]),
                                                                   st.text(alphabet=CHARS, max_size=20)))


def mutated(text: str, edits) -> str:
    for where, cut, insert in edits:
        at = int(where * len(text))
        text = text[:at] + insert + text[at + cut:]
    return text


@SETTINGS
@given(st.sampled_from(REPORTS), st.lists(edit, max_size=12))
def test_real_reports_with_random_damage(path, edits):
    """Real reports (the sample and tests/reports/) cut, joined and spliced at random:
    reaches the metadata, figures, references and checks code that random text does not."""
    check_document(analyse_text(mutated(path.read_text(encoding="utf-8"), edits)))


# --- the reader on arbitrary bytes, and detection of the legacy encodings

from parser.encodings import cp1258, tcvn3, vni  # noqa: E402
from parser.errors import ReadError  # noqa: E402
from parser.reader import read_bytes  # noqa: E402
from reader_samples import VIETNAMESE_REPORT  # noqa: E402



@SETTINGS
@given(st.binary(max_size=3000))
def test_reader_takes_any_bytes_or_refuses_them_in_one_line(data):
    try:
        text, source = read_bytes(data, "x.txt")
    except ReadError as err:
        assert "\n" not in str(err) and str(err).startswith("x.txt: ")
    else:
        assert source.lines == len(text.splitlines())
        assert source.encoding in {"utf-8", "utf-8-sig", "utf-16", "cp1258", "tcvn3", "vni"}


ENCODERS = {"tcvn3": lambda t: tcvn3.encode(t.lower()), "vni": vni.encode, "cp1258": cp1258.encode}
LINES = [line for line in VIETNAMESE_REPORT.splitlines() if line.strip()]


@SETTINGS
@given(st.lists(st.sampled_from(LINES), min_size=4, max_size=30, unique=True),
       st.sampled_from(sorted(ENCODERS)), st.sampled_from(["\n", "\r\n"]))
def test_legacy_encodings_are_detected_in_any_few_lines(lines, name, sep):
    """A few lines of a report in any order are enough to tell the encoding. (A handful
    of words is not always: "sót" in Windows-1258 bytes spells "sút" in TCVN3.)"""
    text = sep.join(lines)
    assume(sum(not w.isascii() for w in text.split()) >= 10)
    data = ENCODERS[name](text)
    decoded, source = read_bytes(data, "x.txt")
    expected = text.lower() if name == "tcvn3" else text
    assert source.encoding == name
    assert decoded == expected.replace("\r\n", "\n")
