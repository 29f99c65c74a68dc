"""Every command of the window as a QAction: Vietnamese text, shortcut shown in
the menu and in the tooltip, no two with the same key."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence

# name: (text, shortcuts, status tip)
SPECS = {
    "open": ("&Mở…", ["Ctrl+O"], "Mở một báo cáo (.txt) hoặc một phiên làm việc (.baocao.json)"),
    "save": ("&Lưu phiên", ["Ctrl+S"], "Lưu bản duyệt thành tệp phiên làm việc"),
    "save_as": ("Lưu phiên &thành…", ["Ctrl+Shift+S"], "Lưu bản duyệt vào một tệp phiên khác"),
    "export": ("&Xuất Excel…", ["Ctrl+E"], "Xuất báo cáo đã duyệt ra tệp Excel"),
    "quit": ("Th&oát", ["Ctrl+Q"], "Đóng cửa sổ"),
    "undo": ("&Hoàn tác", ["Ctrl+Z"], "Hoàn tác thao tác vừa làm"),
    "redo": ("&Làm lại", ["Ctrl+Y", "Ctrl+Shift+Z"], "Làm lại thao tác vừa hoàn tác"),
    "edit": ("&Sửa ô đang chọn", ["F2"], "Sửa tiêu đề, nhãn, giá trị hoặc đơn vị đang chọn"),
    "edit_text": ("Sửa &nội dung mục", ["Ctrl+F2"],
                  "Sửa toàn bộ nội dung của mục ngay trong cây (Ctrl+Enter để lưu, Esc để bỏ)"),
    "delete": ("&Xóa", ["Del"], "Xóa mục, số liệu, nơi nhận hoặc văn bản dẫn chiếu đang chọn"),
    "move_up": ("Chuyển &lên", ["Alt+Up"], "Chuyển mục lên trên mục trước"),
    "move_down": ("Chuyển &xuống", ["Alt+Down"], "Chuyển mục xuống dưới mục sau"),
    "indent": ("&Thụt vào một cấp", ["Alt+Right"], "Đưa mục vào trong mục đứng trước"),
    "outdent": ("Lùi &ra một cấp", ["Alt+Left"], "Đưa mục ra ngoài mục cha"),
    "add_figure": ("Thêm &số liệu từ vùng chọn", ["Ctrl+Shift+F"], "Thêm số liệu bị sót từ đoạn đang chọn trong văn bản"),
    "add_node": ("Thêm &mục từ vùng chọn", ["Ctrl+Shift+N"], "Thêm mục bị sót từ đoạn đang chọn trong văn bản"),
    "add_recipient": ("Thêm nơ&i nhận…", ["Ctrl+Shift+R"],
                      "Thêm nơi nhận bị sót: từ đoạn đang chọn trong văn bản, hoặc gõ tên"),
    "add_reference": ("Thêm văn bản dẫn &chiếu từ vùng chọn", ["Ctrl+Shift+D"],
                      "Thêm văn bản dẫn chiếu bị sót từ đoạn đang chọn trong văn bản"),
    "verify": ("Đánh dấu đã &duyệt", ["Space"], "Đánh dấu (hoặc bỏ đánh dấu) mục đang chọn là đã duyệt"),
    "take_first": ("Lấy &gợi ý đầu", [], "Sửa từ dưới con trỏ bằng gợi ý đầu tiên (Enter trong văn bản)"),
    "fix_all": ("Sửa &tất cả…", ["Ctrl+H"], "Sửa mọi chỗ có cùng lỗi với từ dưới con trỏ"),
    "corrected": ("Hiện văn bản đã &sửa", ["Ctrl+T"], "Chuyển giữa văn bản gốc (OCR) và văn bản đã sửa lỗi"),
    "next_finding": ("Vấn đề &tiếp theo", ["F8"], "Đến vấn đề cần xem tiếp theo"),
    "prev_finding": ("Vấn đề &trước", ["Shift+F8"], "Đến vấn đề cần xem trước đó"),
    "focus_tree": ("Đến &cây nội dung", ["Ctrl+1"], "Chuyển con trỏ sang cây nội dung"),
    "focus_text": ("Đến &văn bản", ["Ctrl+2"], "Chuyển con trỏ sang văn bản gốc"),
    "expand": ("&Mở rộng tất cả", ["Ctrl+Shift+E"], "Mở rộng mọi nhánh của cây"),
    "lang_vi": ("&Tiếng Việt", [], "Giao diện tiếng Việt"),
    "lang_en": ("&English", [], "English interface"),
    "shortcuts": ("&Phím tắt", ["F1"], "Danh sách phím tắt"),
}
TREE_ONLY = {"delete", "move_up", "move_down", "indent", "outdent", "verify", "edit"}   # keys a text box needs


def tr(text: str) -> str:
    return QCoreApplication.translate("Actions", text)


def make_actions(parent) -> dict[str, QAction]:
    actions = {}
    for name, (_text, keys, _tip) in SPECS.items():
        action = QAction(parent)
        action.setObjectName(name)
        action.setShortcuts([QKeySequence(k) for k in keys])
        if name in TREE_ONLY:
            action.setShortcutContext(Qt.WidgetWithChildrenShortcut)
        actions[name] = action
    actions["corrected"].setCheckable(True)
    for name in ("lang_vi", "lang_en"):
        actions[name].setCheckable(True)
    retranslate(actions)
    return actions


def retranslate(actions: dict[str, QAction]) -> None:
    for name, (text, keys, tip) in SPECS.items():
        action = actions[name]
        action.setText(tr(text))
        shown = " / ".join(QKeySequence(k).toString(QKeySequence.NativeText) for k in keys)
        plain = tr(text).replace("&", "").rstrip("…")
        action.setToolTip(f"{plain} ({shown})" if shown else plain)
        action.setStatusTip(tr(tip))
