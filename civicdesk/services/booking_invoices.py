"""An invoice from a booking: its dates in a stretch of time, priced at its agreed price or its room's rate.

A booking with an agreed price (`price_pence`) is charged that per date; otherwise its room's rate
in the booking's band (or the room's only rate) per hour booked or per session. Cancelled and
skipped dates are not charged. The invoice remembers the booking, so its payments count as hire
income from bookings.
"""

from __future__ import annotations

import math
from datetime import date
from typing import Any

from civicdesk.db.database import Database
from civicdesk.errors import CivicDeskError
from civicdesk.services import invoices
from civicdesk.services.bookings import BookingService
from civicdesk.services.invoices import InvoiceView
from civicdesk.services.rooms import RateView, RoomService


def _day(value: date) -> str:
    return f"{value.day} {value:%b %Y}"


def _rate(rates: list[RateView], band: str) -> RateView:
    if not rates:
        raise CivicDeskError("this room has no hire rate: add one to the room, or write the invoice's lines")
    for rate in rates:
        if band and rate.band == band:
            return rate
    if len(rates) == 1 or not band:
        return rates[0]
    raise CivicDeskError(
        f"the room has no {band} rate (it has {', '.join(r.band for r in rates)}): choose one for the booking"
    )


def lines_for_booking(
    db: Database, booking_id: str, first: date, last: date
) -> tuple[str, dict[str, Any], list[dict[str, Any]]]:
    """(space id, hirer, invoice lines) for the dates of a booking from `first` to `last`."""
    service = BookingService(db)
    booking = service.booking(booking_id)
    dates = [
        o for o in service.occurrences(first, last, room_id=booking.room_id) if o.booking_id == booking_id
    ]
    if not dates:
        raise CivicDeskError(
            f"“{booking.title}” has no dates to charge between {_day(first)} and {_day(last)}"
        )
    room = dates[0].room
    hours = sum((o.end - o.start).total_seconds() / 3600 for o in dates)
    when = (
        _day(dates[0].start.date())
        if len(dates) == 1
        else (f"{len(dates)} dates, {_day(dates[0].start.date())} – {_day(dates[-1].start.date())}")
    )
    what = f"{booking.title or 'Hire'} in {room}: {when}"
    if booking.price_pence is not None:
        line = {
            "description": f"{what} (agreed price a date)",
            "quantity": len(dates),
            "unit_pence": booking.price_pence,
        }
    else:
        rate = _rate(RoomService(db).rates_of(booking.room_id), booking.rate_band)
        if rate.unit == "hour":
            line = {
                "description": f"{what}, {hours:g} hours at the {rate.band} rate",
                "quantity": round(hours, 2),
                "unit_pence": rate.amount_pence,
            }
        else:
            per = rate.session_hours or 0
            sessions = sum(
                math.ceil((o.end - o.start).total_seconds() / 3600 / per) if per else 1 for o in dates
            )
            line = {
                "description": f"{what}, {sessions} sessions at the {rate.band} rate",
                "quantity": sessions,
                "unit_pence": rate.amount_pence,
            }
    return booking.space_id, dict(booking.hirer or {}), [line]


def invoice_booking(
    db: Database, booking_id: str, first: date, last: date, issued_on: date, author: str = ""
) -> InvoiceView:
    """Raise the invoice for a booking's dates from `first` to `last` under this site's next number."""
    space_id, hirer, lines = lines_for_booking(db, booking_id, first, last)
    return invoices.issue(db, space_id, hirer, lines, issued_on, booking_id=booking_id, author=author)


def bookings_to_invoice(db: Database, space_id: str, today: date) -> list[tuple[str, str]]:
    """(booking id, "Yoga — Yoga with Sam") of the space's bookings with dates in the year around today."""
    from civicdesk.core.dates import add_months

    found: dict[str, str] = {}
    for occ in BookingService(db).occurrences(add_months(today, -6), add_months(today, 6), space_id=space_id):
        found.setdefault(occ.booking_id, f"{occ.title or 'Hire'} — {occ.hirer}" if occ.hirer else occ.title)
    return sorted(found.items(), key=lambda pair: pair[1].casefold())


def booking_invoice_values(db: Database, booking_id: str, first: date, last: date,
                           issued_on: date) -> dict[str, Any]:
    """The values of the invoice for a booking's dates, for an undoable InvoiceService.create."""
    space_id, hirer, lines = lines_for_booking(db, booking_id, first, last)
    return invoices.invoice_values(db, space_id, hirer, lines, issued_on, booking_id=booking_id)
