"""The week of one space drawn as a grid: days across, each split into its rooms, hours down.

A booking is a block (its set-up and clear-away drawn paler around it). Drag a block to move
it (to another time or day, or sideways into another room's column), drag its lower edge to
stretch it; double-click it (or Enter on it) to change it in the booking dialog; from the keyboard,
the arrow keys move a cursor over days, rooms and half hours, Enter books there (or opens the
booking under it), Ctrl+Up/Down moves the booking a quarter of an hour, Ctrl+Shift+Up/Down
stretches it, Delete cancels it. Every change is asked of the view, which puts it on the undo
stack.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from civicdesk.core.occurrences import Occurrence
from civicdesk.services.diary import WeekSheet
from civicdesk.ui import colours
from civicdesk.ui.dates_shown import shown_date, shown_day, shown_times

FIRST_HOUR, LAST_HOUR = 7, 24
HOUR_PX = 34
GUTTER = 46
HEADER = 44
SNAP_MINUTES = 15
EDGE_PX = 6


class WeekGrid(QWidget):
    """Shows a WeekSheet; emits what the person asked for, the view decides and records it."""

    move_requested = Signal(object, object, object, str)  # occurrence, new start, new end, room id
    book_requested = Signal(object, object, str)  # day, time, room id
    open_requested = Signal(object)  # occurrence
    cancel_requested = Signal(object)  # occurrence

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sheet: WeekSheet | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.cursor_cell = (0, 0, (19 - FIRST_HOUR) * 2)  # day, room, half hour
        self._drag: tuple[Occurrence, str, QPoint] | None = None  # occurrence, "move"|"stretch", start
        self._ghost: tuple[Occurrence, datetime, datetime, str] | None = None  # and its room's id
        self.setAccessibleName(self.tr("Week of bookings"))

    # -- data ---------------------------------------------------------------------------------
    def set_sheet(self, sheet: WeekSheet) -> None:
        self.sheet = sheet
        day, room, slot = self.cursor_cell
        self.cursor_cell = (day, min(room, max(0, len(sheet.rooms) - 1)), slot)
        self.setMinimumHeight(HEADER + (LAST_HOUR - FIRST_HOUR) * HOUR_PX + 2)
        name = self.tr("%1, week of %2, %3 bookings").replace("%3", str(len(sheet.occurrences)))
        self.setAccessibleName(
            name.replace("%1", sheet.space_name).replace("%2", shown_date(sheet.monday))
        )
        self._describe_cursor()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(900, HEADER + (LAST_HOUR - FIRST_HOUR) * HOUR_PX + 2)

    # -- geometry -----------------------------------------------------------------------------
    def _rooms(self) -> int:
        return max(1, len(self.sheet.rooms)) if self.sheet else 1

    def column_width(self) -> float:
        return max(24.0, (self.width() - GUTTER) / (7 * self._rooms()))

    def _x(self, day: int, room: int) -> int:
        return int(GUTTER + (day * self._rooms() + room) * self.column_width())

    @staticmethod
    def _y(moment: time | datetime) -> int:
        minutes = moment.hour * 60 + moment.minute - FIRST_HOUR * 60
        return int(HEADER + minutes * HOUR_PX / 60)

    def _room_index(self, room_id: str) -> int:
        assert self.sheet is not None
        return next((i for i, r in enumerate(self.sheet.rooms) if r.id == room_id), 0)

    def block_rect(
        self, occ: Occurrence, start: datetime | None = None, end: datetime | None = None,
        room_id: str | None = None,
    ) -> QRect:
        assert self.sheet is not None
        start, end = start or occ.start, end or occ.end
        day = (start.date() - self.sheet.monday).days
        x = self._x(day, self._room_index(room_id or occ.room_id))
        top = self._y(max(start, datetime.combine(start.date(), time(FIRST_HOUR))))
        bottom = self._y(end) if end.date() == start.date() else self._y(time(23, 59))
        return QRect(x + 2, top, int(self.column_width()) - 4, max(8, bottom - top))

    def blocks(self) -> list[tuple[Occurrence, QRect]]:
        """Each booking shown this week with where it is drawn."""
        if self.sheet is None:
            return []
        return [
            (o, self.block_rect(o))
            for o in self.sheet.occurrences
            if 0 <= (o.start.date() - self.sheet.monday).days < 7
        ]

    def _at(self, pos: QPoint) -> Occurrence | None:
        for occ, rect in reversed(self.blocks()):
            if rect.contains(pos):
                return occ
        return None

    def _moment_at(self, y: int) -> timedelta:
        minutes = (y - HEADER) * 60 / HOUR_PX
        return timedelta(minutes=round(minutes / SNAP_MINUTES) * SNAP_MINUTES)

    # -- painting -----------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(colours.BASE))
        if self.sheet is None:
            return
        rooms, width = self._rooms(), self.column_width()
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() - 1.5))
        grid = QPen(QColor(colours.BOOKING_BUFFER))
        for hour in range(FIRST_HOUR, LAST_HOUR):
            y = self._y(time(hour))
            painter.setPen(grid)
            painter.drawLine(GUTTER, y, self.width(), y)
            painter.setPen(QColor(colours.MUTED))
            painter.drawText(QRect(0, y - 8, GUTTER - 6, 16), Qt.AlignmentFlag.AlignRight, f"{hour:02d}:00")
        for day_index, day in enumerate(self.sheet.days):
            x = self._x(day_index, 0)
            painter.setPen(QPen(QColor(colours.MUTED), 1))
            painter.drawLine(x, 0, x, self.height())
            painter.setPen(QColor(colours.DEFAULT_TEXT))
            bold = QFont(self.font())
            bold.setBold(day == date.today())
            painter.setFont(bold)
            painter.drawText(
                QRect(x, 2, int(width * rooms), 18),
                Qt.AlignmentFlag.AlignCenter,
                shown_day(day),
            )
            painter.setFont(small)
            one_room = len(self.sheet.rooms) == 1 and self.sheet.rooms[0].whole_space
            for room_index, room in enumerate(() if one_room else self.sheet.rooms):
                rx = self._x(day_index, room_index)
                painter.setPen(QColor(colours.MUTED))
                painter.drawText(
                    QRect(rx, 20, int(width), 20),
                    Qt.AlignmentFlag.AlignCenter,
                    painter.fontMetrics().elidedText(room.name, Qt.TextElideMode.ElideRight, int(width) - 2),
                )
        for occ, rect in self.blocks():
            self._paint_block(painter, occ, rect, small)
        if self._ghost is not None:
            occ, start, end, room_id = self._ghost
            painter.setPen(QPen(QColor(colours.BOOKING_EDGE), 2, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.block_rect(occ, start, end, room_id))
        if self.hasFocus():
            cursor_day, cursor_room, slot = self.cursor_cell
            y = HEADER + slot * HOUR_PX // 2
            painter.setPen(QPen(QColor(colours.BOOKING_EDGE), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRect(self._x(cursor_day, cursor_room) + 1, y, int(width) - 2, HOUR_PX // 2))

    def _paint_block(self, painter: QPainter, occ: Occurrence, rect: QRect, font: QFont) -> None:
        before = int(occ.setup_minutes * HOUR_PX / 60)
        after = int(occ.clearaway_minutes * HOUR_PX / 60)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colours.BOOKING_BUFFER))
        painter.drawRect(QRect(rect.x(), rect.y() - before, rect.width(), rect.height() + before + after))
        fill = (
            colours.BOOKING_PRIVATE
            if occ.private
            else (colours.BOOKING_PROVISIONAL if occ.status == "provisional" else colours.BOOKING)
        )
        painter.setBrush(QColor(fill))
        painter.setPen(QPen(QColor(colours.BOOKING_EDGE), 1))
        painter.drawRoundedRect(rect, 3, 3)
        painter.setPen(QColor(colours.DEFAULT_TEXT))
        painter.setFont(font)
        text = f"{shown_times(occ.start, occ.end)}\n{occ.title or occ.hirer}"
        if occ.hirer and occ.hirer != occ.title:
            text += f"\n{occ.hirer}"
        painter.drawText(
            rect.adjusted(3, 1, -2, -1),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop) | int(Qt.TextFlag.TextWordWrap),
            text,
        )

    # -- mouse --------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus()
        pos = event.position().toPoint()
        occ = self._at(pos)
        if occ is not None and event.button() == Qt.MouseButton.LeftButton:
            rect = self.block_rect(occ)
            mode = "stretch" if rect.bottom() - pos.y() <= EDGE_PX else "move"
            self._drag = (occ, mode, pos)
        self._cursor_to(pos)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        if self._drag is None:
            occ = self._at(pos)
            near_edge = occ is not None and self.block_rect(occ).bottom() - pos.y() <= EDGE_PX
            self.setCursor(
                Qt.CursorShape.SizeVerCursor
                if near_edge
                else (Qt.CursorShape.OpenHandCursor if occ else Qt.CursorShape.ArrowCursor)
            )
            return
        occ, mode, origin = self._drag
        shift = self._moment_at(HEADER + pos.y() - origin.y())
        if mode == "stretch":
            end = max(occ.start + timedelta(minutes=SNAP_MINUTES), occ.end + shift)
            self._ghost = (occ, occ.start, end, occ.room_id)
        else:
            assert self.sheet is not None
            # Sideways by whole columns: each day is split into its rooms, so a column is a room.
            rooms = self._rooms()
            home = (occ.start.date() - self.sheet.monday).days * rooms + self._room_index(occ.room_id)
            column = home + round((pos.x() - origin.x()) / self.column_width())
            column = min(7 * rooms - 1, max(0, column))
            day, room = divmod(column, rooms)
            room_id = self.sheet.rooms[room].id if self.sheet.rooms else occ.room_id
            start = datetime.combine(self.sheet.monday + timedelta(days=day), occ.start.time()) + shift
            self._ghost = (occ, start, start + (occ.end - occ.start), room_id)
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        ghost, self._ghost, self._drag = self._ghost, None, None
        self.update()
        if ghost is not None and ghost[1:] != (ghost[0].start, ghost[0].end, ghost[0].room_id):
            self.move_requested.emit(*ghost)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self._cursor_to(event.position().toPoint())  # the booking (or free time) double-clicked
        self._activate()

    # -- keyboard -----------------------------------------------------------------------------
    def _cursor_to(self, pos: QPoint) -> None:
        if pos.x() < GUTTER or pos.y() < HEADER:
            return
        column = int((pos.x() - GUTTER) / self.column_width())
        slot = int((pos.y() - HEADER) / (HOUR_PX / 2))
        self.cursor_cell = (
            min(6, column // self._rooms()),
            column % self._rooms(),
            min(slot, (LAST_HOUR - FIRST_HOUR) * 2 - 1),
        )
        self._describe_cursor()
        self.update()

    def cursor_moment(self) -> tuple[date, time, str]:
        assert self.sheet is not None
        day, room, slot = self.cursor_cell
        minutes = FIRST_HOUR * 60 + slot * 30
        room_id = self.sheet.rooms[room].id if self.sheet.rooms else ""
        return self.sheet.days[day], time(minutes // 60, minutes % 60), room_id

    def occurrence_at_cursor(self) -> Occurrence | None:
        if self.sheet is None:
            return None
        day, clock, room_id = self.cursor_moment()
        moment = datetime.combine(day, clock)
        for occ in self.sheet.occurrences:
            if occ.room_id == room_id and occ.start <= moment + timedelta(minutes=29) and moment < occ.end:
                return occ
        return None

    def _describe_cursor(self) -> None:
        if self.sheet is None or not self.sheet.rooms:
            return
        day, clock, room_id = self.cursor_moment()
        room = self.sheet.rooms[self.cursor_cell[1]].name
        occ = self.occurrence_at_cursor()
        where = f"{day:%A} {day.day} {day:%B}, {clock:%H:%M}, {room}"
        self.setAccessibleDescription(f"{where}: {occ.words()}" if occ else f"{where}: free")

    def _activate(self) -> None:
        occ = self.occurrence_at_cursor()
        if occ is not None:
            self.open_requested.emit(occ)
        elif self.sheet is not None and self.sheet.rooms:
            self.book_requested.emit(*self.cursor_moment())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
        occ = self.occurrence_at_cursor()
        if ctrl and key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and occ is not None:
            step = timedelta(minutes=SNAP_MINUTES * (-1 if key == Qt.Key.Key_Up else 1))
            if shift:
                if occ.end + step > occ.start:
                    self.move_requested.emit(occ, occ.start, occ.end + step, occ.room_id)
            else:
                self.move_requested.emit(occ, occ.start + step, occ.end + step, occ.room_id)
            return
        day, room, slot = self.cursor_cell
        moves = {
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, -1),
            Qt.Key.Key_Down: (0, 1),
        }
        if key in moves and not ctrl:
            dx, dy = moves[Qt.Key(key)]
            column = day * self._rooms() + room + dx
            column = min(7 * self._rooms() - 1, max(0, column))
            slot = min((LAST_HOUR - FIRST_HOUR) * 2 - 1, max(0, slot + dy))
            self.cursor_cell = (column // self._rooms(), column % self._rooms(), slot)
            self._describe_cursor()
            self.update()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._activate()
        elif key == Qt.Key.Key_Delete and occ is not None:
            self.cancel_requested.emit(occ)
        else:
            super().keyPressEvent(event)
