"""`baocao-review [FILE ...]`: the application, its translations and its windows.

Vietnamese is the source language of every UI string; English comes from
resources/translations/baocao_en.qm. With no FILE the bundled sample opens.
"""
from __future__ import annotations

import multiprocessing
import sys
from importlib.resources import files
from pathlib import Path

from PySide6.QtCore import QLocale, QSettings, QTranslator
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

SAMPLE = "000_292fb10c7b6fa72d.txt"
UI_FONTS = ["Noto Sans", "DejaVu Sans", "Segoe UI", "Arial", "sans-serif"]
LANGUAGES = ("vi", "en")

_translator: QTranslator | None = None
_windows: list = []      # every window opened, kept alive until the application ends


def sample_path() -> Path:
    return Path(str(files("seeds") / SAMPLE))


def translations_dir() -> Path:
    return Path(str(files("resources") / "translations"))


def ui_font() -> QFont:
    font = QFont()
    font.setFamilies(UI_FONTS)
    font.setPointSize(10)
    return font


def set_language(code: str) -> bool:
    """Switch the interface language and remember it; every open window retranslates itself."""
    global _translator
    app = QApplication.instance()
    code = code if code in LANGUAGES else "vi"
    if _translator is not None:
        app.removeTranslator(_translator)
        _translator = None
    ok = True
    if code != "vi":
        translator = QTranslator(app)
        ok = translator.load(str(translations_dir() / f"baocao_{code}.qm"))
        if ok:
            app.installTranslator(translator)
            _translator = translator
    QSettings().setValue("language", code)
    QLocale.setDefault(QLocale(QLocale.Vietnamese if code == "vi" else QLocale.English))
    return ok                               # every window retranslates itself on LanguageChange


def configure(app: QApplication) -> None:
    if not app.organizationName():          # an embedding app (or a test) may have chosen its own
        app.setOrganizationName("BaoCao")
        app.setApplicationName("BaoCao Review")
    app.setFont(ui_font())
    set_language(QSettings().value("language", "vi"))


def open_window(path: str | None = None, corrector=None, prompter=None):
    from .main_window import MainWindow

    window = MainWindow(corrector=corrector, prompter=prompter)
    window.open_elsewhere = lambda p: open_window(p, corrector)
    _windows.append(window)
    window.show()
    if path:
        window.load(path) if not path.endswith(".baocao.json") else window.open_path(path)
    return window


def main(argv: list[str] | None = None) -> int:
    multiprocessing.freeze_support()        # a frozen (PyInstaller) app's analysis process starts here
    argv = list(sys.argv if argv is None else argv)
    app = QApplication.instance() or QApplication(argv)
    configure(app)
    paths = [a for a in argv[1:] if not a.startswith("-")] or [str(sample_path())]
    windows = [open_window(p) for p in paths]
    windows[0].offer_recovery()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
