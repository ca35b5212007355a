"""The funder pack: one space's evidence for a grant-maker, as a PDF with charts.

It answers what a funder asks, in order: what the place is and who it serves, how often it is used
and by whom, whether it pays its way (income and costs over the years, reserves), what work it
needs and what that costs, how healthy the committee judges it, and whether its duties are in
order (certificates, ACV). Written from `civicdesk report funder SPACE --out FILE.pdf` and from
the space's page. Figures are computed from the records; the health ratings are the committee's.
"""

from __future__ import annotations

from collections.abc import Callable
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
from civicdesk.services.usage import half_year_rates

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
    value_label: str | Callable[[float], str],
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


def _pounds_label(value: float) -> str:
    return f"£{value:,.0f}"


def _ordinal(day: int) -> str:
    return "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _day(iso: str) -> str:
    day = date.fromisoformat(iso)
    return f"{day.day} {day:%B %Y}"


def _plural(n: int, one: str, many: str) -> str:
    return f"{n:,} {one if n == 1 else many}"


def _use_lines(data: FunderData) -> list[str]:
    facts = data.use.facts
    if not facts.has_bookings:
        return ["No bookings are recorded for the last 12 months."]
    occupancy = (
        f", {round(facts.occupancy * 100):g}% of the hours it is open" if facts.occupancy is not None else ""
    )
    lines = [
        f"It was booked for <b>{facts.booked_hours:,.0f} hours</b> in the last 12 months: about "
        f"{facts.hours_per_week:g} hours a week{occupancy}."
    ]
    earlier, later = half_year_rates(facts.months, facts.first_day, facts.last_day)
    if facts.trend == "steady":
        lines.append(f"Bookings held steady over the year, at about {later:g} hours a week.")
    else:
        verb = "rose" if facts.trend == "rising" else "fell"
        lines.append(
            f"Bookings {verb} from {earlier:g} to {later:g} hours a week over the year "
            "(the first six months against the last six)."
        )
    return lines


def _money_lines(money: FinanceFacts) -> list[str]:
    if not money.has_figures:
        return ["No income, costs or reserves have been entered yet."]
    gap = money.surplus_pence
    balance = (
        f"a surplus of {pounds(gap, False)}" if gap > 0
        else f"a shortfall of {pounds(-gap, False)}" if gap < 0 else "it broke even"
    )
    lines = [
        f"In the last 12 months its income was {pounds(money.income_pence, False)} and its running costs "
        f"{pounds(money.costs_pence, False)}: {balance}."
    ]
    months = money.months_of_reserves
    if money.reserves_pence is None:
        lines.append("Its reserves have not been stated.")
    elif months is None:
        lines.append(f"It holds reserves of {pounds(money.reserves_pence, False)}.")
    else:
        lines.append(
            f"Its reserves of {pounds(money.reserves_pence, False)} would cover about {months:g} months "
            "of running costs."
        )
    if money.backlog_items:
        ratio = money.backlog_to_reserves
        against = f", {ratio:g} times its reserves" if ratio is not None and ratio >= 1 else ""
        works = _plural(money.backlog_items, "repair or improvement", "repairs and improvements")
        lines.append(f"The {works} it needs would cost <b>{pounds(money.backlog_pence, False)}</b>{against}.")
    if money.overdue_invoices:
        owed = _plural(money.overdue_invoices, "hirer's invoice is", "hirers' invoices are")
        lines.append(f"{owed} overdue, with {pounds(money.overdue_pence)} still owed.")
    return lines


def _summary(data: FunderData) -> list[str]:
    use = data.use
    lines = _use_lines(data)
    users = len(set(use.groups_meeting) | {name for name, _ in use.regular_hirers})
    if users:
        who = _plural(users, "group or regular hirer uses", "groups and regular hirers use")
        lines.append(f"<b>{who}</b> it.")
    lines += _money_lines(data.money)
    overdue = sum(1 for i in data.items if i.state == "overdue")
    if data.items:
        lines.append(
            "All its safety certificates and checks are in date."
            if not overdue
            else f"<b>{overdue}</b> of its {len(data.items)} safety certificates and checks "
            f"{'is' if overdue == 1 else 'are'} overdue."
        )
    if data.checks:
        latest = data.checks[-1]
        lines.append(
            f"The committee's latest health check ({_day(latest.checked_on)}) scored it "
            f"<b>{latest.score:g}</b> out of 100: {escape(latest.status)}."
        )
    lines.append(_acv_sentence(data))
    return lines


def _acv_sentence(data: FunderData) -> str:
    summary = data.acv.summary()
    if data.acv.state == "none":
        return "It is not listed as an Asset of Community Value."
    return "Asset of Community Value: " + escape(summary[0].lower() + summary[1:]) + "."


def _who(data: FunderData, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    use = data.use
    story: list[Flowable] = [Paragraph("Who uses it and how often", st["h2"])]
    if use.facts.has_bookings:
        months = use.facts.months
        labels = [date.fromisoformat(m.month + "-01").strftime("%b") for m in months]
        first = date.fromisoformat(months[0].month + "-01")
        caption = Paragraph(
            f"Hours booked each month, {first:%B %Y} to {data.today:%B %Y} "
            f"({data.today:%B} so far, to the {data.today.day}{_ordinal(data.today.day)})",
            st["small"],
        )
        chart = _bars([[m.hours for m in months]], ["Hours"], [HOURS], labels, 55 * mm, "%d")
        story.append(KeepTogether([caption, chart]))
    rows: list[list[object]] = [["Who", "How often"]]
    rows += [[text_flowable(name, st["cell"]), "meets here regularly"] for name in use.groups_meeting]
    rows += [
        [text_flowable(name, st["cell"]), f"booked on {n} days in the last 12 months"]
        for name, n in use.regular_hirers
        if name not in use.groups_meeting
    ]
    if use.private_bookings:
        rows.append(["Private hires (not named)",
                     f"{_plural(use.private_bookings, 'booking', 'bookings')} in the last 12 months"])
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
            _pounds_label,
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
    rows: list[list[object]] = [["Work", "Urgency", "Due by", "Estimated cost"]]
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
        table: Flowable = _grid(rows, [USABLE * 0.5, USABLE * 0.25, USABLE * 0.25], extra)
    else:
        table = Paragraph("No certificates or checks are recorded.", st["body"])
    # The last lines of the pack stay with the table above them, never alone on a page.
    acv = Paragraph(_acv_sentence(data), st["body"])
    story[-1:] = [KeepTogether([heading, table, Spacer(1, 2 * mm), acv])]
    return story


def build_story(data: FunderData) -> list[Flowable]:
    st = _styles()
    space = data.space
    story: list[Flowable] = [text_flowable(space.name, st["title"])]
    where = structured.format_address(space.address)
    story.append(
        Paragraph(
            escape(" · ".join(x for x in (_capital(space.subtype or space.category), where) if x)), st["body"]
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
    # Said at the start, where a funder weighs the figures (at the end it could fall onto a page alone).
    note = Paragraph(
        "The hours, income, costs, reserves and the cost of works are worked out from the records the "
        "committee keeps; the health check scores are the committee's own judgement.",
        st["small"],
    )
    story += [Spacer(1, 4 * mm), box, Spacer(1, 1 * mm), note]
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
