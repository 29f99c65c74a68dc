"""parser.layout: markers, header and closing columns, paragraphs across page breaks."""
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ocr_degrade import REPORTS, outputs
from parser.layout import build_blocks, parse_marker
from parser.model import Document, SourceInfo


def blocks_of(text: str):
    doc = Document(source=SourceInfo("t.txt", "", "utf-8", text.count("\n") + 1), text=text)
    return doc, build_blocks(doc)


def texts(doc, blocks, kind):
    return [b.text(doc.text) for b in blocks if b.kind == kind]


@pytest.mark.parametrize("line, kind, glyph", [
    ("I. CONG TAC QUAN LY NHA NUOC", "roman", "I"),
    ("I1. CONG TAC TONG HQP", "roman", "I1"),
    ("I11. PHUONG HUONG, NHIEM VU", "roman", "I11"),
    ("Il. KET QUA", "roman", "Il"),
    ("lV. KIEN NGHI", "roman", "lV"),
    ("V1. DE XUAT", "roman", "V1"),
    ("A. KẾT QUẢ THỰC HIỆN", "letterpart", "A"),
    ("1. Cong tac tham muu", "decimal", "1"),
    ("6.1. Cong thong tin dien tu", "decimal", "6.1"),
    ("6.1 Cong thong tin", "decimal", "6.1"),
    ("a) Sản xuất nông nghiệp", "letter", "a"),
    ("đ) Môi trường", "letter", "đ"),
    ("- Trinh UBND tinh", "bullet", "-"),
    ("~ Ban hanh van ban", "bullet", "~"),
    ("• Ban hành", "bullet", "•"),
    ("-BO TT&TT (blc);", "bullet", "-"),
    ("PHẦN I. KẾT QUẢ THỰC HIỆN", "roman", "I"),
    ("Phần thứ hai: Phương hướng, nhiệm vụ", "roman", "II"),
    ("II - NHIỆM VỤ", "roman", "II"),
    ("1 - Công tác tuyên truyền", "decimal", "1"),
    ("II.CÔNG TÁC TỔNG HỢP", "roman", "II"),
    ("1.Công tác tham mưu", "decimal", "1"),
    ("6.1.Cổng thông tin", "decimal", "6.1"),
    ("a)Sản xuất", "letter", "a"),
    ("l. Cong tac tham muu", "decimal", "1"),
])
def test_markers(line, kind, glyph):
    mk = parse_marker(line)
    assert mk is not None and (mk.kind, mk.glyph) == (kind, glyph)


@pytest.mark.parametrize("line", [
    "03 hệ thống được nâng cấp", "2020. Tổng số", "6/2020 với các nội dung", "08/5/2020 của Bộ",
    "1.200 cuốn sổ tay", "IT Index của tỉnh", "15 tháng 6 năm 2020", "Tăng cường công tác",
    "2 - 3 ngày làm việc", "Phần lớn các đơn vị", "Phan mem quan ly", "12tháng", "6.1Cong", "Vi phạm",
    "c.Các", "1.200.000 đồng",
])
def test_prose_is_not_a_marker(line):
    mk = parse_marker(line)
    assert mk is None or mk.kind == "bullet"


def test_sample_header_columns(sample_path):
    doc, blocks = blocks_of(sample_path.read_text(encoding="utf-8"))
    assert texts(doc, blocks, "issuer") == ["UBND TINH TRA VINH", "SO THONG TIN VA TRUYEN THONG"]
    assert texts(doc, blocks, "motto") == ["CONG HOA XA HOI CHU NGHIA VIET NAM", "Péc 1ap - Tw do - Hanh phic"]
    assert texts(doc, blocks, "number") == ["S6: 953 /BC-STTTT-VP"]
    assert texts(doc, blocks, "date") == ["Tra Vinh, ngay 15 thang 6 ndam 2020"]
    assert texts(doc, blocks, "doctype") == ["BAQ CAO"]


def test_sample_closing_columns(sample_path):
    doc, blocks = blocks_of(sample_path.read_text(encoding="utf-8"))
    recipients = texts(doc, blocks, "recipient")
    assert len(recipients) == 11
    assert recipients[8] == "Céac Phong, TT thudc S¢ (t/h theo K¢é hoach)"   # wrapped, name cut out
    signer = texts(doc, blocks, "signer")
    assert signer[0] == "GIAM DOC" and signer[-1] == "Tran Van Khoanh"
    assert "15-06-2020 10:39:11 +07:00" in signer


