"""The treasurer's export: bookings, invoices and payments as an XLSX workbook or a folder of CSV files.

Hirers appear as the consent rules allow (a person who did not agree to be listed by initials), a
private booking only as "booked", and text a spreadsheet would run as a formula stays text.
Bookings cover the past year and the coming year, one line per date booked.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from civicdesk.core.dates import add_months
from civicdesk.db.database import Database
from civicdesk.errors import CivicDeskError
from civicdesk.interop.spreadsheets import _defuse
from civicdesk.services import invoices
from civicdesk.services.bookings import BookingService
from civicdesk.services.money_report import printed_hirers

PRIVATE = "booked"


@dataclass(frozen=True)
class Sheet:
    name: str
    headers: list[str]
    rows: list[list[Any]]
    money_columns: tuple[int, ...] = ()  # pounds, as numbers


def _pounds(pence: int) -> float:
    return round(pence / 100, 2)


def bookings_sheet(db: Database, today: date, space_id: str | None) -> Sheet:
    found = BookingService(db).occurrences(add_months(today, -12), add_months(today, 12), space_id=space_id)
    rows = [
        [
            occ.start.date().isoformat(),
            occ.start.strftime("%H:%M"),
            occ.end.strftime("%H:%M"),
            occ.room,
            PRIVATE if occ.private else occ.title,
            PRIVATE if occ.private else occ.printed_hirer,
            occ.status,
            round((occ.end - occ.start).total_seconds() / 3600, 2),
        ]
        for occ in found
    ]
    return Sheet("Bookings", ["Date", "From", "To", "Room", "What", "Hirer", "Status", "Hours"], rows)


def invoices_sheet(db: Database, today: date, space_id: str | None) -> Sheet:
    found = invoices.invoices_of(db, space_id, include_cancelled=True)
    names = printed_hirers(db, [i.hirer for i in found])
    rows = []
    for invoice, hirer in zip(found, names, strict=True):
        if invoice.cancelled:
            state = "cancelled"
        elif invoice.outstanding_pence == 0:
            state = "paid"
        else:
            state = "overdue" if invoice.days_overdue(today) else "unpaid"
        rows.append(
            [
                invoice.number,
                invoice.issued_on,
                invoice.due_on,
                invoice.space_name,
                hirer,
                _pounds(invoice.total_pence),
                _pounds(invoice.paid_pence),
                _pounds(invoice.outstanding_pence),
                state,
            ]
        )
    headers = ["Number", "Issued", "Due", "Space", "Hirer", "Total £", "Paid £", "Owed £", "State"]
    return Sheet("Invoices", headers, rows, (5, 6, 7))


def payments_sheet(db: Database, space_id: str | None) -> Sheet:
    found = invoices.payments_of(db, space_id)
    by_id = {i.id: i for i in invoices.invoices_of(db, space_id, include_cancelled=True)}
    owners = [by_id[p.invoice_id] for p in found if p.invoice_id in by_id]
    names = dict(zip((i.id for i in owners), printed_hirers(db, [i.hirer for i in owners]), strict=True))
    rows = [
        [
            p.receipt_number,
            p.paid_on,
            p.invoice_number,
            by_id[p.invoice_id].space_name if p.invoice_id in by_id else "",
            names.get(p.invoice_id, ""),
            _pounds(p.amount_pence),
            p.method,
            p.reference,
        ]
        for p in found
    ]
    headers = ["Receipt", "Paid on", "Invoice", "Space", "Hirer", "Amount £", "Method", "Reference"]
    return Sheet("Payments", headers, rows, (5,))


def treasurer_sheets(db: Database, today: date, space_id: str | None = None) -> list[Sheet]:
    return [
        bookings_sheet(db, today, space_id),
        invoices_sheet(db, today, space_id),
        payments_sheet(db, space_id),
    ]


def write_treasurer_export(
    db: Database, out: Path, space_id: str | None = None, today: date | None = None
) -> dict[str, int]:
    """FILE.xlsx: one workbook of three sheets; any other path: a folder of three CSV files."""
    sheets = treasurer_sheets(db, today or date.today(), space_id)
    out = Path(out)
    try:
        if out.suffix.lower() == ".xlsx":
            _write_xlsx(sheets, out)
        else:
            out.mkdir(parents=True, exist_ok=True)
            for sheet in sheets:
                with (out / f"{sheet.name.lower()}.csv").open(
                    "w", encoding="utf-8-sig", newline=""
                ) as handle:
                    writer = csv.writer(handle)
                    writer.writerow(sheet.headers)
                    writer.writerows([["" if v is None else _defuse(v) for v in row] for row in sheet.rows])
    except OSError as exc:
        raise CivicDeskError(f"cannot write {out}: {exc.strerror or exc}") from exc
    return {sheet.name.lower(): len(sheet.rows) for sheet in sheets}


def _write_xlsx(sheets: list[Sheet], out: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    book = Workbook(write_only=True)
    bold = Font(bold=True)
    for sheet in sheets:
        ws = book.create_sheet(sheet.name)
        ws.freeze_panes = "A2"
        header = []
        for title in sheet.headers:
            cell = WriteOnlyCell(ws, value=title)
            cell.font = bold
            header.append(cell)
        ws.append(header)
        for row in sheet.rows:
            cells = []
            for index, value in enumerate(row):
                cell = WriteOnlyCell(ws, value=value)
                if index in sheet.money_columns:
                    cell.number_format = "£#,##0.00"
                elif isinstance(value, str) and value[:1] in ("=", "@", "+", "-"):
                    cell.data_type = "s"  # text, never a formula
                cells.append(cell)
            ws.append(cells)
    book.save(str(out))
