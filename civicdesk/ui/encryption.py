"""Encrypted databases in the app: the passphrase dialog, the lock after inactivity, the settings page."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from civicdesk.db import cipher
from civicdesk.services import keychain
from civicdesk.ui.dialogs import RememberingDialog, show_error

if TYPE_CHECKING:
    from civicdesk.db.database import Database
    from civicdesk.ui.main_window import MainWindow

LOCK_MINUTES_KEY = "security/lock_minutes"
DEFAULT_LOCK_MINUTES = 10
ERROR_STYLE = "color: #b3261e;"
OK_CANCEL = QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel


def lock_minutes() -> int:
    """Minutes without use before the app locks (0 = never); a setting, default 10."""
    try:
        return max(0, int(QSettings().value(LOCK_MINUTES_KEY, DEFAULT_LOCK_MINUTES)))
    except (TypeError, ValueError):
        return DEFAULT_LOCK_MINUTES


def unavailable_text() -> str:
    return QApplication.translate(
        "encryption",
        "Encryption is not available on this computer (the sqlcipher3 component is missing), "
        "so your data is stored unencrypted.",
    )


def _password_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    return field


class PassphraseDialog(RememberingDialog):
    """Asks for the passphrase of an encrypted database; a wrong one is said so, and they retry."""

    settings_key = "passphrase_dialog"

    def __init__(self, db_path: Path, parent: QWidget | None = None, offer_remember: bool = True) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.setWindowTitle(self.tr("Open the encrypted database"))
        intro = QLabel(
            self.tr("“%1” is encrypted. Type its passphrase to open it.").replace("%1", self.db_path.name)
        )
        intro.setWordWrap(True)
        self.intro = intro
        self.passphrase = _password_field(self.tr("Passphrase"))
        self.remember = QCheckBox(self.tr("&Remember it on this computer (in the keyring)"))
        self.remember.setVisible(offer_remember and keychain.available())
        self.message = QLabel()
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()
        buttons = QDialogButtonBox(OK_CANCEL)
        self.open_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.open_button.setText(self.tr("&Open"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.remember)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)

    def accept(self) -> None:
        try:
            cipher.check_passphrase(self.db_path, self.passphrase.text())
        except cipher.WrongPassphraseError:
            self.message.setText(self.tr("That passphrase is not right. Please try again."))
            self.message.show()
            self.passphrase.selectAll()
            self.passphrase.setFocus()
            return
        super().accept()


def unlock_at_start(db_path: Path, parent: QWidget | None = None) -> bool:
    """Make sure an encrypted database can be opened: keyring first, then ask. False = they gave up."""
    if not cipher.is_encrypted(db_path) or cipher.passphrase_for(db_path) is not None:
        return True
    if not cipher.available():
        QMessageBox.critical(
            parent,
            QApplication.translate("encryption", "CivicDesk cannot open its database"),
            QApplication.translate(
                "encryption",
                "The database is encrypted, but this copy of CivicDesk cannot open encrypted databases "
                "(the sqlcipher3 component is missing). Install CivicDesk again, or open the database "
                "on the computer that encrypted it.",
            ),
        )
        return False
    saved = keychain.saved_passphrase(db_path)
    if saved is not None:
        try:
            cipher.check_passphrase(db_path, saved)
        except cipher.WrongPassphraseError:
            saved = None
        else:
            cipher.set_passphrase(db_path, saved)
            return True
    dialog = PassphraseDialog(db_path, parent)
    if dialog.exec() != PassphraseDialog.DialogCode.Accepted:
        return False
    cipher.set_passphrase(db_path, dialog.passphrase.text())
    if dialog.remember.isVisible() and dialog.remember.isChecked():
        keychain.save_passphrase(db_path, dialog.passphrase.text())
    return True


# -- the lock ---------------------------------------------------------------------------------
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
        self.passphrase = _password_field(self.tr("Passphrase"))
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
        return self.minutes > 0 and cipher.is_encrypted(self.db.path)

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
        if self.locked or not cipher.is_encrypted(self.db.path):
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
            cipher.check_passphrase(self.db.path, self.screen.passphrase.text())
        except cipher.WrongPassphraseError:
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


# -- converting from the app -------------------------------------------------------------------
def convert_in_window(
    window: MainWindow,
    passphrase: str,
    encrypt: bool,
    remember: bool = False,
    on_done: Callable[[], None] | None = None,
    current: str | None = None,
) -> None:
    """Encrypt or decrypt the open database off the UI thread, the window waiting modally; with
    `current` (the passphrase it has now) encrypt it under `passphrase` instead."""
    from civicdesk.services import encryption

    db = window.db
    window.runner.wait()
    db.dispose()  # no connection may stay open on the file being replaced
    changing = encrypt and current is not None
    doing = (window.tr("Changing the passphrase…") if changing
             else window.tr("Encrypting the database…") if encrypt else window.tr("Removing the encryption…"))
    progress = QProgressDialog(doing, "", 0, 0, window)
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)

    def finished(result: encryption.Conversion) -> None:
        progress.close()
        db.reopen()
        if encrypt and remember:
            keychain.save_passphrase(db.path, passphrase)
        elif changing:
            keychain.forget_passphrase(db.path)  # the old one is no use now
        if not encrypt:
            keychain.forget_passphrase(db.path)
        lock = getattr(window, "app_lock", None)
        if lock is not None:
            lock.refresh()
        if changing:
            window.statusBar().showMessage(
                window.tr("The passphrase was changed; the old one no longer opens the database."), 8000)
        elif encrypt:
            window.statusBar().showMessage(window.tr("The database is now encrypted."), 8000)
        else:
            window.statusBar().showMessage(window.tr("The database is no longer encrypted."), 8000)
        if on_done is not None:
            on_done()

    def failed(exc: BaseException) -> None:
        progress.close()
        db.reopen()
        show_error(window, window.tr("Could not change the encryption"), exc)

    if changing:
        window.runner.run(encryption.change_passphrase, db.path, current, passphrase,
                          on_done=finished, on_error=failed)
        return
    work = encryption.encrypt_database if encrypt else encryption.decrypt_database
    window.runner.run(work, db.path, passphrase, on_done=finished, on_error=failed)


class SecurityDialog(RememberingDialog):
    """Settings for encryption at rest and the lock: load() / check() / save() like other pages."""

    settings_key = "security_dialog"

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.setWindowTitle(self.tr("Database security"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.encrypt_button = QPushButton(self.tr("&Encrypt with a passphrase…"))
        self.decrypt_button = QPushButton(self.tr("&Remove the encryption…"))
        self.change_button = QPushButton(self.tr("&Change the passphrase…"))
        self.passphrase = _password_field(self.tr("New passphrase"))
        self.passphrase_again = _password_field(self.tr("New passphrase again"))
        self.remember = QCheckBox(self.tr("Remember the passphrase on this computer (in the keyring)"))
        self.remember.setVisible(keychain.available())
        self.lock_minutes = QSpinBox()
        self.lock_minutes.setRange(0, 240)
        self.lock_minutes.setSuffix(self.tr(" minutes"))
        self.lock_minutes.setSpecialValueText(self.tr("never"))
        self.lock_minutes.setAccessibleName(self.tr("Lock after minutes without use"))
        self.message = QLabel()
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.new_form = QWidget()
        form = QFormLayout(self.new_form)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("New &passphrase:"), self.passphrase)
        form.addRow(self.tr("The same &again:"), self.passphrase_again)
        form.addRow(self.remember)
        lock_form = QFormLayout()
        lock_form.addRow(self.tr("&Lock CivicDesk after:"), self.lock_minutes)
        buttons = QDialogButtonBox(OK_CANCEL)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.encrypt_button.clicked.connect(self.encrypt)
        self.decrypt_button.clicked.connect(self.decrypt)
        self.change_button.clicked.connect(self.change)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.new_form)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.decrypt_button)
        row.addWidget(self.change_button)
        row.addWidget(self.encrypt_button)
        layout.addLayout(row)
        layout.addLayout(lock_form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        self.load()

    def load(self) -> None:
        encrypted = cipher.is_encrypted(self.window_.db.path)
        if not cipher.available():
            self.status.setText(unavailable_text())
        elif encrypted:
            self.status.setText(
                self.tr("This database and its backups are encrypted. To change the passphrase, type "
                        "the new one twice, then “Change the passphrase…”. CivicDesk locks itself after "
                        "the time below without use.")
            )
        else:
            self.status.setText(
                self.tr("This database is not encrypted: anyone who can read the file can read your "
                        "volunteers' details. Encrypt it with a passphrase; without the passphrase nobody, "
                        "not even you, can open it or its backups.")
            )
        # A dialog does not grow to fit wrapped text by itself: tell the text its height at the
        # narrowest the dialog can be (less the layout's margins), so it is never cut off.
        margins = self.layout().contentsMargins()
        self.status.setMinimumHeight(
            self.status.heightForWidth(self.minimumWidth() - margins.left() - margins.right()))
        # The new passphrase fields serve both encrypting and changing the passphrase.
        self.new_form.setVisible(cipher.available())
        self.passphrase.clear()
        self.passphrase_again.clear()
        self.remember.setChecked(encrypted and keychain.saved_passphrase(self.window_.db.path) is not None)
        self.encrypt_button.setVisible(cipher.available() and not encrypted)
        self.change_button.setVisible(cipher.available() and encrypted)
        self.decrypt_button.setVisible(encrypted)
        self.lock_minutes.setValue(lock_minutes())
        self.lock_minutes.setEnabled(encrypted)

    def check(self) -> bool:
        return True

    def save(self) -> None:
        QSettings().setValue(LOCK_MINUTES_KEY, self.lock_minutes.value())
        lock = getattr(self.window_, "app_lock", None)
        if lock is not None:
            lock.refresh(self.lock_minutes.value())

    def accept(self) -> None:
        if self.check():
            self.save()
            super().accept()

    def _new_passphrase_ok(self) -> bool:
        from civicdesk.errors import CivicDeskError
        from civicdesk.services.encryption import check_new_passphrase

        try:
            check_new_passphrase(self.passphrase.text(), self.passphrase_again.text())
        except CivicDeskError as exc:
            self.message.setText(exc.message[:1].upper() + exc.message[1:] + ".")
            return False
        self.message.clear()
        return True

    def encrypt(self) -> None:
        if self._new_passphrase_ok():
            convert_in_window(self.window_, self.passphrase.text(), True, self.remember.isChecked(),
                              self.load)

    def change(self) -> None:
        """The new passphrase typed above; the current one asked for, so a passer-by cannot change it."""
        if not self._new_passphrase_ok():
            return
        dialog = PassphraseDialog(self.window_.db.path, self, offer_remember=False)
        dialog.setWindowTitle(self.tr("Change the passphrase"))
        dialog.intro.setText(self.tr("Type the passphrase the database has now."))
        if dialog.exec() != PassphraseDialog.DialogCode.Accepted:
            return
        if dialog.passphrase.text() == self.passphrase.text():
            self.message.setText(self.tr("The new passphrase is the same as the current one."))
            return
        convert_in_window(self.window_, self.passphrase.text(), True, self.remember.isChecked(), self.load,
                          current=dialog.passphrase.text())

    def decrypt(self) -> None:
        dialog = PassphraseDialog(self.window_.db.path, self, offer_remember=False)
        dialog.setWindowTitle(self.tr("Remove the encryption"))
        if dialog.exec() == PassphraseDialog.DialogCode.Accepted:
            convert_in_window(self.window_, dialog.passphrase.text(), False, on_done=self.load)


def lock_now(window: MainWindow) -> None:
    lock = getattr(window, "app_lock", None)
    if lock is not None and cipher.is_encrypted(window.db.path):
        lock.lock()
    else:
        window.statusBar().showMessage(
            window.tr("Only an encrypted database can be locked: see File › Database security."), 6000
        )
