"""A hirer's confirmation of a booking: what, where, every date, access times, the rate and the terms.

It is addressed to the hirer, so it names them as recorded; nothing else about other hirers
appears. The terms are a data file (resources/data/hire_terms.txt) a hall can edit.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, ListFlowable, ListItem, Paragraph, SimpleDocTemplate, Spacer, Table

from civicdesk.core import recurrence
from civicdesk.core.occurrences import Occurrence, parse_time
from civicdesk.core.structured import format_address
from civicdesk.db.database import Database
from civicdesk.errors import CivicDeskError
from civicdesk.paths import resource_path
from civicdesk.reports import fonts
from civicdesk.reports.flowables import text_flowable
from civicdesk.services import site
from civicdesk.services.bookings import BookingService
from civicdesk.services.rooms import RoomService
from civicdesk.services.spaces import SpaceService


def terms() -> list[str]:
    text = resource_path("data", "hire_terms.txt").read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip()]


def _day(day: date) -> str:
    return f"{day:%A} {day.day} {day:%B %Y}"


def _when(occ: Occurrence) -> str:
    return f"{_day(occ.start.date())}, {occ.start:%H:%M}–{occ.end:%H:%M}"


def write_confirmation(db: Database, booking_id: str, out: Path, printed_on: date | None = None) -> int:
    """Write the confirmation of one booking; returns how many dates it lists."""
    printed_on = printed_on or date.today()
    service = BookingService(db)
    booking = service.booking(booking_id)
    room = RoomService(db).room(booking.room_id)
    space = SpaceService(db).get(booking.space_id)
    start = parse_time(booking.starts_at)
    last = date.fromisoformat(booking.last_on) if booking.last_on else recurrence.horizon(start.date())
    dates = service.occurrences(start.date() - timedelta(days=31), last + timedelta(days=31),
                                room_id=room.id, include_cancelled=True)
    dates = [o for o in dates if o.booking_id == booking_id]
    skipped = service.skipped_dates(booking_id)
    band = booking.rate_band
    rates = [r for r in RoomService(db).rates_of(room.id) if band and r.band == band]
    group = site.info(db).group_name

    bold, regular = fonts.font_name(fonts.LATIN, True), fonts.font_name(fonts.LATIN)
    title = ParagraphStyle("bc-title", fontName=bold, fontSize=18, leading=22, spaceAfter=4)
    head = ParagraphStyle("bc-head", fontName=bold, fontSize=11, leading=14, spaceBefore=8, spaceAfter=2)
    body = ParagraphStyle("bc-body", fontName=regular, fontSize=10, leading=13)
    label = ParagraphStyle("bc-label", fontName=bold, fontSize=10, leading=13)
    status = {"confirmed": "Booking confirmation", "provisional": "Provisional booking",
              "cancelled": "Cancelled booking"}.get(booking.status, "Booking")
    hirer = str((booking.hirer or {}).get("name", ""))
    access_from = start - timedelta(minutes=booking.setup_minutes)
    end = parse_time(booking.ends_at)
    access_until = end + timedelta(minutes=booking.clearaway_minutes)
    facts: list[tuple[str, str]] = [
        ("For", hirer),
        ("What", booking.title or "A booking"),
        ("Where", f"{room.name}, {space.name}" + (f", up to {room.capacity} people" * bool(room.capacity))),
        ("Address", format_address(space.address) or "—"),
        ("When", f"{recurrence.describe(booking.rrule, start)}, {start:%H:%M}–{end:%H:%M}"),
        ("Access", f"from {access_from:%H:%M} (set-up) until {access_until:%H:%M} (clear-away)"),
        ("Status", booking.status.capitalize()),
        ("Reference", booking.id[-8:].upper()),
    ]
    if rates:
        facts.append(("Rate", "; ".join(r.words() for r in rates)))
    elif booking.price_pence is not None:
        facts.append(("Price", f"£{booking.price_pence / 100:.2f} as agreed"))
    rows = [[text_flowable(k, label), text_flowable(v, body)] for k, v in facts]
    story: list[Flowable] = [
        text_flowable(status, title),
        text_flowable(f"{space.name}{f' — {group}' if group else ''} · printed {printed_on.day} "
                      f"{printed_on:%B %Y}", body),
        Spacer(1, 5 * mm),
        Table(rows, colWidths=[28 * mm, 150 * mm], style=[("VALIGN", (0, 0), (-1, -1), "TOP")]),
        text_flowable(f"Dates ({len(dates)})", head),
    ]
    listed = [o for o in dates if o.status != "cancelled"]
    lines = [_when(o) + (" (moved)" if o.moved else "") for o in listed[:60]]
    if len(listed) > 60:
        lines.append(f"… and {len(listed) - 60} more dates, the last on {_day(listed[-1].start.date())}")
    story += [text_flowable(line, body) for line in lines] or [text_flowable("No dates left.", body)]
    if skipped:
        story.append(text_flowable("Not on: " + "; ".join(_day(d) for d in skipped), body))
    story.append(text_flowable("Terms of hire", head))
    items: list[Any] = [ListItem(Paragraph(escape(t), body)) for t in terms()]
    story.append(ListFlowable(items, bulletType="1", bulletFontName=regular, bulletFontSize=10,
                              leftIndent=18))
    doc = SimpleDocTemplate(str(out), pagesize=A4, title=status, author="CivicDesk",
                            initialFontName=regular, leftMargin=16 * mm, rightMargin=16 * mm,
                            topMargin=16 * mm, bottomMargin=16 * mm)
    try:
        doc.build(story)
    except OSError as exc:
        raise CivicDeskError(f"cannot write {out}: {exc.strerror or exc}") from exc
    return len(listed)
