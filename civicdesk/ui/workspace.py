"""The views inside the main window and the services behind them, built once the database is open.

The main window paints its frame first (sidebar, search box, menus) and attaches a Workspace
when the database is ready, so importing SQLAlchemy and building the views never delays the
first paint. Everything here that knows the kinds of view lives in this one place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from civicdesk.db.database import Database
from civicdesk.services.groups import GroupService
from civicdesk.services.people import PersonService
from civicdesk.services.records import RecordService
from civicdesk.services.spaces import SpaceService
from civicdesk.services.tools import ToolService
from civicdesk.ui.dialogs import show_error
from civicdesk.ui.health import HealthDashboard
from civicdesk.ui.lazy_view import LazyView
from civicdesk.ui.lists.view import RecordListView
from civicdesk.ui.review import ReviewView
from civicdesk.ui.review_undo import undo_notice
from civicdesk.ui.tools.store import ToolStore

if TYPE_CHECKING:
    from civicdesk.ui.bundles import BundleActions
    from civicdesk.ui.main_window import MainWindow


def empty_texts(window: MainWindow) -> dict[str, str]:
    """What an empty list says, and how to fill it."""
    return {
        "spaces": window.tr(
            "No spaces yet.\n\nAdd the halls, libraries, parks, pubs and places of worship "
            "people meet in with “Add space”, or start with the example neighbourhood "
            "from the File menu."
        ),
        "groups": window.tr(
            "No groups yet.\n\nAdd the clubs, charities and associations that run "
            "activities with “Add group”."
        ),
        "people": window.tr(
            "No volunteers yet.\n\nAdd the people who hold things together with "
            "“Add person”. Their details stay on this computer unless they consent."
        ),
        "tools": window.tr(
            "No tools yet.\n\nAdd the methods, apps and shared kit your groups use with “Add tool”."
        ),
    }


def add_labels(window: MainWindow) -> dict[str, str]:
    return {
        "spaces": window.tr("Add space"),
        "groups": window.tr("Add group"),
        "people": window.tr("Add person"),
        "tools": window.tr("Add tool"),
    }


class Workspace:
    """Builds one widget per view of `VIEWS` and knows how to load, refresh and save each kind."""

    def __init__(self, window: MainWindow, db: Database) -> None:
        from civicdesk.ui.main_window import VIEWS

        self.window = window
        self.db = db
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
        texts, labels = empty_texts(window), add_labels(window)
        self.views: dict[str, QWidget] = {}
        for name, (kind, _label, _icon) in VIEWS.items():
            self.views[name] = self._make_view(name, kind, texts.get(name, ""), labels.get(name))

    @property
    def bundles(self) -> BundleActions:
        """Sending and receiving bundles, set up on first use (the crypto imports take a while)."""
        if self._bundles is None:
            from civicdesk.ui.bundles import BundleActions

            self._bundles = BundleActions(self.window, self.db, self.window.runner, self.window.reload_all)
        return self._bundles

    def _make_view(self, name: str, kind: str, empty_text: str, add_label: str | None) -> QWidget:
        window = self.window
        if name == "review":
            review = ReviewView(self.db, window.runner, None, window.undo_stack, window.record_changed)
            review.decided.connect(undo_notice(window, window.undo_stack).show_message)
            # The sidebar's count: one signal to hook to wherever the view's label lives.
            review.open_count_changed.connect(lambda count: window.set_view_count("review", count))
            review.refresh_count()
            return review
        if name == "health":
            health = HealthDashboard(self.db, window)
            health.open_record.connect(window.open_record)
            health.loaded.connect(window.maybe_loaded)
            return health
        if name == "tools":
            store = ToolStore(self.db, window.undo_stack, window.record_changed, window)
            store.loaded.connect(window.maybe_loaded)
            return store
        if name == "privacy":
            from civicdesk.ui.privacy.view import DataProtectionView

            protection = DataProtectionView(self.db, window.runner, window.undo_stack)
            protection.data_changed.connect(window.reload_all)
            return protection
        if name in ("map", "network"):
            lazy = LazyView(self._make_map if name == "map" else self._make_network)
            lazy.ready.connect(window.maybe_loaded)
            return lazy
        view = RecordListView(self.db, kind, window.runner, empty_text, add_label)
        view.open_requested.connect(lambda rid, k=kind: window.open_record(k, rid))
        view.add_requested.connect(lambda k=kind: window.new_record(k))
        view.model.first_page_loaded.connect(window.maybe_loaded)
        view.model.failed.connect(lambda exc: show_error(window, window.tr("Could not load the list"), exc))
        return view

    def _make_map(self, parent: QWidget) -> QWidget:
        from civicdesk.errors import CivicDeskError
        from civicdesk.ui.map.view import MapView

        window = self.window
        view = MapView(self.db, window.undo_stack, window.record_changed, parent)
        view.open_record.connect(window.open_record)
        if window.basemap is not None:
            try:
                view.set_basemap(window.basemap)
            except CivicDeskError as exc:
                show_error(window, window.tr("Map background"), exc)
        return view

    def _make_network(self, parent: QWidget) -> QWidget:
        from civicdesk.ui.network.view import NetworkView

        view = NetworkView(self.db, parent)
        view.open_record.connect(self.window.open_record)
        return view

    # -- what each kind of view needs -------------------------------------------------------
    def activate(self, view: QWidget) -> None:
        """The view has just been shown: load it the first time."""
        if isinstance(view, RecordListView) and not view.model.loaded_once and not view.model.loading:
            view.model.reload()
        elif isinstance(view, ReviewView):
            view.reload()
        elif isinstance(view, HealthDashboard) and view.board is None:
            view.refresh()
        elif isinstance(view, LazyView):
            view.ensure()
        elif isinstance(view, ToolStore) and not view.loaded_once:
            view.reload()

    @staticmethod
    def is_ready(view: QWidget) -> bool:
        """The view shows its data (for screenshots, tests and the start-up benchmark)."""
        if isinstance(view, RecordListView):
            return view.model.loaded_once
        if isinstance(view, HealthDashboard):
            return view.board is not None
        if isinstance(view, LazyView):
            return view.is_ready
        if isinstance(view, ToolStore):
            return view.loaded_once
        return True

    @staticmethod
    def is_list(view: QWidget) -> bool:
        return isinstance(view, RecordListView)

    def reload_all(self, current: QWidget) -> None:
        for view in self.views.values():
            if isinstance(view, RecordListView):
                if view.model.loaded_once or view is current:
                    view.model.reload()
            elif isinstance(view, ReviewView):
                view.reload()
            elif isinstance(view, HealthDashboard) and (view.board is not None or view.isVisible()):
                view.refresh()
            elif isinstance(view, ToolStore) and (view.loaded_once or view.isVisible()):
                view.reload()

    def record_changed(self, record_type: str, record_id: str) -> None:
        for view in self.views.values():
            if (
                isinstance(view, RecordListView)
                and view.model.record_type == record_type
                and view.model.loaded_once
            ):
                view.model.refresh_record(record_id)
        health = self.views.get("health")
        if isinstance(health, HealthDashboard) and health.board is not None:
            health.refresh()
        for name in ("map", "network"):
            lazy = self.views.get(name)
            if isinstance(lazy, LazyView) and lazy.inner is not None:
                lazy.inner.reload()

    def save_state(self) -> None:
        for view in self.views.values():
            if isinstance(view, RecordListView):
                view.save_state()
