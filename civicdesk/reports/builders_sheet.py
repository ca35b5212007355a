"""The "who can help" sheet for a noticeboard: each offer of help, what with, where, how and whom to ask.

Large type, one A4 page or a few, grouped by skill. People are named only with their directory
consent (otherwise "a volunteer of <group>") and reached through the group unless they agreed
to their phone or email being shown (`services.builders_board`).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import cast
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from civicdesk.db.database import Database
from civicdesk.errors import CivicDeskError
from civicdesk.reports import fonts
from civicdesk.reports.flowables import text_flowable
from civicdesk.services import builders_board, site

RULE = colors.HexColor("#adb5bd")
BAND = colors.HexColor("#e7f0f7")


def write_builders_sheet(db: Database, out: Path, today: date) -> int:
    """Write the sheet; returns the number of offers on it."""
    board = builders_board.board(db)
    group = site.info(db).group_name
    styles = getSampleStyleSheet()
    body = cast(
        ParagraphStyle,
        styles["BodyText"].clone("sheet-body", fontName=fonts.sans_family(), fontSize=12, leading=15),
    )
    small = body.clone("sheet-small", fontSize=10, leading=13)
    bold = body.clone("sheet-bold", fontName=fonts.font_name(fonts.LATIN, True))
    heading = body.clone(
        "sheet-heading",
        fontName=fonts.font_name(fonts.LATIN, True),
        fontSize=15,
        leading=19,
        spaceBefore=4 * mm,
        spaceAfter=2 * mm,
    )
    title_style = cast(
        ParagraphStyle,
        styles["Title"].clone(
            "sheet-title", fontName=fonts.font_name(fonts.LATIN, True), fontSize=26, leading=31
        ),
    )
    story: list[Flowable] = [
        text_flowable("Who can help", title_style),
        Paragraph(
            escape(
                "Volunteers and groups who offer their skills and kit to other groups"
                + (f" — from {group}'s list" if group else "")
                + f", {today.day} {today:%B %Y}. "
                "Ask the person or group named, or the group they volunteer for."
            ),
            body,
        ),
        Spacer(1, 4 * mm),
    ]
    by_skill: dict[str, list[builders_board.OfferRow]] = {}
    for offer in board.offers:
        topic = (offer.skills or offer.tools or ["other help"])[0]
        by_skill.setdefault(topic[:1].upper() + topic[1:], []).append(offer)
    for topic in sorted(by_skill, key=str.casefold):
        rows: list[list[Flowable]] = []
        for offer in by_skill[topic]:
            what = ", ".join([*offer.skills, *offer.tools])
            where = ", ".join(offer.areas) or "anywhere"
            how = ", ".join(offer.ways) or "ask"
            often = f"; {offer.how_often}" if offer.how_often else ""
            ask = offer.contact or f"through {offer.group}"
            rows.append(
                [
                    text_flowable(offer.printed_who, bold),
                    text_flowable(f"{what}. Where: {where}. How: {how}{often}.", small),
                    text_flowable(ask, small),
                ]
            )
        table = Table(rows, colWidths=[55 * mm, 85 * mm, 42 * mm])
        table.setStyle(
            TableStyle(
                [
                    ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("BACKGROUND", (0, 0), (-1, -1), BAND),
                ]
            )
        )
        story.append(KeepTogether([text_flowable(topic, heading), table]))
    if not board.offers:
        story.append(Paragraph(escape("No offers of help yet. Offer yours: ask the committee."), body))
    if board.gaps:
        story.append(text_flowable("Help we are still looking for", heading))
        for gap in board.gaps:
            story.append(text_flowable(f"• {gap}. Could you help? Ask the committee.", body))
    doc = SimpleDocTemplate(
        str(out),
        pagesize=A4,
        title="Who can help",
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
    return len(board.offers)
