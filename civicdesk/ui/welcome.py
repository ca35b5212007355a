"""First run: start with an example neighbourhood or start empty, say who we are, offer encryption."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class WelcomeDialog(QDialog):
    EXAMPLE = 2
    EMPTY = 3

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to CivicDesk"))
        self.setObjectName("welcome")
        title = QLabel(self.tr("Welcome to CivicDesk"))
        title.setStyleSheet("font-size: 18pt; font-weight: 600;")
        intro = QLabel(
            self.tr(
                "CivicDesk keeps the map of your neighbourhood's social infrastructure on this computer: "
                "the places people meet, the groups that run things, the volunteers who hold it together "
                "and the tools you share. Nothing leaves this computer unless you send it."
            )
        )
        intro.setWordWrap(True)
        self.group_name = QLineEdit()
        self.group_name.setPlaceholderText(self.tr("for example Chapeltown Residents' Association"))
        self.group_name.setAccessibleName(self.tr("Your group's name"))
        self.area = QLineEdit()
        self.area.setPlaceholderText(self.tr("for example Chapeltown, Leeds"))
        self.area.setAccessibleName(self.tr("Your area"))
        form = QFormLayout()
        form.addRow(self.tr("Your group's &name:"), self.group_name)
        form.addRow(self.tr("&Area you cover:"), self.area)
        self.example_button = QPushButton(self.tr("Start with an e&xample neighbourhood"))
        self.example_button.setObjectName("start_example")
        self.example_button.setDefault(True)
        self.example_button.setToolTip(
            self.tr(
                "A made-up village with halls, groups, volunteers and tools "
                "to try things out. You can delete it later."
            )
        )
        self.empty_button = QPushButton(self.tr("Start &empty"))
        self.empty_button.setObjectName("start_empty")
        self.example_button.clicked.connect(lambda: self.done(self.EXAMPLE))
        self.empty_button.clicked.connect(lambda: self.done(self.EMPTY))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.empty_button)
        buttons.addWidget(self.example_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(14)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self._encryption_offer())
        layout.addLayout(buttons)
        self.setMinimumWidth(560)
        self.group_name.setFocus(Qt.FocusReason.OtherFocusReason)

    def _encryption_offer(self) -> QWidget:
        """A tick box to encrypt the database with a passphrase, or a note saying it is not possible."""
        from civicdesk.db import connection
        from civicdesk.services import keychain
        from civicdesk.ui.colours import ERROR_STYLE
        from civicdesk.ui.security.passphrase import unavailable_text

        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.encrypt = QCheckBox(self.tr("&Protect the database with a passphrase (encryption)"))
        self.encrypt.setObjectName("encrypt")
        self.passphrase = QLineEdit()
        self.passphrase_again = QLineEdit()
        for field, name in ((self.passphrase, self.tr("Passphrase")),
                            (self.passphrase_again, self.tr("The same passphrase again"))):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setAccessibleName(name)
            field.setPlaceholderText(name)
        self.remember = QCheckBox(self.tr("Remember it on this computer (in the keyring)"))
        self.remember.setVisible(keychain.available())
        self.encryption_note = QLabel()
        self.encryption_note.setWordWrap(True)
        self.encryption_message = QLabel()
        self.encryption_message.setStyleSheet(ERROR_STYLE)
        self.encryption_message.hide()
        fields = QWidget()
        row = QHBoxLayout(fields)
        row.setContentsMargins(24, 0, 0, 0)
        row.addWidget(self.passphrase)
        row.addWidget(self.passphrase_again)
        for widget in (self.encrypt, fields, self.remember, self.encryption_note, self.encryption_message):
            layout.addWidget(widget)
        if connection.available():
            self.encryption_note.setText(
                self.tr("Worth it on a shared or portable computer: without the passphrase nobody can read "
                        "the database or its backups — not even you, so keep it somewhere safe. CivicDesk "
                        "then locks itself after 10 minutes without use. You can change this later in "
                        "File › Database security.")
            )
        else:
            self.encrypt.setEnabled(False)
            self.encryption_note.setText(unavailable_text())
        for widget in (fields, self.remember):
            widget.setEnabled(False)
            self.encrypt.toggled.connect(widget.setEnabled)
        return box

    def wants_encryption(self) -> bool:
        return self.encrypt.isEnabled() and self.encrypt.isChecked()

    def done(self, result: int) -> None:
        if result in (self.EXAMPLE, self.EMPTY) and self.wants_encryption():
            from civicdesk.errors import CivicDeskError
            from civicdesk.services.encryption import check_new_passphrase

            try:
                check_new_passphrase(self.passphrase.text(), self.passphrase_again.text())
            except CivicDeskError as exc:
                self.encryption_message.setText(exc.message[:1].upper() + exc.message[1:] + ".")
                self.encryption_message.show()
                self.passphrase.setFocus()
                return
        super().done(result)