def test_sample_paragraph_across_page_break(sample_path):
    doc, blocks = blocks_of(sample_path.read_text(encoding="utf-8"))
    body = [b for b in blocks if b.kind == "body"]
    wrapped = next(b for b in body if b.text(doc.text).startswith("- Ban hanh vén ban gui Doanh"))
    assert len(wrapped.spans) == 4 and "phong, chong thién tai" in wrapped.text(doc.text)
    # a block is a span of the raw text; its pieces are the physical lines
    for b in blocks:
        assert doc.text[b.start:b.end].startswith(doc.text[b.spans[0][0]:b.spans[0][1]])


@pytest.mark.parametrize("variant", ["txt", "ocr.txt"])
def test_page_numbers_and_wrap_across_pages(variant):
    text = (REPORTS / f"d_so_tnmt_thang3.{variant}").read_text(encoding="utf-8")
    doc, blocks = blocks_of(text)
    if variant == "ocr.txt":
        assert len(texts(doc, blocks, "page")) == 2
    body = [b.text(doc.text) for b in blocks if b.kind == "body"]
    joined = next(t for t in body if "Theo d" in t)
    assert "di dời" in joined or "di doi" in joined
    assert not any(t.startswith(("dong di", "động di")) for t in body)


def test_tab_separated_columns():
    text = ("ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHUYỆN CẦU KÈ\tĐộc lập - Tự do - Hạnh phúc\n"
            "Số: 12/BC-UBND\tCầu Kè, ngày 3 tháng 4 năm 2021\n\nBÁO CÁO\nCông tác tháng 3/2021\n\n"
            "I. KẾT QUẢ\nNội dung.\n\nNơi nhận:\tCHỦ TỊCH\n- UBND tỉnh;\n- Lưu: VT.\tNguyễn Văn An\n")
    doc, blocks = blocks_of(text)
    assert texts(doc, blocks, "issuer") == ["ỦY BAN NHÂN DÂN", "HUYỆN CẦU KÈ"]
    assert texts(doc, blocks, "date") == ["Cầu Kè, ngày 3 tháng 4 năm 2021"]
    assert texts(doc, blocks, "recipient") == ["UBND tỉnh", "Lưu: VT"]
    assert texts(doc, blocks, "signer") == ["CHỦ TỊCH", "Nguyễn Văn An"]


def test_no_header_no_closing():
    doc, blocks = blocks_of("1. Mở đầu\nNội dung thứ nhất.\n2. Kết luận\nNội dung thứ hai.\n")
    assert [b.kind for b in blocks] == ["body"] * 4


def test_generated_reports_are_current():
    """The committed clean/OCR texts are what tests/ocr_degrade.py makes of the sources."""
    for src in sorted(REPORTS.glob("*.src.txt")):
        for path, text in outputs(src).items():
            assert Path(path).read_text(encoding="utf-8") == text, f"rerun tests/ocr_degrade.py for {path.name}"


def test_issuer_wrapped_beside_the_date():
    text = ("UBND TỈNH TRÀ VINH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ GIÁO DỤC VÀ Độc lập - Tự do - Hạnh phúc\n"
            "ĐÀO TẠO Trà Vinh, ngày 12 tháng 7 năm 2023\nSố: 1032/BC-SGDĐT\n\nBÁO CÁO\nCông tác tháng 6/2023\n\n"
            "I. KẾT QUẢ\nNội dung.\n")
    doc, blocks = blocks_of(text)
    assert texts(doc, blocks, "issuer") == ["UBND TỈNH TRÀ VINH", "SỞ GIÁO DỤC VÀ", "ĐÀO TẠO"]
    assert texts(doc, blocks, "date") == ["Trà Vinh, ngày 12 tháng 7 năm 2023"]
    assert texts(doc, blocks, "number") == ["Số: 1032/BC-SGDĐT"]


