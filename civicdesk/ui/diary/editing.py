"""The diary's changes to a booking already made: open it in the booking dialog, or drag it to
another room; for a date of a series, first asked "this date only, or the whole series?".

Each change is one step on the window's undo stack (a date changed on its own is two bookings,
the series and the one-off made for it, undone together).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from civicdesk.core.occurrences import Occurrence
from civicdesk.errors import CivicDeskError
from civicdesk.services import booking_edits
from civicdesk.services.bookings import BookingClashError, BookingState
from civicdesk.ui.dates_shown import shown_day
from civicdesk.ui.dialogs import show_error
from civicdesk.ui.diary.undo import BookingsStep


def _tr(text: str) -> str:
    return QCoreApplication.translate("diary", text)


ONE, WHOLE = "one", "whole"


def ask_scope(parent: QWidget, occ: Occurrence, title: str) -> str | None:
    """For a date of a series: ONE (this date only), WHOLE (every date), or None (not now)."""
    if not occ.recurring:
        return WHOLE
    day = shown_day(occ.start, with_year=True)
    box = QMessageBox(
        QMessageBox.Icon.Question,
        title,
        _tr("“%1” is one of a series. Change only %2, or every date of the series?")
        .replace("%1", occ.title or occ.hirer)
        .replace("%2", day),
        QMessageBox.StandardButton.Cancel,
        parent,
    )
    one = box.addButton(_tr("&This date only"), QMessageBox.ButtonRole.AcceptRole)
    whole = box.addButton(_tr("The &whole series"), QMessageBox.ButtonRole.AcceptRole)
    one.setAccessibleName(_tr("Change this date only"))
    whole.setAccessibleName(_tr("Change every date of the series"))
    box.setDefaultButton(one)
    box.exec()
    clicked = box.clickedButton()
    return ONE if clicked is one else WHOLE if clicked is whole else None


def _push(view: Any, label: str, before: dict[str, BookingState | None]) -> None:
    view.context.undo_stack.push(BookingsStep(view.service, label, before, view._done))
    view.refresh()


def open_booking(view: Any, occ: Occurrence) -> None:
    """Change the booking under the cursor in the booking dialog (the whole of it, or this date)."""
    from civicdesk.ui.diary.edit_dialog import EditBookingDialog

    scope = ask_scope(view, occ, _tr("Change the booking"))
    if scope is None:
        return
    before = view.service.state(occ.booking_id)
    dialog = EditBookingDialog(
        view.db, occ.booking_id, view,
        occurs_on=occ.occurs_on if scope == ONE else None,
        occurrence=(occ.start, occ.end),
        print_confirmation=view.print_confirmation,
    )
    if not dialog.exec():
        return
    states: dict[str, BookingState | None] = {occ.booking_id: before}
    states.update({made: None for made in dialog.changed[1:]})
    what = dialog.title.text() or occ.title or occ.hirer
    label = (_tr("Change %1 on %2 only").replace("%2", shown_day(occ.start)) if scope == ONE
             else _tr("Change %1")).replace("%1", what)
    _push(view, label, states)


def move_to_room(view: Any, occ: Occurrence, start: datetime, end: datetime, room_id: str) -> None:
    """A booking dragged into another room's column (perhaps to another time too)."""
    scope = ask_scope(view, occ, _tr("Move the booking"))
    if scope is None:
        return
    before = view.service.state(occ.booking_id)
    room = next((r.name for r in view.sheet.rooms if r.id == room_id), "") if view.sheet else ""

    def move(book_over: bool) -> str | None:
        return booking_edits.move_to_room(view.service, occ.booking_id, occ.occurs_on, room_id, start, end,
                                          whole=scope == WHOLE, book_over=book_over)

    try:
        try:
            made = move(False)
        except BookingClashError as exc:
            answer = QMessageBox.question(
                view, _tr("The room is booked then"), str(exc) + "\n\n" + _tr("Move it there anyway?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            made = move(True)
    except CivicDeskError as exc:
        show_error(view, _tr("The booking cannot be moved"), exc)
        return
    states: dict[str, BookingState | None] = {occ.booking_id: before}
    if made:
        states[made] = None
    label = _tr("Move %1 to %2").replace("%1", occ.title or occ.hirer).replace("%2", room)
    _push(view, label, states)
