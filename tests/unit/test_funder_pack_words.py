"""The funder pack read as a grant-maker reads it: plain sentences, not labels ("use falling"),
the figures a funder checks against each other, and no heading or last line alone on a page."""

from __future__ import annotations

import re
import subprocess
from datetime import date, datetime

from civicdesk.core.recurrence import Repeat
from civicdesk.reports.funder_pack import write_funder_pack
from civicdesk.services.bookings import BookingService, NewBooking
from civicdesk.services.rooms import RoomService
from civicdesk.services.spaces import SpaceService
from civicdesk.services.usage import usage_facts


def _pages(pdf) -> list[str]:
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return [" ".join(page.split()) for page in text.split("\f") if page.strip()]


def test_the_pack_says_in_sentences_how_use_and_money_stand(village, tmp_path):
    from civicdesk.services.diary import spaces_with_rooms

    for space_id, _name in spaces_with_rooms(village)[:3]:
        out = write_funder_pack(village, space_id, tmp_path / f"{space_id}.pdf", today=date(2026, 12, 7))
        pages = _pages(out)
        text = " ".join(pages)
        assert not re.search(r"use (falling|rising|steady)", text)
        assert re.search(
            r"Bookings (rose from [\d.]+ to [\d.]+|fell from [\d.]+ to [\d.]+|held steady over "
            r"the year, at about [\d.]+) hours a week",
            text,
        ), text[:800]
        assert "would cover about" in text or "reserves have not been stated" in text
        assert "Hours booked each month, January 2026 to December 2026 (December so far, to the 7th)" in text
        assert "Not listed." not in text and "1 of 4 certificates or checks are" not in text
        # The last section keeps its heading, its table and the last line together.
        assert "Safety, compliance and community value" in pages[-1]
        assert "Asset of Community Value" in pages[-1]


def test_a_class_every_week_is_steady_though_this_month_is_not_over(db):
    space = SpaceService(db).create({"name": "Chapel Hall", "category": "civic"})
    room = RoomService(db).add_room(space.id, "Hall")
    BookingService(db).add(
        NewBooking(
            room,
            "Choir",
            "Choir",
            datetime(2025, 12, 1, 19),
            datetime(2025, 12, 1, 21),
            repeat=Repeat("weekly", until=date(2027, 6, 1)),
        )
    )
    facts = usage_facts(db, space.id, date(2026, 12, 7))  # a week into December
    assert facts.trend == "steady"
