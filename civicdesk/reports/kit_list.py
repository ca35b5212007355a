"""A printable list of the shared kit: what there is, who looks after it, its state, who has it now.

One A4 table for the noticeboard or the kit cupboard door; overdue loans are shaded so they show
from across the room. People are named only as the consent rules allow (`kit.printed_*`).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import cast

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, SimpleDocTemplate, Spacer, Table, TableStyle

from civicdesk.db.database import Database
from civicdesk.errors import CivicDeskError
from civicdesk.reports import fonts
from civicdesk.reports.flowables import text_flowable
from civicdesk.reports.words import PrintWords
from civicdesk.services import kit, site
from civicdesk.services.kit_contact import whom_to_ask

OVERDUE = colors.HexColor("#f8d7da")
HEADER = colors.HexColor("#e9ecef")
HEADINGS = ("Kit", "Whom to ask", "Condition", "On loan to", "Due back")


def write_kit_list(db: Database, out: Path, today: date, language: str = "en") -> int:
    """Write the kit list PDF in `language` (names as they are); returns the number of items listed."""
    words = PrintWords(language)

    def _day(iso: str | None) -> str:
        return words.long_date(date.fromisoformat(iso)) if iso else ""

    items = kit.kit_items(db, today)
    group = site.info(db).group_name
    styles = getSampleStyleSheet()
    # The bundled fonts: holders' and groups' names may be in any script.
    # clone() keeps the class of what it copies (typed as the base PropertySet).
    cell = cast(ParagraphStyle, styles["BodyText"].clone("cell", fontName=fonts.sans_family(), fontSize=9,
                                                        leading=11))
    head = cell.clone("head", fontName=fonts.font_name(fonts.LATIN, True))
    ask = whom_to_ask(db, [item.tool_id for item in items], group)
    title = words("Shared kit — %1").replace("%1", group) if group else words("Shared kit")
    story = [
        text_flowable(title, cast(ParagraphStyle, styles["Title"].clone(
            "kit-title", fontName=fonts.font_name(fonts.LATIN, True)))),
        text_flowable(
            words("Items: %1 · printed %2 · to borrow something, ask the person or group named next to it")
            .replace("%1", str(len(items))).replace("%2", words.long_date(today)),
            cell,
        ),
        Spacer(1, 6 * mm),
    ]
    rows: list[list[Flowable]] = [[text_flowable(words(t), head, bold=True) for t in HEADINGS]]
    shading = []
    for index, item in enumerate(items, start=1):
        loan = item.on_loan
        due = ""
        if loan is not None:
            due = _day(loan.due_on)
            if loan.overdue:
                due += " — " + words("%1 days overdue").replace("%1", str(loan.days_overdue))
                shading.append(("BACKGROUND", (0, index), (-1, index), OVERDUE))
        rows.append(
            [
                text_flowable(item.name, cell),
                text_flowable(ask[item.tool_id], cell),
                text_flowable(item.condition or words("not recorded"), cell),
                text_flowable((loan.printed_borrower or words("someone not named")) if loan
                              else words("In store"), cell),
                text_flowable(due, cell),
            ]
        )
    table = Table(rows, colWidths=[42 * mm, 45 * mm, 25 * mm, 42 * mm, 28 * mm], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), HEADER),
                ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#adb5bd")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                *shading,
            ]
        )
    )
    story.append(table)
    doc = SimpleDocTemplate(
        str(out),
        pagesize=A4,
        title=title,
        author="CivicDesk",
        initialFontName=fonts.font_name(fonts.LATIN),
        leftMargin=14 * mm,
        rightMargin=14 * mm,
        topMargin=14 * mm,
        bottomMargin=14 * mm,
    )
    try:
        doc.build(story)
    except OSError as exc:
        raise CivicDeskError(f"cannot write {out}: {exc.strerror or exc}") from exc
    return len(items)
