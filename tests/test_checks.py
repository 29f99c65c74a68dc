"""Checks: sums, ratios and running totals over a report's figures, the
suspect figure when one fails, and the `baocao check` findings."""
import subprocess
import sys
from pathlib import Path

import pytest

from parser.checks import format_findings, ratio_holds, run_checks
from parser.figures import extract_figures
from parser.model import Document, MetaField, SourceInfo

ROOT = Path(__file__).resolve().parents[1]


def analysed(text: str) -> Document:
    doc = Document(source=SourceInfo("t.txt", "", "utf-8", text.count("\n") + 1), text=text)
    doc.metrics = extract_figures(doc, [])
    doc.checks = run_checks(doc)
    return doc


def by_text(doc: Document, text: str) -> str:
    return next(m.id for m in doc.metrics if m.text == text)


def test_breakdowns_that_add_up_hold_with_the_keys_shape():
    doc = analysed("nâng tổng số 1.626 chứng thư số (460 chứng thư số tổ chức; 1.166 chứng thư số cá nhân "
                   "(1.141 USB, 25 SIM PKI) phục vụ ký số văn bản điện tử.")
    shapes = [(c.kind, c.total, c.parts, c.holds) for c in doc.checks]
    assert shapes == [("sum", 1626.0, [460.0, 1166.0], True), ("sum", 1166.0, [1141.0, 25.0], True)]
    assert doc.checks[0].metrics == [by_text(doc, "1.626"), by_text(doc, "460"), by_text(doc, "1.166")]
    assert all(c.suspect is None for c in doc.checks)


def test_a_digit_misread_in_a_breakdown_is_caught_and_suspected():
    # 1.166 printed, OCR read 1.186: 6 and 8 look alike
    doc = analysed("nâng tổng số 1.626 chứng thư số (460 chứng thư số tổ chức; 1.186 chứng thư số cá nhân).")
    [check] = doc.checks
    assert check.kind == "sum" and not check.holds
    assert check.suspect == by_text(doc, "1.186")
    assert "1.186" in check.message and "không khớp" in check.message


def test_a_total_misread_is_the_suspect():
    doc = analysed("Cấp 16 Giấy phép (08 hồ sơ trực tuyến; 02 hồ sơ trực tiếp).")
    [check] = doc.checks
    assert not check.holds and check.suspect == by_text(doc, "16")   # 10 read as 16


def test_parts_exceeding_the_total_fail_even_without_a_digit_fix():
    doc = analysed("Tiếp nhận 120 hồ sơ (95 trực tiếp, 47 trực tuyến).")
    [check] = doc.checks
    assert not check.holds and check.suspect in {m.id for m in doc.metrics}


def test_a_partial_trong_do_list_is_not_checked():
    doc = analysed("Tiếp nhận 10.324 hồ sơ, trong đó: 5.411 hồ sơ mức độ 3, 1.775 hồ sơ mức độ 4.")
    assert [c.kind for c in doc.checks] == []
    assert [m.parent for m in doc.metrics] == [None, "m1", "m1"]


def test_a_trong_do_list_exceeding_its_total_fails():
    doc = analysed("Tiếp nhận 1.024 hồ sơ, trong đó: 811 hồ sơ trực tiếp, 313 hồ sơ trực tuyến.")
    [check] = doc.checks
    assert not check.holds


def test_levels_with_percentages_are_partial_but_their_ratios_are_checked():
    doc = analysed("cung cấp 1.918 dịch vụ công trực tuyến (mức độ 3: 769 dịch vụ, tỷ lệ 40,09%, "
                   "mức độ 4: 652 dịch vụ, tỷ lệ 34%).")
    assert [(c.kind, c.percent, c.part, c.whole, c.holds) for c in doc.checks] == [
        ("ratio", 40.09, 769.0, 1918.0, True), ("ratio", 34.0, 652.0, 1918.0, True)]
    assert doc.checks[0].metrics == [by_text(doc, "1.918"), by_text(doc, "769"), by_text(doc, "40,09%")]


def test_a_wrong_percentage_fails_with_the_percentage_as_suspect():
    doc = analysed("Tổng văn bản đi trong tháng: 10.754, ký số 8.262 văn bản (tỷ lệ 78,82%).")
    [check] = doc.checks
    assert check.kind == "ratio" and not check.holds
    assert check.suspect == by_text(doc, "78,82%")


def test_a_misread_whole_is_the_ratio_suspect():
    doc = analysed("cung cấp 1.978 dịch vụ công trực tuyến (mức độ 3: 769 dịch vụ, tỷ lệ 40,09%).")
    [check] = doc.checks
    assert not check.holds and check.suspect == by_text(doc, "1.978")


