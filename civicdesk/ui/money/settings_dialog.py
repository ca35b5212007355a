"""Money settings…: the hall's details that invoices and receipts print (services/money_settings.py).

The name on invoices, the charity number, the address, the bank details, this laptop's invoice
number prefix and the payment terms. They belong to this installation and are never exchanged.
A wrong value (a sort code of five digits) is said under its field and nothing is saved.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from civicdesk.db.database import Database
from civicdesk.errors import ValidationError
from civicdesk.services import money_settings
from civicdesk.ui import colours
from civicdesk.ui.dialogs import RememberingDialog


class MoneySettingsDialog(RememberingDialog):
    """Load the money settings, check and save them on Save (Cancel changes nothing)."""

    settings_key = "money/settings"

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Money settings"))
        self.setAccessibleName(self.tr("Money settings"))
        current = money_settings.load(db)
        intro = QLabel(self.tr("What invoices and receipts print. These stay on this computer; each "
                               "computer numbers its own invoices under its own prefix."), self)
        intro.setWordWrap(True)
        self.payee = QLineEdit(current.payee, self)
        self.payee.setPlaceholderText(self.tr("e.g. Mill Lane Village Hall"))
        self.charity_number = QLineEdit(current.charity_number, self)
        self.address = QPlainTextEdit(current.address, self)
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.account_name = QLineEdit(current.account_name, self)
        self.sort_code = QLineEdit(current.sort_code, self)
        self.sort_code.setPlaceholderText("12-34-56")
        self.account_number = QLineEdit(current.account_number, self)
        self.account_number.setPlaceholderText(self.tr("eight digits"))
        self.invoice_prefix = QLineEdit(current.invoice_prefix, self)
        self.payment_terms_days = QSpinBox(self)
        self.payment_terms_days.setRange(0, 365)
        self.payment_terms_days.setSuffix(self.tr(" days"))
        self.payment_terms_days.setValue(current.payment_terms_days)
        form = QFormLayout()
        self.problems: dict[str, QLabel] = {}
        for key, label, name, widget in (
            ("payee", self.tr("Pa&yee:"), self.tr("Name on invoices"), self.payee),
            ("charity_number", self.tr("C&harity number:"), self.tr("Registered charity number"),
             self.charity_number),
            ("address", self.tr("A&ddress:"), self.tr("Address on invoices"), self.address),
            ("account_name", self.tr("Account na&me:"), self.tr("Bank account name"), self.account_name),
            ("sort_code", self.tr("S&ort code:"), self.tr("Sort code"), self.sort_code),
            ("account_number", self.tr("Account n&umber:"), self.tr("Account number"), self.account_number),
            ("invoice_prefix", self.tr("Invoice number &prefix:"), self.tr("Invoice number prefix"),
             self.invoice_prefix),
            ("payment_terms_days", self.tr("Payment &terms:"), self.tr("Days to pay an invoice"),
             self.payment_terms_days),
        ):
            widget.setObjectName(f"money_setting_{key}")
            widget.setAccessibleName(name)
            text = QLabel(label, self)
            text.setBuddy(widget)
            problem = QLabel(self)
            problem.setStyleSheet(colours.ERROR_STYLE)
            problem.setWordWrap(True)
            problem.hide()
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(widget)
            box.addWidget(problem)
            form.addRow(text, box)
            self.problems[key] = problem
        self.invoice_prefix.setAccessibleDescription(
            self.tr("Invoices are numbered PREFIX-0001, receipts PREFIX-R0001"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.payee.setFocus()

    def values(self) -> dict[str, object]:
        return {
            "payee": self.payee.text(), "charity_number": self.charity_number.text(),
            "address": self.address.toPlainText(), "account_name": self.account_name.text(),
            "sort_code": self.sort_code.text(), "account_number": self.account_number.text(),
            "invoice_prefix": self.invoice_prefix.text(),
            "payment_terms_days": self.payment_terms_days.value(),
        }

    def accept(self) -> None:
        try:
            money_settings.save(self.db, self.values())
        except ValidationError as exc:
            for key, label in self.problems.items():
                label.setText(exc.errors.get(key, ""))
                label.setVisible(bool(exc.errors.get(key)))
            return
        super().accept()
