"""After kit changes hands: the holder's "Lend anyway" over the overdue rule, and who has the kit next.

`LendAnywayDialog` shows why a loan was refused (the borrower still has kit overdue) and records
the holder's override: who agreed, today, and why (services.kit_rules.override). `tell_next`
says, once kit has come back, who was booked from the waiting list, or who has it reserved next.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from civicdesk.db.database import Database
from civicdesk.errors import ValidationError
from civicdesk.services import kit_rules
from civicdesk.services.reservations import Reservations, ReservationView
from civicdesk.ui import colours
from civicdesk.ui.dialogs import RememberingDialog

translate = QCoreApplication.translate


class LendAnywayDialog(RememberingDialog):
    """The refusal in words, and the holder's override: who agreed and why (recorded on the loan)."""

    settings_key = "editors/lend_anyway"

    def __init__(self, parent: QWidget | None, refusal: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kit overdue"))
        self.recorded: dict[str, Any] = {}
        said = QLabel(refusal[:1].upper() + refusal[1:] + ".", self)
        said.setObjectName("refusal")
        said.setWordWrap(True)
        explain = QLabel(self.tr(
            "As the holder you can lend it anyway: your name, today's date and the reason are "
            "recorded on the loan and shown with it."), self)
        explain.setWordWrap(True)
        self.by = QLineEdit(self)
        self.by.setAccessibleName(self.tr("Agreed by"))
        self.by.setPlaceholderText(self.tr("your name"))
        self.why = QLineEdit(self)
        self.why.setAccessibleName(self.tr("Why lend anyway"))
        self.why.setPlaceholderText(self.tr("for example: the fun day needs it; the mower is being mended"))
        form = QFormLayout()
        form.addRow(self.tr("Agreed &by:"), self.by)
        form.addRow(self.tr("&Why:"), self.why)
        self.problem = QLabel(self)
        self.problem.setStyleSheet(colours.ERROR_STYLE)
        self.problem.setWordWrap(True)
        self.problem.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.lend_button = buttons.addButton(self.tr("&Lend anyway"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(said)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        self.by.setFocus()

    def accept(self) -> None:
        try:
            self.recorded = kit_rules.override(self.by.text(), self.why.text(), date.today())
        except ValidationError as exc:
            message = exc.errors.get("override", exc.message)
            self.problem.setText(message[:1].upper() + message[1:] + ".")
            self.problem.show()
            (self.why if self.by.text().strip() else self.by).setFocus()
            return
        super().accept()


def next_words(db: Database, tool_id: str | None, moved_up: list[ReservationView]) -> str:
    """ "Now booked from the waiting list: …", else "Next reserved: …", else "" (nobody waits)."""
    if moved_up:
        return translate("KitReturned", "Now booked from the waiting list: %1. Let them know it is theirs.") \
            .replace("%1", "; ".join(r.words() for r in moved_up))
    following = Reservations(db).next_for(tool_id) if tool_id else None
    if following is not None:
        return translate("KitReturned", "Next reserved: %1.").replace("%1", following.words())
    return ""


def tell_next(parent: QWidget | None, db: Database, tool_id: str | None,
              moved_up: list[ReservationView]) -> QMessageBox | None:
    """Once kit has come back, say who has it next (a message that does not block the window)."""
    text = next_words(db, tool_id, moved_up)
    if not text:
        return None
    box = QMessageBox(QMessageBox.Icon.Information, translate("KitReturned", "Kit returned"), text,
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("kit_next")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
