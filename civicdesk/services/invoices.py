"""Invoices to hirers and the payments against them: numbering, totals, what is unpaid and overdue.

An invoice is numbered by the site that issues it (`PREFIX-0001`, the prefix from the money
settings), so invoices raised on two laptops never share a number. Its lines are free-standing
(description, quantity, unit price) or come from a booking. A payment records money received
and gets its own receipt number (`PREFIX-R0001`). An invoice is paid when its payments reach
its total, overdue when it is not paid after its due day; deleting one is cancelling it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from civicdesk.core import validation as v
from civicdesk.core.validation import FieldError
from civicdesk.db.database import Database
from civicdesk.db.models import Space
from civicdesk.db.money_models import Invoice, Payment
from civicdesk.errors import NotFoundError, ValidationError
from civicdesk.services import money_settings
from civicdesk.services.money import check_space, pence
from civicdesk.services.records import RecordService

METHODS = ("bank transfer", "cash", "cheque", "card")
MOST_LINES = 50


def clean_lines(value: Any) -> list[dict[str, Any]]:
    """Each line {"description", "quantity", "unit_pence"}: a description, a quantity over 0."""
    if not isinstance(value, list) or not value:
        raise FieldError("an invoice needs at least one line")
    if len(value) > MOST_LINES:
        raise FieldError(f"an invoice has at most {MOST_LINES} lines")
    lines = []
    for number, line in enumerate(value, start=1):
        if not isinstance(line, dict):
            raise FieldError(f"line {number} is not a line of an invoice")
        description = " ".join(str(line.get("description") or "").split())
        if not description:
            raise FieldError(f"line {number} needs a description")
        try:
            quantity = float(line.get("quantity", 1))
        except (TypeError, ValueError):
            raise FieldError(f"line {number}: the quantity must be a number") from None
        if not 0 < quantity <= 10_000:
            raise FieldError(f"line {number}: the quantity must be above 0")
        try:
            unit = pence(line.get("unit_pence", 0), f"line {number}'s price")
        except FieldError as exc:
            raise FieldError(str(exc)) from None
        lines.append({"description": description, "quantity": quantity, "unit_pence": unit})
    return lines


def line_total(line: dict[str, Any]) -> int:
    return round(float(line["quantity"]) * int(line["unit_pence"]))


def _hirer(value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise FieldError("the hirer must be a group or a named person")
    name = " ".join(str(value.get("name") or "").split())
    if not name:
        raise FieldError("please enter who the invoice is for")
    hirer: dict[str, Any] = {"name": name}
    for key in ("group_id", "person_id"):
        if value.get(key):
            hirer[key] = str(value[key])
    address = str(value.get("address") or "").strip()
    if address:
        hirer["address"] = address
    return hirer


def _required_date(value: Any) -> str:
    day = v.iso_date(value)
    if day is None:
        raise FieldError("a date is needed (day/month/year)")
    return day


class InvoiceService(RecordService[Invoice]):
    model = Invoice
    label = "invoice"
    required = ("space_id", "number", "issued_on", "due_on", "hirer", "lines")
    date_order = (("issued_on", "due_on", "it cannot be due before it is issued"),)
    cleaners = {
        "number": lambda x: v.required_text(x, "an invoice number"),
        "issued_on": _required_date,
        "due_on": _required_date,
        "hirer": _hirer,
        "booking_id": lambda x: str(x) if x else None,
        "lines": clean_lines,
        "notes": lambda x: str(x or "").strip(),
    }

    def clean(self, values: dict[str, Any], creating: bool) -> dict[str, Any]:
        cleaned = super().clean(values, creating)
        if "lines" in cleaned:
            cleaned["total_pence"] = sum(line_total(line) for line in cleaned["lines"])
        return cleaned

    def check_references(self, session: Session, values: dict[str, Any]) -> None:
        check_space(session, values)


class PaymentService(RecordService[Payment]):
    model = Payment
    label = "payment"
    required = ("invoice_id", "paid_on", "amount_pence")
    cleaners = {
        "paid_on": _required_date,
        "amount_pence": lambda x: pence(x, "the amount paid"),
        "method": lambda x: v.choice(x or "bank transfer", list(METHODS), "way of paying"),
        "reference": lambda x: " ".join(str(x or "").split()),
    }

    def check_references(self, session: Session, values: dict[str, Any]) -> None:
        invoice = session.get(Invoice, values.get("invoice_id"))
        if invoice is None or invoice.deleted:
            raise ValidationError({"invoice_id": "there is no such invoice (or it was cancelled)"})
        if values.get("amount_pence", 0) <= 0:
            raise ValidationError({"amount_pence": "a payment must be more than £0.00"})


def next_number(session: Session, prefix: str, receipt: bool = False) -> str:
    """The next free number under this site's prefix (cancelled ones are never reused)."""
    mark = f"{prefix}-R" if receipt else f"{prefix}-"
    pattern = re.compile(re.escape(mark) + r"(\d+)$")
    column = Payment.receipt_number if receipt else Invoice.number
    taken = session.scalars(select(column).where(column.like(f"{mark}%")))
    highest = max((int(m.group(1)) for n in taken if (m := pattern.match(n or ""))), default=0)
    return f"{mark}{highest + 1:04d}"


