"""The Money tab of a space, driven as a treasurer would: add income and a cost, undo, invoice, pay."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit

from civicdesk.services import invoices
from civicdesk.services.spaces import SpaceService
from civicdesk.ui.money.panel import MoneyPanel


def _panel(qtbot, db):
    hall = SpaceService(db).create({"name": "Orchard Village Hall", "category": "civic"})
    stack = QUndoStack()
    panel = MoneyPanel(db, hall.id, stack, lambda *_: None)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitUntil(lambda: panel.state is not None)
    return hall, stack, panel


def _type(qtbot, form, key: str, text: str) -> None:
    field = form.findChild(QLineEdit, f"field_{key}")
    field.clear()
    qtbot.keyClicks(field, text)


def _save(form) -> None:
    form.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()


def test_add_income_and_a_cost_see_the_balance_and_undo(qtbot, db):
    _hall, stack, panel = _panel(qtbot, db)
    assert "No income, costs or reserves entered yet" in panel.summary.text()
    form = panel.add_entry("income")
    _type(qtbot, form, "amount_pence", "1,200.50")
    _save(form)
    form = panel.add_entry("cost")
    _type(qtbot, form, "amount_pence", "200.50")
    _save(form)
    qtbot.waitUntil(lambda: "surplus of £1,000" in panel.summary.text())
    assert panel.entries.rowCount() == 2
    assert stack.undoText() == "Add a running cost"  # what Edit ▸ Undo names
    stack.undo()  # the cost taken back
    qtbot.waitUntil(lambda: "costs £0 in the last 12 months: a surplus of £1,200" in panel.summary.text())
    assert panel.entries.rowCount() == 1


def test_a_wrong_amount_stays_in_the_form_with_its_message(qtbot, db):
    _hall, stack, panel = _panel(qtbot, db)
    form = panel.add_entry("cost")
    _type(qtbot, form, "amount_pence", "lots")
    _save(form)
    assert form.isVisible() and stack.count() == 0
    shown = [label.text() for label in form.findChildren(QLabel) if label.isVisible()]
    assert any("must be a sum of money" in text for text in shown)


def test_raise_an_invoice_and_record_its_payment(qtbot, db):
    hall, _stack, panel = _panel(qtbot, db)
    form = panel.new_invoice()
    qtbot.keyClicks(form.to, "Kirkworth Players")
    form.lines.item(0, 0).setText("Hall hire, Saturday")
    form.lines.item(0, 1).setText("3")
    form.lines.item(0, 2).setText("15")
    _save(form)
    qtbot.waitUntil(lambda: panel.invoices.rowCount() == 1)
    (made,) = invoices.invoices_of(db, hall.id)
    assert made.total_pence == 4500 and made.hirer["name"] == "Kirkworth Players"
    panel.tabs.setCurrentWidget(panel.invoices)
    panel.invoices.selectRow(0)
    pay = panel.record_payment()
    assert pay.findChild(QLineEdit, "field_amount_pence").text() == "45.00"  # what is still owed
    _save(pay)
    qtbot.waitUntil(lambda: panel.invoices.item(0, 5).text() == "£0.00")
    assert invoices.payments_of(db, hall.id)[0].receipt_number.endswith("-R0001")
    assert panel.buttons["print"].isEnabled()


def test_invoice_a_bookings_dates_at_its_rooms_rate(qtbot, db):
    from datetime import date, datetime, timedelta

    from PySide6.QtWidgets import QComboBox, QDateEdit

    from civicdesk.core.recurrence import Repeat
    from civicdesk.services.bookings import BookingService, NewBooking
    from civicdesk.services.rooms import RoomService
    from civicdesk.ui.money.booking_invoice import last_month

    hall, _stack, panel = _panel(qtbot, db)
    rooms = RoomService(db)
    room = rooms.ensure_room(hall.id)
    rooms.add_rate(room, "community", 1200)
    first, last = last_month(date.today())
    start = datetime.combine(first, datetime.min.time()) + timedelta(hours=10)
    BookingService(db).add(NewBooking(room, "Yoga", "Yoga with Sam", start, start + timedelta(hours=2),
                                      repeat=Repeat("weekly"), rate_band="community"))
    form = panel.invoice_booking()
    combo = form.findChild(QComboBox, "field_booking")
    assert combo.currentText() == "Yoga — Yoga with Sam"
    assert form.findChild(QDateEdit, "field_first").date().toPython() == first
    _save(form)
    qtbot.waitUntil(lambda: panel.invoices.rowCount() == 1)
    (made,) = invoices.invoices_of(db, hall.id)
    weeks = len(range(0, (last - first).days + 1, 7))
    assert made.booking_id and made.total_pence == weeks * 2 * 1200  # two hours a week at £12 an hour
    assert "at the community rate" in made.lines[0]["description"]
