"""parser.outline: paths, OCR Roman numerals by sequence, lost numbers, titles; the reports' keys."""
import difflib

import pytest

from ocr_degrade import cases
from parser.layout import build_blocks
from parser.model import Document, RawView, SourceInfo
from parser.outline import build_outline, roman_value, title_end
from parser.pipeline import analyse_text
from parser.render import node_title
from parser.vnfold import fold_words


def outline_of(text: str):
    doc = Document(source=SourceInfo("t.txt", "", "utf-8", text.count("\n") + 1), text=text)
    return doc, build_outline(doc, build_blocks(doc))


def numbered(doc, roots):
    view = RawView(doc.text)
    out = []

    def walk(nodes):
        for n in nodes:
            if n.path:
                out.append((n.path, node_title(n, view), n))
            walk(n.children)
    walk(roots)
    return out


def similar(gold: str, got: str) -> float:
    g, p = fold_words(gold), fold_words(got)
    return difflib.SequenceMatcher(None, g[:80], p[: len(g) + 15][:80]).ratio()


@pytest.mark.parametrize("name, variant, path, key", cases(), ids=lambda v: v if isinstance(v, str) else None)
def test_report_outline(name, variant, path, key):
    doc, roots = outline_of(path.read_text(encoding="utf-8"))
    got = numbered(doc, roots)
    assert [p for p, _, _ in got] == [g["path"] for g in key["outline"]]
    for (p, title, node), g in zip(got, key["outline"]):
        assert similar(g["title"], title) >= (0.9 if variant == "clean" else 0.75), (p, title)
        assert node.inferred == g.get("inferred", False), p
        assert bool(node.warnings) == g.get("warning", False), (p, node.warnings)


def test_sample_outline(sample_path, sample_gold):
    doc, roots = outline_of(sample_path.read_text(encoding="utf-8"))
    got = numbered(doc, roots)
    assert [p for p, _, _ in got] == [g["path"] for g in sample_gold["outline"]]
    assert all(similar(g["title"], t) >= 0.75 for (_, t, _), g in zip(got, sample_gold["outline"]))
    inferred = [p for p, _, n in got if n.inferred]
    assert inferred == ["III.1"]


@pytest.mark.parametrize("glyph, value", [("I", 1), ("II", 2), ("IV", 4), ("IX", 9), ("XII", 12),
                                          ("I1", 2), ("Il", 2), ("IT", 2), ("lV", 4), ("V1", 6), ("IIII", None)])
def test_roman_value(glyph, value):
    assert roman_value(glyph) == value


def test_roman_read_by_sequence():
    text = ("I. KẾT QUẢ\n1. Một\nNội dung.\n\nI1. TỒN TẠI\n1. Hai\nNội dung.\n\n"
            "1II. KIẾN NGHỊ\n1. Ba\nNội dung.\n\nlV. ĐỀ XUẤT\nNội dung.\n")
    doc, roots = outline_of(text)
    assert [n.path for n in roots] == ["I", "II", "III", "IV"]
    assert [n.marker for n in roots] == ["I.", "I1.", "1II.", "lV."]
    assert [c.path for n in roots[:3] for c in n.children if c.path] == ["I.1", "II.1", "III.1"]


def test_part_two_printed_with_digits():
    text = ("I. KẾT QUẢ\n1. Một\nNội dung.\n2. Hai\nNội dung.\n\n11. NHIỆM VỤ THÁNG TỚI\n"
            "1. Ba\nNội dung.\n")
    doc, roots = outline_of(text)
    assert [n.path for n in roots] == ["I", "II"] and roots[1].marker == "11."
    assert [c.path for c in roots[1].children if c.path] == ["II.1"]


def test_parts_numbered_with_a_dash_as_party_reports_do():
    text = ("I- KẾT QUẢ THỰC HIỆN NHIỆM VỤ\n1- Công tác quán triệt\nNội dung.\n2- Kiểm tra\nNội dung.\n\n"
            "II- ĐÁNH GIÁ CHUNG\nNội dung.\n\nIII- PHƯƠNG HƯỚNG\n1- Tham mưu\nNội dung.\n")
    doc, roots = outline_of(text)
    assert [n.path for n in roots] == ["I", "II", "III"]
    assert [c.path for c in roots[0].children if c.path] == ["I.1", "I.2"]


def test_part_two_printed_1I_before_a_title_in_small_letters():
    text = ("I. Tình hình thị trường\nNội dung.\n\n1I. Kết quả công tác kiểm tra\n1. Kết quả chung\nNội dung.\n\n"
            "III. Nhiệm vụ trọng tâm\nNội dung.\n")
    doc, roots = outline_of(text)
    assert [n.path for n in roots] == ["I", "II", "III"]


