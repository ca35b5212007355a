"""The week's bookings as A4 noticeboard sheets: one page per space, its rooms down, the days across.

A private booking shows only as "booked"; a hirer is named only when the hirer is a group (a
one-off hirer is a private person, and a noticeboard is public), so the sheet needs no consent
beyond what the group itself publishes. Cancelled bookings are left off.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import cast

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, SimpleDocTemplate, Spacer, Table, TableStyle

from civicdesk.core.occurrences import Occurrence
from civicdesk.db.database import Database
from civicdesk.errors import CivicDeskError
from civicdesk.reports import fonts
from civicdesk.reports.flowables import text_flowable
from civicdesk.services.diary import WeekSheet, week_sheets

HEADER = colors.HexColor("#e9ecef")
GRID = colors.HexColor("#adb5bd")
PAGE = landscape(A4)
MARGIN = 12 * mm


@dataclass(frozen=True)
class SheetStyles:
    title: ParagraphStyle
    note: ParagraphStyle
    head: ParagraphStyle
    cell: ParagraphStyle
    time: ParagraphStyle


def styles() -> SheetStyles:
    regular, bold = fonts.font_name(fonts.LATIN), fonts.font_name(fonts.LATIN, True)
    return SheetStyles(
        ParagraphStyle("nb-title", fontName=bold, fontSize=18, leading=22),
        ParagraphStyle("nb-note", fontName=regular, fontSize=9, leading=11),
        ParagraphStyle("nb-head", fontName=bold, fontSize=10, leading=12),
        ParagraphStyle("nb-cell", fontName=regular, fontSize=9, leading=11),
        ParagraphStyle("nb-time", fontName=bold, fontSize=9, leading=11),
    )


def cell_lines(occ: Occurrence) -> tuple[str, str]:
    """The two lines a booking gets on the sheet: its times, and what it is (or only "booked")."""
    times = f"{occ.start:%H:%M}–{occ.end:%H:%M}"
    if occ.private:
        return times, occ.public_title
    what = occ.public_title
    if occ.hirer_group_id and occ.printed_hirer and occ.printed_hirer != what:
        what = f"{what} · {occ.printed_hirer}"
    if occ.status == "provisional":
        what += " (provisional)"
    return times, what


def day_heading(day: date) -> str:
    return f"{day:%a} {day.day} {day:%b}"


def week_title(sheet: WeekSheet) -> str:
    return f"{sheet.space_name}: bookings for the week of {sheet.monday.day} {sheet.monday:%B %Y}"


def sheet_story(sheet: WeekSheet, st: SheetStyles, printed_on: date) -> list[Flowable]:
    story: list[Flowable] = [
        text_flowable(week_title(sheet), st.title),
        text_flowable(f"Printed {printed_on.day} {printed_on:%B %Y}. Times include the hire only; "
                      "“booked” means the room is taken.", st.note),
        Spacer(1, 4 * mm),
    ]
    rooms = sheet.rooms
    if not rooms:
        story.append(text_flowable("This space has no rooms in the diary yet.", st.cell))
        return story
    rows: list[list[Flowable | str]] = [["", *(text_flowable(day_heading(d), st.head) for d in sheet.days)]]
    for room in rooms:
        row: list[Flowable | str] = [text_flowable(room.name, st.head)]
        for day in sheet.days:
            parts: list[Flowable] = []
            for occ in sheet.in_room_on(room.id, day):
                times, what = cell_lines(occ)
                parts += [text_flowable(times, st.time), text_flowable(what, st.cell)]
            row.append(cast(Flowable, parts) if parts else "")
        rows.append(row)
    width = PAGE[0] - 2 * MARGIN
    first = 32 * mm
    table = Table(rows, colWidths=[first, *([(width - first) / 7] * 7)], repeatRows=1)
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), HEADER),
        ("BACKGROUND", (0, 0), (0, -1), HEADER),
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    story.append(table)
    return story


def render(sheets: Sequence[WeekSheet], out: Path, printed_on: date) -> int:
    """Write the sheets to `out`, one space a page; returns the number of pages' spaces."""
    st = styles()
    story: list[Flowable] = []
    for index, sheet in enumerate(sheets):
        if index:
            story.append(PageBreak())
        story += sheet_story(sheet, st, printed_on)
    if not story:
        story = [text_flowable("No space has rooms in the diary yet.", st.cell)]
    doc = SimpleDocTemplate(str(out), pagesize=PAGE, title="Bookings for the week", author="CivicDesk",
                            initialFontName=fonts.font_name(fonts.LATIN), leftMargin=MARGIN,
                            rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=MARGIN)
    try:
        doc.build(story)
    except OSError as exc:
        raise CivicDeskError(f"cannot write {out}: {exc.strerror or exc}") from exc
    return len(sheets)


def write_noticeboard(db: Database, out: Path, day: date, space_ids: Sequence[str] | None = None,
                      printed_on: date | None = None) -> int:
    """The noticeboard sheets of the week holding `day`; every space with rooms when none named."""
    return render(week_sheets(db, day, space_ids), out, printed_on or date.today())
