"""One space's health report as a PDF: who runs it, its latest check, the trend, what is due, ACV.

Built with reportlab's platypus and graphics (no Qt), so it can be printed from the command line
(`civicdesk health --report SPACE --out FILE.pdf`) as well as from the space's page.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from civicdesk.core import structured
from civicdesk.db.database import Database
from civicdesk.db.models import Space
from civicdesk.errors import CivicDeskError
from civicdesk.reports import fonts
from civicdesk.reports.flowables import text_flowable
from civicdesk.reports.words import PrintWords
from civicdesk.services.acv import AcvStatus, acv_status
from civicdesk.services.compliance import ComplianceService, ItemRow
from civicdesk.services.health import SCALES, STABLE_FROM, THRIVING_FROM, CheckSummary, HealthService
from civicdesk.services.spaces import SpaceService

OVERDUE = colors.HexColor("#f8d7da")
DUE_SOON = colors.HexColor("#fff3cd")
HEADER = colors.HexColor("#e9ecef")
LINE = colors.HexColor("#1f5f8b")
BAND_TEXT = colors.HexColor("#6c757d")
REGULAR, BOLD = fonts.font_name(fonts.LATIN), fonts.font_name(fonts.LATIN, True)
CHECK_HEADINGS = ("Question", "Answer", "Scale")
DUE_HEADINGS = ("Item", "Last done", "Next due", "State")
STATE_WORDS = {"overdue": "Overdue", "due soon": "Due soon", "ok": "In date", "no date": "No date set"}


@dataclass(frozen=True)
class HealthReportData:
    """Everything the report shows, read in a few short sessions."""

    space: Space
    checks: list[CheckSummary]
    items: list[ItemRow]
    acv: AcvStatus
    today: date
    words: PrintWords = PrintWords()


def gather(db: Database, space_id: str, today: date, language: str = "en") -> HealthReportData:
    space = SpaceService(db).get(space_id)
    return HealthReportData(
        space,
        HealthService(db).space_history(space_id),
        ComplianceService(db).items_for(space_id, today),
        acv_status(space.acv, today),
        today,
        PrintWords(language),
    )


def _styles() -> dict[str, ParagraphStyle]:
    base = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=base["BodyText"], fontName=REGULAR, fontSize=10, leading=13)
    return {
        "title": ParagraphStyle("title", parent=base["Title"], fontName=BOLD, fontSize=20,
                                leading=24, alignment=TA_LEFT, spaceAfter=2 * mm),
        "h2": ParagraphStyle("h2", parent=base["Heading2"], fontName=BOLD, fontSize=13,
                             leading=16, spaceBefore=5 * mm, spaceAfter=2 * mm),
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=8.5, leading=11, textColor=BAND_TEXT),
        "cell": ParagraphStyle("cell", parent=body, fontSize=9, leading=11),
    }


def _fmt(day: str | None, words: PrintWords) -> str:
    return words.long_date(date.fromisoformat(day)) if day else "—"


def _party(value: dict[str, object] | None, words: PrintWords) -> str:
    return str((value or {}).get("name") or "") or words("not recorded")


def trend_chart(checks: list[CheckSummary], width: float, height: float,
                words: PrintWords | None = None) -> Drawing:
    # The chart's own labels are drawn unshaped, so a right-to-left language keeps the English ones.
    words = words if words is not None and not words.right_to_left else PrintWords()
    """Score (0–100) of every past check against its date, with the status thresholds drawn in."""
    drawing = Drawing(width, height)
    plot = LinePlot()
    plot.x, plot.y = 32, 22
    plot.width, plot.height = width - 90, height - 34  # type: ignore[assignment]  # stubs say int; floats draw
    points = [(date.fromisoformat(c.checked_on).toordinal(), c.score) for c in checks]
    plot.data = [points]
    first, last = points[0][0], points[-1][0]
    if last - first < 60:
        first, last = first - 30, last + 30
    plot.xValueAxis.valueMin, plot.xValueAxis.valueMax = first, last
    plot.xValueAxis.valueSteps = [first + (last - first) * i // 4 for i in range(5)]
    plot.xValueAxis.labelTextFormat = lambda v: date.fromordinal(int(v)).strftime("%b %Y")
    plot.xValueAxis.labels.fontName = plot.yValueAxis.labels.fontName = REGULAR
    plot.xValueAxis.labels.fontSize = plot.yValueAxis.labels.fontSize = 8
    plot.yValueAxis.valueMin, plot.yValueAxis.valueMax, plot.yValueAxis.valueStep = 0, 100, 20
    plot.yValueAxis.visibleGrid = True
    plot.yValueAxis.gridStrokeColor = colors.HexColor("#dee2e6")
    plot.lines[0].strokeColor = LINE
    plot.lines[0].strokeWidth = 1.6
    plot.lines[0].symbol = makeMarker("FilledCircle", size=4, fillColor=LINE, strokeColor=LINE)
    drawing.add(plot)
    bands = ((THRIVING_FROM, words("thriving from %1")), (STABLE_FROM, words("stable from %1")))
    for threshold, label in bands:
        y = plot.y + plot.height * threshold / 100
        drawing.add(Line(plot.x, y, plot.x + plot.width, y, strokeColor=BAND_TEXT, strokeDashArray=[3, 2],
                         strokeWidth=0.6))
        drawing.add(String(plot.x + plot.width + 4, y - 3, label.replace("%1", f"{threshold:g}"),
                           fontName=REGULAR, fontSize=7, fillColor=BAND_TEXT))
    drawing.add(String(plot.x + plot.width + 4, plot.y + plot.height * STABLE_FROM / 200 - 3,
                       words("at risk"), fontName=REGULAR, fontSize=7, fillColor=BAND_TEXT))
    return drawing


def _grid(rows: list[list[object]], widths: list[float], extra: Sequence[tuple[Any, ...]] = ()) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, 0), BOLD, 9),
        ("FONT", (0, 1), (-1, -1), REGULAR, 9),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#ced4da")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        *extra,
    ]))
    return table


def build_story(data: HealthReportData) -> list[Flowable]:
    st, w = _styles(), data.words
    space = data.space
    usable = A4[0] - 36 * mm

    def cell(text: str, style: str = "cell", bold: bool = False) -> Flowable:
        return text_flowable(text, st[style], bold=bold)

    story: list[Flowable] = [cell(w("Health report: %1").replace("%1", space.name), "title", bold=True)]
    where = structured.format_address(space.address) or space.website or ""
    kind = " · ".join(x for x in (w(space.category.title()), space.subtype, where) if x)
    story.append(cell(kind, "body"))
    story.append(cell(w("Printed on %1").replace("%1", w.long_date(data.today)), "small"))

    facts = [
        [w("Status"), w(space.status), w("Ownership type"),
         w(space.ownership_type.title()) if space.ownership_type else w("not recorded")],
        [w("Owner"), _party(space.owner, w), w("Operator"), _party(space.operator, w)],
        [w("Maintainer"), _party(space.maintainer, w), w("Health checks"), str(len(data.checks))],
    ]
    grid = [[cell(text, bold=column % 2 == 0) for column, text in enumerate(row)] for row in facts]
    story += [Spacer(1, 3 * mm), Table(grid, colWidths=[28 * mm, usable / 2 - 28 * mm] * 2, hAlign="LEFT")]

    story.append(cell(w("Latest health check"), "h2", bold=True))
    if not data.checks:
        story.append(cell(w("This space has never been checked. A check takes five minutes: "
                            "answer seven questions on the space's page."), "body"))
    else:
        latest = data.checks[-1]
        by = w(", by %1").replace("%1", latest.assessor) if latest.assessor else ""
        story.append(cell(
            w("Checked on %1%2. Score %3 out of 100: %4.").replace("%1", _fmt(latest.checked_on, w))
            .replace("%2", by).replace("%3", f"{latest.score:g}").replace("%4", w(latest.status)), "body"))
        rows: list[list[object]] = [[cell(w(h), bold=True) for h in CHECK_HEADINGS]]
        for scale in SCALES:
            value = latest.answers[scale.key]
            rows.append([cell(w(scale.question)), cell(w(scale.label(value))),
                         cell(w("%1 of 5").replace("%1", str(value)))])
        story += [Spacer(1, 2 * mm), _grid(rows, [usable * 0.5, usable * 0.35, usable * 0.15])]
        if latest.notes:
            story += [Spacer(1, 2 * mm), cell(w("Notes: %1").replace("%1", latest.notes), "body")]
        story.append(KeepTogether([
            cell(w("Trend (checks: %1)").replace("%1", str(len(data.checks))), "h2", bold=True),
            trend_chart(data.checks, usable, 62 * mm, w),
        ]))

    story.append(cell(w("What is due"), "h2", bold=True))
    if not data.items:
        story.append(cell(w("No certificates, licences or reviews are recorded for this space."), "body"))
    else:
        rows = [[cell(w(h), bold=True) for h in DUE_HEADINGS]]
        extra: list[tuple[object, ...]] = []
        for index, item in enumerate(data.items, start=1):
            state, bold = w(STATE_WORDS[item.state]), False
            if item.state == "overdue" and item.days_left is not None:
                state, bold = w("Overdue by %1 days").replace("%1", str(-item.days_left)), True
                extra.append(("BACKGROUND", (0, index), (-1, index), OVERDUE))
            elif item.state == "due soon":
                extra.append(("BACKGROUND", (0, index), (-1, index), DUE_SOON))
            due = _fmt(item.next_due, w) + (w(" (set by hand)") if item.next_due_overridden else "")
            rows.append([cell(item.kind), cell(_fmt(item.last_done, w)), cell(due), cell(state, bold=bold)])
        story.append(_grid(rows, [usable * 0.44, usable * 0.16, usable * 0.2, usable * 0.2], extra))

    story.append(cell(w("Asset of Community Value"), "h2", bold=True))
    story.append(Paragraph(escape(data.acv.summary()) + ".", st["body"]))
    for warning in data.acv.warnings():
        story.append(Paragraph(f"<b>{escape(warning)}</b>", st["body"]))
    return story


def write_health_report(db: Database, space_id: str, out: Path, today: date | None = None,
                        language: str = "en") -> Path:
    """Write the PDF for one space in `language` (names as they are); returns the path written."""
    data = gather(db, space_id, today or date.today(), language)
    w = data.words
    out = Path(out)
    doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=16 * mm, bottomMargin=16 * mm,
                            title=w("Health report: %1").replace("%1", data.space.name), author="CivicDesk")

    def footer(canvas: Canvas, doc_: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(REGULAR, 8)
        canvas.setFillColor(BAND_TEXT)
        foot = text_flowable(w("%1 — health report, %2").replace("%1", data.space.name)
                             .replace("%2", w.long_date(data.today)), ParagraphStyle(
                                 "foot", fontName=REGULAR, fontSize=8, leading=10, textColor=BAND_TEXT))
        foot.wrapOn(canvas, A4[0] / 2, 20 * mm)
        foot.drawOn(canvas, 18 * mm, 8 * mm)
        page = w("Page %1").replace("%1", str(doc_.page))
        if fonts.is_plain(page):
            canvas.drawRightString(A4[0] - 18 * mm, 9 * mm, page)
        else:
            number = text_flowable(page, ParagraphStyle("page", fontName=REGULAR, fontSize=8, leading=10,
                                                        textColor=BAND_TEXT, alignment=TA_RIGHT))
            number.wrapOn(canvas, 40 * mm, 20 * mm)
            number.drawOn(canvas, A4[0] - 58 * mm, 8 * mm)
        canvas.restoreState()

    try:
        doc.build(build_story(data), onFirstPage=footer, onLaterPages=footer)
    except OSError as exc:
        raise CivicDeskError(f"cannot write {out}: {exc.strerror or exc}") from exc
    return out
