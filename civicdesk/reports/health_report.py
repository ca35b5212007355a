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
from reportlab.lib.enums import TA_LEFT
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
from civicdesk.services.acv import AcvStatus, acv_status
from civicdesk.services.compliance import ComplianceService, ItemRow
from civicdesk.services.health import SCALES, STABLE_FROM, THRIVING_FROM, CheckSummary, HealthService
from civicdesk.services.health_evidence import EVIDENCE_LABEL, HealthEvidence, health_evidence
from civicdesk.services.spaces import SpaceService

OVERDUE = colors.HexColor("#f8d7da")
DUE_SOON = colors.HexColor("#fff3cd")
HEADER = colors.HexColor("#e9ecef")
LINE = colors.HexColor("#1f5f8b")
BAND_TEXT = colors.HexColor("#6c757d")
STATE_WORDS = {"overdue": "Overdue", "due soon": "Due soon", "ok": "In date", "no date": "No date set"}


@dataclass(frozen=True)
class HealthReportData:
    """Everything the report shows, read in a few short sessions."""

    space: Space
    checks: list[CheckSummary]
    items: list[ItemRow]
    acv: AcvStatus
    today: date
    evidence: HealthEvidence | None = None  # the diary's and the accounts' figures


def gather(db: Database, space_id: str, today: date) -> HealthReportData:
    space = SpaceService(db).get(space_id)
    return HealthReportData(
        space,
        HealthService(db).space_history(space_id),
        ComplianceService(db).items_for(space_id, today),
        acv_status(space.acv, today),
        today,
        health_evidence(db, space_id, today),
    )


def _styles() -> dict[str, ParagraphStyle]:
    base = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=base["BodyText"], fontName="Helvetica", fontSize=10, leading=13)
    return {
        "title": ParagraphStyle("title", parent=base["Title"], fontName="Helvetica-Bold", fontSize=20,
                                leading=24, alignment=TA_LEFT, spaceAfter=2 * mm),
        "h2": ParagraphStyle("h2", parent=base["Heading2"], fontName="Helvetica-Bold", fontSize=13,
                             leading=16, spaceBefore=5 * mm, spaceAfter=2 * mm),
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=8.5, leading=11, textColor=BAND_TEXT),
        "cell": ParagraphStyle("cell", parent=body, fontSize=9, leading=11),
    }


def _fmt(day: str | None) -> str:
    return date.fromisoformat(day).strftime("%d %b %Y") if day else "—"


def _party(value: dict[str, object] | None) -> str:
    return str((value or {}).get("name") or "") or "not recorded"


def trend_chart(checks: list[CheckSummary], width: float, height: float) -> Drawing:
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
    plot.xValueAxis.labels.fontName = plot.yValueAxis.labels.fontName = "Helvetica"
    plot.xValueAxis.labels.fontSize = plot.yValueAxis.labels.fontSize = 8
    plot.yValueAxis.valueMin, plot.yValueAxis.valueMax, plot.yValueAxis.valueStep = 0, 100, 20
    plot.yValueAxis.visibleGrid = True
    plot.yValueAxis.gridStrokeColor = colors.HexColor("#dee2e6")
    plot.lines[0].strokeColor = LINE
    plot.lines[0].strokeWidth = 1.6
    plot.lines[0].symbol = makeMarker("FilledCircle", size=4, fillColor=LINE, strokeColor=LINE)
    drawing.add(plot)
    for threshold, label in ((THRIVING_FROM, "thriving"), (STABLE_FROM, "stable")):
        y = plot.y + plot.height * threshold / 100
        drawing.add(Line(plot.x, y, plot.x + plot.width, y, strokeColor=BAND_TEXT, strokeDashArray=[3, 2],
                         strokeWidth=0.6))
        drawing.add(String(plot.x + plot.width + 4, y - 3, f"{label} from {threshold:g}",
                           fontName="Helvetica", fontSize=7, fillColor=BAND_TEXT))
    drawing.add(String(plot.x + plot.width + 4, plot.y + plot.height * STABLE_FROM / 200 - 3, "at risk",
                       fontName="Helvetica", fontSize=7, fillColor=BAND_TEXT))
    return drawing


def _grid(rows: list[list[object]], widths: list[float], extra: Sequence[tuple[Any, ...]] = ()) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9),
        ("FONT", (0, 1), (-1, -1), "Helvetica", 9),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#ced4da")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        *extra,
    ]))
    return table


