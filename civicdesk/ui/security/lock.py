"""The lock: after a while without use, an encrypted database's window hides behind a passphrase."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLayout,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from civicdesk.db import connection
from civicdesk.ui.colours import ERROR_STYLE
from civicdesk.ui.security.passphrase import password_field

if TYPE_CHECKING:
    from civicdesk.db.database import Database

LOCK_MINUTES_KEY = "security/lock_minutes"
DEFAULT_LOCK_MINUTES = 10


def lock_minutes() -> int:
    """Minutes without use before the app locks (0 = never); a setting, default 10."""
    try:
        stored: Any = QSettings().value(LOCK_MINUTES_KEY, DEFAULT_LOCK_MINUTES)  # text or a number
        return max(0, int(stored))
    except (TypeError, ValueError):
        return DEFAULT_LOCK_MINUTES



class LockScreen(QWidget):
    """Covers the whole window while locked; only the passphrase brings the content back."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("lock_screen")
        self.setAutoFillBackground(True)
        title = QLabel(self.tr("CivicDesk is locked"))
        title.setStyleSheet("font-size: 18pt; font-weight: 600;")
        text = QLabel(
            self.tr(
                "It locked itself after a while without use, because the database is encrypted. "
                "Type the passphrase to carry on where you left off."
            )
        )
        text.setWordWrap(True)
        self.passphrase = password_field(self.tr("Passphrase"))
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setDefault(True)
        self.message = QLabel()
        self.message.setStyleSheet(ERROR_STYLE)
        row = QHBoxLayout()
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.unlock_button)
        box = QWidget()
        box.setFixedWidth(460)
        # The screen is placed by hand (not by a layout), so the wrapped text is told its height.
        text.setMinimumHeight(text.heightForWidth(460))
        inner = QVBoxLayout(box)
        inner.setSpacing(12)
        for widget in (title, text):
            inner.addWidget(widget)
        inner.addLayout(row)
        inner.addWidget(self.message)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        self.hide()


# A modal dialog open when the app locked, as it was: itself, size, minimum, maximum, layout, title.
_HostState = tuple[QWidget, QSize, QSize, QSize, "QLayout.SizeConstraint | None", str]
WIDGET_SIZE_MAX = (1 << 24) - 1  # Qt's QWIDGETSIZE_MAX, which PySide6 does not export


def _contents(window: QWidget) -> list[QWidget]:
    """The widgets inside a window, not the dialogs that have it as their parent."""
    return [w for w in window.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
            if not w.isWindow()]


