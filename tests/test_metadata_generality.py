"""Header and closing forms beyond the sample: a head of agency signing with no KT./TM. line and a
rank before the name, a subject over two lines joined by ";" with a note under it, a quarter named
before its year."""
import pytest

from parser.metadata import period_of
from parser.pipeline import analyse_text
from parser.vnfold import fold

HEADER = """CÔNG AN TỈNH NGHỆ AN                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
CÔNG AN HUYỆN ĐÔ LƯƠNG                  Độc lập - Tự do - Hạnh phúc

Số: 88/BC-CAH                        Đô Lương, ngày 10 tháng 6 năm 2024

BÁO CÁO
Kết quả công tác bảo đảm an ninh trật tự 6 tháng đầu năm 2024;
phương hướng, nhiệm vụ 6 tháng cuối năm 2024
(Số liệu tính từ ngày 15/12/2023 đến ngày 14/6/2024)

I. TÌNH HÌNH AN NINH TRẬT TỰ
1. Tình hình chung
Trong 6 tháng, trên địa bàn xảy ra 45 vụ phạm pháp hình sự, giảm 5 vụ so với cùng kỳ.
II. PHƯƠNG HƯỚNG
Tiếp tục triển khai các kế hoạch.

Nơi nhận:                                   {title}
- Công an tỉnh (để b/c);
- Huyện ủy, UBND huyện;
- Lưu: VT.

                                              {name}
"""


def field(title: str, name: str, key: str) -> str | None:
    doc = analyse_text(HEADER.format(title=title, name=name))
    f = doc.metadata.fields.get(key)
    return None if f is None else " ".join(doc.text[f.start:f.end].split()) if not f.parts else \
        " ".join(" ".join(doc.text[s:e].split()) for s, e in f.parts)


@pytest.mark.parametrize("name, printed", [
    ("Thượng tá Nguyễn Văn Hùng", "Nguyễn Văn Hùng"),
    ("Đại úy Lê Thị Mai", "Lê Thị Mai"),
    ("TS. Trần Quốc Bảo", "Trần Quốc Bảo"),
    ("Nguyễn Văn Hùng", "Nguyễn Văn Hùng"),
])
def test_a_rank_or_degree_before_the_name_is_not_the_name(name, printed):
    assert field("TRƯỞNG CÔNG AN HUYỆN", name, "signer_name") == printed


def test_a_head_of_agency_signs_without_an_authority_line():
    assert field("TRƯỞNG CÔNG AN HUYỆN", "Thượng tá Nguyễn Văn Hùng", "signer_title") == "TRƯỞNG CÔNG AN HUYỆN"
    assert field("TRƯỞNG CÔNG AN HUYỆN", "Thượng tá Nguyễn Văn Hùng", "signer_authority") is None


def test_a_repeat_of_the_agency_under_the_title_is_still_not_a_title():
    # a digital signature prints the agency's name: it must not replace the title
    title = "TRƯỞNG CÔNG AN HUYỆN\n                                              CÔNG AN HUYỆN ĐÔ LƯƠNG"
    assert field(title, "Nguyễn Văn Hùng", "signer_title") == "TRƯỞNG CÔNG AN HUYỆN"


def test_the_subject_keeps_its_semicolon_and_leaves_the_note_under_it():
    subject = field("TRƯỞNG CÔNG AN HUYỆN", "Nguyễn Văn Hùng", "subject")
    assert subject == ("Kết quả công tác bảo đảm an ninh trật tự 6 tháng đầu năm 2024; "
                       "phương hướng, nhiệm vụ 6 tháng cuối năm 2024")


@pytest.mark.parametrize("subject, period", [
    ("Kết quả thực hiện nhiệm vụ quý I và phương hướng quý II năm 2023", "2023-Q1"),
    ("Tình hình quý IV năm 2021 và kế hoạch quý I năm 2022", "2021-Q4"),
    ("Công tác quý III năm 2021", "2021-Q3"),
    ("Công tác tháng 6/2020 và kế hoạch công tác tháng 7/2020", "2020-06"),
])
def test_the_period_is_the_first_one_the_subject_names(subject, period):
    assert period_of(" ".join(fold(subject).split())) == period


CONG_VAN = """UBND HUYỆN ĐỨC THỌ                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
PHÒNG GIÁO DỤC VÀ ĐÀO TẠO                Độc lập - Tự do - Hạnh phúc
Số: 31/PGDPT-VP                         Đức Thọ, ngày 4 tháng 11 năm 2023
V/v báo cáo số liệu học sinh
đầu năm học 2023-2024

Kính gửi: Các trường mầm non, tiểu học, trung học cơ sở.

1. Số trường: 34 trường, số học sinh 12.450 em.
2. Đề nghị các trường báo cáo trước ngày 10/11/2023.
"""


def test_a_cong_van_subject_is_what_follows_its_vv_label():
    doc = analyse_text(CONG_VAN)
    subject = doc.metadata.fields["subject"]
    assert " ".join(" ".join(doc.text[s:e].split()) for s, e in (subject.parts or [(subject.start, subject.end)])) \
        == "báo cáo số liệu học sinh đầu năm học 2023-2024"
    assert doc.metadata.fields["doc_type"].value == "Công văn"


def test_the_own_symbol_gets_back_a_lost_bar():
    assert analyse_text(CONG_VAN).metadata.fields["symbol"].value == "PGDĐT-VP"
