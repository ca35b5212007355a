"""The Money tab's "Invoice a booking…": choose one of the space's bookings and the dates to charge."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication

from civicdesk.db.database import Database
from civicdesk.errors import CivicDeskError, ValidationError
from civicdesk.services.booking_invoices import booking_invoice_values, bookings_to_invoice
from civicdesk.services.invoices import InvoiceService
from civicdesk.ui.money.form import Field


def _tr(text: str) -> str:
    return QCoreApplication.translate("money", text)


def last_month(today: date) -> tuple[date, date]:
    end = today.replace(day=1) - timedelta(days=1)
    return end.replace(day=1), end


def booking_invoice_form(
    db: Database, space_id: str, ask: Callable[[str, list[Field], Any], Any],
    push: Callable[[Any, dict[str, Any], str], None], today: date | None = None,
) -> Any:
    """Open the form through `ask`; on Save the invoice is made through `push` (undoable)."""
    day = today or date.today()
    choices = tuple(bookings_to_invoice(db, space_id, day))
    first, last = last_month(day)
    fields = [
        Field("booking", _tr("Booking"), "choice", choices or (("", _tr("No bookings in the diary")),)),
        Field("first", _tr("Charge dates from"), "date", value=first),
        Field("last", _tr("until"), "date", value=last),
        Field("issued_on", _tr("Invoice date"), "date", value=day),
    ]

    def create(values: dict[str, Any]) -> None:
        if not values["booking"]:
            raise ValidationError({"booking": _tr("this space has no bookings to invoice")})
        if values["last"] < values["first"]:
            raise ValidationError({"last": _tr("the last date comes before the first")})
        try:
            prepared = booking_invoice_values(db, values["booking"], values["first"], values["last"],
                                              values["issued_on"])
        except CivicDeskError as exc:  # no dates then, or no rate for the room: said in words
            raise ValidationError({"booking": exc.message}) from exc
        push(InvoiceService(db), prepared, _tr("invoice %1").replace("%1", prepared["number"]))

    return ask(_tr("Invoice a booking"), fields, create)
