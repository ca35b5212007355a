"""File-menu work the window hands off: the example neighbourhood, backing up and restoring."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QProgressDialog

from civicdesk.db import backup
from civicdesk.paths import backup_dir_for
from civicdesk.ui.dialogs import show_error
from civicdesk.ui.tasks import TaskRunner

# The window's words, in its context (lupdate reads translate("Context", "text") calls).
translate = QCoreApplication.translate

if TYPE_CHECKING:
    from civicdesk.db.database import Database


def load_example(
    window: QMainWindow, db: Database, runner: TaskRunner, reload_all: Callable[[], None]
) -> None:
    """File › Load the example neighbourhood: only into an empty database, off the UI thread."""
    from civicdesk.services import site

    if not site.is_empty(db):
        QMessageBox.information(
            window,
            translate("MainWindow", "Example neighbourhood"),
            translate("MainWindow",
                "The example neighbourhood can only be loaded into an empty database, so that it never "
                "mixes with your own records."
            ),
        )
        return
    progress = QProgressDialog(
        translate("MainWindow", "Creating the example neighbourhood…"), "", 0, 0, window)
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)

    def finished(_counts: object) -> None:
        progress.close()
        reload_all()
        window.statusBar().showMessage(
            translate("MainWindow", "The example neighbourhood is ready to explore."), 6000)

    def failed(exc: BaseException) -> None:
        progress.close()
        show_error(window, translate("MainWindow", "Could not create the example"), exc)

    from civicdesk.services import demo  # Faker is slow to import: only when asked for

    runner.run(demo.generate, db, "village", 1, on_done=finished, on_error=failed)


def back_up_now(window: QMainWindow, db: Database, runner: TaskRunner) -> None:
    """File › Back up now: a copy in the backups folder, made off the UI thread."""
    window.statusBar().showMessage(translate("MainWindow", "Backing up…"))
    runner.run(
        backup.backup_database,
        db.path,
        passphrase=db.passphrase,
        on_done=lambda out: window.statusBar().showMessage(
            translate("MainWindow", "Backed up to %1").replace("%1", str(out)), 8000
        ),
        on_error=lambda exc: show_error(window, translate("MainWindow", "Backup failed"), exc),
    )


def restore_from_backup(
    window: QMainWindow,
    db: Database,
    runner: TaskRunner,
    undo_stack: QUndoStack,
    reload_all: Callable[[], None],
) -> None:
    """File › Restore from a backup: asks first, and backs up what is there now."""
    folder = backup_dir_for(db.path)
    chosen, _ = QFileDialog.getOpenFileName(
        window,
        translate("MainWindow", "Restore from a backup"),
        str(folder),
        translate("MainWindow", "CivicDesk backups (*.sqlite3);;All files (*)"),
    )
    if not chosen:
        return
    answer = QMessageBox.warning(
        window,
        translate("MainWindow", "Replace all data?"),
        translate("MainWindow",
            "Replace everything in CivicDesk with the backup “%1”? What is here now is backed up "
            "first, so you can go back."
        ).replace("%1", Path(chosen).name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return
    from civicdesk.db import restore  # here, not at start-up: its ids module takes a while to load

    runner.wait()
    db.dispose()
    try:
        saved = restore.restore_database(db.path, Path(chosen), db.passphrase)
    except Exception as exc:  # noqa: BLE001 - shown to the user; the database is unchanged
        show_error(window, translate("MainWindow", "Could not restore"), exc)
        return
    finally:
        db.reopen()  # held again (see connection.hold), as the restored file may differ
    db.forget_site()
    undo_stack.clear()
    reload_all()
    window.statusBar().showMessage(
        translate("MainWindow", "Restored. The previous state was saved to %1").replace("%1", str(saved)),
        10000,
    )
