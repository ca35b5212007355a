"""Every control in the window, its views and its dialogs is named for screen readers."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

from PySide6.QtWidgets import QDialog, QWizard

import civicdesk.ui
from civicdesk.ui import dialog_registry, registry
from civicdesk.ui.accessible import interactive_controls, unnamed_controls
from tests.ui.conftest import open_window


def _dialog_classes() -> set[str]:
    found = set()
    for info in pkgutil.walk_packages(civicdesk.ui.__path__, "civicdesk.ui."):
        module = importlib.import_module(info.name)
        for name, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, (QDialog, QWizard)) and cls.__module__ == info.name:
                found.add(f"{info.name}:{name}")
    return found


def test_every_dialog_defined_under_ui_is_in_the_dialog_registry():
    defined = _dialog_classes()
    listed = set(dialog_registry.DIALOGS) | dialog_registry.BASES
    missing = sorted(defined - listed)
    assert not missing, f"dialogs missing from civicdesk/ui/dialog_registry.py: {missing}"
    assert not listed - defined, f"listed dialogs that no longer exist: {sorted(listed - defined)}"
    assert len(defined) >= 20


def test_every_control_of_every_view_and_dialog_has_a_name(qtbot, village, capsys):
    window = open_window(qtbot, village)
    for name in registry.names():
        window.show_view(name)
        view = window.views[name]
        if hasattr(view, "ensure"):  # a lazy view: built when first shown
            view.ensure()
    checked, offenders = unnamed_controls(window)

    for key, factory in dialog_registry.DIALOGS.items():
        dialog = factory(window)
        qtbot.addWidget(dialog)
        dialog.show()
        if isinstance(dialog, QWizard):  # every page, not only the first
            for page_id in dialog.pageIds():
                dialog.page(page_id).show()
        count, unnamed = unnamed_controls(dialog)
        assert count, f"{key} has no controls: did it open?"
        checked += count
        offenders += unnamed
        dialog.close()

    with capsys.disabled():
        print(f"\n{checked} controls checked over {len(registry.names())} views and "
              f"{len(dialog_registry.DIALOGS)} dialogs; {len(offenders)} unnamed")
    assert not offenders, "controls without an accessible name:\n" + "\n".join(offenders)
    window.runner.wait()


def test_a_list_says_what_it_lists_and_how_many_rows_it_has_as_it_changes(qtbot, village):
    window = open_window(qtbot, village)
    window.show_view("spaces")
    [table] = [c for c in interactive_controls(window.views["spaces"]) if c.objectName() == "table_space"]
    assert table.accessibleName() == f"Spaces, {table.model().rowCount():,} rows"
    before = table.model().rowCount()
    window.show_view("tools")
    [cards] = [c for c in interactive_controls(window.views["tools"]) if c.objectName() == "tool_cards"]
    qtbot.waitUntil(lambda: cards.model().rowCount() > 1, timeout=10_000)  # the tools load in the background
    assert cards.accessibleName() == f"Tools, {cards.model().rowCount():,} rows"
    all_tools = cards.model().rowCount()
    controls = interactive_controls(window.views["tools"])
    search = next(c for c in controls if c.accessibleName() == "Search tools")
    qtbot.keyClicks(search, "zzzz no such tool")
    qtbot.waitUntil(lambda: cards.model().rowCount() < all_tools, timeout=5_000)
    assert cards.accessibleName() == f"Tools, {cards.model().rowCount():,} rows"
    assert before > 1
    window.runner.wait()
