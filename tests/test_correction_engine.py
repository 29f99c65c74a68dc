"""correct_document / suspicious_words / suggest: the contract other modules rely on."""
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from parser.correction import Suggestion, Suspicion, correct_document, suggest, suspicious_words
from parser.model import apply_corrections

MOTTO = "CONG HOA XA HOI CHU NGHIA VIET NAM\nPéc 1ap - Tw do - Hanh phic\n"
PARAGRAPH = ("- Ban hanh van ban trién khai str dung hé thong hoi nghi truyén hinh cua\n"
             "tinh dén cac S&, Ban, nganh (03 h¢), UBND cac huy¢n, thi xa, thanh phé.\n")


def corrected(text):
    return apply_corrections(text, correct_document(text))


def test_restores_diacritics_and_undoes_confusions():
    assert corrected(MOTTO) == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"


def test_a_report_paragraph():
    out = corrected(PARAGRAPH)
    for phrase in ("Ban hành văn bản triển khai sử dụng hệ thống hội nghị truyền hình",
                   "các Sở, Ban, ngành (03 hệ), UBND các huyện, thị xã, thành phố."):
        assert phrase in out


def test_corrections_are_sorted_single_words_and_never_cross_lines():
    text = MOTTO + PARAGRAPH
    cs = correct_document(text)
    assert cs
    for a, b in zip(cs, cs[1:]):
        assert a.end <= b.start
    for c in cs:
        assert text[c.start:c.end] == c.old and c.old != c.new
        assert "\n" not in c.old and "\n" not in c.new and " " not in c.old
        assert c.source == "auto" and 0.0 <= c.confidence <= 1.0


def test_case_follows_the_original():
    out = corrected("BAO CAO tinh hinh\nBao cao tinh hinh\n")
    assert out == "BÁO CÁO tình hình\nBáo cáo tình hình\n"


def test_correct_text_is_left_alone():
    text = "Sở Thông tin và Truyền thông ban hành 12 văn bản hướng dẫn.\n"
    assert correct_document(text) == []


def test_empty_and_odd_input():
    assert correct_document("") == []
    assert correct_document("\n\n  \n") == []
    assert correct_document("!!! ... 2020") == []


def test_suspicious_words_scores():
    sus = suspicious_words("Phòng tiep nhan 1ap hồ sơ")
    by_word = {s.word: s for s in sus}
    assert all(isinstance(s, Suspicion) and 0.0 <= s.score <= 1.0 for s in sus)
    assert by_word["1ap"].score > 0.5 and by_word["tiep"].score > 0.5
    assert by_word["Phòng"].score < 0.5 and by_word["hồ"].score < 0.5


def test_suggest_ranks_the_context_fit_first_and_keeps_case():
    text = "UBND tinh ban hanh Ké hoach trién khai"
    start = text.index("Ké")
    got = suggest(text, start, start + 2)
    assert got and all(isinstance(s, Suggestion) for s in got)
    assert got[0].text == "Kế" and got[0].source == "auto"
    assert len(got) <= 5 and [s.score for s in got] == sorted((s.score for s in got), reverse=True)
    start = text.index("tinh")
    assert suggest(text, start, start + 4, k=3)[0].text == "tỉnh"


def test_suggest_offers_abbreviation_variants():
    text = "theo Công văn 412/BC-UBND ngày 15/6/2020 của CBDTW"
    start = text.index("CBDTW")
    assert "CBĐTW" in [s.text for s in suggest(text, start, start + 5)]
    assert corrected(text) == text   # an abbreviation outside the table is never changed


