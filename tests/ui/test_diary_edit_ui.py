"""Changing a booking already in the diary, as the booking secretary does: double-click it (or Enter
on it) to change it in the booking dialog, choose "this date only" or "the whole series" for a
class that repeats, see a clash named, drag a booking sideways into another room; each change is
one step that Edit ▸ Undo takes back."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QSpinBox

from civicdesk.core.recurrence import Repeat
from civicdesk.services.bookings import BookingService, NewBooking
from civicdesk.services.rooms import RoomService
from civicdesk.services.spaces import SpaceService
from civicdesk.ui.diary.edit_dialog import EditBookingDialog
from tests.ui.conftest import open_window


@pytest.fixture
def hall(db):
    space = SpaceService(db).create({"name": "Mill Lane Hall", "category": "civic"})
    main = RoomService(db).add_room(space.id, "Main hall", capacity=100)
    small = RoomService(db).add_room(space.id, "Small room", capacity=20)
    service = BookingService(db)
    yoga = service.add(
        NewBooking(
            main,
            "Yoga",
            "Tuesday Yoga",
            datetime(2027, 1, 12, 18, 30),
            datetime(2027, 1, 12, 20),
            repeat=Repeat("weekly", until=date(2027, 3, 30)),
            skipped=(date(2027, 2, 16),),
        )
    )
    choir = service.add(
        NewBooking(main, "Choir", "Choir", datetime(2027, 1, 13, 19), datetime(2027, 1, 13, 21))
    )
    return db, space.id, {"main": main, "small": small, "yoga": yoga, "choir": choir}


def _type(qtbot, widget, text: str) -> None:
    widget.setFocus()
    QApplication.processEvents()
    if isinstance(widget, QLineEdit | QSpinBox):
        qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)


def _when_modal(kind, drive, seen: dict) -> None:
    """Run `drive(widget, seen)` on the next modal window of `kind` once it is open."""

    def step() -> None:
        modal = QApplication.activeModalWidget()
        if not isinstance(modal, kind):
            QTimer.singleShot(20, step)
            return
        drive(modal, seen)

    QTimer.singleShot(0, step)


def _answer(button_text: str, then=None):
    def drive(box: QMessageBox, seen: dict) -> None:
        seen.setdefault("questions", []).append(box.text())
        [button] = [b for b in box.buttons() if b.text().replace("&", "") == button_text]
        if then is not None:
            _when_modal(EditBookingDialog, then, seen)
        button.click()

    return drive


def _diary(qtbot, db, space_id, day):
    window = open_window(qtbot, db)
    window.show_view("diary")
    view = window.views["diary"].ensure()
    view.show_space(space_id, "Mill Lane Hall", day)
    qtbot.waitUntil(
        lambda: view.sheet is not None and view.sheet.monday <= day and bool(view.grid.blocks()),
        timeout=10_000,
    )
    return window, view


def _block(view, title: str):
    return next((o, r) for o, r in view.grid.blocks() if o.title == title)


def _starts(view, title: str) -> list[tuple[datetime, str]]:
    return [(o.start, o.room) for o, _r in view.grid.blocks() if o.title == title]


def test_double_click_a_one_off_booking_change_it_in_the_dialog_and_undo(qtbot, hall):
    db, space_id, ids = hall
    window, view = _diary(qtbot, db, space_id, date(2027, 1, 13))
    _choir, rect = _block(view, "Choir")

    def change(dialog: EditBookingDialog, seen: dict) -> None:
        seen["title"] = dialog.windowTitle()
        seen["filled"] = (
            dialog.title.text(),
            dialog.hirer.currentText(),
            dialog.room.currentText(),
            dialog.start.time().toString("HH:mm"),
            dialog.end.time().toString("HH:mm"),
        )
        _type(qtbot, dialog.title, "Choir practice")
        dialog.room.setCurrentIndex(dialog.room.findData(ids["small"]))
        _type(qtbot, dialog.start, "18:00")
        dialog.status.setCurrentIndex(dialog.status.findData("provisional"))
        qtbot.keyClick(dialog.private, Qt.Key.Key_Space)
        qtbot.keyClick(dialog.ok, Qt.Key.Key_Space)

    seen: dict = {}
    _when_modal(EditBookingDialog, change, seen)
    qtbot.mouseDClick(view.grid, Qt.MouseButton.LeftButton, pos=rect.center())
    assert seen["title"] == "Change Choir"
    assert seen["filled"] == ("Choir", "Choir", "Main hall (for 100)", "19:00", "21:00")
    qtbot.waitUntil(
        lambda: _starts(view, "Choir practice") == [(datetime(2027, 1, 13, 18), "Small room")], timeout=10_000
    )
    [(changed, _r)] = [b for b in view.grid.blocks() if b[0].title == "Choir practice"]
    assert changed.status == "provisional" and changed.private
    assert window.undo_stack.undoText() == "Change Choir practice"
    count = window.undo_stack.count()
    window.undo_stack.undo()
    qtbot.waitUntil(
        lambda: _starts(view, "Choir") == [(datetime(2027, 1, 13, 19), "Main hall")], timeout=10_000
    )
    assert window.undo_stack.count() == count
    window.runner.wait()


def test_enter_on_a_class_that_repeats_changes_this_date_only_or_the_whole_series(qtbot, hall):
    db, space_id, ids = hall
    window, view = _diary(qtbot, db, space_id, date(2027, 1, 19))
    grid = view.grid
    grid.setFocus()
    for _ in range(2):  # Monday → Tuesday (via the small room), 19:00: on the yoga class
        qtbot.keyClick(grid, Qt.Key.Key_Right)
    assert "Tuesday 19 January, 19:00, Main hall: Yoga" in grid.accessibleDescription()

    def later(dialog: EditBookingDialog, seen: dict) -> None:
        seen["title"] = dialog.windowTitle()
        seen["repeat_enabled"] = dialog.repeat.isEnabled()
        _type(qtbot, dialog.start, "19:00")
        _type(qtbot, dialog.end, "20:30")
        qtbot.keyClick(dialog.ok, Qt.Key.Key_Space)

    seen: dict = {}
    _when_modal(QMessageBox, _answer("This date only", later), seen)
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert "one of a series" in seen["questions"][0] and "Tue 19 Jan 2027" in seen["questions"][0]
    assert seen["title"] == "Change Yoga on Tue 19 Jan 2027 only" and not seen["repeat_enabled"]
    qtbot.waitUntil(
        lambda: _starts(view, "Yoga") == [(datetime(2027, 1, 19, 19), "Main hall")], timeout=10_000
    )
    steps = window.undo_stack.count()
    service = BookingService(db)
    assert [
        o.start.hour for o in service.occurrences(date(2027, 1, 12), date(2027, 1, 26)) if o.title == "Yoga"
    ] == [18, 19, 18]  # the other Tuesdays stay as they were

    # The whole series: a new end date, another date skipped, provisional and private.
    def whole(dialog: EditBookingDialog, seen: dict) -> None:
        seen["whole_title"] = dialog.windowTitle()
        seen["skipped"] = [
            dialog.dates.item(r).text()
            for r in range(dialog.dates.count())
            if dialog.dates.item(r).checkState() != Qt.CheckState.Checked
        ]
        _type(qtbot, dialog.until, "09032027")
        dialog.dates.setFocus()
        dialog.dates.setCurrentRow(0)
        row = next(r for r in range(dialog.dates.count()) if dialog.dates.item(r).text() == "Tue 2 Mar 2027")
        while dialog.dates.currentRow() < row:
            qtbot.keyClick(dialog.dates, Qt.Key.Key_Down)
        qtbot.keyClick(dialog.dates, Qt.Key.Key_Space)
        dialog.status.setCurrentIndex(dialog.status.findData("provisional"))
        qtbot.keyClick(dialog.private, Qt.Key.Key_Space)
        qtbot.keyClick(dialog.ok, Qt.Key.Key_Space)

    view.show_space(space_id, "Mill Lane Hall", date(2027, 1, 26))
    qtbot.waitUntil(lambda: view.sheet.monday == date(2027, 1, 25) and bool(grid.blocks()), timeout=10_000)
    _yoga, rect = _block(view, "Yoga")
    _when_modal(QMessageBox, _answer("The whole series", whole), seen)
    qtbot.mouseDClick(grid, Qt.MouseButton.LeftButton, pos=rect.center())
    assert seen["whole_title"] == "Change Yoga"
    # The date changed on its own is no longer one of the series' dates: it is a booking of its own.
    assert seen["skipped"] == ["Tue 19 Jan 2027", "Tue 16 Feb 2027"]
    qtbot.waitUntil(lambda: window.undo_stack.count() == steps + 1, timeout=10_000)
    dates = [
        (o.start.date(), o.status, o.private)
        for o in service.occurrences(date(2027, 1, 1), date(2027, 4, 30))
        if o.title == "Yoga" and o.recurring
    ]
    assert [d for d, *_ in dates] == [
        date(2027, 1, 12),
        date(2027, 1, 26),
        date(2027, 2, 2),
        date(2027, 2, 9),
        date(2027, 2, 23),
        date(2027, 3, 9),
    ]
    assert {(s, p) for _d, s, p in dates} == {("provisional", True)}
    window.undo_stack.undo()
    qtbot.waitUntil(
        lambda: (
            len(
                [
                    o
                    for o in service.occurrences(date(2027, 1, 1), date(2027, 4, 30))
                    if o.title == "Yoga" and o.recurring
                ]
            )
            == 10
        ),
        timeout=10_000,
    )
    window.undo_stack.undo()  # this date only, undone in one step: the one-off gone, the date back
    qtbot.waitUntil(
        lambda: (
            [
                o.start.hour
                for o in service.occurrences(date(2027, 1, 12), date(2027, 1, 26))
                if o.title == "Yoga"
            ]
            == [18, 18, 18]
        ),
        timeout=10_000,
    )
    window.runner.wait()


def test_a_change_that_clashes_is_refused_with_the_booking_named_unless_booked_over(qtbot, hall):
    db, space_id, ids = hall
    window, view = _diary(qtbot, db, space_id, date(2027, 1, 13))
    _choir, rect = _block(view, "Choir")

    def onto_tuesday(dialog: EditBookingDialog, seen: dict) -> None:
        _type(qtbot, dialog.day, "12012027")
        seen["live"] = dialog.clash.text()
        qtbot.keyClick(dialog.ok, Qt.Key.Key_Space)
        seen["still_open"] = dialog.isVisible()
        seen["after"] = dialog.clash.text()
        qtbot.keyClick(dialog.book_over, Qt.Key.Key_Space)
        qtbot.keyClick(dialog.ok, Qt.Key.Key_Space)

    seen: dict = {}
    _when_modal(EditBookingDialog, onto_tuesday, seen)
    qtbot.mouseDClick(view.grid, Qt.MouseButton.LeftButton, pos=rect.center())
    named = "Main hall is already booked then: Yoga (Tuesday Yoga) in Main hall, Tue 12 Jan 2027 18:30–20:00"
    assert seen["live"].startswith(named) and seen["after"].startswith(named) and seen["still_open"]
    qtbot.waitUntil(
        lambda: _starts(view, "Choir") == [(datetime(2027, 1, 12, 19), "Main hall")], timeout=10_000
    )
    assert window.undo_stack.undoText() == "Change Choir"
    window.runner.wait()


def test_drag_a_booking_sideways_into_the_other_room_and_undo(qtbot, hall):
    db, space_id, ids = hall
    window, view = _diary(qtbot, db, space_id, date(2027, 1, 13))
    _choir, rect = _block(view, "Choir")
    grab = rect.center()
    step = int(view.grid.column_width())
    qtbot.mousePress(view.grid, Qt.MouseButton.LeftButton, pos=grab)
    qtbot.mouseMove(view.grid, grab + QPoint(step // 2, 0))
    qtbot.mouseMove(view.grid, grab + QPoint(step, 0))
    qtbot.mouseRelease(view.grid, Qt.MouseButton.LeftButton, pos=grab + QPoint(step, 0))
    qtbot.waitUntil(
        lambda: _starts(view, "Choir") == [(datetime(2027, 1, 13, 19), "Small room")], timeout=10_000
    )
    assert window.undo_stack.undoText() == "Move Choir to Small room"
    window.undo_stack.undo()
    qtbot.waitUntil(
        lambda: _starts(view, "Choir") == [(datetime(2027, 1, 13, 19), "Main hall")], timeout=10_000
    )

    # A class that repeats: asked, and "this date only" moves just that Tuesday.
    view.show_space(space_id, "Mill Lane Hall", date(2027, 1, 12))
    _yoga, rect = _block(view, "Yoga")
    seen: dict = {}
    _when_modal(QMessageBox, _answer("This date only"), seen)
    grab = rect.center()
    qtbot.mousePress(view.grid, Qt.MouseButton.LeftButton, pos=grab)
    qtbot.mouseMove(view.grid, grab + QPoint(step, 0))
    qtbot.mouseRelease(view.grid, Qt.MouseButton.LeftButton, pos=grab + QPoint(step, 0))
    qtbot.waitUntil(
        lambda: _starts(view, "Yoga") == [(datetime(2027, 1, 12, 18, 30), "Small room")], timeout=10_000
    )
    rooms = [
        (o.start.date(), o.room)
        for o in BookingService(db).occurrences(date(2027, 1, 12), date(2027, 1, 19))
        if o.title == "Yoga"
    ]
    assert rooms == [(date(2027, 1, 12), "Small room"), (date(2027, 1, 19), "Main hall")]
    window.undo_stack.undo()
    qtbot.waitUntil(
        lambda: _starts(view, "Yoga") == [(datetime(2027, 1, 12, 18, 30), "Main hall")], timeout=10_000
    )
    window.runner.wait()