def test_part_one_printed_1_before_its_section_1_in_capitals():
    text = ("1. KẾT QUẢ THỰC HIỆN NHIỆM VỤ\n\n1. CÔNG TÁC THU NGÂN SÁCH\nNội dung.\n2. CÔNG TÁC KIỂM TRA\nNội dung.\n\n"
            "II. TỒN TẠI, HẠN CHẾ\nNội dung.\n")
    doc, roots = outline_of(text)
    assert [n.path for n in roots] == ["I", "II"]
    assert [c.path for c in roots[0].children if c.path] == ["I.1", "I.2"]


def test_section_eleven_in_capitals_stays_a_section():
    sections = "".join(f"{k}. MỤC {k}\nNội dung.\n" for k in range(1, 12))
    doc, roots = outline_of("I. KẾT QUẢ\n" + sections)
    assert [n.path for n in roots] == ["I"]
    assert [c.path for c in roots[0].children if c.path][-1] == "I.11"


def test_duplicate_and_skipped_numbers_are_kept_with_warnings():
    text = "I. PHẦN MỘT\n1. Một\n- việc a;\n3. Ba\n- việc b;\n3. Ba nữa\n- việc c;\n"
    doc, roots = outline_of(text)
    kids = [c for c in roots[0].children]
    assert [c.path for c in kids] == ["I.1", "I.3", "I.3"]
    assert not kids[0].warnings and kids[1].warnings and kids[2].warnings
    assert not any(c.inferred for c in kids)


def test_list_starting_at_two_gets_its_first_item_back():
    text = ("II. NHIỆM VỤ\nTrong tháng tới, đơn vị tập trung các việc sau:\n\n"
            "Hoàn thành kế hoạch năm.\n\n2. Tổng kết công tác.\n\n3. Chuẩn bị hội nghị.\n")
    doc, roots = outline_of(text)
    kids = roots[0].children
    assert [c.path for c in kids] == [None, "II.1", "II.2", "II.3"]
    assert kids[1].inferred and kids[1].number == "1" and not kids[2].inferred


def test_intro_ending_with_colon_is_not_an_item():
    text = "I. NHIỆM VỤ\nĐơn vị tập trung các việc sau:\n\n2. Tổng kết công tác.\n"
    doc, roots = outline_of(text)
    assert [c.path for c in roots[0].children] == [None, "I.2"]
    assert roots[0].children[1].warnings


def test_header_and_closing_are_not_nodes(sample_path):
    doc, roots = outline_of(sample_path.read_text(encoding="utf-8"))
    first = roots[0]
    assert first.line == 9 and first.path == "I"
    last_line = max(n.line for r in roots for n in r.walk())
    assert last_line < 293        # "Noi nhén:" and the recipients are not in the outline


def test_spans_cover_children(sample_path):
    doc, roots = outline_of(sample_path.read_text(encoding="utf-8"))
    for root in roots:
        for node in root.walk():
            assert node.start <= node.title_start <= node.title_end <= node.end
            for child in node.children:
                assert node.start <= child.start and child.end <= node.end
                assert child.level == node.level + 1


def test_bullets_and_paragraphs_are_children_of_their_section(sample_path):
    doc, roots = outline_of(sample_path.read_text(encoding="utf-8"))
    section = roots[0].children[0]
    assert section.path == "I.1"
    assert [c.kind for c in section.children] == ["bullet"] * 4
    assert all(c.path is None and c.marker == "-" for c in section.children)


@pytest.mark.parametrize("text, title", [
    ("Tiếp tục triển khai 02 dự án đầu tư công năm 2020: Ứng dụng công nghệ", "Tiếp tục triển khai 02 dự án đầu tư công năm 2020"),
    ("Rà soát hồ sơ. Xin ý kiến các cơ quan", "Rà soát hồ sơ"),
    ("Lĩnh vực thông tin, tuyên truyền", "Lĩnh vực thông tin, tuyên truyền"),
    ("Cấp mới cho TP. Trà Vinh 20 hồ sơ", "Cấp mới cho TP. Trà Vinh 20 hồ sơ"),
    (" ".join(f"từ{i}" for i in range(40)), " ".join(f"từ{i}" for i in range(16))),
])
def test_title_end(text, title):
    assert text[:title_end(text, 0, len(text))] == title


@pytest.mark.parametrize("glyph", ["1.", "l.", "T."])
def test_part_one_misread_as_a_digit_or_letter(glyph):
    text = (f"{glyph} CÔNG TÁC QUẢN LÝ\n1. Lĩnh vực bưu chính\nNội dung.\n\n"
            "I1. CÔNG TÁC TỔNG HỢP\n1. Hoạt động của lãnh đạo\nNội dung.\n")
    doc, roots = outline_of(text)
    assert [n.path for n in roots] == ["I", "II"]
    assert [c.path for c in roots[0].children] == ["I.1"]


