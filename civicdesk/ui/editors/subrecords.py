"""Small editors for the records that hang off another: meetings, roles, tool uses and loans.

Each is a separate synced record with its own undoable create, edit and delete; the record it
belongs to (the group, person or tool) is fixed by whoever opens the editor.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QLabel

from civicdesk.core import structured
from civicdesk.core.validation import FieldError
from civicdesk.services import pickers
from civicdesk.services.groups import MeetingService
from civicdesk.services.kit_rules import OverdueKitError, override_words
from civicdesk.services.loans import KitLoanService
from civicdesk.services.people import ROLE_NAMES, RoleService
from civicdesk.services.tools import ToolUseService
from civicdesk.ui.dates_shown import shown_date
from civicdesk.ui.editors.base import RecordEditor
from civicdesk.ui.editors.lend_anyway import LendAnywayDialog, tell_next
from civicdesk.ui.editors.pickers import RecordPicker
from civicdesk.ui.generated.ui_loan_editor import Ui_LoanEditor
from civicdesk.ui.generated.ui_meeting_editor import Ui_MeetingEditor
from civicdesk.ui.generated.ui_role_editor import Ui_RoleEditor
from civicdesk.ui.generated.ui_tool_use_editor import Ui_ToolUseEditor
from civicdesk.ui.words import data_word


class _SubEditor(RecordEditor):
    show_history = False

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # A handful of fields: as tall as they need, no empty band above the buttons.
        self.resize(self.width(), self.sizeHint().height())

    def bind_picker(self, field: str, picker: RecordPicker, record_type: str, what: str,
                    optional_hint: str = "") -> None:
        """A record chosen by name; a name that matches nothing is an error, not a silent blank."""
        picker.set_source(lambda text: pickers.choices(self.db, record_type, text))

        def get() -> str | None:
            chosen = picker.selected_id()
            if chosen is None and picker.currentText().strip():
                raise FieldError(
                    self.tr("there is no %1 called “%2”: choose one from the list")
                    .replace("%1", what).replace("%2", picker.currentText().strip()) + optional_hint
                )
            return chosen

        label = self._label_of(picker)
        self.bind(field, get, lambda v: picker.set_selected(v, pickers.name_of(self.db, record_type, v)),
                  self.inline_error(picker, label), lambda: picker, label)


class MeetingEditor(_SubEditor):
    """Where and when a group meets."""

    record_type = "meeting"
    service_class = MeetingService
    form_class = Ui_MeetingEditor

    def bind_fields(self) -> None:
        ui = self.ui
        self.bind_picker("space_id", ui.space_id, "space", self.tr("space"),
                         self.tr(", or leave it empty for a meeting online"))
        for edit, default in ((ui.start, QTime(18, 0)), (ui.end, QTime(20, 0))):
            edit.setTime(default)
        for frequency in structured.FREQUENCIES:
            ui.frequency.addItem(data_word(frequency.capitalize()), frequency)

        def get() -> dict[str, Any]:
            return {"days": ui.days.value(), "start": ui.start.time().toString("HH:mm"),
                    "end": ui.end.time().toString("HH:mm"), "frequency": ui.frequency.currentData()}

        def set_(value: dict[str, Any] | None) -> None:
            value = value or {}
            ui.days.set_value(value.get("days"))
            if value.get("start"):
                ui.start.setTime(QTime.fromString(value["start"], "HH:mm"))
            if value.get("end"):
                ui.end.setTime(QTime.fromString(value["end"], "HH:mm"))
            ui.frequency.setCurrentIndex(max(0, ui.frequency.findData(value.get("frequency", "weekly"))))

        self.bind("schedule", get, set_, self.inline_error(ui.end, self.tr("the times")), lambda: ui.start,
                  self.tr("When"))
        self.bind_line("notes", ui.notes)

    def title(self) -> str:
        return self.tr("Add a meeting place") if self.record_id is None else self.tr("Meeting place")


class RoleEditor(_SubEditor):
    """A person's role in a group, since and until when."""

    record_type = "role"
    service_class = RoleService
    form_class = Ui_RoleEditor

    def bind_fields(self) -> None:
        ui = self.ui
        self.bind_picker("group_id", ui.group_id, "group", self.tr("group"))
        label = self._label_of(ui.role)
        ui.role.addItems([data_word(name) for name in ROLE_NAMES])
        ui.role.setCurrentText(data_word("volunteer"))
        self.bind("role", ui.role.currentText, ui.role.setCurrentText, self.inline_error(ui.role, label),
                  lambda: ui.role, label)
        self.bind_date("since", ui.since)
        self.bind_date("until", ui.until)

    def title(self) -> str:
        return self.tr("Add a role") if self.record_id is None else self.tr("Role")


