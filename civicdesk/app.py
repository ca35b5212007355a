"""Start-up of the desktop app: open (migrate, back up) the database, then show the window."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFileOpenEvent, QPixmap
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from civicdesk import APP_NAME, __version__, startup
from civicdesk.db import backup, migrate
from civicdesk.errors import CivicDeskError

if TYPE_CHECKING:
    from civicdesk.db.database import Database
    from civicdesk.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def application() -> QApplication:
    """The one QApplication, created on first use and named so QSettings find their place."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    from civicdesk.ui.palette import make_readable

    make_readable(app)
    from civicdesk.ui.focus_ring import show_focus

    show_focus(app)  # a ring round whatever has the keyboard focus
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


class FileOpenHandler(QObject):
    """macOS hands a double-clicked bundle to the app as a FileOpen event, not on the command line
    (Windows and Linux run `civicdesk --open FILE`): pass it to the window the same way."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            path = Path(event.file())
            self.window.when_attached(lambda: open_from_command_line(self.window, path))
            return True
        return super().eventFilter(watched, event)


def draw_welcome_over(window: MainWindow, shot: QPixmap) -> None:
    """Paint the first-run dialog centred over a grab of the window, as a person sees it."""
    from PySide6.QtGui import QColor, QPainter

    from civicdesk.ui.welcome import WelcomeDialog

    dialog = WelcomeDialog(window)
    dialog.show()
    QApplication.processEvents()
    picture = dialog.grab()
    painter = QPainter(shot)
    painter.fillRect(shot.rect(), QColor(0, 0, 0, 60))  # the window behind a modal dialog
    left, top = (shot.width() - picture.width()) // 2, (shot.height() - picture.height()) // 2
    painter.drawPixmap(left, top, picture)
    painter.end()
    dialog.close()


def run_gui(db_path: Path, screenshot: str | None = None, view: str = "spaces",
            basemap: Path | None = None, open_file: Path | None = None,
            passphrase: str | None = None, language: str | None = None) -> int:
    """Open the window on the database (`passphrase`: an encrypted file's, when the command line
    found it; otherwise the window asks) in `language` (else as chosen in Settings, else the computer's)."""
    if screenshot and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # a screenshot needs no screen
    app = application()
    from civicdesk.ui.language import chosen_language, install_language

    install_language(chosen_language(language))
    from civicdesk.ui.security import unlock_at_start

    if screenshot is None and passphrase is None:
        unlocked, passphrase = unlock_at_start(db_path)
        if not unlocked:
            return 1

    def refuse(exc: BaseException) -> None:
        text = str(exc) if isinstance(exc, CivicDeskError) else f"{type(exc).__name__}: {exc}"
        if screenshot:
            print(f"civicdesk: error: {text}", file=sys.stderr)
        else:
            QMessageBox.critical(None, "CivicDesk cannot open its database", text)

    def open_db() -> Database:
        return startup.open_database(db_path, passphrase)

    from civicdesk.ui.main_window import MainWindow

    remember_geometry = screenshot is None
    if migrate.is_current(db_path, passphrase):
        # The usual case: nothing to migrate, so paint the window now and open the database
        # behind it. Upgrades and new files are handled first, before any window, as DESIGN.md asks.
        def failed(exc: BaseException) -> None:
            refuse(exc)
            app.exit(1)

        window = MainWindow.opening(open_db, on_error=failed, first_rows_from=db_path, passphrase=passphrase,
                                    remember_geometry=remember_geometry, basemap=basemap)
    else:
        try:
            db = open_db()
        except CivicDeskError as exc:
            refuse(exc)
            return 1
        window = MainWindow(db, remember_geometry=remember_geometry, basemap=basemap)
    window.show_view("spaces" if view == "welcome" else view)
    window.show()
    if screenshot is None:
        app.installEventFilter(FileOpenHandler(window))
        # Today's rolling backup, taken behind the open window (a big file takes a while to copy).
        def back_up() -> None:
            window.runner.run(backup.daily_backup, db_path, passphrase)

        window.when_attached(back_up)
    if screenshot:
        out = Path(screenshot)

        def save() -> None:
            app.processEvents()  # let labels that just got their text (the counts) take their width
            layout = window.statusBar().layout()
            if layout is not None:
                layout.activate()
            shot = window.grab()
            if view == "welcome":
                draw_welcome_over(window, shot)
            shot.save(str(out))
            app.quit()

        window.when_loaded(lambda: QTimer.singleShot(50, save))
    elif open_file is None:
        window.offer_first_run()
    if open_file is not None:
        window.when_attached(lambda: open_from_command_line(window, open_file, quiet=screenshot is not None))
    return app.exec()