@pytest.mark.parametrize("percent, decimals, holds", [
    (76.82, 2, True),    # truncated
    (76.83, 2, True),    # rounded
    (76.81, 2, False),
    (77, 0, True),
    (76.8, 1, True),
    (76.9, 1, False),
])
def test_ratio_tolerates_the_reports_rounding_or_truncation(percent, decimals, holds):
    assert ratio_holds(percent, 8262, 10754, decimals) is holds


def test_running_total_only_when_the_earlier_total_is_printed():
    assert analysed("cấp mới 16 chứng thư số, nâng tổng số lên 1.626 chứng thư số.").checks == []
    doc = analysed("cấp mới 16 chứng thư số, nâng tổng số từ 1.610 lên 1.626 chứng thư số.")
    [check] = doc.checks
    assert (check.kind, check.total, check.parts, check.holds) == ("running_total", 1626.0, [1610.0, 16.0], True)
    bad = analysed("cấp mới 16 chứng thư số, nâng tổng số từ 1.610 lên 1.628 chứng thư số.")
    assert not bad.checks[0].holds and bad.checks[0].suspect


def test_checks_carry_the_section():
    doc = analysed("Cấp 10 Giấy phép (08 hồ sơ trực tuyến; 02 hồ sơ trực tiếp).")
    assert doc.checks[0].section is None and doc.checks[0].holds


def test_findings_list_checks_with_lines_and_missing_fields_without_failing():
    doc = analysed("Dòng đầu.\nCấp 10 Giấy phép (08 hồ sơ trực tuyến; 02 hồ sơ trực tiếp).")
    text, failed = format_findings(doc)
    assert failed is False
    assert "ĐÚNG" in text and "dòng 2" in text
    assert "Thiếu thông tin văn bản" in text and "người ký" in text


def test_findings_fail_on_a_failing_check_and_name_the_suspect():
    doc = analysed("Cấp 16 Giấy phép (08 hồ sơ trực tuyến; 02 hồ sơ trực tiếp).")
    for name in ("number", "date", "issuer", "doc_type", "signer_name"):
        doc.metadata.fields[name] = MetaField(0, 1)
    text, failed = format_findings(doc)
    assert failed is True
    assert "SAI" in text and "nghi đọc sai số 16" in text
    assert "Thiếu" not in text


