"""Cited documents: type, number as printed, date, issuer; OCR-damaged citations."""
import pytest

from parser.model import Document, MetaField, SourceInfo
from parser.references import extract_references


def make_doc(text: str) -> Document:
    return Document(source=SourceInfo("t.txt", "", "utf-8", text.count("\n") + 1), text=text)


def refs(text: str):
    return extract_references(make_doc(text), [])


@pytest.mark.parametrize("text, rtype, number, date, issuer", [
    ("theo Công văn số 1552/BTTTT-CATTT ngày 28/4/2020 của Bộ Thông tin và Truyền thông về việc đôn đốc.",
     "Công văn", "1552/BTTTT-CATTT", "2020-04-28", "Bộ Thông tin và Truyền thông"),
    ("Trien khai thyc hién Cong vin s6 1552/BTTTT-CATTT ngay 28/4/2020\ncia Bo Thong tin va Truyén thong vé viéc",
     "Công văn", "1552/BTTTT-CATTT", "2020-04-28", "Bo Thong tin va Truyén thong"),
    ("quy dinh caa Nghi dinh\ns6 43/2011/ND-CP ngay 13/6/2011 cua Thu tudéng Chinh phu Quy dinh vé viéc",
     "Nghị định", "43/2011/ND-CP", "2011-06-13", "Thu tudéng Chinh phu"),
    ("Ho6i nghi huéng din vin ban sb\n273/BTTTT-CBDTW va mang Buu chinh", "Công văn", "273/BTTTT-CBDTW", None, None),
    ("Doanh nghiép buu chinh Chi thi 28/CT-BTTTT ngay\n08/5/2020 cua Bo Thong tin va Truyén thong tang cuong",
     "Chỉ thị", "28/CT-BTTTT", "2020-05-08", "Bo Thong tin va Truyén thong"),
    ("Thực hiện Quyết định số 1234/QĐ-UBND ngày 15 tháng 7 năm 2021 của UBND tỉnh.",
     "Quyết định", "1234/QĐ-UBND", "2021-07-15", "UBND tỉnh"),
    ("căn cứ Thông tư liên tịch số 03/2015/TTLT-BTTTT-BNV ngày 09/02/2015.",
     "Thông tư liên tịch", "03/2015/TTLT-BTTTT-BNV", "2015-02-09", None),
    ("Triển khai Kế hoạch số 45/KH-UBND ngày 10/3/2021 của UBND huyện về phổ biến pháp luật.",
     "Kế hoạch", "45/KH-UBND", "2021-03-10", "UBND huyện"),
    ("Thực hiện 12/CĐ-TTg ngày 01/4/2020 của Thủ tướng Chính phủ.", "Công điện", "12/CĐ-TTg", "2020-04-01",
     "Thủ tướng Chính phủ"),
    ("Quán triệt Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị về tăng cường.", "Nghị quyết",
     "35-NQ/TW", "2018-10-22", "Bộ Chính trị"),
    ("Thực hiện Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị.", "Kết luận", "01-KL/TW", "2021-05-18",
     "Bộ Chính trị"),
    ("Căn cứ Luật số 23/2018/QH14 ngày 12 tháng 6 năm 2018.", "Luật", "23/2018/QH14", "2018-06-12", None),
])
def test_numbered_citations(text, rtype, number, date, issuer):
    found = refs(text)
    assert len(found) == 1
    r = found[0]
    assert (r.type, r.number, r.date, r.issuer) == (rtype, number, date, issuer)
    assert number.split("/")[0] in text[r.start:r.end]
    if issuer:
        assert text[r.issuer_span[0]:r.issuer_span[1]].split() == issuer.split()


def test_laws_without_number_are_references_but_law_in_general_is_not():
    found = refs("báo cáo sơ kết 7 năm thực hiện Luật Xuất bản năm 2012; tuyên truyền chính sách pháp luật.")
    assert [(r.type, r.number) for r in found] == [("Luật", None)]


def test_plan_carried_out_with_its_issuer():
    found = refs("Tiếp tục thực hiện Kế hoạch hoạt động thông tin đối ngoại năm 2020 của Sở Thông tin và Truyền thông.")
    assert [(r.type, r.number, r.issuer) for r in found] == [("Kế hoạch", None, "Sở Thông tin và Truyền thông")]


def test_a_plan_being_drafted_is_not_a_citation():
    assert refs("Xây dựng Kế hoạch về việc điều tra sản lượng bưu chính năm 2021.") == []


def test_the_reports_own_number_is_not_a_reference():
    text = "UBND TỈNH TRÀ VINH\nSỞ THÔNG TIN\nSố: 953 /BC-STTTT-VP Trà Vinh, ngày 15 tháng 6 năm 2020\n" + "nội dung\n" * 30
    assert refs(text) == []
    doc = make_doc("Số 12/BC-UBND\n" + "Theo Công văn số 7/UBND ngày 01/01/2020.\n")
    doc.metadata.fields["number"] = MetaField(4, 6)
    assert [r.number for r in extract_references(doc, [])] == ["7/UBND"]


@pytest.mark.parametrize("text", [
    "ngày 08/5/2020 và tháng 6/2020", "Công tác đào tạo 04 d/c", "15-06-2020 10:39:11", "tỷ lệ 40,09%",
])
def test_dates_and_figures_are_not_references(text):
    assert refs(text) == []


def test_sample_references(sample_path, sample_gold):
    from parser.numbers import fold_words
    from parser.pipeline import analyse_file

    doc = analyse_file(sample_path)
    gold = {fold_words(r["number"]) for r in sample_gold["references"] if r["number"]}
    got = {fold_words(r.number) for r in doc.references if r.number}
    assert got == gold
    assert sum(1 for r in doc.references if r.number is None) >= 3
