"""The views inside the main window and the services behind them, built once the database is open.

The main window paints its frame first (sidebar, search box, menus) and attaches a Workspace
when the database is ready, so importing SQLAlchemy and building the views never delays the
first paint. The views come from civicdesk.ui.registry and each implements
civicdesk.ui.view_api.WorkspaceView, so this module knows no kind of view but the record list.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeGuard, cast

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from civicdesk.db.database import Database
from civicdesk.services.groups import GroupService
from civicdesk.services.people import PersonService
from civicdesk.services.records import RecordService
from civicdesk.services.spaces import SpaceService
from civicdesk.services.tools import ToolService
from civicdesk.ui import registry
from civicdesk.ui.lazy_view import LazyView
from civicdesk.ui.lists.view import RecordListView
from civicdesk.ui.tasks import TaskRunner
from civicdesk.ui.view_api import ViewContext, WorkspaceView

if TYPE_CHECKING:
    from civicdesk.ui.bundles import BundleActions


def prepare() -> None:
    """Import the modules of the views built when the window opens (start-up does this off the UI thread)."""
    for spec in registry.views():
        if not spec.lazy:
            spec.load()


class Workspace:
    """Builds one widget per registered view and passes the window's requests on to each."""

    def __init__(
        self,
        window: QWidget,
        db: Database,
        specs: list[registry.ViewSpec],
        *,
        runner: TaskRunner,
        undo_stack: QUndoStack,
        open_record: Callable[[str, str], None],
        new_record: Callable[[str], None],
        record_changed: Callable[[str, str], None],
        reload_all: Callable[[], None],
        loaded: Callable[[], None],
        basemap: Callable[[], Path | None],
    ) -> None:
        self.window = window
        self.db = db
        self.runner = runner
        self.reload_window = reload_all
        self.services: dict[str, RecordService] = {
            "space": SpaceService(db),
            "group": GroupService(db),
            "person": PersonService(db),
            "tool": ToolService(db),
        }
        self._bundles: BundleActions | None = None
        from civicdesk.ui.exchange import saved_folder

        if saved_folder() is not None:
            _ = self.bundles  # a watched exchange folder starts being watched at once
        self.views: dict[str, QWidget] = {}
        for spec in specs:
            context = ViewContext(spec, db, window, runner, undo_stack, open_record, new_record,
                                  record_changed, reload_all, loaded, basemap)
            if spec.lazy:
                def make(_parent: QWidget, s: registry.ViewSpec = spec, c: ViewContext = context) -> QWidget:
                    return s.make(c)

                lazy = LazyView(make)
                lazy.ready.connect(loaded)
                self.views[spec.name] = lazy
            else:
                self.views[spec.name] = spec.make(context)

    @property
    def bundles(self) -> BundleActions:
        """Sending and receiving bundles, set up on first use (the crypto imports take a while)."""
        if self._bundles is None:
            from civicdesk.ui.bundles import BundleActions

            self._bundles = BundleActions(self.window, self.db, self.runner, self.reload_window)
        return self._bundles

    def _each(self) -> list[WorkspaceView]:
        return [cast(WorkspaceView, view) for view in self.views.values()]

    # -- the window's requests, passed on to every view --------------------------------------
    @staticmethod
    def activate(view: QWidget) -> None:
        """The view has just been shown: load it the first time."""
        cast(WorkspaceView, view).activate()

    @staticmethod
    def is_ready(view: QWidget) -> bool:
        """The view shows its data (for screenshots, tests and the start-up benchmark)."""
        return cast(WorkspaceView, view).is_ready()

    @staticmethod
    def is_list(view: QWidget) -> TypeGuard[RecordListView]:
        return isinstance(view, RecordListView)

    def reload_all(self, current: QWidget) -> None:
        for view in self.views.values():
            cast(WorkspaceView, view).reload_data(view is current)

    def record_changed(self, record_type: str, record_id: str) -> None:
        for view in self._each():
            view.record_changed(record_type, record_id)

    def save_state(self) -> None:
        for view in self._each():
            view.save_state()
