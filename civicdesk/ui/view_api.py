"""What every view of the main window implements (WorkspaceView) and what its factory gets (ViewContext)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from civicdesk.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from civicdesk.db.database import Database
    from civicdesk.ui.registry import ViewSpec


@runtime_checkable
class WorkspaceView(Protocol):
    """The five things the window asks of a view (civicdesk.ui.workspace loops over them)."""

    def activate(self) -> None:
        """The view has just been shown: load its data the first time."""

    def is_ready(self) -> bool:
        """It shows its data (screenshots, tests and the start-up benchmark wait for this)."""

    def reload_data(self, current: bool) -> None:
        """Anything may have changed (an import, a restore, a bundle): reload if it has been seen
        or is the view on screen (`current`)."""

    def record_changed(self, record_type: str, record_id: str) -> None:
        """One record was written (an edit, an undo): refresh what shows it."""

    def save_state(self) -> None:
        """The window is closing: remember column widths, filters and the like."""


@dataclass
class ViewContext:
    """What a view's factory may use: the database, the window's services and its callbacks."""

    spec: ViewSpec
    db: Database
    window: QWidget  # the parent of dialogs and messages
    runner: TaskRunner
    undo_stack: QUndoStack
    open_record: Callable[[str, str], None]  # (record type, id): opens its editor
    new_record: Callable[[str], None]  # (record type): an editor for a new one
    record_changed: Callable[[str, str], None]  # to call after every write
    reload_all: Callable[[], None]  # after a change that touches many records
    loaded: Callable[[], None]  # to call when the view has shown its data
    basemap: Callable[[], Path | None]  # the map background chosen, if any
