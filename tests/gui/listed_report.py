"""A short report with a recipients block, cited documents and lettered items, analysed
by the real pipeline (the review tests of lists and renumbering use it)."""
from __future__ import annotations

from pathlib import Path

from parser.pipeline import analyse_text

TEXT = """ỦY BAN NHÂN DÂN TỈNH TRÀ VINH      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ THÔNG TIN VÀ TRUYỀN THÔNG         Độc lập - Tự do - Hạnh phúc
Số: 12/BC-STTTT                      Trà Vinh, ngày 30 tháng 6 năm 2020
BÁO CÁO
Kết quả công tác tháng 6 năm 2020
I. KẾT QUẢ THỰC HIỆN
1. Công tác quản lý
Triển khai Công văn số 1552/BTTTT-CATTT ngày 28/4/2020 của Bộ Thông tin và Truyền thông, đã ban hành 12 văn bản.
2. Công tác chuyên môn
a) Lĩnh vực bưu chính
Cấp 3 giấy phép theo Nghị định số 45/2020/NĐ-CP.
b) Lĩnh vực viễn thông
Kiểm tra 5 trạm.
3. Công tác thanh tra
Thanh tra 2 cuộc về an toàn thông tin mạng tại các cơ quan nhà nước
trên địa bàn tỉnh, kiến nghị xử lý 1 trường hợp.
II. PHƯƠNG HƯỚNG
1. Tiếp tục triển khai nhiệm vụ.
2. Tăng cường kiểm tra.
Nơi nhận:                                   GIÁM ĐỐC
- Bộ TT&TT (b/c);
- UBND tỉnh (b/c);
- Lưu: VT.                                  Trần Văn Khoanh
"""


def make_doc(path: str | None = None):
    doc = analyse_text(TEXT)
    if path:
        doc.source.path = doc.source.file = path
    return doc


def write_report(folder: Path) -> Path:
    path = folder / "báo cáo có nơi nhận.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def node_at_path(doc, path):
    return next(n for n in doc.nodes() if n.path == path)
