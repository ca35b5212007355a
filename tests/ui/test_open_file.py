"""A double-clicked bundle (`civicdesk --open FILE`) goes to the window, or a clear message says why not."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from civicdesk.app import open_from_command_line


class WindowThatOpensFiles(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.opened: list[Path] = []

    def open_file(self, path: Path) -> None:
        self.opened.append(path)


def test_the_file_goes_to_the_window_when_it_can_open_files(qtbot, tmp_path):
    window = WindowThatOpensFiles()
    qtbot.addWidget(window)
    bundle = tmp_path / "tenants.civicdesk"
    open_from_command_line(window, bundle)
    assert window.opened == [bundle]


def test_otherwise_a_message_explains_and_the_app_keeps_running(qtbot, tmp_path):
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    open_from_command_line(window, tmp_path / "tenants.civicdesk")

    def message() -> QMessageBox | None:
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
        return boxes[0] if boxes else None

    qtbot.waitUntil(lambda: message() is not None)
    box = message()
    assert "tenants.civicdesk" in box.text() and "sync feature" in box.text()
    box.accept()
    qtbot.waitUntil(lambda: message() is None)


def test_in_screenshot_mode_the_message_goes_to_stderr(qtbot, tmp_path, capsys):
    window = QWidget()
    qtbot.addWidget(window)
    open_from_command_line(window, tmp_path / "tenants.civicdesk", quiet=True)
    assert "opening bundles arrives with the sync feature" in capsys.readouterr().err
