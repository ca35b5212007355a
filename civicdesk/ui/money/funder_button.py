"""The space page's "Funder pack…" button: choose where to save, write the PDF off the UI thread."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QWidget

from civicdesk.db.database import Database
from civicdesk.reports.funder_pack import write_funder_pack
from civicdesk.ui.dialogs import show_error
from civicdesk.ui.tasks import TaskRunner


class FunderPackButton(QPushButton):
    """Writes the space's evidence pack for a grant-maker and offers to open it."""

    def __init__(self, db: Database, space_id: str, space_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setText(self.tr("&Funder pack…"))
        self.setObjectName("funder_pack")
        self.setAccessibleDescription(self.tr(
            "Save a PDF for grant-makers: who uses the space, its income and costs, the work it needs, "
            "its health checks and compliance"))
        self.db, self.space_id, self.space_name = db, space_id, space_name
        self.runner = TaskRunner(self, workers=1)
        self.written: Path | None = None
        self.clicked.connect(self.save)

    def save(self) -> None:
        stem = "".join(c if c.isalnum() else "-" for c in self.space_name.lower()).strip("-") or "space"
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the funder pack"), str(Path.home() / f"{stem}-funder-pack.pdf"),
            self.tr("PDF files (*.pdf)"))
        if not chosen:
            return
        self.setEnabled(False)
        self.runner.run(write_funder_pack, self.db, self.space_id, Path(chosen), date.today(),
                        on_done=self._done, on_error=self._failed)

    def _done(self, path: Path) -> None:
        self.setEnabled(True)
        self.written = path
        answer = QMessageBox.information(
            self, self.tr("Funder pack saved"), self.tr("Saved {0}. Open it now?").format(str(path)),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close)
        if answer == QMessageBox.StandardButton.Open:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _failed(self, exc: BaseException) -> None:
        self.setEnabled(True)
        show_error(self, self.tr("Funder pack not saved"), exc)
