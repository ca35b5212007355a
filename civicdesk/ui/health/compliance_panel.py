"""What is due at one space: the list of certificates and reviews, "Mark done today", adding items."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import cast

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QColor, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from civicdesk.db.database import Database
from civicdesk.errors import CivicDeskError
from civicdesk.services.compliance import ComplianceService, ItemRow, KindInfo
from civicdesk.ui import focus_order
from civicdesk.ui.accessible import name_list
from civicdesk.ui.dates_shown import shown_date
from civicdesk.ui.dialogs import RememberingDialog, show_error
from civicdesk.ui.health.models import DUE_SOON_COLOUR, OVERDUE_COLOUR, Column, RowsModel, setup_table
from civicdesk.ui.tasks import TaskRunner
from civicdesk.ui.undo import Changed, CreateRecord, EditRecord
from civicdesk.ui.words import data_word

UNKNOWN_DATE = QDate(1990, 1, 1)  # shown as "not known" in the last-done box


def _day(value: str | None) -> str:
    return shown_date(value)


def _colour(row: ItemRow) -> QColor | None:
    return {"overdue": OVERDUE_COLOUR, "due soon": DUE_SOON_COLOUR}.get(row.state)


class NewKindDialog(RememberingDialog):
    """Add a kind of item of the group's own (e.g. "Defibrillator pads", every 24 months)."""

    settings_key = "health/new_kind_dialog"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New kind of item"))
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("for example: Defibrillator pads"))
        self.interval = QSpinBox(self)
        self.interval.setRange(0, 240)
        self.interval.setValue(12)
        self.interval.setSuffix(self.tr(" months"))
        self.interval.setSpecialValueText(self.tr("no fixed renewal"))
        self.applies_to = QComboBox(self)
        self.applies_to.addItem(self.tr("any space"), "any")
        self.applies_to.addItem(self.tr("buildings"), "building")
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Renew every"), self.interval)
        form.addRow(self.tr("Applies to"), self.applies_to)
        ok, cancel = QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Cancel
        buttons = QDialogButtonBox(ok | cancel, parent=self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def values(self) -> tuple[str, int | None, str]:
        return self.name.text(), self.interval.value() or None, str(self.applies_to.currentData())


class CompliancePanel(QWidget):
    """One space's compliance items.

    Marking an item done and adding one go on `undo_stack` (the window's Edit ▸ Undo takes them
    back); `record_changed` is told of every such step, as ("space", the space's id), since they
    change what the Health dashboard counts as due. `changed` fires after a certificate is
    attached, which is not undone this way.
    """

    changed = Signal()
    loaded = Signal()

    def __init__(self, db: Database, space_id: str, undo_stack: QUndoStack, record_changed: Changed,
                 parent: QWidget | None = None, today: date | None = None, author: str = "") -> None:
        super().__init__(parent)
        self.service = ComplianceService(db, author=author)
        self.space_id = space_id
        self.today = today
        self.undo_stack = undo_stack
        self.runner = TaskRunner(self)

        def space_changed(_record_type: str, _record_id: str) -> None:
            record_changed("space", space_id)

        self._space_changed: Changed = space_changed

        self.model = RowsModel([
            Column(self.tr("Item"), lambda r: data_word(r.kind)),
            Column(self.tr("Last done"), lambda r: _day(r.last_done), lambda r: r.last_done or ""),
            Column(self.tr("Next due"),
                   lambda r: _day(r.next_due) + (self.tr(" (set by hand)") if r.next_due_overridden else ""),
                   lambda r: r.next_due or "9999"),
            Column(self.tr("State"), self._state_text),
            Column(self.tr("Certificate"), lambda r: r.document.get("name", "")),
        ], self, background=_colour)
        self.table = QTableView(self)
        self.table.setObjectName("compliance_items")
        setup_table(self.table)
        self.table.setSortingEnabled(False)  # already soonest first
        self.table.setModel(self.model)
        name_list(self.table, self.tr("Safety and compliance items"))
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        self.done_button = QPushButton(self.tr("Mark done &today"), self)
        self.done_button.clicked.connect(self.mark_selected_done)
        self.attach_button = QPushButton(self.tr("Attach &certificate…"), self)
        self.attach_button.clicked.connect(self.attach_to_selected)
        actions = QHBoxLayout()
        actions.addWidget(self.done_button)
        actions.addWidget(self.attach_button)
        actions.addStretch(1)

        self.kind = QComboBox(self)
        self.kind.setObjectName("new_item_kind")
        self.kind.setAccessibleName(self.tr("Kind of item to add"))
        self.last_done = QDateEdit(self)
        self.last_done.setCalendarPopup(True)
        self.last_done.setAccessibleName(self.tr("Last done"))
        self.last_done.setDisplayFormat("dd/MM/yyyy")
        self.last_done.setMinimumDate(UNKNOWN_DATE)
        self.last_done.setSpecialValueText(self.tr("not known"))
        self.last_done.setDate(UNKNOWN_DATE)
        focus_order.tab_leaves_when_not_known(self.last_done)
        self.add_button = QPushButton(self.tr("&Add item"), self)
        self.add_button.clicked.connect(self.add_item)
        self.new_kind_button = QPushButton(self.tr("&New kind…"), self)
        self.new_kind_button.clicked.connect(self.new_kind)
        adder = QHBoxLayout()
        adder.addWidget(QLabel(self.tr("Add:"), self))
        adder.addWidget(self.kind, 1)
        adder.addWidget(QLabel(self.tr("last done"), self))
        adder.addWidget(self.last_done)
        adder.addWidget(self.add_button)
        adder.addWidget(self.new_kind_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addLayout(adder)
        self._update_buttons()
        # Steps undone or redone from the Edit menu change what we list.
        undo_stack.indexChanged.connect(self.reload)
        self.reload()

    def _state_text(self, row: ItemRow) -> str:
        if row.state == "overdue" and row.days_left is not None:
            return self.tr("overdue by %Ln day(s)", "", -row.days_left)
        if row.state == "due soon" and row.days_left is not None:
            return self.tr("due in %Ln day(s)", "", row.days_left)
        return {"ok": self.tr("in date"), "no date": self.tr("no date set")}.get(row.state, row.state)

    def _today(self) -> date:
        return self.today or date.today()

    # -- loading ----------------------------------------------------------------------------
    def reload(self) -> None:
        # A list, not a tuple: PySide6 6.12 on Python 3.11 corrupts None's refcount when a tuple
        # (or None) travels through a Signal(object), which aborts the interpreter at exit.
        def load() -> list[list[ItemRow] | list[KindInfo]]:
            return [self.service.items_for(self.space_id, self._today()), self.service.kinds()]

        self.runner.run(load, on_done=self._show, on_error=self._error)

    def _show(self, result: list[list[ItemRow] | list[KindInfo]]) -> None:
        items, kinds = cast(list[ItemRow], result[0]), cast(list[KindInfo], result[1])
        selected = self.selected_item()
        self.model.set_rows(items)
        self.table.resizeColumnsToContents()
        if selected is not None:
            for row, item in enumerate(items):
                if item.id == selected.id:
                    self.table.selectRow(row)
        current = self.kind.currentData()
        self.kind.clear()
        for info in kinds:
            every = (self.tr("every %Ln month(s)", "", info.interval_months) if info.interval_months
                     else self.tr("no fixed renewal"))
            own = "" if info.builtin else self.tr(" — your own")
            self.kind.addItem(f"{data_word(info.name)} ({every}){own}", info.name)
        if current:
            self.kind.setCurrentIndex(max(0, self.kind.findData(current)))
        self._update_buttons()
        self.loaded.emit()

    def _error(self, exc: BaseException) -> None:
        show_error(self, self.tr("Compliance"), exc)

    # -- actions ----------------------------------------------------------------------------
    def selected_item(self) -> ItemRow | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.row_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        has = self.selected_item() is not None
        self.done_button.setEnabled(has)
        self.attach_button.setEnabled(has)

    def _after_edit(self) -> None:
        self.changed.emit()
        self.reload()

    def mark_selected_done(self) -> None:
        item = self.selected_item()
        if item is None:
            return
        try:
            before, after = self.service.done_values(item.id, self._today())
        except CivicDeskError as exc:
            self._error(exc)
            return
        command = EditRecord(self.service, item.id, before, after, item.kind, self._space_changed)
        if not command.new:
            return  # done today already
        command.setText(self.tr("Mark %1 done").replace("%1", item.kind))
        self._push(command)

    def _push(self, command: QUndoCommand) -> bool:
        try:
            self.undo_stack.push(command)  # writes the step (a failed one is not kept)
        except CivicDeskError as exc:
            self._error(exc)
            return False
        return True

    def attach_to_selected(self) -> None:
        item = self.selected_item()
        if item is None:
            return
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Attach a certificate"), "",
                                              self.tr("Documents (*.pdf *.jpg *.jpeg *.png);;All files (*)"))
        if not name:
            return
        try:
            self.service.attach_document(item.id, Path(name))
        except CivicDeskError as exc:
            self._error(exc)
            return
        self._after_edit()

    def add_item(self) -> None:
        kind = self.kind.currentData()
        if not kind:
            return
        picked = self.last_done.date()
        last = None if picked == UNKNOWN_DATE else date(picked.year(), picked.month(), picked.day())
        try:
            values = self.service.new_item_values(self.space_id, str(kind), last_done=last)
        except CivicDeskError as exc:
            self._error(exc)
            return
        if self._push(CreateRecord(self.service, values, str(kind), self._space_changed)):
            self.last_done.setDate(UNKNOWN_DATE)

    def new_kind(self) -> None:
        dialog = NewKindDialog(self)
        if dialog.exec() != NewKindDialog.DialogCode.Accepted:
            return
        name, months, applies_to = dialog.values()
        try:
            info = self.service.add_kind(name, months, applies_to)
        except CivicDeskError as exc:
            self._error(exc)
            return
        self.kind.addItem(data_word(info.name), info.name)
        self.kind.setCurrentIndex(self.kind.count() - 1)
        self.reload()
