"""The self-check's window step: build the real main window, let its first view load, check it drew."""

from __future__ import annotations

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtGui import QGuiApplication

from civicdesk.db.database import Database


def check_main_window(db: Database, timeout_s: float = 60.0) -> str:
    """Show the main window on `db`, wait for the spaces list, and check the window is not blank."""
    from civicdesk.ui.main_window import MainWindow

    app = QGuiApplication.instance()  # made by the caller (civicdesk.app.application)
    window = MainWindow(db, remember_geometry=False)
    try:
        window.show_view("spaces")
        window.show()
        loop = QEventLoop()
        loaded: list[bool] = []

        def done() -> None:
            loaded.append(True)
            loop.quit()

        window.when_loaded(done)
        QTimer.singleShot(int(timeout_s * 1000), loop.quit)
        if not loaded:
            loop.exec()
        if not loaded:
            raise TimeoutError(f"the spaces list did not load within {timeout_s:.0f} s")
        image = window.grab().toImage()
        width, height = image.width(), image.height()
        colours = {image.pixel(x, y) for x in range(0, width, 23) for y in range(0, height, 17)}
        if len(colours) < 8:
            raise RuntimeError("the window drew almost nothing (a missing Qt plugin or style?)")
        rows = window.views["spaces"].model.rowCount()  # type: ignore[attr-defined]
        return (
            f"{QGuiApplication.platformName()} platform, {width}×{height}, "
            f"{rows} spaces listed"
        )
    finally:
        window.close()
        window.deleteLater()
        app.processEvents()
