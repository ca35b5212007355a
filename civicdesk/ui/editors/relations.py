"""Panels inside an editor listing a record's related records, with Add, Edit and Remove.

Every add, edit and removal is its own command on the window's undo stack, applied at once (the
related records are synced records of their own, not part of the parent's Save).
"""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from civicdesk.core import structured
from civicdesk.db.database import Database
from civicdesk.services import pickers
from civicdesk.ui.dates_shown import shown_date
from civicdesk.ui.editors.base import RecordEditor
from civicdesk.ui.editors.subrecords import LoanEditor, MeetingEditor, RoleEditor, ToolUseEditor
from civicdesk.ui.undo import Changed, DeleteRecord


class RelationPanel(QWidget):
    """A table of related records and the buttons to change them."""

    editor_class: ClassVar[type[RecordEditor]]
    owner_field: ClassVar[str] = ""  # the sub-record's field pointing at the record being edited

    def __init__(self, parent: QWidget | None, db: Database, owner_id: str | None, undo_stack: QUndoStack,
                 changed: Changed) -> None:
        super().__init__(parent)
        self.db, self.owner_id, self.undo_stack, self.changed = db, owner_id, undo_stack, changed
        self.ids: list[str] = []
        self.editor: RecordEditor | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.table = QTableWidget(self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; the arrow keys move in it
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.accessible_name())
        headers = self.headers()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        header = self.table.horizontalHeader()
        for column in range(len(headers) - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.edit())
        # Enter opens the chosen row as a double-click does (the dialog's default button otherwise).
        open_row = QAction(self.table)  # a key, not shown anywhere: no words to translate
        open_row.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        open_row.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        open_row.triggered.connect(self.edit)
        self.table.addAction(open_row)
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add…"), self)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        for button, slot in ((self.add_button, self.add), (self.edit_button, self.edit),
                             (self.remove_button, self.remove)):
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        # Undo and redo from the main window change what we list.
        undo_stack.indexChanged.connect(self.refresh)
        self.refresh()

    # -- what subclasses provide -----------------------------------------------------------
    def headers(self) -> list[str]:
        raise NotImplementedError

    def accessible_name(self) -> str:
        raise NotImplementedError

    def explanation(self) -> str:
        raise NotImplementedError

    def unsaved_message(self) -> str:
        raise NotImplementedError

    def rows(self) -> list[tuple[str, list[str]]]:
        """(record id, cells) for the owner's related records."""
        raise NotImplementedError

    # -- behaviour --------------------------------------------------------------------------
    def refresh(self, *_args: Any) -> None:
        saved = self.owner_id is not None
        self.intro.setText(self.explanation() if saved else self.unsaved_message())
        self.table.setVisible(saved)
        self.add_button.setEnabled(saved)
        rows = self.rows() if saved else []
        self.ids = [record_id for record_id, _cells in rows]
        self.table.setRowCount(len(rows))
        for row, (_record_id, cells) in enumerate(rows):
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.selected_id() is not None
        self.edit_button.setEnabled(has)
        self.remove_button.setEnabled(has)

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.ids[rows[0].row()] if rows and rows[0].row() < len(self.ids) else None

    def add(self) -> None:
        self._open(None)

    def edit(self) -> None:
        record_id = self.selected_id()
        if record_id is not None:
            self._open(record_id)

    def _open(self, record_id: str | None) -> None:
        assert self.owner_id is not None
        self.editor = self.editor_class(self, self.db, record_id, self.undo_stack, self.changed,
                                        fixed={self.owner_field: self.owner_id})
        self.editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.editor.accepted.connect(self.refresh)
        self.editor.open()

    def remove(self) -> None:
        record_id = self.selected_id()
        if record_id is None:
            return
        cells = [self.table.item(self.table.currentRow(), c).text() for c in range(2)]
        answer = QMessageBox.question(
            self, self.tr("Remove"),
            self.tr("Remove “%1”? You can undo this from the Edit menu.").replace("%1", " — ".join(cells)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        service = self.editor_class.service_class(self.db)
        self.undo_stack.push(DeleteRecord(service, record_id, service.label, self.changed))
        self.refresh()


class MeetingsPanel(RelationPanel):
    editor_class = MeetingEditor
    owner_field = "group_id"

    def headers(self) -> list[str]:
        return [self.tr("Where"), self.tr("When"), self.tr("Notes")]

    def accessible_name(self) -> str:
        return self.tr("Where and when the group meets")

    def explanation(self) -> str:
        return self.tr("The places this group meets and when. Double-click a row to change it.")

    def unsaved_message(self) -> str:
        return self.tr("Save the record first to add where and when the group meets.")

    def rows(self) -> list[tuple[str, list[str]]]:
        assert self.owner_id is not None
        return [
            (m.meeting_id, [m.space_name or self.tr("Online or no fixed place"),
                            structured.format_schedule(m.schedule), m.notes])
            for m in pickers.meetings_of_group(self.db, self.owner_id)
        ]


class RolesPanel(RelationPanel):
    editor_class = RoleEditor
    owner_field = "person_id"

    def headers(self) -> list[str]:
        return [self.tr("Group"), self.tr("Role"), self.tr("Since"), self.tr("Until")]

    def accessible_name(self) -> str:
        return self.tr("Roles in groups")

    def explanation(self) -> str:
        return self.tr("What this person does in which group. Double-click a row to change it.")

    def unsaved_message(self) -> str:
        return self.tr("Save the record first to add roles in groups.")

    def rows(self) -> list[tuple[str, list[str]]]:
        assert self.owner_id is not None
        return [
            (r.role_id, [r.group_name, r.role, shown_date(r.since), shown_date(r.until)])
            for r in pickers.roles_of_person(self.db, self.owner_id)
        ]


class ToolUsesPanel(RelationPanel):
    editor_class = ToolUseEditor
    owner_field = "tool_id"

    def headers(self) -> list[str]:
        return [self.tr("Group"), self.tr("Rating"), self.tr("Review")]

    def accessible_name(self) -> str:
        return self.tr("Groups using this tool")

    def explanation(self) -> str:
        return self.tr("Groups that use this tool, and what they think of it.")

    def unsaved_message(self) -> str:
        return self.tr("Save the record first to add groups using it.")

    def rows(self) -> list[tuple[str, list[str]]]:
        assert self.owner_id is not None
        return [
            (u.use_id, [u.group_name, "★" * u.rating + "☆" * (5 - u.rating) if u.rating else "—", u.review])
            for u in pickers.uses_of_tool(self.db, self.owner_id)
        ]


class LoansPanel(RelationPanel):
    editor_class = LoanEditor
    owner_field = "tool_id"

    def headers(self) -> list[str]:
        return [self.tr("Borrower"), self.tr("Out"), self.tr("Due back"), self.tr("Returned")]

    def accessible_name(self) -> str:
        return self.tr("Loans")

    def explanation(self) -> str:
        return self.tr("Who has borrowed this kit, latest first.")

    def unsaved_message(self) -> str:
        return self.tr("Save the record first to add loans.")

    def rows(self) -> list[tuple[str, list[str]]]:
        assert self.owner_id is not None
        return [
            (loan.loan_id, [loan.borrower.get("name", ""), shown_date(loan.out_on),
                            shown_date(loan.due_on), shown_date(loan.returned_on) or self.tr("Not yet")])
            for loan in pickers.loans_of_tool(self.db, self.owner_id)
        ]
