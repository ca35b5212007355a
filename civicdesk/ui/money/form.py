"""One small form for every money entry: income, a cost, the reserves, a work, an invoice, a payment.

The fields are described by `Field`s; `values()` gives what was typed, keyed by the service's own
field names, and `show_problems` puts a service's ValidationError under the fields it names, so
the form stays open until the values are right.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from civicdesk.errors import ValidationError
from civicdesk.ui import colours
from civicdesk.ui.dialogs import RememberingDialog


@dataclass(frozen=True)
class Field:
    key: str  # the service's field name
    label: str  # already translated
    kind: str = "text"  # text | money | date | choice | year
    choices: tuple[tuple[str, str], ...] = ()  # (value, words) for a choice
    value: Any = None  # what it starts with
    placeholder: str = ""


class MoneyForm(RememberingDialog):
    """A titled form of `fields`; Save checks with `check(values)` (a service call) before closing."""

    settings_key = "money/form"

    def __init__(self, title: str, fields: list[Field], parent: QWidget | None = None,
                 intro: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.fields = fields
        self.widgets: dict[str, QWidget] = {}
        self.problems: dict[str, QLabel] = {}
        self.check: Any = None  # set by the caller: values -> None, raising ValidationError
        layout = QVBoxLayout(self)
        if intro:
            words = QLabel(intro, self)
            words.setWordWrap(True)
            layout.addWidget(words)
        form = QFormLayout()
        for field in fields:
            widget = self._widget(field)
            widget.setObjectName(f"field_{field.key}")
            widget.setAccessibleName(field.label)
            problem = QLabel(self)
            problem.setStyleSheet(colours.ERROR_STYLE)
            problem.setWordWrap(True)
            problem.hide()
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(widget)
            box.addWidget(problem)
            label = QLabel(field.label, self)
            label.setBuddy(widget)
            form.addRow(label, box)
            self.widgets[field.key], self.problems[field.key] = widget, problem
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, parent=self)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        if fields:
            self.widgets[fields[0].key].setFocus()

    def _widget(self, field: Field) -> QWidget:
        if field.kind == "choice":
            combo = QComboBox(self)
            for value, words in field.choices:
                combo.addItem(words, value)
            if field.value is not None:
                combo.setCurrentIndex(max(0, combo.findData(field.value)))
            return combo
        if field.kind == "date":
            edit = QDateEdit(self)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
            day = field.value or date.today()
            edit.setDate(QDate(day.year, day.month, day.day))
            return edit
        line = QLineEdit(self)
        if field.value is not None:
            line.setText(str(field.value))
        line.setPlaceholderText(field.placeholder or ("0.00" if field.kind == "money" else ""))
        return line

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for field in self.fields:
            widget = self.widgets[field.key]
            if isinstance(widget, QComboBox):
                out[field.key] = widget.currentData()
            elif isinstance(widget, QDateEdit):
                picked = widget.date()
                out[field.key] = date(picked.year(), picked.month(), picked.day())
            elif isinstance(widget, QLineEdit):
                out[field.key] = widget.text().strip()
        return out

    def set_text(self, key: str, text: str) -> None:
        widget = self.widgets[key]
        if isinstance(widget, QLineEdit):
            widget.setText(text)

    def show_problems(self, error: ValidationError) -> None:
        shown = False
        for key, label in self.problems.items():
            message = error.errors.get(key, "")
            label.setText(message)
            label.setVisible(bool(message))
            shown = shown or bool(message)
        if not shown:  # a problem with no field of its own here: under the first field
            first = next(iter(self.problems.values()))
            first.setText(error.message)
            first.show()

    def _save(self) -> None:
        if self.check is not None:
            try:
                self.check(self.values())
            except ValidationError as exc:
                self.show_problems(exc)
                return
        self.accept()
