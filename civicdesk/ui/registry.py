"""The one list of the main window's views, read by the window, its sidebar and menus, and the command line.

Each view is a `ViewSpec`: its name (``--view NAME``), sidebar label, icon, the record type it
lists (if any), whether it keeps its place when a record is opened from it, and its factory.
A factory is a callable, or ``"module:function"`` imported only when the window builds the view,
so the command line can read the names without importing Qt (nothing here imports Qt).

Adding a view: write its module with a factory ``make_view(context) -> QWidget`` whose widget
implements `civicdesk.ui.view_api.WorkspaceView`, then add one `ViewSpec` to `BUILT_IN` (or
call `register` from code, as the tests do). See "Adding a view" in the README.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class ViewSpec:
    name: str  # the command line's --view NAME, and the key of MainWindow.views
    label: str  # in the sidebar and the View menu (translated by the window)
    icon: str  # a file or a Qt resource path (":/icons/...")
    factory: str | Callable[[Any], Any]  # (ViewContext) -> QWidget implementing WorkspaceView
    record_type: str | None = None  # the records it lists: opening one elsewhere shows this view
    keeps_place: bool = True  # opening a record from it leaves the window on this view
    lazy: bool = False  # built the first time it is shown (heavy views), not when the window opens

    def load(self) -> Callable[[Any], Any]:
        """The factory itself, its module imported (start-up does this off the UI thread)."""
        if isinstance(self.factory, str):
            module, _, function = self.factory.partition(":")
            return getattr(importlib.import_module(module), function or "make_view")
        return self.factory

    def make(self, context: Any) -> Any:
        """Build the view's widget."""
        return self.load()(context)


# Sidebar order, which is also Ctrl+1 … Ctrl+9 and Ctrl+0 for the tenth (the View menu reaches all).
BUILT_IN: tuple[ViewSpec, ...] = (
    ViewSpec("spaces", "Spaces", ":/icons/spaces.svg", "civicdesk.ui.lists.view:make_view", "space", False),
    ViewSpec("groups", "Groups", ":/icons/groups.svg", "civicdesk.ui.lists.view:make_view", "group", False),
    ViewSpec("people", "People", ":/icons/people.svg", "civicdesk.ui.lists.view:make_view", "person", False),
    ViewSpec("tools", "Tools", ":/icons/tools.svg", "civicdesk.ui.tools.store:make_view", "tool"),
    ViewSpec("health", "Health", ":/icons/health.svg", "civicdesk.ui.health.dashboard:make_view"),
    ViewSpec("diary", "Diary", ":/icons/diary.svg", "civicdesk.ui.diary.view:make_view", lazy=True),
    ViewSpec("map", "Map", ":/icons/map.svg", "civicdesk.ui.map.view:make_view", lazy=True),
    ViewSpec("network", "Network", ":/icons/network.svg", "civicdesk.ui.network.view:make_view", lazy=True),
    ViewSpec("builders", "Builders", ":/icons/groups.svg", "civicdesk.ui.builders.view:make_view", lazy=True),
    ViewSpec("review", "Needs review", ":/icons/review.svg", "civicdesk.ui.review:make_view"),
    ViewSpec("privacy", "Data protection", ":/icons/privacy.svg", "civicdesk.ui.privacy.view:make_view"),
)

_views: dict[str, ViewSpec] = {spec.name: spec for spec in BUILT_IN}


def register(spec: ViewSpec) -> None:
    """Add a view after the others (windows built afterwards show it). A name may be used once."""
    if spec.name in _views:
        raise ValueError(f"there is already a view called {spec.name}")
    _views[spec.name] = spec


def unregister(name: str) -> None:
    """Take a view added with `register` away again (built-in views stay)."""
    if any(spec.name == name for spec in BUILT_IN):
        raise ValueError(f"{name} is a built-in view")
    _views.pop(name, None)


def views() -> list[ViewSpec]:
    """Every view in sidebar order."""
    return list(_views.values())


def names() -> list[str]:
    return list(_views)


def get(name: str) -> ViewSpec:
    try:
        return _views[name]
    except KeyError:
        raise ValueError(f"unknown view {name}") from None


def view_for_record_type(record_type: str) -> str | None:
    """The view that lists records of this type, if there is one."""
    return next((spec.name for spec in _views.values() if spec.record_type == record_type), None)
