"""Focus is always visible: no style sheet takes Qt's focus marks away, and a ring in the focus
colour stands round a focused button, list or table (and nowhere else)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QWidget

import civicdesk.ui
from civicdesk.ui import colours
from civicdesk.ui.bundles import SendDialog
from civicdesk.ui.directory.dialog import DirectoryDialog
from civicdesk.ui.focus_ring import WIDTH, show_focus, stop_showing_focus
from tests.ui.conftest import open_window

ROOT = Path(civicdesk.ui.__file__).resolve().parents[2]
HIDES_FOCUS = re.compile(r"outline\s*:\s*(none|0)|:focus[^{]*\{[^}]*(border|outline)\s*:\s*(none|0)", re.I)


def _style_sheets() -> list[tuple[str, str]]:
    """Every style sheet the window sets: the text of each setStyleSheet call and each form's."""
    found = []
    for path in sorted((ROOT / "civicdesk" / "ui").rglob("*.py")):
        if "generated" in path.parts:
            continue
        source = path.read_text(encoding="utf-8")
        for match in re.finditer(r"setStyleSheet\((.*?)\)\s*$", source, re.M | re.S):
            found.append((f"{path.relative_to(ROOT)}", match.group(1)))
    for path in sorted((ROOT / "forms").glob("*.ui")):
        text = path.read_text(encoding="utf-8")
        for match in re.finditer(r'name="styleSheet">\s*<string>(.*?)</string>', text, re.S):
            found.append((f"{path.relative_to(ROOT)}", match.group(1)))
    return found


def test_no_style_sheet_hides_the_focus():
    sheets = _style_sheets()
    assert len(sheets) > 15  # the sidebar's, the empty states', the error lines', …
    hiding = [f"{where}: {text.strip()}" for where, text in sheets if HIDES_FOCUS.search(text)]
    assert not hiding, "style sheets that take the focus mark away:\n" + "\n".join(hiding)
    assert HIDES_FOCUS.search("QPushButton:focus { outline: none; }")  # the check would see one


@pytest.fixture
def ring(qapp):
    show_focus(qapp)
    yield
    stop_showing_focus(qapp)


def _ring_pixels(top: QWidget, control: QWidget) -> int:
    """Pixels in the focus colour on and just round the control, in a picture of its window."""
    picture = top.grab().toImage()
    ratio = picture.devicePixelRatio()
    place = QRect(control.mapTo(top, QPoint(0, 0)), control.size()).adjusted(-5, -5, 5, 5)
    focus = QColor(colours.FOCUS)
    count = 0
    for x in range(max(0, place.left()), min(picture.width(), int(place.right() * ratio))):
        for y in range(max(0, place.top()), min(picture.height(), int(place.bottom() * ratio))):
            pixel = picture.pixelColor(x, y)
            if (abs(pixel.red() - focus.red()) + abs(pixel.green() - focus.green())
                    + abs(pixel.blue() - focus.blue())) < 60:
                count += 1
    return count


def _focus(qtbot, widget: QWidget) -> None:
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget, timeout=2_000)
    qtbot.wait(50)  # painted


def _perimeter(widget: QWidget) -> int:
    return 2 * (widget.width() + widget.height()) * WIDTH


def test_a_focused_button_and_list_show_a_ring_and_lose_it_with_the_focus(qtbot, village, ring):
    window = open_window(qtbot, village)
    send = SendDialog(["Brook Street Tenants"], window)
    qtbot.addWidget(send)
    send.show()
    send.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is send)
    _focus(qtbot, send.passphrase)
    assert _ring_pixels(send, send.save_button) < 0.1 * _perimeter(send.save_button)
    _focus(qtbot, send.save_button)
    assert _ring_pixels(send, send.save_button) > 0.6 * _perimeter(send.save_button)
    send.close()

    directory = DirectoryDialog(village, window)
    qtbot.addWidget(directory)
    directory.show()
    directory.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is directory)
    qtbot.waitUntil(directory.save_button.isEnabled, timeout=60_000)
    lists = directory.categories
    assert _ring_pixels(directory, lists) < 0.1 * _perimeter(lists)
    _focus(qtbot, lists)
    assert _ring_pixels(directory, lists) > 0.6 * _perimeter(lists)
    directory.close()
    window.runner.wait()


def test_a_focused_table_filling_its_pane_shows_the_ring_on_its_edge(qtbot, village, ring):
    window = open_window(qtbot, village)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    table = window.views["spaces"].table
    _focus(qtbot, window.sidebar)
    assert _ring_pixels(window, table) < 0.1 * _perimeter(table)
    _focus(qtbot, table)
    assert _ring_pixels(window, table) > 0.6 * _perimeter(table)
    window.runner.wait()