def test_section_one_misread_as_roman_one():
    text = "I. KẾT QUẢ\nI. Công tác tham mưu\nNội dung.\n\n2. Công tác thanh tra\nNội dung.\n\nII. NHIỆM VỤ\nNội dung.\n"
    doc, roots = outline_of(text)
    assert [n.path for n in roots] == ["I", "II"]
    assert [c.path for c in roots[0].children] == ["I.1", "I.2"]


def test_parenthesised_numbers_are_items_of_their_heading():
    text = "I. KẾT QUẢ\n1. Công tác thanh tra\nKết quả như sau:\n1) Thanh tra 02 cuộc;\n2) Kiểm tra 05 cơ sở.\n2. Công tác tiếp dân\nNội dung.\n"
    doc, roots = outline_of(text)
    got = [(n.path, n.kind) for n in roots[0].walk() if n.path]
    assert got == [("I", "part"), ("I.1", "section"), ("I.1.1", "item"), ("I.1.2", "item"), ("I.2", "section")]


def test_blocks_made_by_hand_get_their_markers_read():
    from parser.layout import Block
    text = "I. KẾT QUẢ\n1. Một\n- việc a\n"
    doc = Document(source=SourceInfo("t.txt", "", "utf-8", 3), text=text)
    blocks = [Block("body", s, e, i + 1, [(s, e)]) for i, (s, e) in enumerate([(0, 10), (11, 17), (18, 25)])]
    roots = build_outline(doc, blocks)
    assert [(n.path, n.kind) for n in roots[0].walk()] == [("I", "part"), ("I.1", "section"), (None, "bullet")]


def test_heading_that_lost_its_number_takes_its_bullets():
    text = ("I. CÔNG TÁC QUẢN LÝ\nCông tác tham mưu Tỉnh ủy, UBND tỉnh\n- Trình UBND tỉnh phê duyệt;\n"
            "- Ban hành văn bản.\n2. Lĩnh vực bưu chính\n- Triển khai.\n")
    doc, roots = outline_of(text)
    kids = roots[0].children
    assert [(c.path, c.inferred, len(c.children)) for c in kids] == [("I.1", True, 2), ("I.2", False, 1)]
    assert node_title(kids[0], RawView(text)) == "Công tác tham mưu Tỉnh ủy, UBND tỉnh"
    assert kids[0].children[0].level == kids[0].level + 1 and kids[0].end == kids[0].children[-1].end


def test_intro_sentence_before_bullets_is_not_a_lost_heading():
    text = "I. NHIỆM VỤ\nTrong tháng, đơn vị đã thực hiện.\n- Việc một;\n- Việc hai.\n2. Khác\nNội dung.\n"
    doc, roots = outline_of(text)
    assert [c.path for c in roots[0].children] == [None, None, None, "I.2"]


def test_a_heading_line_that_lost_its_number_takes_the_text_after_it():
    text = ("BÁO CÁO\nKết quả công tác năm 2024\n\nI. KẾT QUẢ\n\n1. Công tác xét xử\n\nĐã giải quyết 120 vụ.\n\n"
            "2. Chất lượng xét xử\n\nTỷ lệ án bị hủy 0,5%.\n\nTổ chức 38 phiên tòa rút kinh nghiệm.\n\n"
            "Công tác hòa giải, đối thoại tại Tòa án\n\nTòa án đã nhận 318 đơn, hòa giải thành 214 đơn.\n\n"
            "4. Công tác thi hành án hình sự\n\nĐã ra quyết định thi hành 171 bị án.\n")
    doc = analyse_text(text)
    part = doc.outline[0]
    assert [c.path for c in part.children if c.path] == ["I.1", "I.2", "I.3", "I.4"]
    lost = part.children[2]
    assert lost.inferred and doc.text[lost.title_start:lost.title_end] == "Công tác hòa giải, đối thoại tại Tòa án"
    assert doc.section_at(doc.text.index("318 đơn")) == "I.3"
    assert doc.section_at(doc.text.index("38 phiên")) == "I.2"
    assert not part.children[3].warnings


def test_a_last_line_of_text_is_no_lost_heading():
    text = ("BÁO CÁO\nKết quả công tác năm 2024\n\nI. KẾT QUẢ\n\n1. Công tác xét xử\n\nĐã giải quyết 120 vụ.\n\n"
            "2. Chất lượng xét xử\n\nTỷ lệ án bị hủy 0,5%.\n\nTổ chức 38 phiên tòa rút kinh nghiệm.\n\n"
            "4. Công tác thi hành án hình sự\n\nĐã ra quyết định thi hành 171 bị án.\n")
    doc = analyse_text(text)
    assert [c.path for c in doc.outline[0].children if c.path] == ["I.1", "I.2", "I.4"]


def test_a_dash_after_a_lone_numeral_before_small_letters_opens_no_part():
    from parser.layout import parse_marker
    assert parse_marker("X- quang kỹ thuật số") is None
    assert parse_marker("I- KẾT QUẢ").glyph == "I"
