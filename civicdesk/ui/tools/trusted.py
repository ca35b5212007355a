"""The list of trusted borrowers, opened from a piece of kit's page: add a group or a name, take one off.

Valuable kit is lent and reserved only to those on the list (services.kit_rules). Adding and
taking off are steps on the window's undo stack, like any other change.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from civicdesk.db.database import Database
from civicdesk.errors import CivicDeskError, ValidationError
from civicdesk.services import pickers
from civicdesk.services.trusted_borrowers import TrustedBorrowerService, TrustedView
from civicdesk.ui import colours
from civicdesk.ui.accessible import name_list
from civicdesk.ui.dates_shown import shown_date
from civicdesk.ui.dialogs import RememberingDialog, show_error
from civicdesk.ui.editors.pickers import PartyEditor
from civicdesk.ui.undo import Changed, CreateRecord, DeleteRecord


class TrustedBorrowersDialog(RememberingDialog):
    """Who may borrow or reserve kit marked valuable."""

    settings_key = "tools/trusted_borrowers"

    def __init__(
        self, parent: QWidget | None, db: Database, undo_stack: QUndoStack, changed: Changed
    ) -> None:
        super().__init__(parent)
        self.db, self.undo_stack, self.changed = db, undo_stack, changed
        self.service = TrustedBorrowerService(db)
        self.rows: list[TrustedView] = []
        self.setWindowTitle(self.tr("Trusted borrowers"))
        intro = QLabel(self.tr(
            "Kit ticked “Valuable” in its editor is lent and reserved only to the groups and people "
            "on this list. The list is the same for all your kit, and goes to partner groups in bundles."))
        intro.setWordWrap(True)
        add_row = QHBoxLayout()
        label = QLabel(self.tr("&Borrower:"), self)
        self.borrower = PartyEditor(self)
        self.borrower.set_source(lambda text: pickers.choices(db, "group", text), free_text=True)
        self.borrower.setAccessibleName(self.tr("Borrower to trust"))
        label.setBuddy(self.borrower)
        self.add_button = QPushButton(self.tr("&Add to the list"), self)
        self.add_button.clicked.connect(self.add)
        add_row.addWidget(label)
        add_row.addWidget(self.borrower, 1)
        add_row.addWidget(self.add_button)
        self.list = QListWidget(self)  # made after the row above it: Tab goes as they read
        self.list.itemSelectionChanged.connect(self._enable)
        self.problem = QLabel(self)
        self.problem.setStyleSheet(colours.ERROR_STYLE)
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.remove_button = QPushButton(self.tr("&Take off the list"), self)
        self.remove_button.clicked.connect(self.remove)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(add_row)
        layout.addWidget(self.problem)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(buttons)
        self.resize(520, 420)
        self.reload()
        undo_stack.indexChanged.connect(self._undo_moved)

    def _undo_moved(self, _index: int) -> None:
        self.reload()

    def reload(self) -> None:
        self.rows = self.service.listing()
        self.list.clear()
        for row in self.rows:
            since = self.tr(" (since %1)").replace("%1", shown_date(row.since)) if row.since else ""
            item = QListWidgetItem(row.name + since)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.list.addItem(item)
        if not self.rows:
            self.list.addItem(QListWidgetItem(self.tr("Nobody yet: valuable kit is lent to nobody.")))
            self.list.item(0).setFlags(Qt.ItemFlag.NoItemFlags)
        name_list(self.list, self.tr("Trusted borrowers"))
        self._enable()

    def names(self) -> list[str]:
        """The names on the list, as shown."""
        return [row.name for row in self.rows]

    def _say(self, message: str) -> None:
        self.problem.setText(message[:1].upper() + message[1:])
        self.problem.setVisible(bool(message))

    def _enable(self) -> None:
        item = self.list.currentItem()
        chosen = item is not None and bool(item.data(Qt.ItemDataRole.UserRole))
        self.remove_button.setEnabled(chosen and bool(self.list.selectedItems()))

    def add(self) -> None:
        values = {"borrower": self.borrower.value()}
        try:
            cleaned = self.service.check_new(values)  # refuses someone already on the list
            name = cleaned["borrower"]["name"]
            self.undo_stack.push(CreateRecord(
                self.service, values, self.tr("trusted borrower “%1”").replace("%1", name), self.changed))
        except ValidationError as exc:
            self._say(exc.errors.get("borrower", exc.message))
            self.borrower.setFocus()
            return
        except CivicDeskError as exc:
            show_error(self, self.tr("Trusted borrowers"), exc)
            return
        self._say("")
        self.borrower.set_value({})
        self.reload()

    def remove(self) -> None:
        item = self.list.currentItem()
        entry = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if not entry:
            return
        name = next((r.name for r in self.rows if r.id == entry), "")
        try:
            self.undo_stack.push(DeleteRecord(
                self.service, entry, self.tr("trusted borrower “%1”").replace("%1", name), self.changed))
        except CivicDeskError as exc:
            show_error(self, self.tr("Trusted borrowers"), exc)
            return
        self.reload()
