"""The Diary view: a space's week (its rooms as columns) or month, booking, moving and cancelling.

The week is read off the UI thread; every change is a step on the window's undo stack.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from civicdesk.core.occurrences import Occurrence
from civicdesk.errors import CivicDeskError
from civicdesk.services import diary, pickers
from civicdesk.services.bookings import BookingClashError, BookingService
from civicdesk.services.diary import DaySummary, WeekSheet
from civicdesk.ui.dates_shown import shown_date, shown_day, shown_day_month, shown_month, shown_times
from civicdesk.ui.dialogs import show_error
from civicdesk.ui.diary import editing
from civicdesk.ui.diary.grid import WeekGrid
from civicdesk.ui.diary.undo import BookingStep
from civicdesk.ui.editors.pickers import RecordPicker
from civicdesk.ui.view_api import ViewContext


class DiaryView(QWidget):
    loaded = Signal()  # the first week or month is on screen (a lazy view waits for it)

    def __init__(self, context: ViewContext) -> None:
        super().__init__(context.window)
        self.context, self.db = context, context.db
        self.service = BookingService(self.db)
        self.space_id: str | None = None
        self.day = date.today()
        self.month_mode = False
        self._ready = False
        self._serial = 0
        self.space = RecordPicker()
        self.space.setAccessibleName(self.tr("Space"))
        self.space.set_source(lambda text: pickers.choices(self.db, "space", text))
        self.space.chosen.connect(self._space_chosen)
        space_label = QLabel(self.tr("&Space:"))
        space_label.setBuddy(self.space)
        self.previous = QPushButton(self.tr("◀ &Previous"))
        self.today_button = QPushButton(self.tr("T&oday"))
        self.next = QPushButton(self.tr("&Next ▶"))
        self.previous.setAccessibleName(self.tr("Previous week or month"))
        self.next.setAccessibleName(self.tr("Next week or month"))
        self.week_button = QPushButton(self.tr("&Week"))
        self.month_button = QPushButton(self.tr("&Month"))
        for button in (self.week_button, self.month_button):
            button.setCheckable(True)
        self.week_button.setChecked(True)
        self.book_button = QPushButton(self.tr("&Book…"))
        self.book_button.setToolTip(self.tr("Book a room of this space (Ctrl+B)"))
        self.print_button = QPushButton(self.tr("Print the &week…"))
        self.print_button.setToolTip(self.tr("The week's bookings as an A4 noticeboard sheet (PDF)"))
        self.title = QLabel()
        self.title.setObjectName("diary_title")
        bar = QHBoxLayout()
        for widget in (
            space_label,
            self.space,
            self.previous,
            self.today_button,
            self.next,
            self.week_button,
            self.month_button,
        ):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.book_button)
        bar.addWidget(self.print_button)
        self.grid = WeekGrid()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.grid)
        scroll.setAccessibleName(self.tr("Week"))
        self.month = QTableWidget(6, 7)
        self.month.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.month.setHorizontalHeaderLabels(
            [self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"), self.tr("Fri"), self.tr("Sat"),
             self.tr("Sun")]
        )
        self.month.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.month.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.month.verticalHeader().hide()
        self.month.setAccessibleName(self.tr("Month overview"))
        self.month.cellActivated.connect(self._day_chosen)
        self.month.cellDoubleClicked.connect(self._day_chosen)
        self.empty = QLabel(
            self.tr(
                "Choose a space above to see its diary. A space with no rooms yet "
                "becomes one room when you first book it (Book…)."
            )
        )
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        for page in (self.empty, scroll, self.month):
            self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.title)
        layout.addWidget(self.stack, 1)
        self.previous.clicked.connect(lambda: self._step(-1))
        self.next.clicked.connect(lambda: self._step(1))
        self.today_button.clicked.connect(self._today)
        self.week_button.clicked.connect(lambda: self._mode(False))
        self.month_button.clicked.connect(lambda: self._mode(True))
        self.book_button.clicked.connect(lambda: self.book())
        self.print_button.clicked.connect(self.print_week)
        shortcut = QShortcut(QKeySequence("Ctrl+B"), self)
        shortcut.activated.connect(lambda: self.book())
        self.grid.move_requested.connect(self.move_occurrence)
        self.grid.book_requested.connect(lambda day, clock, room: self.book(day, clock, room))
        self.grid.open_requested.connect(self.open_occurrence)
        self.grid.cancel_requested.connect(self.cancel_occurrence)
        self.sheet: WeekSheet | None = None
        self.activate()  # built when first shown: start loading straight away

    # -- WorkspaceView ------------------------------------------------------------------------
    def activate(self) -> None:
        if self.space_id is None:
            self.context.runner.run(
                lambda: diary.spaces_with_rooms(self.db, limit=1), on_done=self._first_space
            )
        elif not self._ready:
            self.refresh()

    def is_ready(self) -> bool:
        return self._ready

    def reload_data(self, current: bool) -> None:
        if current and self.space_id is not None:
            self.refresh()

    def record_changed(self, record_type: str, record_id: str) -> None:
        if record_type in ("booking", "room", "space") and self.space_id is not None:
            self.refresh()

    def save_state(self) -> None:
        pass

    # -- choosing what to show ----------------------------------------------------------------
    def _first_space(self, found: list[tuple[str, str]]) -> None:
        if found and self.space_id is None:
            self.show_space(*found[0])
        else:
            self.stack.setCurrentWidget(self.empty)
            self._loaded()

    def show_space(self, space_id: str, name: str, day: date | None = None) -> None:
        """Show this space's diary (the week holding `day`, default the one shown)."""
        self.space_id = space_id
        self.space.set_selected(space_id, name)
        if day is not None:
            self.day = day
        self.refresh()

    def _space_chosen(self) -> None:
        chosen = self.space.selected_id()
        if chosen:
            self.show_space(chosen, self.space.currentText())

    def _step(self, direction: int) -> None:
        if self.month_mode:
            month = self.day.replace(day=1) + timedelta(days=32 * direction if direction > 0 else -1)
            self.day = month.replace(day=1)
        else:
            self.day += timedelta(weeks=direction)
        self.refresh()

    def _today(self) -> None:
        self.day = date.today()
        self.refresh()

    def _mode(self, month: bool) -> None:
        self.month_mode = month
        self.week_button.setChecked(not month)
        self.month_button.setChecked(month)
        self.refresh()

    def _day_chosen(self, row: int, column: int) -> None:
        item = self.month.item(row, column)
        if item is not None and item.data(Qt.ItemDataRole.UserRole):
            self.day = item.data(Qt.ItemDataRole.UserRole)
            self._mode(False)

    # -- loading ------------------------------------------------------------------------------
    def refresh(self) -> None:
        if self.space_id is None:
            self.stack.setCurrentWidget(self.empty)
            return
        self._serial += 1
        serial, space_id, day = self._serial, self.space_id, self.day
        if self.month_mode:
            self.context.runner.run(
                diary.month_of,
                self.db,
                space_id,
                day.year,
                day.month,
                on_done=lambda days: self._show_month(serial, days),
                on_error=self._failed,
            )
        else:
            self.context.runner.run(
                diary.week_of,
                self.db,
                space_id,
                day,
                on_done=lambda sheet: self._show_week(serial, sheet),
                on_error=self._failed,
            )

    def load_now(self) -> None:
        """Read and show the week on this thread (tests, and the budget's timing)."""
        assert self.space_id is not None
        self._serial += 1
        self._show_week(self._serial, diary.week_of(self.db, self.space_id, self.day))

    def _failed(self, error: BaseException) -> None:
        show_error(self, self.tr("The diary cannot be shown"), error)

    def _show_week(self, serial: int, sheet: WeekSheet) -> None:
        if serial != self._serial:
            return
        self.sheet = sheet
        self.grid.set_sheet(sheet)
        sunday = sheet.monday + timedelta(days=6)
        hours = sum(o.hours for o in sheet.occurrences)
        count = len(sheet.occurrences)
        bookings = self.tr("1 booking") if count == 1 else self.tr("%1 bookings").replace("%1", str(count))
        self.title.setText(
            self.tr("%1: week of %2 to %3 · %4, %5 hours booked")
            .replace("%1", sheet.space_name)
            .replace("%2", shown_day_month(sheet.monday))
            .replace("%3", shown_date(sunday))
            .replace("%4", bookings)
            .replace("%5", f"{hours:g}")
        )
        self.stack.setCurrentIndex(1)
        self._loaded()

    def _show_month(self, serial: int, days: list[DaySummary]) -> None:
        if serial != self._serial:
            return
        self.month.clearContents()
        first = days[0].day
        offset = first.weekday()
        for summary in days:
            index = offset + summary.day.day - 1
            text = f"{summary.day.day}"
            if summary.bookings:
                n = summary.bookings
                count = self.tr("1 booking") if n == 1 else self.tr("%1 bookings").replace("%1", str(n))
                text += "\n" + count
                text += f", {summary.hours:g} h"
                text += "\n" + "\n".join(summary.titles)
            item = QTableWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, summary.day)
            item.setTextAlignment(int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop))
            self.month.setItem(index // 7, index % 7, item)
        self.title.setText(f"{self.space.currentText()}: {shown_month(first)}")
        self.stack.setCurrentIndex(2)
        self._loaded()

    def _loaded(self) -> None:
        if not self._ready:
            self._ready = True
            self.loaded.emit()
            self.context.loaded()

    # -- changes ------------------------------------------------------------------------------
    def _done(self, booking_id: str) -> None:
        self.context.record_changed("booking", booking_id)

    def book(self, day: date | None = None, clock: Any = None, room_id: str | None = None) -> None:
        from civicdesk.ui.diary.dialog import BookingDialog

        if self.space_id is None:
            QMessageBox.information(self, self.tr("Book a room"), self.tr("Choose a space first."))
            return
        dialog = BookingDialog(
            self.db, self.space_id, self, day=day or self.day, start=clock, room_id=room_id
        )
        if dialog.exec() and dialog.booking_id:
            label = self.tr("Book %1").replace("%1", dialog.title.text() or self.tr("a room"))
            self.context.undo_stack.push(
                BookingStep(self.service, label, dialog.booking_id, None, self._done)
            )
            self.refresh()

    def move_occurrence(self, occ: Occurrence, start: datetime, end: datetime, room_id: str = "") -> None:
        if room_id and room_id != occ.room_id:  # dragged into another room's column
            editing.move_to_room(self, occ, start, end, room_id)
            return
        before = self.service.state(occ.booking_id)
        try:
            self.service.move(occ.booking_id, occ.occurs_on, start, end)
        except BookingClashError as exc:
            answer = QMessageBox.question(
                self,
                self.tr("The room is booked then"),
                str(exc) + "\n\n" + self.tr("Move it there anyway?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            self.service.move(occ.booking_id, occ.occurs_on, start, end, book_over=True)
        except CivicDeskError as exc:
            show_error(self, self.tr("The booking cannot be moved"), exc)
            return
        label = (
            self.tr("Move %1 to %2")
            .replace("%1", occ.title or occ.hirer)
            .replace("%2", f"{shown_day(start)} {shown_times(start, end)}")
        )
        self.context.undo_stack.push(BookingStep(self.service, label, occ.booking_id, before, self._done))
        self.refresh()

    def cancel_occurrence(self, occ: Occurrence, whole: bool | None = None) -> None:
        if whole is None:
            buttons = QMessageBox.StandardButton
            box = QMessageBox(
                QMessageBox.Icon.Question,
                self.tr("Cancel the booking"),
                self.tr("Cancel %1?").replace("%1", occ.words()),
                buttons.Cancel,
                self,
            )
            one = (
                box.addButton(self.tr("Cancel this &date"), QMessageBox.ButtonRole.AcceptRole)
                if occ.recurring
                else None
            )
            every = box.addButton(
                self.tr("Cancel &every date") if occ.recurring else self.tr("Cancel the &booking"),
                QMessageBox.ButtonRole.DestructiveRole,
            )
            box.exec()
            if box.clickedButton() not in (one, every) or box.clickedButton() is None:
                return
            whole = box.clickedButton() is every
        before = self.service.state(occ.booking_id)
        self.service.cancel(occ.booking_id, None if whole else occ.occurs_on)
        label = self.tr("Cancel %1").replace("%1", occ.title or occ.hirer)
        self.context.undo_stack.push(BookingStep(self.service, label, occ.booking_id, before, self._done))
        self.refresh()

    def open_occurrence(self, occ: Occurrence) -> None:
        """Change the booking in the booking dialog (for a series: this date only, or all of it)."""
        editing.open_booking(self, occ)

    def print_confirmation(self, booking_id: str) -> None:
        self._save_pdf(
            self.tr("Save the confirmation"),
            "booking-confirmation.pdf",
            lambda path: _confirmation(self.db, booking_id, path),
        )

    def print_week(self) -> None:
        if self.space_id is None:
            return
        space_id, day = self.space_id, self.day
        self._save_pdf(
            self.tr("Save the week's noticeboard sheet"),
            f"bookings-{diary.monday_of(day)}.pdf",
            lambda path: _noticeboard(self.db, path, day, space_id),
        )

    def _save_pdf(self, title: str, name: str, write: Any) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, title, str(Path.home() / name), self.tr("PDF (*.pdf)")
        )
        if not path:
            return
        self.context.runner.run(
            write,
            Path(path),
            on_error=lambda exc: show_error(self, title, exc),
            on_done=lambda _r: self._saved(title, path),
        )


    def _saved(self, title: str, path: str) -> None:
        QMessageBox.information(self, title, self.tr("Saved %1").replace("%1", path))


def _noticeboard(db: Any, path: Path, day: date, space_id: str) -> int:
    from civicdesk.reports.noticeboard import write_noticeboard

    return write_noticeboard(db, path, day, [space_id])


def _confirmation(db: Any, booking_id: str, path: Path) -> int:
    from civicdesk.reports.booking_confirmation import write_confirmation

    return write_confirmation(db, booking_id, path)


def make_view(context: ViewContext) -> QWidget:
    return DiaryView(context)
