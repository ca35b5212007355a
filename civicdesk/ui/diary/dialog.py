"""The Book… dialog: a room, who, when, how it repeats and which dates to skip, checked for clashes.

Every control has a label with a mnemonic (its buddy) and an accessible name, so a booking can be
made from the keyboard alone; the clash with another booking is named as you type, and booking
over it is a deliberate tick.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from civicdesk.core import recurrence
from civicdesk.core.recurrence import Repeat
from civicdesk.db.database import Database
from civicdesk.errors import CivicDeskError
from civicdesk.services import pickers
from civicdesk.services.bookings import BookingClashError, BookingService, NewBooking
from civicdesk.services.rooms import RoomService
from civicdesk.ui.colours import ERROR_STYLE
from civicdesk.ui.dates_shown import shown_day, weekday_name
from civicdesk.ui.dialogs import RememberingDialog, show_error
from civicdesk.ui.editors.pickers import PartyEditor


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class BookingDialog(RememberingDialog):
    """Book a room of one space; `booking_id` holds the new booking once accepted."""

    settings_key = "booking_dialog"

    def __init__(
        self,
        db: Database,
        space_id: str,
        parent: QWidget | None = None,
        *,
        day: date | None = None,
        start: time | None = None,
        room_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.space_id = db, space_id
        self.service = BookingService(db)
        self.booking_id: str | None = None
        self.editing: str | None = None  # the booking being changed (not a clash with itself)
        self.setWindowTitle(self.tr("Book a room"))
        self.setAccessibleName(self.tr("Book a room"))
        rooms = RoomService(db)
        if not rooms.rooms_of(space_id):
            rooms.ensure_room(space_id)  # a space without rooms is one room
        form = QFormLayout()

        def add(label: str, widget: QWidget, name: str) -> None:
            widget.setAccessibleName(name)
            text = QLabel(label)
            text.setBuddy(widget)
            form.addRow(text, widget)

        self.room = QComboBox()
        for room in rooms.rooms_of(space_id):
            size = self.tr(" (for %1)").replace("%1", str(room.capacity)) if room.capacity else ""
            self.room.addItem(room.name + size, room.id)
        if room_id is not None and self.room.findData(room_id) >= 0:
            self.room.setCurrentIndex(self.room.findData(room_id))
        add(self.tr("&Room:"), self.room, self.tr("Room"))
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("What it is for, e.g. Yoga"))
        add(self.tr("&What:"), self.title, self.tr("What it is for"))
        self.hirer = PartyEditor()
        self.hirer.set_source(lambda text: pickers.choices(db, "group", text), free_text=True)
        add(self.tr("&Hirer:"), self.hirer, self.tr("Hirer"))
        # A one-off hirer (not one of our groups) is kept as a person, with their consent.
        self.contact = QLineEdit()
        self.contact.setPlaceholderText(self.tr("A one-off hirer's phone or email (optional)"))
        add(self.tr("C&ontact:"), self.contact, self.tr("One-off hirer's phone or email"))
        self.consent = QCheckBox(self.tr("They agreed we keep these details to arrange the booking"))
        self.consent.setAccessibleName(self.tr("The hirer agreed to be contacted"))
        form.addRow("", self.consent)
        self.day = QDateEdit(_qdate(day or date.today()))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd/MM/yyyy")
        add(self.tr("&Date:"), self.day, self.tr("Date"))
        begin = start or time(19)
        self.start = QTimeEdit(QTime(begin.hour, begin.minute))
        self.end = QTimeEdit(QTime(min(23, begin.hour + 1), begin.minute))
        for edit in (self.start, self.end):
            edit.setDisplayFormat("HH:mm")
        add(self.tr("&Starts:"), self.start, self.tr("Starts"))
        add(self.tr("&Ends:"), self.end, self.tr("Ends"))
        self.setup = QSpinBox(suffix=self.tr(" min"), maximum=240, singleStep=15)
        self.clearaway = QSpinBox(suffix=self.tr(" min"), maximum=240, singleStep=15)
        add(self.tr("Set-&up before:"), self.setup, self.tr("Set-up time before, in minutes"))
        add(self.tr("C&lear-away after:"), self.clearaway, self.tr("Clear-away time after, in minutes"))
        self.repeat = QComboBox()
        add(self.tr("Re&peat:"), self.repeat, self.tr("Repeat"))
        self.ends = QComboBox()
        self.ends.addItem(self.tr("On a date"), "until")
        self.ends.addItem(self.tr("After a number of times"), "count")
        self.until = QDateEdit(_qdate((day or date.today()) + timedelta(weeks=12)))
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat("dd/MM/yyyy")
        self.count = QSpinBox(minimum=1, maximum=1000, value=10)
        ends_row = QHBoxLayout()
        for widget in (self.ends, self.until, self.count):
            ends_row.addWidget(widget)
        self.ends.setAccessibleName(self.tr("How the series ends"))
        self.until.setAccessibleName(self.tr("Last date"))
        self.count.setAccessibleName(self.tr("Number of times"))
        ends_label = QLabel(self.tr("E&nds:"))
        ends_label.setBuddy(self.ends)
        form.addRow(ends_label, ends_row)
        self.dates = QListWidget()
        self.dates.setAccessibleDescription(self.tr("Untick a date to skip it"))
        add(self.tr("Dates (untick to s&kip):"), self.dates, self.tr("Dates of the series"))
        self.status = QComboBox()
        for value, text in (("confirmed", self.tr("Confirmed")), ("provisional", self.tr("Provisional"))):
            self.status.addItem(text, value)
        add(self.tr("S&tatus:"), self.status, self.tr("Status"))
        self.band = QComboBox()
        for value, text in (
            ("", self.tr("Not set")),
            ("community", self.tr("Community")),
            ("regular", self.tr("Regular")),
            ("commercial", self.tr("Commercial")),
        ):
            self.band.addItem(text, value)
        add(self.tr("Rate b&and:"), self.band, self.tr("Rate band"))
        self.private = QCheckBox(self.tr("Pri&vate: printed and shared only as “booked”"))
        self.private.setAccessibleName(self.tr("Private booking"))
        form.addRow("", self.private)
        self.clash = QLabel()
        self.clash.setObjectName("clash")
        self.clash.setWordWrap(True)
        self.clash.setStyleSheet(ERROR_STYLE)
        self.clash.setAccessibleName(self.tr("Clash"))
        self.book_over = QCheckBox(self.tr("B&ook over it on purpose"))
        self.book_over.setAccessibleName(self.tr("Book over the clash on purpose"))
        self.book_over.setVisible(False)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Book"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.clash)
        layout.addWidget(self.book_over)
        layout.addWidget(buttons)
        for signal in (
            self.day.dateChanged,
            self.start.timeChanged,
            self.end.timeChanged,
            self.until.dateChanged,
            self.count.valueChanged,
            self.setup.valueChanged,
            self.clearaway.valueChanged,
        ):
            signal.connect(self.refresh)
        self.room.currentIndexChanged.connect(self.refresh)
        self.repeat.currentIndexChanged.connect(self.refresh)
        self.ends.currentIndexChanged.connect(self.refresh)
        self.dates.itemChanged.connect(lambda _item: self.check_clash())
        self.day.dateChanged.connect(self._name_repeats)
        self._name_repeats()
        self.title.setFocus()

    # -- what the form says ------------------------------------------------------------------
    def _name_repeats(self) -> None:
        first = _pydate(self.day.date())
        day = weekday_name(first)
        nth = recurrence.ORDINALS[recurrence.week_of_month(first)]
        current = self.repeat.currentData() or "none"
        self.repeat.blockSignals(True)
        self.repeat.clear()
        for value, text in (
            ("none", self.tr("Once")),
            ("weekly", self.tr("Every %1").replace("%1", day)),
            ("fortnightly", self.tr("Every other %1").replace("%1", day)),
            ("monthly", self.tr("The %1 %2 of each month").replace("%1", nth).replace("%2", day)),
        ):
            self.repeat.addItem(text, value)
        self.repeat.setCurrentIndex(max(0, self.repeat.findData(current)))
        self.repeat.blockSignals(False)

    def times(self) -> tuple[datetime, datetime]:
        day = _pydate(self.day.date())
        s, e = self.start.time(), self.end.time()
        return datetime.combine(day, time(s.hour(), s.minute())), datetime.combine(
            day, time(e.hour(), e.minute())
        )

    def repeat_value(self) -> Repeat:
        frequency = self.repeat.currentData() or "none"
        if frequency == "none":
            return Repeat()
        if self.ends.currentData() == "count":
            return Repeat(frequency, count=self.count.value())
        return Repeat(frequency, until=_pydate(self.until.date()))

    def skipped(self) -> tuple[date, ...]:
        items = (self.dates.item(i) for i in range(self.dates.count()))
        return tuple(
            item.data(Qt.ItemDataRole.UserRole)
            for item in items
            if item.checkState() != Qt.CheckState.Checked
        )

    def refresh(self) -> None:
        repeats = (self.repeat.currentData() or "none") != "none"
        for widget in (self.ends, self.until, self.count, self.dates):
            widget.setEnabled(repeats)
        self.until.setVisible(self.ends.currentData() != "count")
        self.count.setVisible(self.ends.currentData() == "count")
        skipped = set(self.skipped())
        self.dates.blockSignals(True)
        self.dates.clear()
        start, _end = self.times()
        try:
            rule = recurrence.rule_text(start, self.repeat_value())
            last = recurrence.last_date(rule, start) or recurrence.horizon(start.date())
            found = recurrence.starts(rule, start, start.date(), last) if repeats else []
        except CivicDeskError as exc:
            found = []
            self.clash.setText(str(exc))
        for moment in found:
            item = QListWidgetItem(shown_day(moment, with_year=True))
            item.setData(Qt.ItemDataRole.UserRole, moment.date())
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked if moment.date() in skipped else Qt.CheckState.Checked)
            self.dates.addItem(item)
        self.dates.blockSignals(False)
        self.dates.setAccessibleName(self.tr("Dates of the series, %1 dates").replace("%1", str(len(found))))
        self.check_clash()

    def check_clash(self) -> None:
        start, end = self.times()
        if end <= start:
            self._show_clash(self.tr("The booking ends before it starts."), False)
            return
        try:
            clashes = self.service.clashes(
                self.room.currentData(),
                start,
                end,
                setup_minutes=self.setup.value(),
                clearaway_minutes=self.clearaway.value(),
                repeat=self.repeat_value(),
                skipped=self.skipped(),
                exclude=self.editing,
            )
        except CivicDeskError as exc:
            self._show_clash(str(exc), False)
            return
        self._show_clash(str(BookingClashError(clashes)) if clashes else "", bool(clashes))

    def _show_clash(self, text: str, clash: bool) -> None:
        self.clash.setText(text)
        self.book_over.setVisible(clash)
        if not clash:
            self.book_over.setChecked(False)

    def new_booking(self) -> NewBooking:
        start, end = self.times()
        return NewBooking(
            self.room.currentData(),
            self.title.text(),
            self.hirer.value(),
            start,
            end,
            self.setup.value(),
            self.clearaway.value(),
            self.repeat_value(),
            self.skipped(),
            self.status.currentData(),
            self.private.isChecked(),
            self.band.currentData() or "",
            "",
            self.book_over.isChecked(),
        )

    def _one_off_hirer(self, booking: NewBooking) -> NewBooking:
        """A hirer who is not one of our groups, with contact details: kept as a person whose
        consent to being contacted is recorded (never listed or shared without more)."""
        hirer = dict(booking.hirer) if isinstance(booking.hirer, dict) else {"name": booking.hirer}
        contact = self.contact.text().strip()
        if hirer.get("group_id") or not contact or not hirer.get("name"):
            return booking
        if not self.consent.isChecked():
            raise CivicDeskError(self.tr("Tick that the hirer agreed we keep their phone or email, or leave "
                                         "the contact empty."))
        from civicdesk.services.bookings import check_times
        from civicdesk.services.people import PersonService

        # Nobody is added for a booking that cannot be made.
        check_times(booking.start, booking.end)
        clashes = self.service.clashes(booking.room_id, booking.start, booking.end,
                                       setup_minutes=booking.setup_minutes,
                                       clearaway_minutes=booking.clearaway_minutes, repeat=booking.repeat,
                                       skipped=booking.skipped)
        if clashes and not booking.book_over:
            raise BookingClashError(clashes)
        given = {"given": True, "on": date.today().isoformat(), "how": "form", "recorded_by": ""}
        field = "email" if "@" in contact else "phone"
        person = PersonService(self.db).create({
            "name": hirer["name"], field: contact, f"consent_{field}": given,
            "notes": self.tr("One-off hirer of a room"),
        })
        return replace(booking, hirer={"person_id": person.id, "name": person.name})

    def accept(self) -> None:
        try:
            self.booking_id = self.service.add(self._one_off_hirer(self.new_booking()))
        except BookingClashError as exc:
            self._show_clash(str(exc), True)
            self.book_over.setFocus()
            return
        except CivicDeskError as exc:
            show_error(self, self.tr("The booking cannot be made"), exc)
            return
        super().accept()