def test_cli_check_exits_1_on_a_failing_check(tmp_path, sample_path):
    bad = tmp_path / "bad.txt"
    bad.write_text("BÁO CÁO\nI. KẾT QUẢ\n1. Cấp phép\n- Cấp 16 Giấy phép (08 hồ sơ trực tuyến; 02 hồ sơ trực tiếp).\n",
                   encoding="utf-8")
    run = [sys.executable, "-m", "parser.cli", "check"]
    out = subprocess.run(run + [str(bad)], capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 1, out.stderr
    assert "SAI" in out.stdout
    good = subprocess.run(run + [str(sample_path)], capture_output=True, text=True, cwd=ROOT)
    assert good.returncode == 0, good.stdout + good.stderr


@pytest.mark.parametrize("text", [
    "Tiếp nhận 120 hồ sơ (năm 2020: 95 hồ sơ, năm 2019: 80 hồ sơ).",
    "Tiếp nhận 120 hồ sơ (tăng 15 hồ sơ so với cùng kỳ, 30 hồ sơ trực tuyến).",
    "Tiếp nhận 10.324 hồ sơ (9.651 trực tiếp, 673 trực tuyến, đã giải quyết 9.748 hồ sơ).",
    "Ghi nhận 1.245 ca mắc, trong đó 1.198 ca đã khỏi bệnh, 12 ca tử vong.",
])
def test_comparisons_and_partial_lists_raise_no_failing_check(text):
    doc = analysed(text)
    assert all(c.holds for c in doc.checks)


def test_money_beside_the_parts_of_a_count_is_not_a_part():
    doc = analysed("Xử lý 15 vụ (05 vụ buôn lậu, 10 vụ gian lận; phạt 120.000.000 đồng).")
    assert [(c.total, c.parts, c.holds) for c in doc.checks] == [(15.0, [5.0, 10.0], True)]


def test_the_figure_read_with_least_confidence_breaks_a_tie():
    # 1.2O0 has a letter O for a zero: both 1.200 -> 1.300 and 600 -> 500 would fix the sum
    doc = analysed("Phát hành 1.2O0 cuốn (700 cuốn sổ tay, 600 cuốn tờ gấp).")
    [check] = doc.checks
    assert not check.holds and check.suspect == by_text(doc, "1.2O0")


def test_a_figure_another_check_vouches_for_is_not_the_suspect():
    # 1.628 vs 460 + 1.166: 8->6 in the total or 6->8 in 1.166 would both fix it,
    # but 1.166 = 1.141 + 25 holds, so the total is the one to doubt
    doc = analysed("nâng tổng số 1.628 chứng thư số (460 chứng thư số tổ chức; 1.166 chứng thư số cá nhân "
                   "(1.141 USB, 25 SIM PKI)).")
    failing = [c for c in doc.checks if not c.holds]
    assert len(failing) == 1 and failing[0].suspect == by_text(doc, "1.628")


def test_one_misread_figure_breaking_two_checks_is_the_suspect_of_both():
    doc = analysed("nâng tổng số 1.626 chứng thư số (460 chứng thư số tổ chức; 1.186 chứng thư số cá nhân "
                   "(1.141 USB, 25 SIM PKI)).")
    failing = [c for c in doc.checks if not c.holds]
    assert len(failing) == 2
    assert {c.suspect for c in failing} == {by_text(doc, "1.186")}
    text, failed = format_findings(doc)
    assert failed and text.count("nghi đọc sai số 1.186 (dòng 1)") == 2


def test_a_total_printed_after_its_parts_is_checked():
    doc = analysed("Tiếp nhận 9.651 hồ sơ trực tiếp, 673 hồ sơ trực tuyến; tổng cộng 10.324 hồ sơ.")
    assert [(c.total, c.parts, c.holds) for c in doc.checks] == [(10324.0, [9651.0, 673.0], True)]
    bad = analysed("Tiếp nhận 9.651 hồ sơ trực tiếp, 673 hồ sơ trực tuyến; tổng cộng 10.824 hồ sơ.")
    [check] = bad.checks
    assert not check.holds and check.suspect == by_text(bad, "10.824")   # 3 read as 8


@pytest.mark.parametrize("text", [
    "Cấp 12 giấy phép, 30 chứng chỉ; tổng cộng 500 hồ sơ.",              # unrelated figures
    "cấp mới 16 chứng thư số, 20 tài khoản, nâng tổng số 1.626 chứng thư số.",   # a running total
])
def test_figures_before_an_unrelated_total_are_not_its_parts(text):
    doc = analysed(text)
    assert doc.checks == [] and all(m.parent is None for m in doc.metrics)


def sums(doc: Document) -> list[tuple[float, list[float], bool]]:
    return [(c.total, c.parts, c.holds) for c in doc.checks if c.kind == "sum"]


def test_a_gom_list_of_kinds_of_the_totals_noun_is_a_sum():
    doc = analysed("Trong kỳ, UBND huyện ban hành 17 văn bản chỉ đạo, gồm 06 kế hoạch, 09 công văn và "
                   "02 quyết định.")
    assert sums(doc) == [(17.0, [6.0, 9.0, 2.0], True)]


def test_a_trong_do_list_with_words_before_its_parts_that_adds_up_holds():
    doc = analysed("Bộ phận một cửa đã giải quyết 4.215 hồ sơ, trong đó giải quyết trước hạn 4.190 hồ sơ, "
                   "quá hạn 25 hồ sơ; đang giải quyết 88 hồ sơ.")
    assert sums(doc) == [(4215.0, [4190.0, 25.0], True)]


def test_parts_stop_at_a_semicolon_and_at_another_noun():
    doc = analysed("Nghiệm thu 08 dé tai, dự án cấp tỉnh, trong đó 07 đề tài xếp loại khá, 01 đề tài "
                   "xếp loại trung bình; tổ chức xét duyệt thuyết minh 05 nhiệm vụ mới.")
    assert sums(doc) == [(8.0, [7.0, 1.0], True)]
    assert not any(not c.holds for c in doc.checks)


def test_amounts_in_millions_add_up_in_their_shared_unit():
    doc = analysed("Tổng kinh phí 4.730 triệu đồng, trong đó ngân sách tỉnh 3.900 triệu đồng, "
                   "ngân sách huyện 830 triệu đồng.")
    assert sums(doc) == [(4730.0, [3900.0, 830.0], True)]
    assert {m.unit for m in doc.metrics} == {"triệu đồng"}


def test_a_partial_trong_do_list_is_no_alarm():
    doc = analysed("Tiếp nhận 950 hồ sơ, trong đó trực tuyến 610 hồ sơ, qua bưu chính 40 hồ sơ.")
    assert not any(not c.holds for c in doc.checks)


def test_received_is_resolved_plus_in_progress_when_it_adds_up():
    text = ("Tiếp nhận 3.140 hồ sơ, trong đó trực tuyến 2.010 hồ sơ; đã giải quyết 3.005 hồ sơ, trong đó "
            "đúng hạn 2.990 hồ sơ, trễ hạn 15 hồ sơ; đang giải quyết {} hồ sơ.")
    doc = analysed(text.format(135))
    assert (3140.0, [3005.0, 135.0], True) in sums(doc)
    doc = analysed(text.format(120))      # returned or withdrawn cases left out: no alarm
    assert not any(not c.holds for c in doc.checks)
    assert all(c.total != 3140.0 for c in doc.checks)
