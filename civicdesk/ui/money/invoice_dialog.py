"""New invoice…: an invoice of several lines (the month's bookings, a deposit, anything else).

Lines are typed into a table (description, quantity, price each) or added from a booking's dates
in a stretch of time, priced as "Invoice a booking…" prices them; the total follows as you type.
Save raises it under this site's next number, through the caller's `check` (an undoable push);
a wrong line is said under the table and the dialog stays open.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from civicdesk.db.database import Database
from civicdesk.errors import CivicDeskError, ValidationError
from civicdesk.services.booking_invoices import bookings_to_invoice, lines_for_booking
from civicdesk.services.money import pence, pounds
from civicdesk.ui import colours
from civicdesk.ui.accessible import name_list
from civicdesk.ui.dialogs import RememberingDialog
from civicdesk.ui.money.booking_invoice import last_month

DESCRIPTION, QUANTITY, PRICE, AMOUNT = range(4)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class InvoiceDialog(RememberingDialog):
    """The hirer, the date and the lines; `check(values)` raises the invoice or a ValidationError."""

    settings_key = "money/invoice"

    def __init__(self, db: Database, space_id: str, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.db, self.space_id = db, space_id
        self.check: Callable[[dict[str, Any]], None] | None = None
        self.booking_ids: list[str] = []
        self.hirer_ids: dict[str, str] = {}
        day = today or date.today()
        self.setWindowTitle(self.tr("New invoice"))
        self.setAccessibleName(self.tr("New invoice"))
        form = QFormLayout()

        def add(label: str, widget: QWidget, name: str) -> None:
            widget.setAccessibleName(name)
            text = QLabel(label, self)
            text.setBuddy(widget)
            form.addRow(text, widget)

        self.to = QLineEdit(self)
        add(self.tr("&To:"), self.to, self.tr("To (the hirer)"))
        self.address = QLineEdit(self)
        self.address.setPlaceholderText(self.tr("optional, on one line"))
        add(self.tr("Their &address:"), self.address, self.tr("Their address"))
        self.issued_on = QDateEdit(_qdate(day), self)
        self.issued_on.setCalendarPopup(True)
        self.issued_on.setDisplayFormat("dd/MM/yyyy")
        add(self.tr("Dat&e:"), self.issued_on, self.tr("Invoice date"))
        self.lines = QTableWidget(0, 4, self)
        self.lines.setHorizontalHeaderLabels(
            [self.tr("Description"), self.tr("Quantity"), self.tr("Price each (£)"), self.tr("Amount")])
        self.lines.horizontalHeader().setSectionResizeMode(DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        self.lines.verticalHeader().hide()
        self.lines.setMinimumWidth(560)
        self.lines.setTabKeyNavigation(False)  # Tab leaves the table (arrows move between cells)
        add(self.tr("Li&nes:"), self.lines, self.tr("Lines of the invoice"))
        self.add_line = QPushButton(self.tr("Add a &line"), self)
        self.remove_line = QPushButton(self.tr("&Remove the line"), self)
        line_buttons = QHBoxLayout()
        line_buttons.addWidget(self.add_line)
        line_buttons.addWidget(self.remove_line)
        line_buttons.addStretch(1)
        form.addRow("", line_buttons)
        self.booking = QComboBox(self)
        for booking_id, words in bookings_to_invoice(db, space_id, day):
            self.booking.addItem(words, booking_id)
        add(self.tr("&Booking:"), self.booking, self.tr("A booking whose dates to add"))
        first, last = last_month(day)
        self.first = QDateEdit(_qdate(first), self)
        self.last = QDateEdit(_qdate(last), self)
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
        add(self.tr("Its dates &from:"), self.first, self.tr("Charge the booking's dates from"))
        add(self.tr("&until:"), self.last, self.tr("Charge the booking's dates until"))
        self.add_booking = QPushButton(self.tr("Add &its dates"), self)
        self.add_booking.setAccessibleName(self.tr("Add the booking's dates as a line"))
        self.add_booking.setEnabled(self.booking.count() > 0)
        form.addRow("", self.add_booking)
        self.total = QLabel(self)
        self.total.setObjectName("invoice_total")
        self.problem = QLabel(self)
        self.problem.setStyleSheet(colours.ERROR_STYLE)
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, parent=self)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.total)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.add_line.clicked.connect(lambda: self.append_line("", "1", ""))
        self.remove_line.clicked.connect(self._remove)
        self.add_booking.clicked.connect(self.add_booking_dates)
        self.lines.itemChanged.connect(lambda _item: self._totals())
        self.append_line("", "1", "")
        self._totals()
        self.to.setFocus()

    # -- lines -------------------------------------------------------------------------------
    def append_line(self, description: str, quantity: str, price: str) -> None:
        self.lines.blockSignals(True)
        row = self.lines.rowCount()
        self.lines.insertRow(row)
        for column, text in ((DESCRIPTION, description), (QUANTITY, quantity), (PRICE, price)):
            self.lines.setItem(row, column, QTableWidgetItem(text))
        amount = QTableWidgetItem("")
        amount.setFlags(amount.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.lines.setItem(row, AMOUNT, amount)
        for column in (QUANTITY, PRICE, AMOUNT):
            item = self.lines.item(row, column)
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.lines.blockSignals(False)
        self.lines.setCurrentCell(row, DESCRIPTION)
        self._totals()

    def _remove(self) -> None:
        row = self.lines.currentRow()
        if row >= 0:
            self.lines.removeRow(row)
            self._totals()

    def _text(self, row: int, column: int) -> str:
        item = self.lines.item(row, column)
        return item.text().strip() if item is not None else ""

    def typed_lines(self) -> list[dict[str, Any]]:
        """The lines as typed, blank rows left out (the service checks each)."""
        found = []
        for row in range(self.lines.rowCount()):
            cells = [self._text(row, c) for c in (DESCRIPTION, QUANTITY, PRICE)]
            if any(cells) and cells != ["", "1", ""]:
                found.append({"description": cells[0], "quantity": cells[1] or "1", "unit_pence": cells[2]})
        return found

    def _totals(self) -> None:
        total, readable = 0, True
        self.lines.blockSignals(True)
        for row in range(self.lines.rowCount()):
            try:
                amount = round(float(self._text(row, QUANTITY) or 1) * pence(self._text(row, PRICE) or "0"))
                text = pounds(amount)
                total += amount
            except (ValueError, CivicDeskError):
                text, readable = "?", False
            item = self.lines.item(row, AMOUNT)
            if item is not None:
                item.setText(text)
        self.lines.blockSignals(False)
        count = self.lines.rowCount()
        name_list(self.lines, self.tr("Lines of the invoice"))
        self.total.setText(self.tr("Total: %1").replace("%1", pounds(total)) if readable
                           else self.tr("Total: a line's quantity or price is not a number yet"))
        self.total.setAccessibleName(self.total.text())
        self.remove_line.setEnabled(count > 0)

    def add_booking_dates(self) -> None:
        booking_id = self.booking.currentData()
        first, last = (date(d.year(), d.month(), d.day()) for d in (self.first.date(), self.last.date()))
        try:
            _space, hirer, lines = lines_for_booking(self.db, booking_id, first, last)
        except CivicDeskError as exc:
            self._say(exc.message)
            return
        self.problem.hide()
        if self.typed_lines() == [] and self.lines.rowCount() == 1:
            self.lines.removeRow(0)  # the empty line it opened with
        for line in lines:
            self.append_line(str(line["description"]), f"{float(line['quantity']):g}",
                             f"{int(line['unit_pence']) / 100:.2f}")
        if not self.to.text().strip():
            self.to.setText(str(hirer.get("name", "")))
        for key in ("group_id", "person_id"):
            if hirer.get(key):
                self.hirer_ids[key] = str(hirer[key])
        if booking_id not in self.booking_ids:
            self.booking_ids.append(booking_id)

    # -- saving ------------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        hirer: dict[str, Any] = {"name": self.to.text().strip(), "address": self.address.text().strip()}
        hirer.update(self.hirer_ids)
        return {
            "hirer": hirer, "lines": self.typed_lines(), "issued_on": self.issued_on.date().toPython(),
            # An invoice remembers one booking: its payments count as hire income from bookings.
            "booking_id": self.booking_ids[0] if self.booking_ids else None,
        }

    def _say(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.show()

    def _save(self) -> None:
        if self.check is not None:
            try:
                self.check(self.values())
            except ValidationError as exc:
                self._say("; ".join(exc.errors.values()) or exc.message)
                return
        self.accept()
