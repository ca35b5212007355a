"""An invoice of several lines, as a treasurer raises the month's bill: two bookings' dates and a
deposit typed in, the total following, then the printed invoice listing every line with its total."""

from __future__ import annotations

import subprocess
from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

from civicdesk.core.recurrence import Repeat
from civicdesk.reports.invoice_pdf import write_invoice
from civicdesk.services import invoices
from civicdesk.services.bookings import BookingService, NewBooking
from civicdesk.services.rooms import RoomService
from civicdesk.services.spaces import SpaceService
from civicdesk.ui.money.booking_invoice import last_month
from civicdesk.ui.money.panel import MoneyPanel


def test_two_bookings_and_a_deposit_on_one_invoice_printed_with_its_total(qtbot, db, tmp_path):
    from datetime import date

    hall = SpaceService(db).create({"name": "Orchard Village Hall", "category": "civic"})
    rooms = RoomService(db)
    room = rooms.ensure_room(hall.id)
    rooms.add_rate(room, "community", 1200)
    first, last = last_month(date.today())
    start = datetime.combine(first, datetime.min.time()) + timedelta(hours=10)
    bookings = BookingService(db)
    for title, hours, offset in (("Yoga", 2, 0), ("Pilates", 1, 1)):
        begin = start + timedelta(days=offset)
        bookings.add(
            NewBooking(
                room,
                title,
                "Orchard Movers",
                begin,
                begin + timedelta(hours=hours),
                repeat=Repeat("weekly"),
                rate_band="community",
            )
        )
    stack = QUndoStack()
    panel = MoneyPanel(db, hall.id, stack, lambda *_: None)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitUntil(lambda: panel.state is not None)

    dialog = panel.new_invoice()
    for title in ("Pilates", "Yoga"):
        dialog.booking.setCurrentIndex(dialog.booking.findText(f"{title} — Orchard Movers"))
        qtbot.mouseClick(dialog.add_booking, Qt.MouseButton.LeftButton)
    assert dialog.to.text() == "Orchard Movers"  # from the first booking added
    qtbot.mouseClick(dialog.add_line, Qt.MouseButton.LeftButton)
    table = dialog.lines
    row = table.rowCount() - 1
    for column, text in ((0, "Deposit for the summer fair"), (1, "1"), (2, "50")):
        table.setCurrentCell(row, column)
        table.editItem(table.item(row, column))  # as a double-click on the cell does
        [editor] = [e for e in table.findChildren(QLineEdit) if e.isVisible()]  # the cell's editor
        qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(editor, text)
        qtbot.keyClick(editor, Qt.Key.Key_Tab)  # to the next cell, keeping what was typed
    assert [table.item(row, c).text() for c in range(4)] == [
        "Deposit for the summer fair",
        "1",
        "50",
        "£50.00",
    ]
    assert table.rowCount() == 3
    pilates = len(range(1, (last - first).days + 1, 7)) * 1 * 1200
    yoga = len(range(0, (last - first).days + 1, 7)) * 2 * 1200
    total = pilates + yoga + 5000
    assert dialog.total.text() == f"Total: £{total / 100:,.2f}"
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: panel.invoices.rowCount() == 1)
    (made,) = invoices.invoices_of(db, hall.id)
    assert [line["description"].split(" in ")[0] for line in made.lines] == [
        "Pilates",
        "Yoga",
        "Deposit for the summer fair",
    ]
    assert made.total_pence == total and made.booking_id
    assert stack.undoText().startswith("Add invoice")
    text = " ".join(
        subprocess.run(
            ["pdftotext", "-layout", str(write_invoice(db, made.id, tmp_path / "i.pdf")), "-"],
            capture_output=True,
            text=True,
        ).stdout.split()
    )
    assert "Deposit for the summer fair 1 £50.00 £50.00" in text
    assert "Pilates in" in text and "Yoga in" in text and f"Total £{total / 100:,.2f}" in text


def test_a_line_without_a_price_is_said_and_nothing_is_raised(qtbot, db):
    hall = SpaceService(db).create({"name": "Orchard Village Hall", "category": "civic"})
    stack = QUndoStack()
    panel = MoneyPanel(db, hall.id, stack, lambda *_: None)
    qtbot.addWidget(panel)
    dialog = panel.new_invoice()
    qtbot.keyClicks(dialog.to, "Kington Choir")
    dialog.lines.item(0, 0).setText("Hall hire")
    dialog.lines.item(0, 2).setText("lots")
    assert dialog.total.text() == "Total: a line's quantity or price is not a number yet"
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.isVisible() and stack.count() == 0 and dialog.problem.isVisibleTo(dialog)
    assert "must be a sum of money" in dialog.problem.text()
