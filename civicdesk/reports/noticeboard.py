"""The week's bookings as A4 noticeboard sheets: one page per space, its rooms down, the days across.

A private booking shows only as "booked"; a hirer is named only when the hirer is a group (a
one-off hirer is a private person, and a noticeboard is public), so the sheet needs no consent
beyond what the group itself publishes. Cancelled bookings are left off.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
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


@cache
def styles(size: float = 9) -> SheetStyles:
    """The sheet's type at a body size (larger when a space has few rooms, to read from afar)."""
    regular, bold = fonts.font_name(fonts.LATIN), fonts.font_name(fonts.LATIN, True)
    lead = size * 1.25
    return SheetStyles(
        ParagraphStyle("nb-title", fontName=bold, fontSize=18, leading=22),
        ParagraphStyle("nb-note", fontName=regular, fontSize=9, leading=11),
        ParagraphStyle(f"nb-head-{size}", fontName=bold, fontSize=size + 1, leading=lead + 1),
        ParagraphStyle(f"nb-cell-{size}", fontName=regular, fontSize=size, leading=lead),
        ParagraphStyle(f"nb-time-{size}", fontName=bold, fontSize=size, leading=lead),
    )



def styles_for(sheet: WeekSheet) -> SheetStyles:
    return styles(11 if len(sheet.rooms) <= 3 else 9)


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


def _cell(lines: list[str], style: ParagraphStyle, width: float) -> Any:
    """Text in the sheet's own font is drawn as the table's text, broken to the column by
    reportlab's simpleSplit (cheap: no paragraph to lay out); other scripts become paragraphs."""
    if all(fonts.is_plain(t) for t in lines):
        room = width - 8  # the table's cell padding
        return "\n".join(part for t in lines for part in simpleSplit(t, style.fontName, style.fontSize, room))
    return [text_flowable(t, style) for t in lines]


def sheet_story(sheet: WeekSheet, printed_on: date) -> list[Flowable]:
    st = styles_for(sheet)
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
    width = PAGE[0] - 2 * MARGIN
    first = 32 * mm
    column = (width - first) / 7
    rows: list[list[Any]] = [["", *(_cell([day_heading(d)], st.head, column)
                                    for d in sheet.days)]]
    for room in rooms:
        row: list[Any] = [_cell([room.name], st.head, first)]
        for day in sheet.days:
            lines: list[str] = []
            for occ in sheet.in_room_on(room.id, day):
                lines += cell_lines(occ)
            row.append(_cell(lines, st.cell, column) if lines else "")
        rows.append(row)
    table = Table(rows, colWidths=[first, *([column] * 7)], repeatRows=1)
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), HEADER),
        ("BACKGROUND", (0, 0), (0, -1), HEADER),
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONT", (0, 0), (-1, 0), st.head.fontName, st.head.fontSize, st.head.leading),
        ("FONT", (0, 1), (0, -1), st.head.fontName, st.head.fontSize, st.head.leading),
        ("FONT", (1, 1), (-1, -1), st.cell.fontName, st.cell.fontSize, st.cell.leading),
    ]))
    story.append(table)
    return story


def render(sheets: Sequence[WeekSheet], out: Path, printed_on: date) -> int:
    """Write the sheets to `out`, one space a page; returns the number of pages' spaces."""
    story: list[Flowable] = []
    for index, sheet in enumerate(sheets):
        if index:
            story.append(PageBreak())
        story += sheet_story(sheet, printed_on)
    if not story:
        story = [text_flowable("No space has rooms in the diary yet.", styles().cell)]
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