@pytest.mark.parametrize("printed, fixed", [
    ("theo Nghị định 43/2011/ND-CP của Chính phủ", "theo Nghị định 43/2011/NĐ-CP của Chính phủ"),
    ("Quyết định số 1845/QD-UBND và 12/QB-UBND", "Quyết định số 1845/QĐ-UBND và 12/QĐ-UBND"),
    ("Thường trực HDND tỉnh; Cổng TTDT; Đoàn DBQH", "Thường trực HĐND tỉnh; Cổng TTĐT; Đoàn ĐBQH"),
    ("Nghị quyết 12/NQ-HDND; d/c Minh", "Nghị quyết 12/NQ-HĐND; đ/c Minh"),
    ("Các PGP Sở; BGP Sở; Sở GD&DT; Sở KH&DT; 12/BC-LDTBXH", "Các PGĐ Sở; BGĐ Sở; Sở GD&ĐT; Sở KH&ĐT; 12/BC-LĐTBXH"),
])
def test_standard_abbreviations_get_their_d_back(printed, fixed):
    assert corrected(printed) == fixed


@pytest.mark.parametrize("code", ["BGD", "CBDTW", "QD-UBND", "ND", "KT-DT", "DTT", "273/BTTTT-CBDTW", "QD",
                                  "UBND-KT", "ND-CPX", "BC-STTTT-VP", "12/QDX-UBND"])
def test_other_codes_stay_as_printed(code):
    text = f"theo {code} của tỉnh"
    assert corrected(text) == text


def test_cli_prints_one_line_per_input_line(tmp_path):
    path = tmp_path / "r.txt"
    path.write_text(MOTTO + "\n" + PARAGRAPH + "no newline at end", encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "parser.cli", "correct", str(path)], capture_output=True,
                         text=True, check=True).stdout
    assert len(out.splitlines()) == len(path.read_text(encoding="utf-8").splitlines())
    assert out.splitlines()[1] == "Độc lập - Tự do - Hạnh phúc"


# -- property: numbers, codes and abbreviations are never changed ---------------------------------
WORDS = st.sampled_from(["cong", "tac", "thong", "tin", "tinh", "ban", "hanh", "van", "ban", "trién", "khai",
                         "s6", "1ap", "h¢", "huy¢n", "Péc", "và", "của", "nam", "thang", "ngay", "ty", "1e"])
NUMBERS = st.one_of(
    st.integers(0, 10 ** 9).map(lambda n: f"{n:,}".replace(",", ".")),
    st.integers(2, 99).map(lambda n: f"{n:02d}").filter(lambda s: not (s[0] == "1" and s[1] in "013468")),
    st.integers(1990, 2030).map(str),
    st.tuples(st.integers(1, 99), st.integers(0, 99)).map(lambda t: f"{t[0]},{t[1]:02d}%"),
    st.tuples(st.integers(1, 12), st.integers(2000, 2030)).map(lambda t: f"{t[0]}/{t[1]}"),
)
CODES = st.sampled_from(["UBND", "BC-STTTT-VP", "VNPT-iOffice", "IUU", "PKI", "ICT", "Covid-19", "TT&TT", "CNTT",
                         "QLNN", "b/c", "HĐND", "4G", "43/2011/NĐ-CP", "STTTT", "TTĐT", "II", "XIV", "H5N1"])
PROTECTED = st.one_of(NUMBERS, CODES)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(WORDS.map(lambda w: (w, False)), PROTECTED.map(lambda w: (w, True))),
                min_size=1, max_size=12),
       st.sampled_from([" ", "\n", ", ", " - "]))
def test_numbers_codes_and_abbreviations_are_never_changed(items, sep):
    text = sep.join(w for w, _ in items)
    changed = {(c.start, c.end) for c in correct_document(text)}
    pos = 0
    for word, protected in items:
        start = text.index(word, pos)
        pos = start + len(word)
        if protected:
            assert not any(s < pos and start < e for s, e in changed), (word, text)


def test_garbled_capital_words_in_headings_but_not_abbreviations():
    text = "II. KET QUA THWC HIEN NHIEM VU NDM 2022\nUBND TINH VA CNTT, IUU, QLNN BAO CAO\n"
    out = corrected(text).splitlines()
    assert out[0] == "II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2022"
    assert out[1].startswith("UBND TỈNH VÀ CNTT, IUU, QLNN")