@dataclass(frozen=True)
class InvoiceView:
    id: str
    number: str
    space_id: str
    space_name: str
    issued_on: str
    due_on: str
    hirer: dict[str, Any]
    booking_id: str | None
    lines: list[dict[str, Any]]
    total_pence: int
    paid_pence: int
    notes: str
    cancelled: bool

    @property
    def outstanding_pence(self) -> int:
        return 0 if self.cancelled else max(0, self.total_pence - self.paid_pence)

    def days_overdue(self, today: date) -> int:
        if self.outstanding_pence == 0:
            return 0
        return max(0, (today - date.fromisoformat(self.due_on)).days)


@dataclass(frozen=True)
class PaymentView:
    id: str
    invoice_id: str
    invoice_number: str
    paid_on: str
    amount_pence: int
    method: str
    reference: str
    receipt_number: str


def issue(
    db: Database,
    space_id: str,
    hirer: dict[str, Any],
    lines: list[dict[str, Any]],
    issued_on: date,
    booking_id: str | None = None,
    notes: str = "",
    author: str = "",
) -> InvoiceView:
    """Raise an invoice under the next number of this site, due after the payment terms."""
    settings = money_settings.load(db)
    service = InvoiceService(db, author=author)
    with db.write() as session:
        number = next_number(session, settings.invoice_prefix)
        due = issued_on + timedelta(days=settings.payment_terms_days)
        invoice = service.create_in(
            session,
            {
                "space_id": space_id,
                "number": number,
                "issued_on": issued_on,
                "due_on": due,
                "hirer": hirer,
                "lines": lines,
                "booking_id": booking_id,
                "notes": notes,
            },
        )
        invoice_id = invoice.id
    return invoice_view(db, invoice_id)


def record_payment(
    db: Database,
    invoice_id: str,
    amount: Any,
    paid_on: date,
    method: str = "bank transfer",
    reference: str = "",
    author: str = "",
) -> PaymentView:
    """Money received against an invoice, with its receipt number."""
    settings = money_settings.load(db)
    service = PaymentService(db, author=author)
    with db.write() as session:
        receipt = next_number(session, settings.invoice_prefix, receipt=True)
        payment = service.create_in(
            session,
            {
                "invoice_id": invoice_id,
                "paid_on": paid_on,
                "amount_pence": amount,
                "method": method,
                "reference": reference,
                "receipt_number": receipt,
            },
        )
        payment_id = payment.id
    return payment_view(db, payment_id)


def _views(session: Session, invoices: list[Invoice]) -> list[InvoiceView]:
    ids = [i.id for i in invoices]
    paid: dict[str, int] = {}
    for chunk in range(0, len(ids), 500):
        for invoice_id, amount in session.execute(
            select(Payment.invoice_id, Payment.amount_pence).where(
                Payment.invoice_id.in_(ids[chunk : chunk + 500]), Payment.deleted.is_(False)
            )
        ):
            paid[invoice_id] = paid.get(invoice_id, 0) + int(amount)
    spaces = {i.space_id for i in invoices}
    query = select(Space.id, Space.name).where(Space.id.in_(spaces))
    names = {sid: name for sid, name in session.execute(query)}
    return [
        InvoiceView(
            i.id,
            i.number,
            i.space_id,
            names.get(i.space_id, ""),
            i.issued_on,
            i.due_on,
            dict(i.hirer or {}),
            i.booking_id,
            list(i.lines or []),
            i.total_pence,
            paid.get(i.id, 0),
            i.notes,
            i.deleted,
        )
        for i in invoices
    ]


