"""What the security dialogs and the lock need from the window, handed to them explicitly."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from civicdesk.db import connection
from civicdesk.ui.tasks import TaskRunner

# The window's words, in its context (lupdate reads translate("Context", "text") calls).
translate = QCoreApplication.translate

if TYPE_CHECKING:
    from civicdesk.db.database import Database
    from civicdesk.ui.security.lock import InactivityLock


@dataclass
class SecurityContext:
    """The window (as the parent of dialogs), its open database, its worker, its lock, its status bar."""

    window: QWidget
    db: Database
    runner: TaskRunner
    lock: InactivityLock | None  # None until the database is open
    show_status: Callable[[str, int], None]  # (message, milliseconds)

    def lock_now(self) -> None:
        """File › Lock now: lock an encrypted database's window, or say why it cannot be locked."""
        if self.lock is not None and connection.is_encrypted(self.db.path):
            self.lock.lock()
        else:
            text = translate("MainWindow",
                             "Only an encrypted database can be locked: see File › Database security.")
            self.show_status(text, 6000)
