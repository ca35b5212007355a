"""A space's Money tab: income and costs, the reserves, the backlog of works, invoices and payments.

Every addition and deletion goes on the window's undo stack (ui/undo.py); lists load off the UI
thread. The figures at the top are the accounts' facts (services/finance_facts.py), the same
evidence the health check shows beside the committee's answers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from civicdesk.db.database import Database
from civicdesk.errors import ValidationError
from civicdesk.reports.invoice_pdf import write_invoice, write_receipt
from civicdesk.services import invoices
from civicdesk.services.finance_facts import FinanceFacts, finance_facts
from civicdesk.services.invoices import METHODS, InvoiceService, InvoiceView, PaymentService
from civicdesk.services.money import (
    BACKLOG_KINDS,
    COST_CATEGORIES,
    INCOME_CATEGORIES,
    URGENCY_WORDS,
    BacklogService,
    BacklogView,
    EntryView,
    MoneyEntryService,
    backlog_of,
    entries_of,
    pounds,
)
from civicdesk.ui import colours
from civicdesk.ui.accessible import name_list
from civicdesk.ui.dates_shown import shown_date
from civicdesk.ui.dialogs import show_error
from civicdesk.ui.money.form import Field, MoneyForm
from civicdesk.ui.tasks import TaskRunner
from civicdesk.ui.undo import Changed, CreateRecord, DeleteRecord


@dataclass(frozen=True)
class MoneyState:
    facts: FinanceFacts
    entries: list[EntryView]
    backlog: list[BacklogView]
    invoices: list[InvoiceView]


def load_state(db: Database, space_id: str) -> MoneyState:
    today = date.today()
    return MoneyState(
        finance_facts(db, space_id, today),
        entries_of(db, space_id)[::-1],
        backlog_of(db, space_id),
        invoices.invoices_of(db, space_id),
    )


def _table(parent: QWidget, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setTabKeyNavigation(False)  # Tab leaves the table; the arrow keys move in it
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[tuple[str, list[str]]], right: tuple[int, ...] = ()) -> None:
    table.setRowCount(len(rows))
    for r, (record_id, cells) in enumerate(rows):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, record_id)
            if c in right:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)
    table.resizeColumnsToContents()


class MoneyPanel(QWidget):
    """The Money tab of one space's page."""

    def __init__(
        self,
        db: Database,
        space_id: str,
        undo_stack: QUndoStack,
        changed: Changed,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.space_id, self.undo_stack = db, space_id, undo_stack
        self.outer_changed = changed
        self.runner = TaskRunner(self, workers=1)
        self.state: MoneyState | None = None
        self.summary = QLabel(self.tr("Loading…"), self)
        self.summary.setObjectName("money_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        note = QLabel(
            self.tr("Amounts are in pounds. Hire income counts the payments against invoices."), self
        )
        note.setStyleSheet(f"color: {colours.MUTED};")
        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text, slot in (
            ("income", self.tr("Add &income…"), lambda: self.add_entry("income")),
            ("cost", self.tr("Add a &cost…"), lambda: self.add_entry("cost")),
            ("reserves", self.tr("State the r&eserves…"), lambda: self.add_entry("reserves")),
            ("work", self.tr("Add w&ork…"), self.add_work),
            ("invoice", self.tr("New in&voice…"), self.new_invoice),
            ("booking_invoice", self.tr("Invoice a &booking…"), self.invoice_booking),
            ("payment", self.tr("&Record a payment…"), self.record_payment),
            ("print", self.tr("Pri&nt…"), self.print_selected),
            ("delete", self.tr("De&lete"), self.delete_selected),
            ("settings", self.tr("Money se&ttings…"), self.open_settings),
        ):
            button = QPushButton(text, self)
            button.setObjectName(f"money_{key}")
            button.clicked.connect(slot)
            buttons.addWidget(button)
            self.buttons[key] = button
        buttons.addStretch(1)
        self.tabs = QTabWidget(self)
        self.entries = _table(
            self,
            [
                self.tr("Date"),
                self.tr("Kind"),
                self.tr("Category"),
                self.tr("Amount"),
                self.tr("Description"),
            ],
        )
        self.backlog = _table(
            self,
            [self.tr("Work"), self.tr("Kind"), self.tr("Urgency"), self.tr("Due"), self.tr("Estimated cost")],
        )
        self.invoices = _table(
            self,
            [
                self.tr("Number"),
                self.tr("Hirer"),
                self.tr("Issued"),
                self.tr("Due"),
                self.tr("Total"),
                self.tr("Still owed"),
            ],
        )
        for table, title in (
            (self.entries, self.tr("Income and costs")),
            (self.backlog, self.tr("Backlog")),
            (self.invoices, self.tr("Invoices")),
        ):
            name_list(table, title)
            self.tabs.addTab(table, title)
        self.tabs.currentChanged.connect(self._follow_tab)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(note)
        layout.addLayout(buttons)
        layout.addWidget(self.tabs, 1)
        self.undo_stack.indexChanged.connect(self.reload)
        self._follow_tab()
        self.reload()

    # -- loading ----------------------------------------------------------------------------
    def reload(self) -> None:
        self.runner.run(
            load_state,
            self.db,
            self.space_id,
            on_done=self._show,
            on_error=lambda exc: show_error(self, self.tr("Money"), exc),
        )

    def _show(self, state: MoneyState) -> None:
        self.state = state
        self.summary.setText(self.tr("From the accounts: ") + " · ".join(state.facts.in_words().values()))
        kinds = {"income": self.tr("income"), "cost": self.tr("cost"), "reserves": self.tr("reserves")}
        _fill(
            self.entries,
            [
                (
                    e.id,
                    [
                        shown_date(e.dated),
                        kinds.get(e.kind, e.kind),
                        e.category,
                        pounds(e.amount_pence),
                        e.description,
                    ],
                )
                for e in state.entries
            ],
            (3,),
        )
        _fill(
            self.backlog,
            [
                (
                    b.id,
                    [
                        b.title,
                        b.kind,
                        self.tr(URGENCY_WORDS.get(b.urgency, b.urgency)),
                        str(b.due_year or ""),
                        pounds(b.estimated_pence, False),
                    ],
                )
                for b in state.backlog
            ],
            (4,),
        )
        _fill(
            self.invoices,
            [
                (
                    i.id,
                    [
                        i.number,
                        str(i.hirer.get("name", "")),
                        shown_date(i.issued_on),
                        shown_date(i.due_on),
                        pounds(i.total_pence),
                        pounds(i.outstanding_pence),
                    ],
                )
                for i in state.invoices
            ],
            (4, 5),
        )
        counts = (len(state.entries), len(state.backlog), len(state.invoices))
        for index, (title, count) in enumerate(
            zip((self.tr("Income and costs"), self.tr("Backlog"), self.tr("Invoices")), counts, strict=True)
        ):
            self.tabs.setTabText(index, f"{title} ({count})")

    def _follow_tab(self) -> None:
        on_invoices = self.tabs.currentWidget() is self.invoices
        self.buttons["payment"].setEnabled(on_invoices)
        self.buttons["print"].setEnabled(on_invoices)

    def _changed(self, record_type: str, record_id: str) -> None:
        self.outer_changed(record_type, record_id)
        self.reload()

    # -- adding -----------------------------------------------------------------------------
    def _ask(self, title: str, fields: list[Field], create: Any) -> MoneyForm:
        form = MoneyForm(title, fields, self)
        form.check = create
        form.open()
        return form

    def _push(self, service: Any, values: dict[str, Any], label: str) -> None:
        """Create through the undo stack; a ValidationError goes back to the form.

        The values are checked before the push: the command's first redo does the write, and an
        error raised there would not reach the form.
        """
        service.check_new(values)
        self.undo_stack.push(CreateRecord(service, values, label, self._changed))

    def add_entry(self, kind: str) -> MoneyForm:
        categories = {"income": INCOME_CATEGORIES, "cost": COST_CATEGORIES}.get(kind, ())
        fields = (
            [
                Field(
                    "category",
                    self.tr("Category"),
                    "choice",
                    tuple((c, self.tr(c.capitalize())) for c in categories),
                )
            ]
            if categories
            else []
        )
        fields += [
            Field("amount_pence", self.tr("Amount (£)"), "money"),
            Field("dated", self.tr("Date"), "date"),
            Field("description", self.tr("Description"), placeholder=self.tr("optional")),
        ]
        titles = {
            "income": self.tr("Add income"),
            "cost": self.tr("Add a running cost"),
            "reserves": self.tr("State the reserves held on a date"),
        }
        # What the Edit menu's "Add %1" names ("Undo Add income"), not the form's title.
        undo_words = {
            "income": self.tr("income"),
            "cost": self.tr("a running cost"),
            "reserves": self.tr("the reserves held"),
        }
        service = MoneyEntryService(self.db)
        return self._ask(
            titles[kind],
            fields,
            lambda values: self._push(
                service, {**values, "space_id": self.space_id, "kind": kind}, undo_words[kind]
            ),
        )

    def add_work(self) -> MoneyForm:
        fields = [
            Field("title", self.tr("Work needed"), placeholder=self.tr("e.g. Roof repairs")),
            Field(
                "kind", self.tr("Kind"), "choice", tuple((k, self.tr(k.capitalize())) for k in BACKLOG_KINDS)
            ),
            Field("estimated_pence", self.tr("Estimated cost (£)"), "money"),
            Field(
                "urgency",
                self.tr("Urgency"),
                "choice",
                tuple((u, self.tr(words)) for u, words in URGENCY_WORDS.items()),
                value="medium",
            ),
            Field("due_year", self.tr("Due in the year"), placeholder=str(date.today().year + 1)),
        ]
        service = BacklogService(self.db)
        return self._ask(
            self.tr("Add work to the backlog"),
            fields,
            lambda values: self._push(
                service, {**values, "space_id": self.space_id}, self.tr("work to the backlog")
            ),
        )

    def new_invoice(self) -> QDialog:
        """An invoice of as many lines as it needs (bookings' dates, a deposit, …), undoable."""
        from civicdesk.ui.money.invoice_dialog import InvoiceDialog

        dialog = InvoiceDialog(self.db, self.space_id, self)

        def create(values: dict[str, Any]) -> None:
            if not values["hirer"]["name"]:
                raise ValidationError({"to": self.tr("please enter who the invoice is for")})
            prepared = invoices.invoice_values(self.db, self.space_id, values["hirer"], values["lines"],
                                               values["issued_on"], booking_id=values["booking_id"])
            self._push(
                InvoiceService(self.db), prepared, self.tr("invoice %1").replace("%1", prepared["number"])
            )

        dialog.check = create
        dialog.open()
        return dialog

    def invoice_booking(self) -> MoneyForm:
        from civicdesk.ui.money.booking_invoice import booking_invoice_form

        form: MoneyForm = booking_invoice_form(self.db, self.space_id, self._ask, self._push)
        return form

    def _selected(self, table: QTableWidget) -> str | None:
        items = table.selectedItems()
        return str(items[0].data(Qt.ItemDataRole.UserRole)) if items else None

    def _invoice(self) -> InvoiceView | None:
        chosen = self._selected(self.invoices)
        if chosen is None or self.state is None:
            QMessageBox.information(self, self.tr("Money"), self.tr("Choose an invoice in the list first."))
            return None
        return next((i for i in self.state.invoices if i.id == chosen), None)

    def record_payment(self) -> MoneyForm | None:
        invoice = self._invoice()
        if invoice is None:
            return None
        fields = [
            Field(
                "amount_pence",
                self.tr("Amount received (£)"),
                "money",
                value=f"{invoice.outstanding_pence / 100:.2f}",
            ),
            Field("paid_on", self.tr("Received on"), "date"),
            Field("method", self.tr("How"), "choice", tuple((m, self.tr(m)) for m in METHODS)),
            Field("reference", self.tr("Reference"), placeholder=self.tr("optional")),
        ]

        def create(values: dict[str, Any]) -> None:
            prepared = invoices.payment_values(
                self.db,
                invoice.id,
                values["amount_pence"],
                values["paid_on"],
                values["method"],
                values["reference"],
            )
            self._push(
                PaymentService(self.db), prepared, self.tr("payment against %1").replace("%1", invoice.number)
            )

        return self._ask(self.tr("Payment against %1").replace("%1", invoice.number), fields, create)

    def open_settings(self) -> None:
        """The hall's details for invoices and receipts (charity number, bank, prefix, terms)."""
        from civicdesk.ui.money.settings_dialog import MoneySettingsDialog

        MoneySettingsDialog(self.db, self).exec()

    # -- printing and deleting --------------------------------------------------------------
    def print_selected(self) -> None:
        invoice = self._invoice()
        if invoice is None:
            return
        paid = [p for p in invoices.payments_of(self.db, self.space_id) if p.invoice_id == invoice.id]
        what = self.tr("Invoice")
        if paid:
            choice = QMessageBox.question(
                self,
                self.tr("Print"),
                self.tr("Print the receipt for the latest payment? (No prints the invoice)"),
            )
            what = self.tr("Receipt") if choice == QMessageBox.StandardButton.Yes else what
        receipt = what == self.tr("Receipt")
        number = paid[-1].receipt_number if receipt else invoice.number
        out, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save %1").replace("%1", what),
            str(Path.home() / f"{number}.pdf"),
            self.tr("PDF files (*.pdf)"),
        )
        if not out:
            return
        if receipt:
            self.runner.run(
                write_receipt,
                self.db,
                paid[-1],
                Path(out),
                on_done=self._printed,
                on_error=lambda exc: show_error(self, self.tr("Not printed"), exc),
            )
        else:
            self.runner.run(
                write_invoice,
                self.db,
                invoice.id,
                Path(out),
                on_done=self._printed,
                on_error=lambda exc: show_error(self, self.tr("Not printed"), exc),
            )

    def _printed(self, path: Path) -> None:
        QMessageBox.information(self, self.tr("Saved"), self.tr("Saved %1.").replace("%1", str(path)))

    def delete_selected(self) -> None:
        table = self.tabs.currentWidget()
        assert isinstance(table, QTableWidget)
        chosen = self._selected(table)
        if chosen is None:
            return
        service: Any = {
            id(self.entries): MoneyEntryService,
            id(self.backlog): BacklogService,
            id(self.invoices): InvoiceService,
        }[id(table)](self.db)
        label = table.item(table.currentRow(), 0).text()
        answer = QMessageBox.question(
            self, self.tr("Delete"), self.tr("Delete “%1”? Edit ▸ Undo brings it back.").replace("%1", label)
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.undo_stack.push(DeleteRecord(service, chosen, label, self._changed))
