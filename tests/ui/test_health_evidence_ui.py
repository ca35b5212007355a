"""The health check form shows the diary's and the accounts' figures beside the committee's answers."""

from __future__ import annotations

from datetime import date, datetime

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QComboBox, QLabel

from civicdesk.core.recurrence import Repeat
from civicdesk.services.bookings import BookingService, NewBooking
from civicdesk.services.money import MoneyEntryService
from civicdesk.services.rooms import RoomService
from civicdesk.services.spaces import SpaceService
from civicdesk.ui.health import HealthCheckDialog

TODAY = date(2026, 6, 30)


def _open(qtbot, db, space):
    dialog = HealthCheckDialog(db, space.id, space.name, QUndoStack(), lambda *_: None, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _beside(dialog, key: str) -> str:
    return dialog.findChild(QLabel, f"evidence_{key}").text()


def test_booked_hours_occupancy_and_money_show_beside_the_ratings_and_follow_new_bookings(qtbot, db):
    hall = SpaceService(db).create({
        "name": "Orchard Village Hall", "category": "civic",
        "opening_hours": {"tue": [["09:00", "21:00"]], "sat": [["09:00", "21:00"]]},
    })
    room = RoomService(db).ensure_room(hall.id)
    bookings = BookingService(db)
    bookings.add(NewBooking(room, "Yoga", "Yoga with Sam", datetime(2026, 1, 6, 10), datetime(2026, 1, 6, 12),
                            repeat=Repeat("weekly", until=date(2026, 6, 30))))
    for kind, category, amount in (("income", "hire", "3000"), ("cost", "energy", "4000"),
                                   ("reserves", "", "2000")):
        MoneyEntryService(db).create({"space_id": hall.id, "kind": kind, "category": category,
                                      "amount_pence": amount, "dated": "2026-03-01"})

    dialog = _open(qtbot, db, hall)
    heading = dialog.findChild(QLabel, "evidence_heading").text()
    assert "evidence" in heading and "committee" in heading
    usage = _beside(dialog, "usage")
    assert "Booked 52 hours in 12 months: 1 hour a week" in usage
    assert "4% of opening hours booked" in usage  # 52 of 24 × 52 open hours
    finances = _beside(dialog, "finances")
    assert "Income £3,000 against costs £4,000" in finances and "a shortfall of £1,000" in finances
    assert "6 months of running costs" in finances
    # The committee's own answer is untouched by the figures: still theirs to choose.
    assert dialog.findChild(QComboBox, "answer_usage").currentData() is None
    shiboken6.delete(dialog)

    bookings.add(NewBooking(room, "Party", "The Browns", datetime(2026, 6, 6, 9), datetime(2026, 6, 6, 21)))
    again = _open(qtbot, db, hall)
    assert "Booked 64 hours in 12 months" in _beside(again, "usage")
    assert "5% of opening hours booked" in _beside(again, "usage")
    shiboken6.delete(again)


def test_a_space_with_no_bookings_or_money_says_so_in_words(qtbot, db):
    empty = SpaceService(db).create({"name": "Quiet Hall", "category": "civic"})
    dialog = _open(qtbot, db, empty)
    assert _beside(dialog, "usage") == "No bookings in the diary for the last 12 months"
    assert _beside(dialog, "finances") == "No income, costs or reserves entered yet"
    shiboken6.delete(dialog)


def test_the_trend_chart_can_show_the_diarys_booked_hours(qtbot, db):
    from civicdesk.services.health import QUESTIONS, HealthService
    from civicdesk.ui.health import HealthHistoryWidget

    hall = SpaceService(db).create({"name": "Orchard Village Hall", "category": "civic"})
    HealthService(db).add_check(hall.id, {q: 3 for q in QUESTIONS}, checked_on="2025-09-01", today=TODAY)
    room = RoomService(db).ensure_room(hall.id)
    today = date.today()
    BookingService(db).add(NewBooking(room, "Yoga", "Yoga with Sam", datetime(today.year, today.month, 1, 10),
                                      datetime(today.year, today.month, 1, 13)))
    history = HealthHistoryWidget(db, hall.id)
    qtbot.addWidget(history)
    qtbot.waitUntil(lambda: history.point_count() == 1)
    assert history.hours_shown() == []  # the committee's scores alone until asked
    qtbot.mouseClick(history.show_hours, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(history.hours_shown()) == 12)
    assert history.hours_shown()[-1] == 3.0 and sum(history.hours_shown()) == 3.0
    qtbot.mouseClick(history.show_hours, Qt.MouseButton.LeftButton)
    assert history.hours_shown() == []
    history.runner.wait()
    shiboken6.delete(history)