def test_appendix_after_the_signature_is_body_again():
    text = ("SỞ Y TẾ\nSố: 5/BC-SYT\n\nBÁO CÁO\nCông tác năm 2022\n\nI. KẾT QUẢ\nNội dung đã xong./.\n\n"
            "Nơi nhận: GIÁM ĐỐC\n- UBND tỉnh;\n- Lưu: VT.\n\nNguyễn Văn An\n\n"
            "PHỤ LỤC\nSố liệu tiêm chủng năm 2022\n(Kèm theo Báo cáo số 5/BC-SYT)\n1. Huyện Cầu Kè: 12.345 liều.\n")
    doc, blocks = blocks_of(text)
    assert texts(doc, blocks, "recipient") == ["UBND tỉnh", "Lưu: VT"]
    assert texts(doc, blocks, "signer") == ["GIÁM ĐỐC", "Nguyễn Văn An"]
    body = texts(doc, blocks, "body")
    assert body[-1] == "1. Huyện Cầu Kè: 12.345 liều." and "PHỤ LỤC" in body


_LINES = ["I. KẾT QUẢ", "I1. CONG TAC", "1. Công tác", "6.1. Cổng", "a) Mục", "- gạch đầu dòng;", "~ Ban hanh",
          "Nơi nhận:", "GIÁM ĐỐC", "KT. CHỦ TỊCH", "Nguyễn Văn An", "Số: 12/BC-UBND", "BÁO CÁO", "2", "- 3 -",
          "Trà Vinh, ngày 1 tháng 2 năm 2020", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "V/v tăng cường", "",
          "Kính gửi:", "văn bản thường, tiếp tục", "Kết thúc./.", "   ", "PHỤ LỤC", "\t", "x" * 90]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_LINES), st.text(max_size=40)), max_size=40))
def test_any_text_gives_well_formed_blocks_and_outline(rows):
    from parser.metadata import extract_metadata
    from parser.outline import build_outline

    text = "\n".join(rows)
    doc, blocks = blocks_of(text)
    for b in blocks:
        assert 0 <= b.start <= b.end <= len(text) and b.spans
        assert all(b.start <= s <= e <= b.end for s, e in b.spans)
    body = [b for b in blocks if b.kind == "body"]      # (a page number may sit inside a paragraph)
    assert all(x.end <= y.start for x, y in zip(body, body[1:]))
    roots = build_outline(doc, blocks)
    for root in roots:
        for node in root.walk():
            assert node.start <= node.title_start <= node.title_end <= node.end <= len(text)
            assert all(node.start <= c.start and c.end <= node.end for c in node.children)
    extract_metadata(doc, blocks)


def test_rules_printed_under_the_header_names():
    text = ("UBND TỈNH TRÀ VINH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "SỞ THÔNG TIN VÀ TRUYỀN THÔNG Độc lập - Tự do - Hạnh phúc\n"
            "------- ---------------\nSố: 5/BC-STTTT Trà Vinh, ngày 1 tháng 2 năm 2020\n\nBÁO CÁO\nTháng 1/2020\n\nI. A\nB.\n")
    doc, blocks = blocks_of(text)
    assert texts(doc, blocks, "issuer") == ["UBND TỈNH TRÀ VINH", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG"]
    text2 = text.replace("TRUYỀN THÔNG Độc", "TRUYỀN THÔNG ------ Độc")
    doc, blocks = blocks_of(text2)
    assert texts(doc, blocks, "issuer") == ["UBND TỈNH TRÀ VINH", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG"]
    assert texts(doc, blocks, "motto")[1] == "Độc lập - Tự do - Hạnh phúc"


def test_a_sentence_opening_with_noi_nhan_is_not_the_closing():
    text = "I. KẾT QUẢ\nNơi nhận hồ sơ là Bộ phận một cửa của huyện.\n2. Kết luận\nXong.\n"
    doc, blocks = blocks_of(text)
    assert not texts(doc, blocks, "recipients_head") and len(texts(doc, blocks, "body")) == 4
    doc, blocks = blocks_of(text + "\nNoi nhan GIAM DOC\n- Lưu: VT.\n")
    assert texts(doc, blocks, "recipients_head") == ["Noi nhan"] and texts(doc, blocks, "signer") == ["GIAM DOC"]
