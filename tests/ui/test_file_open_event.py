"""On macOS a double-clicked bundle arrives as a FileOpen event; it reaches the window like --open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication, QWidget

from civicdesk.app import FileOpenHandler


class Window(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.opened: list[Path] = []

    def when_attached(self, callback) -> None:  # noqa: ANN001 - the main window's contract
        QTimer.singleShot(0, callback)

    def open_file(self, path: Path) -> None:
        self.opened.append(path)


def test_a_file_open_event_opens_the_bundle_in_the_window(qtbot, tmp_path):
    window = Window()
    qtbot.addWidget(window)
    app = QApplication.instance()
    handler = FileOpenHandler(window)
    app.installEventFilter(handler)
    try:
        bundle = tmp_path / "tenants.civicdesk"
        QApplication.sendEvent(app, QFileOpenEvent(str(bundle)))
        qtbot.waitUntil(lambda: window.opened == [bundle])
    finally:
        app.removeEventFilter(handler)
