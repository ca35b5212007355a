"""The guided health check: seven questions on fixed scales, the score shown as you answer."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from civicdesk.db.database import Database
from civicdesk.errors import CivicDeskError
from civicdesk.services.health import QUESTIONS, SCALES, CheckSummary, HealthService, score, status_for
from civicdesk.services.spaces import SpaceService
from civicdesk.ui import colours
from civicdesk.ui.dialogs import RememberingDialog, show_error
from civicdesk.ui.undo import Changed, RecordHealthCheck
from civicdesk.ui.words import data_word

STATUS_COLOURS = colours.STATUS


class HealthCheckDialog(RememberingDialog):
    """Answer the committee's questions about one space; saving adds a new dated check.

    Every answer is a combo box (Tab moves between them, arrow keys or the first letter choose),
    listed from worst to best. `check_added` carries the saved `CheckSummary`.
    """

    settings_key = "health/check_dialog"
    check_added = Signal(object)

    def __init__(self, db: Database, space_id: str, space_name: str, undo_stack: QUndoStack, changed: Changed,
                 parent: QWidget | None = None, today: date | None = None, author: str = "") -> None:
        super().__init__(parent)
        self.service = HealthService(db, author=author)
        self.spaces = SpaceService(db)
        self.space_id, self.space_name = space_id, space_name
        self.undo_stack, self.changed = undo_stack, changed
        self.today = today
        self.saved: CheckSummary | None = None
        self.setWindowTitle(self.tr("Health check: {0}").format(space_name) if space_name
                            else self.tr("Health check"))

        intro = QLabel(self.tr("Answer each question for how things are now. The score and status "
                               "update as you go; saving adds a new dated check and keeps the old ones."))
        intro.setWordWrap(True)
        form = QFormLayout()
        self.answers: dict[str, QComboBox] = {}
        for scale in SCALES:
            combo = QComboBox(self)
            combo.addItem(self.tr("Choose…"), None)
            for value, label in enumerate(scale.labels, start=1):
                combo.addItem(data_word(label), value)
            combo.setObjectName(f"answer_{scale.key}")
            combo.currentIndexChanged.connect(self._update_score)
            form.addRow(data_word(scale.question), combo)
            self.answers[scale.key] = combo

        self.checked_on = QDateEdit(self)
        self.checked_on.setCalendarPopup(True)
        self.checked_on.setDisplayFormat("dd/MM/yyyy")
        day = today or date.today()
        self.checked_on.setDate(QDate(day.year, day.month, day.day))
        self.checked_on.setMaximumDate(QDate(day.year, day.month, day.day))
        form.addRow(self.tr("Checked on"), self.checked_on)
        self.assessor = QLineEdit(self)
        self.assessor.setPlaceholderText(self.tr("Who answered (optional)"))
        form.addRow(self.tr("Assessor"), self.assessor)
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)  # Tab must move on, not type a tab character
        self.notes.setPlaceholderText(self.tr("Anything the committee should know (optional)"))
        self.notes.setFixedHeight(70)
        form.addRow(self.tr("Notes"), self.notes)

        self.score_label = QLabel(self)
        self.score_label.setObjectName("score")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, parent=self
        )
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.score_label)
        layout.addWidget(self.buttons)
        self._update_score()
        self.answers[QUESTIONS[0]].setFocus()

    def current_answers(self) -> dict[str, int | None]:
        return {key: combo.currentData() for key, combo in self.answers.items()}

    def current_score(self) -> float | None:
        answers = self.current_answers()
        if any(value is None for value in answers.values()):
            return None
        return score({k: int(v) for k, v in answers.items() if v is not None})

    def _update_score(self) -> None:
        value = self.current_score()
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(value is not None)
        if value is None:
            missing = sum(1 for v in self.current_answers().values() if v is None)
            self.score_label.setText(self.tr("Score: answer %Ln more question(s) to see it", "", missing))
            self.score_label.setStyleSheet("")
            return
        status = status_for(value)
        self.score_label.setText(
            self.tr("Score: {0} out of 100 — {1}").format(f"{value:g}", data_word(status)))
        self.score_label.setStyleSheet(f"font-weight: bold; color: {STATUS_COLOURS[status]};")

    def _save(self) -> None:
        answers = self.current_answers()
        picked = self.checked_on.date()
        try:
            status_before = self.spaces.get(self.space_id).status  # what Undo gives back
            self.saved = self.service.add_check(
                self.space_id,
                {k: v for k, v in answers.items() if v is not None},
                checked_on=date(picked.year(), picked.month(), picked.day()),
                notes=self.notes.toPlainText(),
                assessor=self.assessor.text(),
                today=self.today,
            )
        except CivicDeskError as exc:
            show_error(self, self.tr("Health check not saved"), exc)
            return
        label = self.space_name or self.tr("a space")
        # Edit ▸ Undo takes the check back, and the status it gave the space.
        self.undo_stack.push(RecordHealthCheck(self.service, self.saved, status_before, label, self.changed))
        self.check_added.emit(self.saved)
        self.accept()