class InactivityLock(QObject):
    """Locks the window after `minutes` without keyboard or mouse input, when the database is encrypted.

    An event filter on the QApplication sees every input event and restarts the timer; while
    locked it also swallows input meant for anything but the lock screen (menu shortcuts too).
    """

    locked_changed = Signal(bool)
    INPUT_EVENTS = frozenset(
        {
            QEvent.Type.KeyPress,
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseMove,
            QEvent.Type.Wheel,
            QEvent.Type.TouchBegin,
        }
    )
    BLOCKED_WHILE_LOCKED = frozenset(
        {
            QEvent.Type.KeyPress,
            QEvent.Type.KeyRelease,
            QEvent.Type.ShortcutOverride,
            QEvent.Type.Shortcut,
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseButtonDblClick,
            QEvent.Type.Wheel,
        }
    )

    def __init__(self, window: QMainWindow, db: Database, minutes: float | None = None) -> None:
        super().__init__(window)
        self.window, self.db = window, db
        self.minutes = float(lock_minutes() if minutes is None else minutes)
        self.locked = False
        self._hidden: list[QWidget] = []
        self._dialogs: dict[QWidget, _HostState] = {}  # modal dialogs open when it locked, as they were
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        self.screen = LockScreen(window)
        self.screen.unlock_button.clicked.connect(self.try_unlock)
        self.screen.passphrase.returnPressed.connect(self.try_unlock)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        window.destroyed.connect(self._stop)
        self.refresh()

    def _stop(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    @property
    def active(self) -> bool:
        return self.minutes > 0 and connection.is_encrypted(self.db.path)

    def refresh(self, minutes: float | None = None) -> None:
        """Start or stop the timer after the setting or the database's encryption changed."""
        if minutes is not None:
            self.minutes = float(minutes)
        if self.active and not self.locked:
            self.timer.start(int(self.minutes * 60_000))
        else:
            self.timer.stop()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if self.locked and obj in self._dialogs and kind == QEvent.Type.LayoutRequest:
            return True  # a message box would fit itself to its hidden contents: a sliver
        if self.locked and obj is self.screen.parentWidget():
            if kind == QEvent.Type.Resize:
                self.screen.setGeometry(obj.rect())
            elif kind == QEvent.Type.Hide and obj is not self.window and not event.spontaneous():
                # The dialog closed itself (work finished; not just minimised): the screen moves to
                # the dialog below it, the one taking input now, or to the window.
                self.screen.setParent(self.window)
                self._restore_dialog(obj)
                self._place_screen(self._host())
                self.screen.show()
                self.screen.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.locked:
            if kind in self.BLOCKED_WHILE_LOCKED and not self._inside_lock_screen(obj):
                return True
        elif kind in self.INPUT_EVENTS and self.timer.isActive():
            self.timer.start()
        return False

    def _inside_lock_screen(self, obj: QObject) -> bool:
        while obj is not None:
            if obj is self.screen:
                return True
            obj = obj.parent()
        return False

    def lock(self) -> None:
        if self.locked or not connection.is_encrypted(self.db.path):
            return
        self.locked = True
        self.timer.stop()
        parts: list[QWidget] = [self.window.centralWidget(), self.window.menuBar(), self.window.statusBar()]
        parts += _contents(self.window)
        others = [w for w in QApplication.topLevelWidgets() if w is not self.window and w.isVisible()]
        # Other windows of the app (an editor opened beside the main window) are hidden. A modal
        # dialog cannot be: hiding it would end it and lose what was typed. Its contents are hidden
        # instead, and the lock screen goes into the topmost one, the only window taking input.
        modal = [w for w in others if w.isModal()]
        parts += [w for w in others if not w.isModal()]
        self._dialogs = {}
        for dialog in modal:
            parts += _contents(dialog)
            layout = dialog.layout()  # remembered before its contents go, which may shrink it
            self._dialogs[dialog] = (dialog, dialog.size(), dialog.minimumSize(), dialog.maximumSize(),
                                     layout.sizeConstraint() if layout is not None else None,
                                     dialog.windowTitle())
            dialog.setWindowTitle(self.tr("CivicDesk is locked"))  # a title may name a person
        self._hidden = []
        for part in parts:
            if part is not None and part is not self.screen and part.isVisible() and part not in self._hidden:
                self._hidden.append(part)
                part.hide()
        self._place_screen(self._host())
        self.screen.message.clear()
        self.screen.passphrase.clear()
        self.screen.show()
        self.screen.raise_()
        self.screen.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)
        self.locked_changed.emit(True)

    def _place_screen(self, host: QWidget) -> None:
        """Put the lock screen over `host` (the window, or a modal dialog made big enough for it)."""
        if host is not self.window:
            layout = host.layout()
            if layout is not None:  # a fixed-size layout (message boxes) would shrink it to nothing
                layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
            host.setMinimumSize(520, 300)  # message boxes fix their size: unfixed while locked
            host.setMaximumSize(WIDGET_SIZE_MAX, WIDGET_SIZE_MAX)
            host.resize(max(host.width(), 520), max(host.height(), 300))
        if self.screen.parentWidget() is not host:
            self.screen.setParent(host)
        self.screen.setGeometry(host.rect())

    def _host(self) -> QWidget:
        """Where the lock screen goes: the modal dialog taking input (the topmost), or the window."""
        open_dialogs = [d for d in self._dialogs if shiboken6.isValid(d) and d.isVisible()]
        active = QApplication.activeModalWidget()
        if active in open_dialogs:
            return active
        return open_dialogs[-1] if open_dialogs else self.window

    def _restore_dialog(self, dialog: QWidget) -> None:
        """Give a modal dialog back its own size, layout and title."""
        state = self._dialogs.pop(dialog, None)
        if state is None or not shiboken6.isValid(dialog):
            return  # closed and deleted while locked
        _, size, minimum, maximum, constraint, title = state
        dialog.setWindowTitle(title)
        dialog.setMinimumSize(minimum)
        dialog.setMaximumSize(maximum)
        if constraint is not None and dialog.layout() is not None:
            dialog.layout().setSizeConstraint(constraint)
        dialog.resize(size)

    def try_unlock(self) -> None:
        try:
            connection.check_passphrase(self.db.path, self.screen.passphrase.text())
        except connection.WrongPassphraseError:
            self.screen.message.setText(self.tr("That passphrase is not right. Please try again."))
            self.screen.passphrase.selectAll()
            return
        self.unlock()

    def unlock(self) -> None:
        self.locked = False
        self.screen.hide()
        self.screen.passphrase.clear()
        self.screen.setParent(self.window)
        for dialog in list(self._dialogs):
            self._restore_dialog(dialog)
        for part in self._hidden:
            if shiboken6.isValid(part):  # an editor closed while locked is gone
                part.show()
        self._hidden = []
        self.refresh()
        self.locked_changed.emit(False)
