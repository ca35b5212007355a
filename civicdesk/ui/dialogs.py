"""Dialog conventions: remembered size and place, and errors shown in words, not tracebacks."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from civicdesk.errors import CivicDeskError
from civicdesk.ui.focus_order import dialog_buttons_as_shown


class RememberingDialog(QDialog):
    """A dialog that opens where and as big as the user last left it."""

    settings_key = "dialog"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._restored = False

    def showEvent(self, event) -> None:  # noqa: ANN001
        if not self._restored:
            geometry = QSettings().value(f"{self.settings_key}/geometry")
            if geometry is not None:
                self.restoreGeometry(geometry)
            self._restored = True
            # The platform has laid the buttons out by now: Tab takes them as they stand.
            dialog_buttons_as_shown(self)
        super().showEvent(event)

    def _save_geometry(self) -> None:
        QSettings().setValue(f"{self.settings_key}/geometry", self.saveGeometry())

    def done(self, result: int) -> None:
        self._save_geometry()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._save_geometry()
        super().closeEvent(event)


def show_error(parent: QWidget | None, title: str, error: BaseException) -> None:
    """Tell the user what went wrong in their terms; unexpected errors get a plain apology."""
    if isinstance(error, CivicDeskError):
        text = error.message
    else:
        text = (
            f"Something unexpected went wrong ({type(error).__name__}). Nothing was changed. "
            "Details are in the log file."
        )
    QMessageBox.warning(parent, title, text)