def invoice_view(db: Database, invoice_id: str) -> InvoiceView:
    with db.read() as session:
        invoice = session.get(Invoice, invoice_id)
        if invoice is None:
            raise NotFoundError(f"there is no invoice with id {invoice_id}")
        return _views(session, [invoice])[0]


def find_invoice(db: Database, number_or_id: str) -> InvoiceView:
    with db.read() as session:
        invoice = (
            session.get(Invoice, number_or_id)
            or session.scalars(select(Invoice).where(Invoice.number == number_or_id.strip().upper())).first()
        )
        if invoice is None:
            raise NotFoundError(f"there is no invoice numbered {number_or_id}")
        return _views(session, [invoice])[0]


def payment_view(db: Database, payment_id: str) -> PaymentView:
    with db.read() as session:
        row = session.execute(
            select(Payment, Invoice.number)
            .join(Invoice, Invoice.id == Payment.invoice_id)
            .where(Payment.id == payment_id)
        ).first()
        if row is None:
            raise NotFoundError(f"there is no payment with id {payment_id}")
        p, number = row
        return PaymentView(
            p.id, p.invoice_id, number, p.paid_on, p.amount_pence, p.method, p.reference, p.receipt_number
        )


def invoices_of(
    db: Database, space_id: str | None = None, include_cancelled: bool = False
) -> list[InvoiceView]:
    """Invoices (of one space, or all), newest first."""
    with db.read() as session:
        query = select(Invoice)
        if space_id is not None:
            query = query.where(Invoice.space_id == space_id)
        if not include_cancelled:
            query = query.where(Invoice.deleted.is_(False))
        ordered = query.order_by(Invoice.issued_on.desc(), Invoice.number)
        return _views(session, list(session.scalars(ordered)))


def payments_of(db: Database, space_id: str | None = None) -> list[PaymentView]:
    """Payments received (of one space's invoices, or all), oldest first."""
    with db.read() as session:
        query = (
            select(Payment, Invoice.number)
            .join(Invoice, Invoice.id == Payment.invoice_id)
            .where(Payment.deleted.is_(False))
        )
        if space_id is not None:
            query = query.where(Invoice.space_id == space_id)
        return [
            PaymentView(
                p.id, p.invoice_id, n, p.paid_on, p.amount_pence, p.method, p.reference, p.receipt_number
            )
            for p, n in session.execute(query.order_by(Payment.paid_on, Payment.receipt_number))
        ]


def unpaid(db: Database, today: date, space_id: str | None = None) -> list[InvoiceView]:
    """Invoices with money still owed, most overdue first."""
    owed = [i for i in invoices_of(db, space_id) if i.outstanding_pence > 0]
    return sorted(owed, key=lambda i: (-i.days_overdue(today), i.due_on, i.number))


def invoice_values(
    db: Database,
    space_id: str,
    hirer: dict[str, Any],
    lines: list[dict[str, Any]],
    issued_on: date,
    booking_id: str | None = None,
    notes: str = "",
) -> dict[str, Any]:
    """The values of a new invoice under this site's next number, for InvoiceService.create (undoable)."""
    settings = money_settings.load(db)
    with db.read() as session:
        number = next_number(session, settings.invoice_prefix)
    return {
        "space_id": space_id,
        "number": number,
        "issued_on": issued_on,
        "due_on": issued_on + timedelta(days=settings.payment_terms_days),
        "hirer": hirer,
        "lines": lines,
        "booking_id": booking_id,
        "notes": notes,
    }


def payment_values(
    db: Database,
    invoice_id: str,
    amount: Any,
    paid_on: date,
    method: str = "bank transfer",
    reference: str = "",
) -> dict[str, Any]:
    """The values of a new payment with this site's next receipt number, for PaymentService.create."""
    settings = money_settings.load(db)
    with db.read() as session:
        receipt = next_number(session, settings.invoice_prefix, receipt=True)
    return {
        "invoice_id": invoice_id,
        "paid_on": paid_on,
        "amount_pence": amount,
        "method": method,
        "reference": reference,
        "receipt_number": receipt,
    }
