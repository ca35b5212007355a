"""The "Needs review" view: values from other groups that clashed with ours, for a person to decide."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from civicdesk.db.database import Database
from civicdesk.services import site
from civicdesk.ui.tasks import TaskRunner


class ReviewView(QWidget):
    def __init__(self, db: Database, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.runner = db, runner
        self.setObjectName("review")
        title = QLabel(self.tr("Needs review"))
        title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.message = QLabel()
        self.message.setObjectName("empty_state")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.message.setStyleSheet("font-size: 12pt;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(title)
        layout.addWidget(self.message, 1)
        self.open_count = 0

    def reload(self) -> None:
        self.runner.run(site.open_conflicts, self.db, on_done=self._show)

    def _show(self, count: int) -> None:
        self.open_count = count
        if count == 0:
            self.message.setText(
                self.tr(
                    "Nothing needs review.\n\n"
                    "When you receive a bundle from another group and you both changed the same detail "
                    "without seeing each other's change — say, a hall's opening hours — CivicDesk keeps one "
                    "version so that everyone agrees, and lists the other one here. You can then see both "
                    "side by side, with who changed what and when, and choose which to keep."
                )
            )
        else:
            self.message.setText(
                self.tr("%1 changes from other groups clashed with yours and wait for a decision.").replace(
                    "%1", str(count)
                )
            )
