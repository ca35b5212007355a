"""Tab follows the reading order: on every form, dialog and view, Tab from the first control visits
the controls as they are laid out (a form's rows top to bottom, label then field; boxes in turn;
the buttons as they stand), none skipped, never jumping back, then round to the start."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QTabBar, QTabWidget, QWidget

from civicdesk.ui import dialog_registry, registry
from civicdesk.ui.directory.dialog import DirectoryDialog
from tests.ui.conftest import open_window
from tests.ui.reading_order import describe, mnemonics, reading_order, tab_chain


def _activate(qtbot, window: QWidget) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)


def _pages(top: QWidget) -> list[tuple[str, QTabWidget | None, int]]:
    """Each page a person can bring up: every tab of the dialog's tab widget, or the one page."""
    tabs = top.findChild(QTabWidget)
    if tabs is None:
        return [("", None, -1)]
    return [(tabs.tabText(i).replace("&", ""), tabs, i) for i in range(tabs.count())]


def _problems(qtbot, top: QWidget, where: str) -> list[str]:
    expected = reading_order(top)
    fields = [w for w in expected if not isinstance(w, QTabBar)]
    assert fields, f"{where}: nothing to Tab to"
    start = expected.index(fields[0])
    wanted = expected[start:] + expected[:start] + [fields[0]]  # and round to the first field again
    got = tab_chain(qtbot, fields[0], expected, len(expected))
    if got == wanted:
        return []
    rows = [f"{'   ' if a is b else '!! '}{describe(a):60} {describe(b)}"
            for a, b in zip(wanted, got + [None] * (len(wanted) - len(got)), strict=False)]
    return [f"{where} (reading order, then where Tab went):", *rows]


def _open(qtbot, window, key: str) -> QWidget:
    dialog = dialog_registry.DIALOGS[key](window)
    qtbot.addWidget(dialog)
    dialog.show()
    _activate(qtbot, dialog)
    if isinstance(dialog, DirectoryDialog):  # Save PDF… and Print… wait for the preview
        qtbot.waitUntil(dialog.save_button.isEnabled, timeout=60_000)
    return dialog


@pytest.mark.parametrize("key", sorted(dialog_registry.DIALOGS))
def test_tab_follows_the_reading_order_on_every_dialog_and_tab(qtbot, village, key):
    window = open_window(qtbot, village)
    dialog = _open(qtbot, window, key)
    problems: list[str] = []
    for title, tabs, index in _pages(dialog):
        if tabs is not None:
            tabs.setCurrentIndex(index)
        problems += _problems(qtbot, dialog, f"{key} {title}".strip())
    dialog.close()
    window.runner.wait()
    assert not problems, "\n".join(problems)


def test_tab_follows_the_reading_order_in_the_window_on_every_view(qtbot, village):
    window = open_window(qtbot, village)
    _activate(qtbot, window)
    problems: list[str] = []
    for name in registry.names():
        window.show_view(name)
        view = window.views[name]
        if hasattr(view, "ensure"):  # a lazy view: built when first shown
            view.ensure()
        qtbot.waitUntil(lambda v=view: v.is_ready(), timeout=20_000)
        problems += _problems(qtbot, window, f"window, {name} view")
    window.runner.wait()
    assert not problems, "\n".join(problems)


def test_each_alt_letter_does_one_thing_on_every_page(qtbot, village):
    """Two controls on one page with the same Alt letter make Alt only move between them."""
    window = open_window(qtbot, village)
    clashes: list[str] = []
    for name in registry.names():
        window.show_view(name)
        view = window.views[name]
        if hasattr(view, "ensure"):
            view.ensure()
        clashes += [f"window, {name} view: {texts}" for texts in mnemonics(window).values() if len(texts) > 1]
    checked = 0
    for key, factory in dialog_registry.DIALOGS.items():
        dialog = factory(window)
        qtbot.addWidget(dialog)
        dialog.show()
        for title, tabs, index in _pages(dialog):
            if tabs is not None:
                tabs.setCurrentIndex(index)
            letters = mnemonics(dialog)
            checked += sum(len(texts) for texts in letters.values())
            clashes += [f"{key} {title}: {texts}" for texts in letters.values() if len(texts) > 1]
        dialog.close()
    window.runner.wait()
    assert checked > 150  # the editors' labels and buttons were seen
    assert not clashes, "\n".join(clashes)
