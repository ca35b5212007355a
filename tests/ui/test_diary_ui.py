"""The diary as a booking secretary uses it: book the Tuesday yoga class for a term from the
keyboard, skipping two dates; see it in the week; a party over it is refused with the class named;
drag the class to later and undo."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QSpinBox

from civicdesk.services.rooms import RoomService
from civicdesk.services.spaces import SpaceService
from civicdesk.ui.diary.dialog import BookingDialog
from civicdesk.ui.diary.grid import HOUR_PX
from tests.ui.conftest import open_window


@pytest.fixture
def hall(db):
    space = SpaceService(db).create({"name": "Mill Lane Hall", "category": "civic"})
    RoomService(db).add_room(space.id, "Main hall", capacity=100)
    RoomService(db).add_room(space.id, "Small room", capacity=20)
    return db, space.id


def _type(qtbot, widget, text: str) -> None:
    """Move to the field and type, as a person would (a date or time field starts at its first part)."""
    widget.setFocus()
    QApplication.processEvents()
    if isinstance(widget, QLineEdit | QSpinBox):
        qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)


def _fill_yoga(qtbot, dialog: BookingDialog) -> None:
    _type(qtbot, dialog.title, "Yoga")
    _type(qtbot, dialog.hirer.lineEdit(), "Tuesday Yoga")
    _type(qtbot, dialog.day, "12012027")
    _type(qtbot, dialog.start, "18:30")
    _type(qtbot, dialog.end, "20:00")
    _type(qtbot, dialog.clearaway, "15")
    dialog.repeat.setFocus()
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Down)  # Once → Every Tuesday
    _type(qtbot, dialog.until, "30032027")
    dialog.dates.setFocus()
    dialog.dates.setCurrentRow(0)
    for row in range(dialog.dates.count()):  # untick 16 February and 2 March with the space bar
        if dialog.dates.item(row).text() in ("Tue 16 Feb 2027", "Tue 2 Mar 2027"):
            while dialog.dates.currentRow() < row:
                qtbot.keyClick(dialog.dates, Qt.Key.Key_Down)
            qtbot.keyClick(dialog.dates, Qt.Key.Key_Space)


def _with_dialog(qtbot, open_it, drive) -> dict:
    seen: dict = {}

    def step() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, BookingDialog):
            QTimer.singleShot(20, step)
            return
        drive(dialog, seen)

    QTimer.singleShot(0, step)
    open_it()
    return seen


def test_book_a_term_of_yoga_see_it_refuse_a_party_over_it_drag_it_and_undo(qtbot, hall):
    db, space_id = hall
    window = open_window(qtbot, db)
    window.show_view("diary")
    view = window.views["diary"].ensure()
    view.show_space(space_id, "Mill Lane Hall", date(2027, 1, 12))
    qtbot.waitUntil(lambda: view.sheet is not None and view.sheet.space_id == space_id, timeout=10_000)

    def book_yoga(dialog, seen):
        _fill_yoga(qtbot, dialog)
        seen["dates"] = [dialog.dates.item(r).text() for r in range(dialog.dates.count())]
        seen["ticked"] = sum(
            dialog.dates.item(r).checkState() == Qt.CheckState.Checked for r in range(dialog.dates.count())
        )
        seen["repeat"] = dialog.repeat.currentText()
        qtbot.keyClick(dialog.ok, Qt.Key.Key_Space)  # the Book button, from the keyboard

    seen = _with_dialog(
        qtbot, lambda: qtbot.keyClick(view, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier), book_yoga
    )
    assert seen["repeat"] == "Every Tuesday"
    assert len(seen["dates"]) == 12 and seen["ticked"] == 10
    assert window.undo_stack.count() == 1 and window.undo_stack.undoText() == "Book Yoga"
    qtbot.waitUntil(lambda: any(o.title == "Yoga" for o, _r in view.grid.blocks()), timeout=10_000)
    [(yoga, rect)] = view.grid.blocks()
    assert yoga.clearaway_minutes == 15
    assert (yoga.start, yoga.end, yoga.room) == (
        datetime(2027, 1, 12, 18, 30),
        datetime(2027, 1, 12, 20),
        "Main hall",
    )
    assert view.title.text() == "Mill Lane Hall: week of 11 Jan to 17 Jan 2027 · 1 booking, 1.5 hours booked"

    # A skipped date: that week is free.
    view.show_space(space_id, "Mill Lane Hall", date(2027, 2, 16))
    qtbot.waitUntil(lambda: view.sheet.monday == date(2027, 2, 15), timeout=10_000)
    assert view.grid.blocks() == []

    def book_party(dialog, seen):
        _type(qtbot, dialog.title, "Birthday party")
        _type(qtbot, dialog.hirer.lineEdit(), "Sam")
        _type(qtbot, dialog.day, "26012027")
        _type(qtbot, dialog.start, "19:00")
        _type(qtbot, dialog.end, "22:00")
        seen["live"] = dialog.clash.text()
        qtbot.keyClick(dialog.ok, Qt.Key.Key_Space)
        seen["after"] = dialog.clash.text()
        seen["still_open"] = dialog.isVisible()
        seen["book_over"] = dialog.book_over.isVisible()
        dialog.reject()

    seen = _with_dialog(qtbot, view.book_button.click, book_party)
    named = "Main hall is already booked then: Yoga (Tuesday Yoga) in Main hall, Tue 26 Jan 2027 18:30–20:00"
    assert seen["live"].startswith(named) and seen["after"].startswith(named)
    assert seen["still_open"] and seen["book_over"]
    assert window.undo_stack.count() == 1  # nothing was booked

    # Drag the class on 12 January two hours later, then undo.
    view.show_space(space_id, "Mill Lane Hall", date(2027, 1, 12))
    qtbot.waitUntil(
        lambda: view.sheet.monday == date(2027, 1, 11) and bool(view.grid.blocks()), timeout=10_000
    )
    [(yoga, rect)] = view.grid.blocks()
    grab = rect.center()
    qtbot.mousePress(view.grid, Qt.MouseButton.LeftButton, pos=grab)
    qtbot.mouseMove(view.grid, grab + QPoint(0, HOUR_PX))
    qtbot.mouseMove(view.grid, grab + QPoint(0, 2 * HOUR_PX))
    qtbot.mouseRelease(view.grid, Qt.MouseButton.LeftButton, pos=grab + QPoint(0, 2 * HOUR_PX))
    qtbot.waitUntil(
        lambda: [o.start for o, _r in view.grid.blocks()] == [datetime(2027, 1, 12, 20, 30)], timeout=10_000
    )
    assert window.undo_stack.undoText().startswith("Move Yoga to Tue 12 Jan 20:30–22:00")
    window.undo_stack.undo()
    qtbot.waitUntil(
        lambda: [o.start for o, _r in view.grid.blocks()] == [datetime(2027, 1, 12, 18, 30)], timeout=10_000
    )
    # The other Tuesdays never moved.
    view.show_space(space_id, "Mill Lane Hall", date(2027, 1, 19))
    qtbot.waitUntil(lambda: view.sheet.monday == date(2027, 1, 18), timeout=10_000)
    assert [o.start for o, _r in view.grid.blocks()] == [datetime(2027, 1, 19, 18, 30)]
    window.runner.wait()


def test_keyboard_moves_and_stretches_a_booking_and_books_an_empty_slot(qtbot, hall):
    from civicdesk.services.bookings import BookingService, NewBooking

    db, space_id = hall
    room = RoomService(db).rooms_of(space_id)[0].id
    BookingService(db).add(
        NewBooking(room, "Choir", "Choir", datetime(2027, 1, 13, 19), datetime(2027, 1, 13, 21))
    )
    window = open_window(qtbot, db)
    window.show_view("diary")
    view = window.views["diary"].ensure()
    view.show_space(space_id, "Mill Lane Hall", date(2027, 1, 13))
    qtbot.waitUntil(lambda: bool(view.sheet and view.grid.blocks()), timeout=10_000)
    grid = view.grid
    grid.setFocus()
    # The cursor starts at Monday 19:00 in the first room: two days right (via the small room).
    for _ in range(4):
        qtbot.keyClick(grid, Qt.Key.Key_Right)
    assert "Wednesday 13 January, 19:00, Main hall: Choir" in grid.accessibleDescription()
    qtbot.keyClick(grid, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: [o.start for o, _r in grid.blocks()] == [datetime(2027, 1, 13, 19, 15)], timeout=10_000
    )
    qtbot.keyClick(
        grid, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.waitUntil(
        lambda: [o.end for o, _r in grid.blocks()] == [datetime(2027, 1, 13, 21, 30)], timeout=10_000
    )
    assert window.undo_stack.count() == 2
    window.runner.wait()


def test_a_one_off_hirer_with_a_phone_number_is_kept_as_a_person_who_agreed(qtbot, hall):
    from civicdesk.services.bookings import BookingService
    from civicdesk.services.people import PersonService

    db, space_id = hall
    dialog = BookingDialog(db, space_id, day=date(2027, 3, 6))
    qtbot.addWidget(dialog)
    dialog.show()
    _type(qtbot, dialog.title, "Birthday party")
    _type(qtbot, dialog.hirer.lineEdit(), "Samira Okafor")
    _type(qtbot, dialog.start, "14:00")
    _type(qtbot, dialog.end, "17:00")
    _type(qtbot, dialog.contact, "0113 496 0123")
    messages = []
    import civicdesk.ui.diary.dialog as module

    module_show_error, module.show_error = module.show_error, lambda _p, _t, exc: messages.append(str(exc))
    try:
        dialog.accept()  # not ticked: refused, nobody added
        assert messages and "agreed" in messages[0] and dialog.booking_id is None
        assert PersonService(db).find_by_name("Samira Okafor") == []
        dialog.consent.setFocus()
        qtbot.keyClick(dialog.consent, Qt.Key.Key_Space)
        dialog.accept()
    finally:
        module.show_error = module_show_error
    [person] = PersonService(db).find_by_name("Samira Okafor")
    assert person.phone == "0113 496 0123" and person.consent_phone["given"] is True
    assert not (person.consent_directory or {}).get("given")
    [occ] = BookingService(db).occurrences(date(2027, 3, 6), date(2027, 3, 6))
    assert occ.hirer == "Samira Okafor" and occ.printed_hirer == "S. O."  # not listed: initials in print
