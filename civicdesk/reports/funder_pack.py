"""The funder pack: one space's evidence for a grant-maker, as a PDF with charts.

It answers what a funder asks, in order: what the place is and who it serves, how often it is used
and by whom, whether it pays its way (income and costs over the years, reserves), what work it
needs and what that costs, how healthy the committee judges it, and whether its duties are in
order (certificates, ACV). Written from `civicdesk report funder SPACE --out FILE.pdf` and from
the space's page. Figures are computed from the records; the health ratings are the committee's.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
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
from civicdesk.errors import CivicDeskError
from civicdesk.reports.flowables import text_flowable
from civicdesk.reports.health_report import (
    BAND_TEXT,
    DUE_SOON,
    OVERDUE,
    STATE_WORDS,
    _grid,
    _styles,
    trend_chart,
)
from civicdesk.services.finance_facts import FinanceFacts
from civicdesk.services.funder_data import FunderData, gather
from civicdesk.services.money import URGENCY_WORDS, pounds

INCOME = colors.HexColor("#2b7a4b")
COSTS = colors.HexColor("#b5473a")
HOURS = colors.HexColor("#1f5f8b")
BOX = colors.HexColor("#eef4f8")
MARGIN = 18 * mm
USABLE = A4[0] - 2 * MARGIN


def _bars(
    data: list[list[float]],
    names: list[str],
    fills: list[colors.Color],
    labels: list[str],
    height: float,
    value_label: str,
) -> Drawing:
    drawing = Drawing(USABLE, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 48, 28
    chart.width, chart.height = USABLE - 150, height - 40  # type: ignore[assignment]
    chart.data = data
    chart.categoryAxis.categoryNames = labels
    chart.categoryAxis.labels.fontName = chart.valueAxis.labels.fontName = "Helvetica"
    chart.categoryAxis.labels.fontSize = chart.valueAxis.labels.fontSize = 8
    chart.valueAxis.valueMin = 0
    top = max((v for row in data for v in row), default=0)
    chart.valueAxis.valueMax = top * 1.15 if top else 1
    chart.valueAxis.labelTextFormat = value_label
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#dee2e6")
    chart.barSpacing, chart.groupSpacing = 1, 8
    for index, fill in enumerate(fills):
        chart.bars[index].fillColor = fill
        chart.bars[index].strokeColor = fill
    drawing.add(chart)
    if len(names) > 1:
        legend = Legend()
        legend.x, legend.y = chart.x + chart.width + 14, chart.y + chart.height - 4
        legend.fontName, legend.fontSize = "Helvetica", 8
        legend.colorNamePairs = list(zip(fills, names, strict=True))
        drawing.add(legend)
    return drawing


def _day(iso: str) -> str:
    day = date.fromisoformat(iso)
    return f"{day.day} {day:%B %Y}"


def _summary(data: FunderData) -> list[str]:
    use, money = data.use, data.money
    facts = use.facts
    lines = []
    if facts.has_bookings:
        occupancy = (
            f"; {round(facts.occupancy * 100):g}% of its opening hours" if facts.occupancy is not None else ""
        )
        lines.append(
            f"Booked for <b>{facts.booked_hours:,.0f} hours</b> in the last 12 months (about "
            f"{facts.hours_per_week:g} hours a week{occupancy}), use {facts.trend}."
        )
    else:
        lines.append("No bookings are recorded for the last 12 months.")
    users = len(set(use.groups_meeting) | {name for name, _ in use.regular_hirers})
    if users:
        lines.append(f"<b>{users}</b> groups and regular hirers use it.")
    for text in money.in_words().values():
        lines.append(escape(text) + ".")
    overdue = sum(1 for i in data.items if i.state == "overdue")
    if data.items:
        lines.append(
            "All certificates and checks are in date."
            if not overdue
            else f"<b>{overdue}</b> of {len(data.items)} certificates or checks are overdue."
        )
    if data.checks:
        latest = data.checks[-1]
        lines.append(
            f"The committee's latest health check ({_day(latest.checked_on)}) scored it "
            f"<b>{latest.score:g}</b> out of 100: {escape(latest.status)}."
        )
    lines.append("Asset of Community Value: " + escape(data.acv.summary()) + ".")
    return lines


def _who(data: FunderData, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    use = data.use
    story: list[Flowable] = [Paragraph("Who uses it and how often", st["h2"])]
    if use.facts.has_bookings:
        months = use.facts.months
        labels = [date.fromisoformat(m.month + "-01").strftime("%b") for m in months]
        caption = Paragraph("Hours booked each month, the last 12 months", st["small"])
        chart = _bars([[m.hours for m in months]], ["Hours"], [HOURS], labels, 55 * mm, "%d")
        story.append(KeepTogether([caption, chart]))
    rows: list[list[object]] = [["Who", "How"]]
    rows += [[text_flowable(name, st["cell"]), "meets here regularly"] for name in use.groups_meeting]
    rows += [
        [text_flowable(name, st["cell"]), f"booked on {n} days in 12 months"]
        for name, n in use.regular_hirers
        if name not in use.groups_meeting
    ]
    if use.private_bookings:
        rows.append(["Private hires (not named)", f"{use.private_bookings} bookings in 12 months"])
    if len(rows) > 1:
        story += [Spacer(1, 2 * mm), _grid(rows[:26], [USABLE * 0.6, USABLE * 0.4])]
    elif not use.facts.has_bookings:
        story.append(Paragraph("No groups or bookings are recorded yet.", st["body"]))
    return story


def _money(data: FunderData, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    money = data.money
    story: list[Flowable] = [CondPageBreak(90 * mm), Paragraph("Does it pay its way?", st["h2"])]
    if not money.has_figures:
        story.append(Paragraph("No income or costs have been entered for this space.", st["body"]))
        return story
    years = [y for y in money.years if y.income_pence or y.costs_pence]
    if years:
        chart = _bars(
            [[y.income_pence / 100 for y in years], [y.costs_pence / 100 for y in years]],
            ["Income", "Costs"],
            [INCOME, COSTS],
            [str(y.year) for y in years],
            60 * mm,
            "£%d",
        )
        caption = Paragraph("Income and running costs by calendar year (this year so far)", st["small"])
        story.append(KeepTogether([caption, chart]))
    story += [Spacer(1, 2 * mm), _side_by_side(money)]
    return story


def _category_table(title: str, parts: dict[str, int], total: int, width: float) -> Table:
    rows: list[list[object]] = [[title, "£"]]
    rows += [[name.capitalize(), pounds(amount, False)] for name, amount in parts.items()]
    rows.append(["Total", pounds(total, False)])
    extra = [("ALIGN", (1, 0), (1, -1), "RIGHT"), ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 9)]
    return _grid(rows, [width * 0.62, width * 0.38], extra)


def _side_by_side(money: FinanceFacts) -> Table:
    """Where the money came from and where it went, the last 12 months, as two tables side by side."""
    half = USABLE / 2 - 3 * mm
    income = _category_table("Income, last 12 months", money.income_by_category, money.income_pence, half)
    costs = _category_table("Running costs, last 12 months", money.costs_by_category, money.costs_pence, half)
    table = Table([[income, costs]], colWidths=[USABLE / 2, USABLE / 2], hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return table


def _backlog(data: FunderData, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    story: list[Flowable] = [CondPageBreak(40 * mm), Paragraph("Work it needs", st["h2"])]
    if not data.backlog:
        story.append(Paragraph("No maintenance or capital works are listed.", st["body"]))
        return story
    rows: list[list[object]] = [["Work", "Urgency", "Due", "Estimated cost"]]
    rows += [
        [
            text_flowable(b.title, st["cell"]),
            URGENCY_WORDS.get(b.urgency, b.urgency),
            str(b.due_year or "—"),
            pounds(b.estimated_pence, False),
        ]
        for b in data.backlog
    ]
    rows.append(["Total", "", "", pounds(data.money.backlog_pence, False)])
    extra: list[tuple[Any, ...]] = [
        ("ALIGN", (3, 0), (3, -1), "RIGHT"),
        ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 9),
    ]
    extra += [
        ("BACKGROUND", (0, i), (-1, i), OVERDUE)
        for i, b in enumerate(data.backlog, 1)
        if b.urgency == "urgent"
    ]
    story.append(_grid(rows, [USABLE * 0.42, USABLE * 0.26, USABLE * 0.1, USABLE * 0.22], extra))
    return story


def _duties(data: FunderData, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    heading = Paragraph("Safety, compliance and community value", st["h2"])
    story: list[Flowable] = [CondPageBreak(45 * mm), heading]
    if data.items:
        rows: list[list[object]] = [["Certificate or check", "Next due", "State"]]
        extra = []
        for index, item in enumerate(data.items, start=1):
            due = _day(item.next_due) if item.next_due else "—"
            rows.append([text_flowable(item.kind, st["cell"]), due, STATE_WORDS[item.state]])
            if item.state == "overdue":
                extra.append(("BACKGROUND", (0, index), (-1, index), OVERDUE))
            elif item.state == "due soon":
                extra.append(("BACKGROUND", (0, index), (-1, index), DUE_SOON))
        story.append(_grid(rows, [USABLE * 0.5, USABLE * 0.25, USABLE * 0.25], extra))
    else:
        story.append(Paragraph("No certificates or checks are recorded.", st["body"]))
    story.append(Spacer(1, 2 * mm))
    story.append(
        Paragraph("<b>Asset of Community Value:</b> " + escape(data.acv.summary()) + ".", st["body"])
    )
    return story


def build_story(data: FunderData) -> list[Flowable]:
    st = _styles()
    space = data.space
    story: list[Flowable] = [text_flowable(space.name, st["title"])]
    where = structured.format_address(space.address)
    story.append(
        Paragraph(
            escape(" · ".join(x for x in (space.subtype or space.category.title(), where) if x)), st["body"]
        )
    )
    by = f" by {escape(data.prepared_by)}" if data.prepared_by else ""
    story.append(
        Paragraph(f"Evidence for funders, prepared{by} on {data.today.day} {data.today:%B %Y}", st["small"])
    )
    if space.description:
        story += [Spacer(1, 2 * mm), text_flowable(space.description, st["body"])]
    box = Table(
        [
            [
                [Paragraph("At a glance", st["h2"])]
                + [Paragraph("• " + line, st["body"]) for line in _summary(data)]
            ]
        ],
        colWidths=[USABLE],
        hAlign="LEFT",
    )
    box.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), BOX),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    story += [Spacer(1, 4 * mm), box]
    story += _who(data, st) + _money(data, st) + _backlog(data, st)
    story.append(Paragraph("How the committee rates it", st["h2"]))
    if data.checks:
        story.append(
            KeepTogether(
                [
                    Paragraph(
                        f"Health check scores out of 100 ({len(data.checks)} checks): the committee's own "
                        "ratings of condition, use, openness, how it is valued, finances and ownership.",
                        st["small"],
                    ),
                    trend_chart(data.checks, USABLE, 58 * mm),
                ]
            )
        )
    else:
        story.append(Paragraph("The committee has not yet recorded a health check.", st["body"]))
    story += _duties(data, st)
    story += [
        Spacer(1, 5 * mm),
        Paragraph(
            "Hours, income, costs, reserves and the backlog are worked out from the records kept in "
            "CivicDesk; "
            "the health check scores are the committee's own judgement.",
            st["small"],
        ),
    ]
    return story


def write_funder_pack(db: Database, space_id: str, out: Path, today: date | None = None) -> Path:
    data = gather(db, space_id, today or date.today())
    out = Path(out)
    doc = SimpleDocTemplate(
        str(out),
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=16 * mm,
        bottomMargin=16 * mm,
        title=f"{data.space.name}: evidence for funders",
        author=data.prepared_by or "CivicDesk",
    )

    def footer(canvas: Canvas, doc_: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.setFillColor(BAND_TEXT)
        canvas.drawString(MARGIN, 9 * mm, f"{data.space.name} — evidence for funders, {data.today:%d %B %Y}")
        canvas.drawRightString(A4[0] - MARGIN, 9 * mm, f"Page {doc_.page}")
        canvas.restoreState()

    try:
        doc.build(build_story(data), onFirstPage=footer, onLaterPages=footer)
    except OSError as exc:
        raise CivicDeskError(f"cannot write {out}: {exc.strerror or exc}") from exc
    return out
