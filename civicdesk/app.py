"""Start-up of the desktop app: open (migrate, back up) the database, then show the window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from civicdesk import APP_NAME, __version__
from civicdesk.db.migrate import open_database
from civicdesk.errors import CivicDeskError

log = logging.getLogger(__name__)


def application() -> QApplication:
    """The one QApplication, created on first use and named so QSettings find their place."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    return app


def open_from_command_line(window: QWidget, path: Path, quiet: bool = False) -> None:
    """A file given with --open (a double-clicked bundle): hand it to the window if it can take it."""
    opener = getattr(window, "open_file", None)
    if callable(opener):
        opener(path)
        return
    text = f"CivicDesk cannot open {path.name} yet: opening bundles arrives with the sync feature."
    if quiet:
        print(f"civicdesk: {text}", file=sys.stderr)
        return
    box = QMessageBox(QMessageBox.Icon.Information, APP_NAME, text, QMessageBox.StandardButton.Ok, window)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


def run_gui(db_path: Path, screenshot: str | None = None, view: str = "spaces",
            basemap: Path | None = None, open_file: Path | None = None) -> int:
    app = application()
    from civicdesk.ui.encryption import unlock_at_start

    if screenshot is None and not unlock_at_start(db_path):
        return 1
    try:
        db = open_database(db_path, daily_backup=screenshot is None)
    except CivicDeskError as exc:
        if screenshot:
            print(f"civicdesk: error: {exc}", file=sys.stderr)
        else:
            QMessageBox.critical(None, "CivicDesk cannot open its database", str(exc))
        return 1

    from civicdesk.ui.main_window import MainWindow

    window = MainWindow(db, remember_geometry=screenshot is None, basemap=basemap)
    window.show_view(view)
    window.show()
    if screenshot:
        out = Path(screenshot)

        def save() -> None:
            window.grab().save(str(out))
            app.quit()

        window.when_loaded(lambda: QTimer.singleShot(50, save))
    elif open_file is None:
        window.offer_first_run()
    if open_file is not None:
        QTimer.singleShot(0, lambda: open_from_command_line(window, open_file, quiet=screenshot is not None))
    return app.exec()
