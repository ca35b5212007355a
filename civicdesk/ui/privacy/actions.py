"""A person's data-protection actions: export everything held about them, and erase them.

Both are offered on the person's page (the person editor). The export runs on a worker thread and
writes FILE.json and FILE.pdf where the user chose; erasure asks first, saying what will happen.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from civicdesk.db.database import Database
from civicdesk.reports import subject_access as sar_files
from civicdesk.services import erasure
from civicdesk.ui.dialogs import show_error
from civicdesk.ui.tasks import TaskRunner

# Words in a context of their own (lupdate reads translate("Context", "text") calls).
translate = QCoreApplication.translate


def confirm_erasure(parent: QWidget, name: str, anonymise: bool) -> bool:
    """Ask before erasing or anonymising, naming exactly what will happen; True to go ahead."""
    who = name or translate("Erasure", "this person")
    kept = (translate("Erasure",
                      "Only their town and postcode district are kept, for the neighbourhood's counts.")
            if anonymise else translate("Erasure", "Nothing personal is kept."))
    doing = translate("Erasure", "Anonymising") if anonymise else translate("Erasure", "Erasing")
    text = translate(
        "Erasure",
        "%1 of %2:\n\n• their name, contact details, address, skills, notes and DBS check are blanked. %3\n"
        "• their history of changes is purged;\n"
        "• their roles in groups end;\n"
        "• the record is marked erased, and groups you exchange bundles with erase it too when they "
        "import your next bundle — an old copy from another group cannot bring it back.\n\n"
        "This cannot be undone (older backups keep the details until they are replaced)."
    ).replace("%1", doing).replace("%2", who).replace("%3", kept)
    title = translate("Erasure", "Anonymise %1?") if anonymise else translate("Erasure", "Erase %1?")
    answer = QMessageBox.warning(
        parent, title.replace("%1", who),
        text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


class PersonPrivacyActions(QObject):
    """Export and erase for one person; `erased` is emitted after an erasure has been written."""

    erased = Signal(str)
    exported = Signal(object)  # (json path, pdf path)

    def __init__(self, parent: QWidget, db: Database, person_id: str, name: Callable[[], str],
                 undo_stack: QUndoStack | None = None, runner: TaskRunner | None = None) -> None:
        super().__init__(parent)
        self.widget, self.db, self.person_id, self.name = parent, db, person_id, name
        self.undo_stack = undo_stack
        self.runner = runner or TaskRunner(self)

    def export_everything(self) -> None:
        suggested = str(Path.home() / f"{self.name() or 'person'} - data held.pdf")
        chosen, _ = QFileDialog.getSaveFileName(
            self.widget, self.tr("Export everything we hold"), suggested,
            self.tr("PDF summary and JSON data (*.pdf)"),
        )
        if not chosen:
            return
        self.runner.run(sar_files.write_subject_access, self.db, self.person_id, Path(chosen),
                        on_done=self._exported,
                        on_error=lambda exc: show_error(self.widget, self.tr("Could not export"), exc))

    def _exported(self, paths: tuple[Path, Path]) -> None:
        self.exported.emit(paths)
        QMessageBox.information(
            self.widget, self.tr("Exported"),
            self.tr("Everything we hold about %1 is in:\n%2 (a summary to read)\n%3 (all of it, as data)")
            .replace("%1", self.name()).replace("%2", str(paths[1])).replace("%3", str(paths[0])),
        )

    def erase(self) -> None:
        if not confirm_erasure(self.widget, self.name(), anonymise=False):
            return
        self.runner.run(erasure.erase, self.db, self.person_id, on_done=self._erased,
                        on_error=lambda exc: show_error(self.widget, self.tr("Could not erase"), exc))

    def _erased(self, _result: erasure.ErasureResult) -> None:
        # Undoing an earlier edit would write the erased details back: forget those edits.
        if self.undo_stack is not None:
            self.undo_stack.clear()
        self.erased.emit(self.person_id)
