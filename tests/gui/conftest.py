"""GUI fixtures: private Qt settings, a scripted correction engine and scripted dialogs."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from gui_doubles import FIXES, ScriptedCorrector, ScriptedPrompter, Suggestion, Suspicion  # noqa: F401


@pytest.fixture(autouse=True)
def private_settings(tmp_path, qapp):
    """Qt settings in a temporary folder, never the user's."""
    QCoreApplication.setOrganizationName("BaoCaoTest")
    QCoreApplication.setApplicationName("BaoCao Review Test")
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(tmp_path / "settings"))
    QSettings().clear()
    yield
    QSettings().clear()


@pytest.fixture
def corrector():
    return ScriptedCorrector()


@pytest.fixture
def prompts():
    return ScriptedPrompter()


@pytest.fixture
def window(qtbot, corrector, prompts):
    from desktop.main_window import MainWindow

    win = MainWindow(corrector=corrector, prompter=prompts)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.stack.setClean()          # nothing to ask when the test closes it
    win.sessions.timer.stop()
