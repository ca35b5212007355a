"""Asking for an encrypted database's passphrase: at start-up (keyring first) and when changing it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from civicdesk.db import connection
from civicdesk.services import keychain
from civicdesk.ui.colours import ERROR_STYLE
from civicdesk.ui.dialogs import RememberingDialog

OK_CANCEL = QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel


def unavailable_text() -> str:
    return QApplication.translate(
        "encryption",
        "Encryption is not available on this computer (the sqlcipher3 component is missing), "
        "so your data is stored unencrypted.",
    )



def password_field(name: str) -> QLineEdit:
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
        self.passphrase = password_field(self.tr("Passphrase"))
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
            connection.check_passphrase(self.db_path, self.passphrase.text())
        except connection.WrongPassphraseError:
            self.message.setText(self.tr("That passphrase is not right. Please try again."))
            self.message.show()
            self.passphrase.selectAll()
            self.passphrase.setFocus()
            return
        super().accept()


def unlock_at_start(db_path: Path, parent: QWidget | None = None) -> tuple[bool, str | None]:
    """Find an encrypted database's passphrase: keyring first, then ask.

    Returns (False, None) when they gave up, else (True, the passphrase — None for a plain file).
    """
    if not connection.is_encrypted(db_path):
        return True, None
    if not connection.available():
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
        return False, None
    saved = keychain.saved_passphrase(db_path)
    if saved is not None:
        try:
            connection.check_passphrase(db_path, saved)
        except connection.WrongPassphraseError:
            saved = None
        else:
            return True, saved
    dialog = PassphraseDialog(db_path, parent)
    if dialog.exec() != PassphraseDialog.DialogCode.Accepted:
        return False, None
    if dialog.remember.isVisible() and dialog.remember.isChecked():
        keychain.save_passphrase(db_path, dialog.passphrase.text())
    return True, dialog.passphrase.text()
