"""Changing a booking in the Book… dialog: filled with the booking, saved as one change of it.

Opened from the week view (double-click or Enter on a booking). For one date of a series only
(`occurs_on`), the dialog shows that date as a one-off booking; saving skips the date in the
series and books it on its own. A clash is refused with the clashing booking named, unless the
user ticks to book over it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QPushButton, QWidget

from civicdesk.db.database import Database
from civicdesk.errors import CivicDeskError
from civicdesk.services import booking_edits
from civicdesk.services.bookings import BookingClashError, BookingService, NewBooking
from civicdesk.ui.dates_shown import shown_day
from civicdesk.ui.dialogs import show_error
from civicdesk.ui.diary.dialog import BookingDialog


class EditBookingDialog(BookingDialog):
    """Change a booking (the whole series, or only the date `occurs_on` of it); once accepted,
    `changed` holds the ids of the bookings changed or made, the series first."""

    settings_key = "booking_edit_dialog"

    def __init__(
        self,
        db: Database,
        booking_id: str,
        parent: QWidget | None = None,
        *,
        occurs_on: date | None = None,
        occurrence: tuple[datetime, datetime] | None = None,
        print_confirmation: Callable[[str], None] | None = None,
    ) -> None:
        service = BookingService(db)
        stored = service.booking(booking_id)
        current = booking_edits.as_new(service, booking_id)
        if occurs_on is not None and occurrence is not None:  # this date only: as a one-off
            current = replace(current, start=occurrence[0], end=occurrence[1])
        super().__init__(db, stored.space_id, parent, day=current.start.date(), start=current.start.time(),
                         room_id=current.room_id)
        self.editing, self.occurs_on, self.changed = booking_id, occurs_on, [booking_id]
        self.original = current
        self.status.addItem(self.tr("Cancelled"), "cancelled")
        self._fill(current)
        form = self.findChild(QFormLayout)
        if form is not None:  # a new one-off hirer's details are taken only when booking
            form.setRowVisible(self.contact, False)
            form.setRowVisible(self.consent, False)
        if occurs_on is not None:
            when = shown_day(occurs_on, with_year=True)
            what = stored.title or self.tr("the booking")
            self.setWindowTitle(self.tr("Change %1 on %2 only").replace("%1", what).replace("%2", when))
            self.repeat.setEnabled(False)
        else:
            self.setWindowTitle(self.tr("Change %1").replace("%1", stored.title or self.tr("the booking")))
        self.setAccessibleName(self.windowTitle())
        self.ok.setText(self.tr("Save"))
        self.ok.setAccessibleName(self.tr("Save the changes"))
        if print_confirmation is not None:
            box = self.findChild(QDialogButtonBox)
            assert box is not None
            self.print_button = QPushButton(self.tr("Print a con&firmation…"))
            self.print_button.setAccessibleName(self.tr("Print the hirer's confirmation as saved"))
            box.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
            self.print_button.clicked.connect(lambda: print_confirmation(booking_id))

    def _fill(self, current: NewBooking) -> None:
        self.title.setText(current.title)
        hirer = current.hirer if isinstance(current.hirer, dict) else {"name": current.hirer}
        self.hirer.set_value(hirer)
        self.day.setDate(QDate(current.start.year, current.start.month, current.start.day))
        self.start.setTime(QTime(current.start.hour, current.start.minute))
        self.end.setTime(QTime(current.end.hour, current.end.minute))
        self.setup.setValue(current.setup_minutes)
        self.clearaway.setValue(current.clearaway_minutes)
        if self.occurs_on is None and current.repeat.repeats:
            self.repeat.setCurrentIndex(max(0, self.repeat.findData(current.repeat.frequency)))
            if current.repeat.count is not None:
                self.ends.setCurrentIndex(self.ends.findData("count"))
                self.count.setValue(current.repeat.count)
            elif current.repeat.until is not None:
                until = current.repeat.until
                self.until.setDate(QDate(until.year, until.month, until.day))
        self.status.setCurrentIndex(max(0, self.status.findData(current.status)))
        self.band.setCurrentIndex(max(0, self.band.findData(current.rate_band)))
        self.private.setChecked(current.private)
        self.refresh()
        skipped = set(current.skipped)
        for row in range(self.dates.count()):
            item = self.dates.item(row)
            if item.data(Qt.ItemDataRole.UserRole) in skipped:
                item.setCheckState(Qt.CheckState.Unchecked)
        self.title.setFocus()

    def changes(self) -> NewBooking:
        """The booking as the dialog now says (a person hirer kept as that person if the name stays)."""
        typed = self.new_booking()
        before = self.original.hirer if isinstance(self.original.hirer, dict) else {}
        hirer = typed.hirer if isinstance(typed.hirer, dict) else {"name": typed.hirer}
        if before.get("person_id") and hirer.get("name") == before.get("name") and not hirer.get("group_id"):
            typed = replace(typed, hirer=dict(before))
        return replace(typed, notes=self.original.notes)

    def accept(self) -> None:
        service = BookingService(self.db)
        try:
            if self.occurs_on is not None:
                booking_id = self.editing or ""
                made = booking_edits.edit_occurrence(service, booking_id, self.occurs_on, self.changes())
                self.changed = [booking_id, made]
            else:
                booking_edits.edit_series(service, self.editing or "", self.changes())
        except BookingClashError as exc:
            self._show_clash(str(exc), True)
            self.book_over.setFocus()
            return
        except CivicDeskError as exc:
            show_error(self, self.tr("The booking cannot be changed"), exc)
            return
        self.booking_id = self.editing
        super(BookingDialog, self).accept()
