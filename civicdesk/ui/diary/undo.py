"""Every change to a booking as a step on the window's undo stack: booked, moved, cancelled.

Each step remembers the booking as it was before and after (`BookingService.state`), so undo
and redo put one of the two back; a booking that was new is taken away again on undo.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QApplication

from civicdesk.errors import CivicDeskError
from civicdesk.services.bookings import BookingService, BookingState
from civicdesk.ui.dialogs import show_error


class BookingStep(QUndoCommand):
    """A change already made (a clash or a wrong value is dealt with before it is pushed); undo
    and redo swap the booking's state before and after it (`before` None: it was new)."""

    def __init__(
        self,
        service: BookingService,
        label: str,
        booking_id: str,
        before: BookingState | None,
        done: Callable[[str], None],
    ) -> None:
        super().__init__(label)
        self.service, self.booking_id, self.before, self.done = service, booking_id, before, done
        self.after = service.state(booking_id)
        self._first = True

    def redo(self) -> None:
        if self._first:  # pushing it: the change is already made
            self._first = False
        else:
            self._put(self.after)
        self.done(self.booking_id)

    def undo(self) -> None:
        if self.before is None:
            try:
                self.service.delete(self.booking_id)
            except CivicDeskError as exc:
                self._failed(exc)
                return
        else:
            self._put(self.before)
        self.done(self.booking_id)

    def _put(self, state: BookingState) -> None:
        try:
            self.service.put_state(state)
        except CivicDeskError as exc:
            self._failed(exc)

    def _failed(self, exc: CivicDeskError) -> None:
        self.setObsolete(True)
        title = QCoreApplication.translate("diary", "This step can no longer be done")
        show_error(QApplication.activeWindow(), title, exc)


class BookingsStep(QUndoCommand):
    """A change already made to several bookings at once, undone and redone as one step: one date
    of a series changed on its own is the series (that date skipped) and the one-off booking made
    for it. `before` maps each booking's id to its state before (None: it is new)."""

    def __init__(
        self,
        service: BookingService,
        label: str,
        before: dict[str, BookingState | None],
        done: Callable[[str], None],
    ) -> None:
        super().__init__(label)
        self.steps = [BookingStep(service, label, booking_id, state, done)
                      for booking_id, state in before.items()]

    def redo(self) -> None:
        for step in self.steps:
            step.redo()

    def undo(self) -> None:
        for step in reversed(self.steps):
            step.undo()
