"""The builders view's kit tab: reserve shared kit for dates ahead, and see and change its waiting list."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from civicdesk.db.database import Database
from civicdesk.errors import CivicDeskError
from civicdesk.services import kit_rules, pickers
from civicdesk.services.kit import kit_items
from civicdesk.services.reservations import Reservations, ReservationView
from civicdesk.ui import colours
from civicdesk.ui.accessible import name_list
from civicdesk.ui.builders.dialogs import _Form
from civicdesk.ui.dates_shown import shown_date
from civicdesk.ui.dialogs import show_error
from civicdesk.ui.editors.lend_anyway import LendAnywayDialog
from civicdesk.ui.editors.pickers import PartyEditor
from civicdesk.ui.editors.widgets import DateField

STATUS_WORDS = {
    "booked": "Reserved",
    "waiting": "Waiting",
    "out": "Out on loan",
    "returned": "Returned",
    "cancelled": "Cancelled",
}


class ReserveDialog(_Form):
    """Reserve a piece of kit for a group or person, for days ahead."""

    settings_key = "builders/reserve"

    def __init__(self, parent: QWidget | None, db: Database, tool_id: str, tool_name: str) -> None:
        super().__init__(parent, db, self.tr("Reserve %1").replace("%1", tool_name))
        self.tool_id = tool_id
        self.borrower = PartyEditor(self)
        self.borrower.set_source(lambda text: pickers.choices(db, "group", text), free_text=True)
        self.borrower.setAccessibleName(self.tr("Reserved for"))
        self.form.addRow(self.tr("Reserved &for:"), self.borrower)
        self.from_on = DateField(self)
        self.from_on.setAccessibleName(self.tr("First day"))
        self.form.addRow(self.tr("F&irst day:"), self.from_on)
        self.to_on = DateField(self)
        self.to_on.setAccessibleName(self.tr("Last day"))
        self.form.addRow(self.tr("&Last day:"), self.to_on)
        self.purpose = QLineEdit(self)
        self.purpose.setAccessibleName(self.tr("What it is for"))
        self.purpose.setPlaceholderText(self.tr("for example: street party"))
        self.form.addRow(self.tr("What it is f&or:"), self.purpose)
        self.wait = QCheckBox(self.tr("If it is taken, join the &waiting list"), self)
        self.form.addRow("", self.wait)
        self.finish_layout()

    def save(self) -> Any:
        to_on = self.to_on.value() or self.from_on.value()
        return Reservations(self.db).reserve(
            [self.tool_id],
            self.borrower.value(),
            self.from_on.value(),
            to_on,
            self.purpose.text(),
            wait=self.wait.isChecked(),
        )


class KitTab(QWidget):
    """Choose a piece of kit; its reservations by date, then its waiting list in order."""

    def __init__(
        self, db: Database, changed: Callable[[str, str], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.changed = db, changed
        self.service = Reservations(db)
        self.rows: list[ReservationView] = []
        self.kit = QComboBox(self)
        self.kit.setAccessibleName(self.tr("Kit"))
        self.kit.currentIndexChanged.connect(lambda _i: self.show_queue())
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet(f"color: {colours.MUTED};")
        self.table = QTableWidget(0, 4, self)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; the arrow keys move in it
        self.table.setHorizontalHeaderLabels(
            [self.tr("State"), self.tr("Reserved for"), self.tr("Days"), self.tr("For")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._enable)
        name_list(self.table, self.tr("Reservations"))
        self.reserve_button = QPushButton(self.tr("&Reserve…"), self)
        self.cancel_button = QPushButton(self.tr("&Cancel reservation"), self)
        self.up_button = QPushButton(self.tr("Move &up"), self)
        self.down_button = QPushButton(self.tr("Move do&wn"), self)
        self.lend_button = QPushButton(self.tr("&Lend now"), self)
        self.return_button = QPushButton(self.tr("Came &back"), self)
        self.up_button.setToolTip(self.tr("Move up the waiting list"))
        self.reserve_button.clicked.connect(self.open_reserve)
        self.cancel_button.clicked.connect(self._cancel)
        self.up_button.clicked.connect(lambda: self._act(lambda r: self.service.move(r.id, -1)))
        self.down_button.clicked.connect(lambda: self._act(lambda r: self.service.move(r.id, 1)))
        self.lend_button.clicked.connect(self._lend)
        self.return_button.clicked.connect(lambda: self._act(lambda r: self.service.return_kit(r.id), True))
        top = QHBoxLayout()
        kit_label = QLabel(self.tr("&Kit:"), self)
        kit_label.setBuddy(self.kit)
        top.addWidget(kit_label)
        top.addWidget(self.kit, 1)
        top.addWidget(self.reserve_button)
        buttons = QHBoxLayout()
        for button in (
            self.cancel_button,
            self.up_button,
            self.down_button,
            self.lend_button,
            self.return_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.dialog: ReserveDialog | None = None

    def reload(self) -> None:
        current = self.kit.currentData()
        self.kit.blockSignals(True)
        self.kit.clear()
        for item in kit_items(self.db, date.today()):
            self.kit.addItem(item.name, item.tool_id)
        self.kit.setCurrentIndex(max(0, self.kit.findData(current)))
        self.kit.blockSignals(False)
        self.show_queue()

    def choose(self, tool_name: str) -> None:
        self.kit.setCurrentIndex(max(0, self.kit.findText(tool_name)))

    def show_queue(self) -> None:
        tool_id = self.kit.currentData()
        self.rows = self.service.queue(tool_id) if tool_id else []
        self.table.setRowCount(len(self.rows))
        for row, r in enumerate(self.rows):
            state = self.tr(STATUS_WORDS.get(r.status, r.status))
            if r.place:
                state = self.tr("Waiting, #%1").replace("%1", str(r.place))
            days = (
                shown_date(r.from_on)
                if r.from_on == r.to_on
                else (
                    self.tr("%1 to %2")
                    .replace("%1", shown_date(r.from_on))
                    .replace("%2", shown_date(r.to_on))
                )
            )
            for column, text in enumerate((state, r.borrower, days, r.purpose)):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, r.id)
                self.table.setItem(row, column, cell)
        self.table.resizeColumnsToContents()
        name_list(self.table, self.tr("Reservations"))
        self.note.setText(
            self.tr("Nothing reserved ahead. Press Reserve… to hold it for a date.")
            if not self.rows
            else self.tr(
                "Reserved first, by date; then the waiting list, in order. When a "
                "reservation is cancelled or the kit comes back early, the first on "
                "the waiting list that fits is booked."
            )
        )
        self._enable()

    def selected(self) -> ReservationView | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) and self.table.selectedItems() else None

    def select(self, reservation_id: str) -> None:
        for row, r in enumerate(self.rows):
            if r.id == reservation_id:
                self.table.selectRow(row)

    def _enable(self) -> None:
        r = self.selected()
        self.reserve_button.setEnabled(self.kit.currentData() is not None)
        self.cancel_button.setEnabled(r is not None and r.status in ("booked", "waiting"))
        self.up_button.setEnabled(r is not None and r.place > 1)
        self.down_button.setEnabled(r is not None and r.status == "waiting")
        self.lend_button.setEnabled(r is not None and r.status == "booked")
        self.return_button.setEnabled(r is not None and r.status == "out")

    def open_reserve(self) -> ReserveDialog:
        self.dialog = ReserveDialog(self, self.db, self.kit.currentData(), self.kit.currentText())
        self.dialog.accepted.connect(self._reserved)
        self.dialog.open()
        return self.dialog

    def _reserved(self) -> None:
        made = getattr(self.dialog, "result_record", None) or []
        self.show_queue()
        for r in made:
            self.changed("reservation", r.id)
            self.select(r.id)

    def _act(self, action: Callable[[ReservationView], Any], announce: bool = False) -> None:
        r = self.selected()
        if r is None:
            return
        try:
            result = action(r)
        except CivicDeskError as exc:
            show_error(self, self.tr("Reservations"), exc)
            return
        self.changed("reservation", r.id)
        self.show_queue()
        self.select(r.id)
        if announce and isinstance(result, list) and result:
            moved = ", ".join(x.words() for x in result)
            self.note.setText(self.tr("Booked from the waiting list: %1").replace("%1", moved))

    def _cancel(self) -> None:
        r = self.selected()
        if r is None:
            return
        ask = QMessageBox.question(
            self,
            self.tr("Cancel reservation"),
            self.tr("Cancel the reservation for %1?").replace("%1", r.words()),
        )
        if ask == QMessageBox.StandardButton.Yes:
            self._act(lambda x: self.service.cancel(x.id), announce=True)

    def _lend(self) -> None:
        r = self.selected()
        if r is None:
            return
        try:
            self.service.lend(r.id)
        except kit_rules.OverdueKitError as exc:
            # The holder may lend anyway: who agreed and why are recorded on the loan.
            self.lend_anyway = LendAnywayDialog(self, exc.overdue or exc.message)
            self.lend_anyway.accepted.connect(
                lambda: self._act(lambda x: self.service.lend(x.id, override=self.lend_anyway.recorded)))
            self.lend_anyway.open()
            return
        except CivicDeskError as exc:
            show_error(self, self.tr("Lend now"), exc)
            return
        self.changed("reservation", r.id)
        self.show_queue()
