"""The menu bar: File, Edit, OCR correction, View, Language, Help."""
from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu

MENUS = (
    ("file", "&Tệp", ["open", "recent", None, "save", "save_as", None, "export", None, "quit"]),
    ("edit", "&Sửa", ["undo", "redo", None, "edit", "edit_text", "delete", None, "move_up", "move_down",
                      "indent", "outdent", None, "add_figure", "add_node", "add_recipient", "add_reference", None,
                      "verify"]),
    ("ocr", "Lỗi &OCR", ["take_first", "fix_all", None, "corrected"]),
    ("view", "&Xem", ["next_finding", "prev_finding", None, "focus_tree", "focus_text", "expand", None, "docks"]),
    ("language", "&Ngôn ngữ", ["lang_vi", "lang_en"]),
    ("help", "&Trợ giúp", ["shortcuts"]),
)


def tr(text: str) -> str:
    return QCoreApplication.translate("Menus", text)


def build_menus(window) -> dict[str, QMenu]:
    menus = {}
    for name, _title, entries in MENUS:
        menu = window.menuBar().addMenu("")
        menu.setToolTipsVisible(True)
        for entry in entries:
            if entry is None:
                menu.addSeparator()
            elif entry == "recent":
                recent = menu.addMenu("")
                recent.aboutToShow.connect(partial(_fill_recent, window, recent))
                menus["recent"] = recent
            elif entry == "docks":
                menu.addAction(window.suggestions_dock.toggleViewAction())
                menu.addAction(window.findings_dock.toggleViewAction())
            else:
                menu.addAction(window.actions[entry])
        menus[name] = menu
    return menus


def retranslate_menus(window) -> None:
    for name, title, _entries in MENUS:
        window.menus[name].setTitle(tr(title))
    window.menus["recent"].setTitle(tr("Mở &gần đây"))


def _fill_recent(window, menu: QMenu) -> None:
    menu.clear()
    files = window.recent_files()
    for n, path in enumerate(files, 1):
        action = menu.addAction(f"&{n}  {path}")
        action.triggered.connect(partial(window.open_path, path))
    if not files:
        menu.addAction(tr("(chưa có)")).setEnabled(False)
