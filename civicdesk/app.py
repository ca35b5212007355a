"""Start-up of the desktop app: open (migrate, back up) the database, then show the window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from civicdesk import APP_NAME, __version__
from civicdesk.db.migrate import open_database
from civicdesk.errors import CivicDeskError

log = logging.getLogger(__name__)


def _application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    return app


def run_gui(db_path: Path, screenshot: str | None = None, view: str = "spaces",
            basemap: Path | None = None) -> int:
    app = _application()
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
    else:
        window.offer_first_run()
    return app.exec()
