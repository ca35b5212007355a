"""File › Database security: encrypt, re-key or decrypt the database, and set when the app locks."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from civicdesk.db import connection
from civicdesk.services import keychain
from civicdesk.ui.colours import ERROR_STYLE
from civicdesk.ui.dialogs import RememberingDialog
from civicdesk.ui.security.context import SecurityContext
from civicdesk.ui.security.convert import convert_in_window
from civicdesk.ui.security.lock import LOCK_MINUTES_KEY, lock_minutes
from civicdesk.ui.security.passphrase import OK_CANCEL, PassphraseDialog, password_field, unavailable_text


class SecurityDialog(RememberingDialog):
    """Settings for encryption at rest and the lock: load() / check() / save() like other pages."""

    settings_key = "security_dialog"

    def __init__(self, context: SecurityContext) -> None:
        super().__init__(context.window)
        self.context = context
        self.setWindowTitle(self.tr("Database security"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.encrypt_button = QPushButton(self.tr("&Encrypt with a passphrase…"))
        self.decrypt_button = QPushButton(self.tr("&Remove the encryption…"))
        self.change_button = QPushButton(self.tr("&Change the passphrase…"))
        self.passphrase = password_field(self.tr("New passphrase"))
        self.passphrase_again = password_field(self.tr("New passphrase again"))
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
        encrypted = connection.is_encrypted(self.context.db.path)
        if not connection.available():
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
        self.new_form.setVisible(connection.available())
        self.passphrase.clear()
        self.passphrase_again.clear()
        self.remember.setChecked(encrypted and keychain.saved_passphrase(self.context.db.path) is not None)
        self.encrypt_button.setVisible(connection.available() and not encrypted)
        self.change_button.setVisible(connection.available() and encrypted)
        self.decrypt_button.setVisible(encrypted)
        self.lock_minutes.setValue(lock_minutes())
        self.lock_minutes.setEnabled(encrypted)

    def check(self) -> bool:
        return True

    def save(self) -> None:
        QSettings().setValue(LOCK_MINUTES_KEY, self.lock_minutes.value())
        if self.context.lock is not None:
            self.context.lock.refresh(self.lock_minutes.value())

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
            convert_in_window(self.context, self.passphrase.text(), True, self.remember.isChecked(),
                              self.load)

    def change(self) -> None:
        """The new passphrase typed above; the current one asked for, so a passer-by cannot change it."""
        if not self._new_passphrase_ok():
            return
        dialog = PassphraseDialog(self.context.db.path, self, offer_remember=False)
        dialog.setWindowTitle(self.tr("Change the passphrase"))
        dialog.intro.setText(self.tr("Type the passphrase the database has now."))
        if dialog.exec() != PassphraseDialog.DialogCode.Accepted:
            return
        if dialog.passphrase.text() == self.passphrase.text():
            self.message.setText(self.tr("The new passphrase is the same as the current one."))
            return
        convert_in_window(self.context, self.passphrase.text(), True, self.remember.isChecked(), self.load,
                          current=dialog.passphrase.text())

    def decrypt(self) -> None:
        dialog = PassphraseDialog(self.context.db.path, self, offer_remember=False)
        dialog.setWindowTitle(self.tr("Remove the encryption"))
        if dialog.exec() == PassphraseDialog.DialogCode.Accepted:
            convert_in_window(self.context, dialog.passphrase.text(), False, on_done=self.load)
