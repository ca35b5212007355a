"""Fixtures for driving the real main window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from civicdesk.ui.language import install_language
from civicdesk.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def fresh_settings(qapp, tmp_path):
    qapp.setOrganizationName("CivicDesk-tests")
    qapp.setApplicationName("CivicDesk-tests")
    QSettings().clear()
    install_language("en")  # as the app starts in English: counted words ("1 space", "2 spaces")
    yield
    QSettings().clear()
    install_language("en")


def open_window(qtbot, db, remember: bool = False) -> MainWindow:
    window = MainWindow(db, remember_geometry=remember)
    qtbot.addWidget(window)
    window.show()
    loaded = []
    window.when_loaded(lambda: loaded.append(True))
    qtbot.waitUntil(lambda: bool(loaded), timeout=10_000)
    return window


@pytest.fixture
def window(qtbot, village):
    win = open_window(qtbot, village)
    yield win
    win.runner.wait()