class ToolUseEditor(_SubEditor):
    """A group that uses a tool, with its rating and review."""

    record_type = "tool_use"
    service_class = ToolUseService
    form_class = Ui_ToolUseEditor

    def bind_fields(self) -> None:
        ui = self.ui
        self.bind_picker("group_id", ui.group_id, "group", self.tr("group"))
        options: list[tuple[Any, str]] = [(None, self.tr("Not rated"))]
        options += [(n, "★" * n + "☆" * (5 - n) + f"  ({n})") for n in range(1, 6)]
        self.bind_combo("rating", ui.rating, options)
        self.bind_plain("review", ui.review)

    def title(self) -> str:
        if self.record_id is None:
            return self.tr("Add a group using this tool")
        return self.tr("Group using this tool")


class LoanEditor(_SubEditor):
    """Kit lent to a group or a neighbour: when it went, when it is due, when it came back."""

    record_type = "loan"
    service_class = KitLoanService
    form_class = Ui_LoanEditor
    service: KitLoanService
    lend_anyway: LendAnywayDialog

    def bind_fields(self) -> None:
        ui = self.ui
        self.bind_party("borrower", ui.borrower)
        for field in ("out_on", "due_on", "returned_on"):
            self.bind_date(field, getattr(ui, field))
        self.bind_line("notes", ui.notes)
        if self.record_id is None:
            ui.out_on.set_value(date.today().isoformat())
        # The holder's override of the overdue rule, once given: who, when, why (kit_rules).
        self.override_note = QLabel(self)
        self.override_note.setObjectName("override_note")
        self.override_note.setWordWrap(True)
        self.override_note.hide()
        ui.outer.insertWidget(ui.outer.count() - 1, self.override_note)
        self.overridden: dict[str, Any] = {}
        self.refusal: OverdueKitError | None = None
        self.bind("override", lambda: dict(self.overridden), self._show_override, lambda _m: None,
                  lambda: self.override_note, self.tr("Lent despite overdue kit"))

    def _show_override(self, value: dict[str, Any] | None) -> None:
        self.overridden = dict(value or {})
        words = override_words(self.overridden)
        self.override_note.setText(self.tr("Lent despite overdue kit: agreed by %1 on %2 (%3)")
                                   .replace("%1", self.overridden.get("by", ""))
                                   .replace("%2", shown_date(self.overridden.get("on")))
                                   .replace("%3", self.overridden.get("reason", "")) if words else "")
        self.override_note.setVisible(bool(words))

    def _check_references(self, values: dict[str, Any]) -> None:
        super()._check_references(values)
        if self.record_id is None:  # a new loan: the holder's rules (valuable kit, kit overdue)
            try:
                self.service.check_rules(values)
            except OverdueKitError as exc:
                self.refusal = exc
                raise

    def save(self) -> bool:
        """Save; a refusal for kit overdue offers "Lend anyway", and a return says who is next."""
        self.refusal = None
        back_before = self.original.get("returned_on")
        saved = super().save()
        if not saved:  # the message under the field may need more room than the form had
            self.resize(self.width(), max(self.height(), self.sizeHint().height()))
        if not saved and self.refusal is not None:
            self.lend_anyway = LendAnywayDialog(self, self.refusal.overdue or self.refusal.message)
            self.lend_anyway.accepted.connect(self._lent_anyway)
            self.lend_anyway.open()
        elif saved and not back_before and self.ui.returned_on.value():
            tool_id = self.fixed.get("tool_id") or self.original.get("tool_id")
            self.news = tell_next(self.parentWidget(), self.db, tool_id, self.service.moved_up)
        return saved

    def _lent_anyway(self) -> None:
        self._show_override(self.lend_anyway.recorded)
        self.save()

    def record_label(self, values: dict[str, Any]) -> str:
        return self.tr("loan to %1").replace("%1", (values.get("borrower") or {}).get("name", ""))

    def title(self) -> str:
        return self.tr("Lend this kit") if self.record_id is None else self.tr("Loan")