def evidence_note(evidence: HealthEvidence | None, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    """Says what the figures column is: evidence from the records, not the committee's rating."""
    if evidence is None:
        return []
    return [Spacer(1, 1 * mm), Paragraph(f"<i>{escape(EVIDENCE_LABEL)}.</i>", st["small"])]


def build_story(data: HealthReportData) -> list[Flowable]:
    st = _styles()
    space = data.space
    usable = A4[0] - 36 * mm
    story: list[Flowable] = [Paragraph(escape(f"Health report: {space.name}"), st["title"])]
    where = structured.format_address(space.address) or space.website or ""
    kind = " · ".join(x for x in (space.category.title(), space.subtype, where) if x)
    story.append(Paragraph(escape(kind), st["body"]))
    story.append(Paragraph(f"Printed on {data.today:%d %B %Y}", st["small"]))

    facts = [
        ["Status", space.status, "Ownership type", space.ownership_type or "not recorded"],
        ["Owner", _party(space.owner), "Operator", _party(space.operator)],
        ["Maintainer", _party(space.maintainer), "Health checks", str(len(data.checks))],
    ]
    story += [Spacer(1, 3 * mm), Table(facts, colWidths=[28 * mm, usable / 2 - 28 * mm] * 2, hAlign="LEFT",
                                        style=[("FONT", (0, 0), (-1, -1), "Helvetica", 9.5),
                                               ("FONT", (0, 0), (0, -1), "Helvetica-Bold", 9.5),
                                               ("FONT", (2, 0), (2, -1), "Helvetica-Bold", 9.5)])]

    story.append(Paragraph("Latest health check", st["h2"]))
    if not data.checks:
        story.append(Paragraph("This space has never been checked. A check takes five minutes: "
                               "answer seven questions on the space's page.", st["body"]))
    else:
        latest = data.checks[-1]
        by = f", by {escape(latest.assessor)}" if latest.assessor else ""
        story.append(Paragraph(
            f"Checked on {_fmt(latest.checked_on)}{by}. Score <b>{latest.score:g}</b> out of 100: "
            f"<b>{latest.status}</b>.", st["body"]))
        figures = data.evidence.by_question if data.evidence else {}
        rows: list[list[object]] = [["Question", "Answer", "Scale", "Figures (evidence)"]]
        for scale in SCALES:
            value = latest.answers[scale.key]
            beside = "<br/>".join(escape(line) for line in figures.get(scale.key, []))
            question = Paragraph(escape(scale.question), st["cell"])
            answer = Paragraph(scale.label(value), st["cell"])
            rows.append([question, answer, f"{value} of 5", Paragraph(beside, st["small"])])
        widths = [usable * 0.3, usable * 0.17, usable * 0.1, usable * 0.43]
        story += [Spacer(1, 2 * mm), _grid(rows, widths)]
        story += evidence_note(data.evidence, st)
        if latest.notes:
            story += [Spacer(1, 2 * mm), Paragraph(f"<i>Notes:</i> {escape(latest.notes)}", st["body"])]
        story.append(KeepTogether([
            Paragraph(f"Trend ({len(data.checks)} check{'s' if len(data.checks) != 1 else ''})", st["h2"]),
            trend_chart(data.checks, usable, 62 * mm),
        ]))

    story.append(Paragraph("What is due", st["h2"]))
    if not data.items:
        none = "No certificates, licences or reviews are recorded for this space."
        story.append(Paragraph(none, st["body"]))
    else:
        rows = [["Item", "Last done", "Next due", "State"]]
        extra: list[tuple[object, ...]] = []
        for index, item in enumerate(data.items, start=1):
            state = STATE_WORDS[item.state]
            if item.state == "overdue" and item.days_left is not None:
                state = f"Overdue by {-item.days_left} days"
                extra += [("BACKGROUND", (0, index), (-1, index), OVERDUE),
                          ("FONT", (3, index), (3, index), "Helvetica-Bold", 9)]
            elif item.state == "due soon":
                extra.append(("BACKGROUND", (0, index), (-1, index), DUE_SOON))
            due = _fmt(item.next_due) + (" (set by hand)" if item.next_due_overridden else "")
            rows.append([Paragraph(escape(item.kind), st["cell"]), _fmt(item.last_done), due, state])
        story.append(_grid(rows, [usable * 0.44, usable * 0.16, usable * 0.2, usable * 0.2], extra))

    story.append(Paragraph("Asset of Community Value", st["h2"]))
    story.append(Paragraph(escape(data.acv.summary()) + ".", st["body"]))
    for warning in data.acv.warnings():
        story.append(Paragraph(f"<b>{escape(warning)}</b>", st["body"]))
    return story


def write_health_report(db: Database, space_id: str, out: Path, today: date | None = None) -> Path:
    """Write the PDF for one space; returns the path written."""
    data = gather(db, space_id, today or date.today())
    out = Path(out)
    doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=16 * mm, bottomMargin=16 * mm,
                            title=f"Health report: {data.space.name}", author="CivicDesk")

    def footer(canvas: Canvas, doc_: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.setFillColor(BAND_TEXT)
        canvas.drawString(18 * mm, 9 * mm, f"{data.space.name} — health report, {data.today:%d %B %Y}")
        canvas.drawRightString(A4[0] - 18 * mm, 9 * mm, f"Page {doc_.page}")
        canvas.restoreState()

    try:
        doc.build(build_story(data), onFirstPage=footer, onLaterPages=footer)
    except OSError as exc:
        raise CivicDeskError(f"cannot write {out}: {exc.strerror or exc}") from exc
    return out
