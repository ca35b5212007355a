"""An invoice and a receipt as one A4 page each: the hall's name, charity number and bank details.

The hall's details come from the money settings (services/money_settings.py); where no charity
number is set there, the space's operator or owner group's charity number is used. The hirer is
named in full (the invoice is addressed to them).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from civicdesk.db.database import Database
from civicdesk.errors import CivicDeskError
from civicdesk.reports import fonts
from civicdesk.reports.flowables import text_flowable
from civicdesk.reports.health_report import HEADER, _styles
from civicdesk.services import invoices
from civicdesk.services.invoices import InvoiceView, PaymentView, line_total
from civicdesk.services.money import pounds
from civicdesk.services.money_settings import Payee, payee_for

GRID = colors.HexColor("#ced4da")
MARGIN = 18 * mm


def _bold(text: str, style: ParagraphStyle) -> Flowable:
    if fonts.is_plain(text):
        return Paragraph(f"<b>{escape(text)}</b>", style)
    return text_flowable(text, style, bold=True)


def _day(iso: str) -> str:
    return date.fromisoformat(iso).strftime("%d %B %Y").lstrip("0")


def _header(payee: Payee, title: str, number: str, rows: list[tuple[str, str]]) -> list[Flowable]:
    st = _styles()
    usable = A4[0] - 2 * MARGIN
    left = [_bold(payee.name, st["body"])]
    left += [text_flowable(line.strip(), st["body"]) for line in payee.address.splitlines() if line.strip()]
    if payee.charity_number:
        left.append(Paragraph(f"Registered charity number {escape(payee.charity_number)}", st["body"]))
    right: list[Flowable] = [
        Paragraph(f"<font size=18><b>{escape(title)}</b></font>", st["body"]),
        Spacer(1, 3 * mm),
        Paragraph(f"<b>Number:</b> {escape(number)}", st["body"]),
    ]
    right += [Paragraph(f"<b>{escape(k)}:</b> {escape(v)}", st["body"]) for k, v in rows]
    table = Table([[left, right]], colWidths=[usable * 0.58, usable * 0.42], hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return [table, Spacer(1, 8 * mm)]


def _to(invoice: InvoiceView) -> list[Flowable]:
    st = _styles()
    name = str(invoice.hirer.get("name", ""))
    lines = [Paragraph("<b>To</b>", st["body"]), text_flowable(name, st["body"])]
    address = str(invoice.hirer.get("address") or "")
    lines += [text_flowable(line.strip(), st["body"]) for line in address.splitlines() if line.strip()]
    return [*lines, Spacer(1, 6 * mm)]


def _lines_table(invoice: InvoiceView) -> Table:
    usable = A4[0] - 2 * MARGIN
    st = _styles()
    rows: list[list[object]] = [["Description", "Quantity", "Price", "Amount"]]
    for line in invoice.lines:
        quantity = f"{float(line['quantity']):g}"
        rows.append(
            [
                text_flowable(str(line["description"]), st["cell"]),
                quantity,
                pounds(int(line["unit_pence"])),
                pounds(line_total(line)),
            ]
        )
    rows.append(["", "", "Total", pounds(invoice.total_pence)])
    if invoice.paid_pence:
        rows.append(["", "", "Paid", pounds(invoice.paid_pence)])
        rows.append(["", "", "Still to pay", pounds(invoice.outstanding_pence)])
    table = Table(
        rows,
        colWidths=[usable * 0.52, usable * 0.14, usable * 0.16, usable * 0.18],
        repeatRows=1,
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9.5),
                ("FONT", (0, 1), (-1, -1), "Helvetica", 9.5),
                ("BACKGROUND", (0, 0), (-1, 0), HEADER),
                ("LINEBELOW", (0, 0), (-1, len(invoice.lines)), 0.4, GRID),
                ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                ("FONT", (2, len(invoice.lines) + 1), (-1, -1), "Helvetica-Bold", 10),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


def _how_to_pay(payee: Payee, invoice: InvoiceView) -> list[Flowable]:
    st = _styles()
    s = payee.settings
    story: list[Flowable] = [Spacer(1, 8 * mm), Paragraph("How to pay", st["h2"])]
    if s.has_bank_details:
        story.append(
            Paragraph(
                f"By bank transfer to <b>{escape(s.account_name)}</b>, "
                f"sort code <b>{escape(s.sort_code)}</b>, "
                f"account <b>{escape(s.account_number)}</b>. Please give <b>{escape(invoice.number)}</b> "
                "as the reference.",
                st["body"],
            )
        )
    else:
        story.append(
            Paragraph(
                f"Please quote <b>{escape(invoice.number)}</b> with your payment. Ask the treasurer for the "
                "bank details.",
                st["body"],
            )
        )
    story.append(
        Paragraph(
            f"Please pay by {_day(invoice.due_on)}. Thank you for supporting {escape(payee.name)}.",
            st["body"],
        )
    )
    if invoice.notes:
        story += [Spacer(1, 3 * mm), Paragraph(escape(invoice.notes), st["body"])]
    return story


def _build(out: Path, title: str, story: list[Flowable]) -> Path:
    doc = SimpleDocTemplate(
        str(out),
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=16 * mm,
        bottomMargin=16 * mm,
        title=title,
        author="CivicDesk",
    )
    try:
        doc.build(story)
    except OSError as exc:
        raise CivicDeskError(f"cannot write {out}: {exc.strerror or exc}") from exc
    return out


def _terms(days: int) -> str:
    return "payment on receipt" if days == 0 else f"payment within {days} day{'s' if days != 1 else ''}"


def write_invoice(db: Database, invoice_id: str, out: Path) -> Path:
    invoice = invoices.invoice_view(db, invoice_id)
    if invoice.cancelled:
        raise CivicDeskError(f"invoice {invoice.number} was cancelled; it cannot be printed")
    payee = payee_for(db, invoice.space_id)
    rows = [
        ("Date", _day(invoice.issued_on)),
        ("Please pay by", _day(invoice.due_on)),
        ("Terms", _terms(payee.settings.payment_terms_days)),
        ("For", invoice.space_name),
    ]
    story = _header(payee, "Invoice", invoice.number, rows) + _to(invoice)
    story += [_lines_table(invoice), *_how_to_pay(payee, invoice)]
    return _build(Path(out), f"Invoice {invoice.number}", story)


def write_receipt(db: Database, payment: PaymentView, out: Path) -> Path:
    invoice = invoices.invoice_view(db, payment.invoice_id)
    payee = payee_for(db, invoice.space_id)
    st = _styles()
    rows = [
        ("Date received", _day(payment.paid_on)),
        ("Against invoice", invoice.number),
        ("Paid in", payment.method),
    ]
    story = _header(payee, "Receipt", payment.receipt_number, rows) + _to(invoice)
    story.append(
        Paragraph(
            f"Received with thanks: <font size=14><b>{pounds(payment.amount_pence)}</b></font>"
            + (f" (reference {escape(payment.reference)})" if payment.reference else "")
            + ".",
            st["body"],
        )
    )
    story.append(Spacer(1, 4 * mm))
    left = (
        f"Invoice {escape(invoice.number)} is now paid in full."
        if invoice.outstanding_pence == 0
        else f"{pounds(invoice.outstanding_pence)} of invoice {escape(invoice.number)} is still to pay."
    )
    story.append(Paragraph(left, st["body"]))
    return _build(Path(out), f"Receipt {payment.receipt_number}", story)
