"""Vietnamese by default, English on request; the shipped translation covers every UI string."""
from __future__ import annotations

import importlib.util
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTranslator, Qt

from handmade import make_doc

from desktop import app as review_app

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"


def _updater():
    spec = importlib.util.spec_from_file_location("update_translations", TRANSLATIONS / "update.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_ui_string_has_an_english_translation_in_the_shipped_qm():
    update = _updater()
    english = update.read_tsv()
    strings = update.collect()
    assert [s for s in strings if s not in english] == []
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / "baocao_en.qm"))
    stale = [(c, s) for c, s in strings if translator.translate(c, s) != english[(c, s)]]
    assert stale == [], "run python3 resources/translations/update.py"


def test_switching_to_english_and_back_is_immediate_and_remembered(window, qtbot):
    with qtbot.waitSignal(window.ocr_ready, timeout=10000):
        window.show_document(make_doc())
    assert window.menus["file"].title() == "&Tệp"
    assert window.model.headerData(0, Qt.Horizontal) == "Nội dung"
    window.actions["lang_en"].trigger()
    try:
        assert window.menus["file"].title() == "&File"
        assert window.actions["save"].text() == "&Save session"
        assert window.actions["save"].toolTip() == "Save session (Ctrl+S)"
        assert window.model.headerData(0, Qt.Horizontal) == "Content"
        assert window.model.index_of_key("meta:issuer").data() == "Issuing body"
        assert window.progress_label.text() == "verified 0/14"
        assert window.actions["lang_en"].isChecked() and not window.actions["lang_vi"].isChecked()
        assert QSettings().value("language") == "en"
    finally:
        window.actions["lang_vi"].trigger()
    assert window.menus["file"].title() == "&Tệp"
    assert window.progress_label.text() == "đã duyệt 0/14"
    assert QSettings().value("language") == "vi"


def test_the_language_setting_is_applied_at_start(qapp):
    QSettings().setValue("language", "en")
    try:
        review_app.configure(qapp)
        assert QCoreApplication.translate("Menus", "&Tệp") == "&File"
    finally:
        review_app.set_language("vi")
    assert QCoreApplication.translate("Menus", "&Tệp") == "&Tệp"
