"""Deciding a "Needs review" item as an undoable step, and the status-bar line that confirms it.

Keeping our value only closes the item; using the other value is a new edit of the record.
Undo reopens the item and, for the second, writes back the value it replaced.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QMainWindow, QPushButton, QWidget

from civicdesk.errors import CivicDeskError
from civicdesk.services.conflicts import ConflictService, ReviewItem
from civicdesk.ui.dialogs import show_error

NOTICE_MS = 12_000


# Words in this context (lupdate reads translate("Context", "text") calls).
translate = QCoreApplication.translate


class DecideReviewItem(QUndoCommand):
    """Keep the current value (`keep=True`) or use the other one; undo takes the choice back."""

    def __init__(
        self,
        service: ConflictService,
        item: ReviewItem,
        keep: bool,
        label: str,
        done: Callable[[ReviewItem], None],
    ) -> None:
        super().__init__(label)
        self.service, self.item, self.keep, self.done = service, item, keep, done
        self.before: dict[str, Any] = {}
        self._pushed = False

    def _step(self, step: Callable[[], None]) -> None:
        if not self._pushed:  # the first run's errors go to the view that pushed it
            self._pushed = True
            try:
                step()
            except BaseException:
                self.setObsolete(True)
                raise
        else:
            try:
                step()
            except CivicDeskError as exc:
                self.setObsolete(True)
                show_error(QApplication.activeWindow(),
                           translate("review", "This step can no longer be done"), exc)
                return
        self.done(self.item)

    def redo(self) -> None:
        def decide() -> None:
            action = self.service.keep_current if self.keep else self.service.keep_other
            self.before = action(self.item.id)

        self._step(decide)

    def undo(self) -> None:
        self._step(lambda: self.service.reopen(self.item.id, self.before))


class UndoNotice(QWidget):
    """A line in the status bar saying what was just done, with an Undo button, for a while."""

    def __init__(self, window: QMainWindow, stack: QUndoStack) -> None:
        super().__init__(window)
        self.setObjectName("undo_notice")
        self.stack = stack
        self.text = QLabel()
        self.text.setObjectName("undo_notice_text")
        self.undo_button = QPushButton(translate("review", "&Undo"))
        self.undo_button.setObjectName("undo_notice_button")
        self.undo_button.clicked.connect(self._undo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)
        layout.addWidget(self.undo_button)
        layout.addStretch(1)  # the button keeps its own size; the line takes the rest
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.hide)
        window.statusBar().addWidget(self, 1)
        self.hide()

    def show_message(self, text: str) -> None:
        self.text.setText(text)
        self.show()
        self.timer.start(NOTICE_MS)

    def _undo(self) -> None:
        self.hide()
        self.stack.undo()


def undo_notice(window: QMainWindow, stack: QUndoStack) -> UndoNotice:
    """The window's one notice (made on first use)."""
    found = window.findChild(UndoNotice, "undo_notice")
    return found if found is not None else UndoNotice(window, stack)
