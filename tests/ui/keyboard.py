"""Driving the window with the keyboard alone: every key goes to whatever has the focus."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
NONE = Qt.KeyboardModifier.NoModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


class Keyboard:
    """Keys and text typed at the focused widget, as a person at the keyboard would."""

    def __init__(self, qtbot) -> None:  # noqa: ANN001
        self.qtbot = qtbot

    def press(self, key: Qt.Key, modifiers: Qt.KeyboardModifier = NONE, times: int = 1) -> None:
        for _ in range(times):
            self.qtbot.keyClick(focused(), key, modifiers)

    def type(self, text: str) -> None:
        self.qtbot.keyClicks(focused(), text)

    def tab(self, times: int = 1) -> None:
        self.press(Qt.Key.Key_Tab, times=times)

    def enter(self) -> None:
        self.press(Qt.Key.Key_Return)

    def alt(self, letter: str) -> None:
        self.press(getattr(Qt.Key, f"Key_{letter.upper()}"), ALT)

    def ctrl(self, key: Qt.Key, shift: bool = False) -> None:
        self.press(key, CTRL | SHIFT if shift else CTRL)

    def tab_to(self, found: Callable[[QWidget], bool], limit: int = 40) -> QWidget:
        """Press Tab until the focused widget is the one wanted (fails after `limit` presses)."""
        for _ in range(limit):
            if found(focused()):
                return focused()
            self.tab()
        raise AssertionError(f"Tab never reached the control; the focus is on {focused()!r}")


def back_in(qtbot, window: QWidget) -> None:  # noqa: ANN001
    """After a dialog closes the window manager gives the window back the keyboard; the offscreen
    platform the tests run on has none, so do what it would. The focus returns to where it was."""
    if QApplication.activeWindow() is None:
        window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window and QApplication.focusWidget() is not None,
                    timeout=5_000)


def active_dialog(qtbot, kind: type, timeout: int = 20_000) -> QWidget:  # noqa: ANN001
    """Wait for a dialog of this kind to be the active window with the focus inside it."""
    def ready() -> bool:
        window = QApplication.activeWindow()
        focus = QApplication.focusWidget()
        return isinstance(window, kind) and focus is not None and window.isAncestorOf(focus)

    qtbot.waitUntil(ready, timeout=timeout)
    return QApplication.activeWindow()


def when_shown(kind: type, then: Callable[[QWidget], None], interval: int = 50) -> None:
    """Once a (modal, blocking) dialog of this kind is active, run `then` with it inside its own loop."""

    def poll() -> None:
        window = QApplication.activeWindow()
        focus = QApplication.focusWidget()
        if isinstance(window, kind) and focus is not None and window.isAncestorOf(focus):
            then(window)
        else:
            QTimer.singleShot(interval, poll)

    QTimer.singleShot(interval, poll)
