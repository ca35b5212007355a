"""The printed directory of local spaces and the groups that meet in them, in three layouts.

Built in one pass: the contents page shows page numbers through PDF forms filled in at the end,
and the index is generated once every entry has found its page.
"""

from __future__ import annotations

import io
import os
import tempfile
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Any, Literal

from reportlab import rl_config
from reportlab.lib.colors import Color, black, white
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    Image,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
)

from civicdesk.core.structured import ACCESSIBILITY_FEATURES
from civicdesk.errors import CivicDeskError
from civicdesk.portable import replace_file
from civicdesk.reports import booklet, fonts, index_order, map_page, map_plan
from civicdesk.reports.directory_data import DirectoryData, DirectoryEntry, DirectoryOptions, Section, load
from civicdesk.reports.directory_lines import ACCENT, ContentsLine, IndexLine, SectionHeading
from civicdesk.reports.flowables import (
    ICON_ORDER,
    Entry,
    IconRow,
    LabelledParagraph,
    draw_icon,
    text_flowable,
)
from civicdesk.reports.words import PrintWords


class DirectoryLayout(StrEnum):
    A4 = "a4"
    A5_BOOKLET = "a5-booklet"
    LARGE_PRINT = "large-print"


MUTED = Color(0.30, 0.30, 0.30)
RULE = Color(0.78, 0.80, 0.84)


@dataclass(frozen=True)
class LayoutSpec:
    pagesize: tuple[float, float]
    columns: int
    margin: float
    body: float
    name: float
    heading: float
    qr: float
    icon: float
    muted: Color
    split_between_groups: bool = False  # long entries may be cut at the foot of a page, between groups
    footer: float = 0.0  # size of the footer text; 0: from the body size


LAYOUTS = {
    DirectoryLayout.A4: LayoutSpec(A4, 2, 16 * mm, 8.8, 11.5, 13, 17 * mm, 10, MUTED),
    DirectoryLayout.A5_BOOKLET: LayoutSpec(A5, 1, 13 * mm, 8.8, 11, 12.5, 16 * mm, 10, MUTED),
    # Large print: 16 pt and more (the footer too), one column, black on white only.
    DirectoryLayout.LARGE_PRINT: LayoutSpec(A4, 1, 18 * mm, 16, 21, 26, 30 * mm, 20, black,
                                            split_between_groups=True, footer=16),
}


@dataclass(frozen=True)
class DirectoryResult:
    path: Path | None
    pages: int
    entries: int
    layout: str
    sheets: int = 0
    map_pages: int = 0

    def as_json(self) -> dict[str, Any]:
        return {"out": str(self.path) if self.path else None, "layout": self.layout, "pages": self.pages,
                "entries": self.entries, "sheets": self.sheets, "map_pages": self.map_pages}


class _Styles:
    def __init__(self, spec: LayoutSpec, words: PrintWords | None = None) -> None:
        self.words = words or PrintWords()
        sans, bold = fonts.sans_family(), fonts.font_name(fonts.LATIN, True)
        b = spec.body
        self.body = ParagraphStyle("body", fontName=sans, fontSize=b, leading=b * 1.28)
        self.small = ParagraphStyle("small", parent=self.body, textColor=spec.muted)
        self.name = ParagraphStyle("name", fontName=bold, fontSize=spec.name, leading=spec.name * 1.2,
                                   textColor=black, spaceAfter=1)
        self.group = ParagraphStyle("group", parent=self.body, fontName=bold, spaceBefore=b * 0.35)
        self.heading = ParagraphStyle("heading", fontName=bold, fontSize=spec.heading,
                                      leading=spec.heading * 1.25, textColor=white)
        self.index = ParagraphStyle("index", parent=self.body, leading=b * 1.3)
        self.title = ParagraphStyle("title", fontName=bold, fontSize=spec.heading * 2.3,
                                    leading=spec.heading * 2.7, textColor=ACCENT, alignment=TA_CENTER)
        self.subtitle = ParagraphStyle("subtitle", fontName=sans, fontSize=spec.heading * 1.15,
                                       leading=spec.heading * 1.5, alignment=TA_CENTER, textColor=black)
        self.contents = ParagraphStyle("contents", parent=self.body, fontSize=b * 1.25, leading=b * 2)


class _IndexPlaceholder(Flowable):
    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass


class DirectoryDocument(BaseDocTemplate):
    """Records where sections and entries land, to number the contents and build the index."""

    def __init__(self, target: Any, spec: LayoutSpec, styles: _Styles, data: DirectoryData,
                 footer: str, report: Callable[[int, int, str], None] | None = None) -> None:
        super().__init__(target, pagesize=spec.pagesize, leftMargin=spec.margin, rightMargin=spec.margin,
                         topMargin=spec.margin, bottomMargin=spec.margin * 1.3, title=data.title,
                         author="CivicDesk", subject="Directory of local spaces and groups",
                         # Otherwise every page lists an unembedded Helvetica.
                         initialFontName=fonts.font_name(fonts.LATIN))
        self.spec, self.styles, self.data, self.footer_text = spec, styles, data, footer
        self.section_pages: dict[int, int] = {}
        self.entry_pages: dict[str, int] = {}
        self.index_page = 0
        self.report = report
        self._done = 0
        width, height = spec.pagesize
        inner_w = width - 2 * spec.margin
        inner_h = height - spec.margin * 2.3
        gutter = 7 * mm
        column_w = (inner_w - gutter * (spec.columns - 1)) / spec.columns
        columns = [
            Frame(spec.margin + i * (column_w + gutter), spec.margin * 1.3, column_w, inner_h,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id=f"col{i}")
            for i in range(spec.columns)
        ]
        single = Frame(spec.margin, spec.margin * 1.3, inner_w, inner_h, leftPadding=0, rightPadding=0,
                       topPadding=0, bottomPadding=0, id="single")
        self.addPageTemplates([
            PageTemplate("cover", [single], onPage=self._cover_page),
            PageTemplate("front", [single], onPage=self._footer),
            PageTemplate("body", columns, onPage=self._footer),
        ])

    def _cover_page(self, canvas: Canvas, doc: Any) -> None:
        width, height = self.spec.pagesize
        canvas.saveState()
        canvas.setFillColor(ACCENT)
        canvas.rect(0, height - 12 * mm, width, 12 * mm, stroke=0, fill=1)
        canvas.rect(0, 0, width, 8 * mm, stroke=0, fill=1)
        canvas.restoreState()

    def _footer(self, canvas: Canvas, doc: Any) -> None:
        width, _ = self.spec.pagesize
        m = self.spec.margin
        size = self.spec.footer or max(7.5, self.spec.body * 0.85)
        y = m * 0.65
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(m, y + size * 1.4, width - m, y + size * 1.4)
        canvas.setFillColor(self.spec.muted)
        page = self.styles.words("Page %1").replace("%1", str(canvas.getPageNumber()))
        if fonts.is_plain(self.footer_text + page):
            canvas.setFont(fonts.font_name(fonts.LATIN), size)
            canvas.drawString(m, y, self.footer_text)
            canvas.setFont(fonts.font_name(fonts.LATIN, True), size)
            canvas.drawRightString(width - m, y, page)
        else:  # another script (Urdu): laid out as text so it is shaped and in reading order
            style = ParagraphStyle("footer", fontName=fonts.sans_family(), fontSize=size, leading=size * 1.2,
                                   textColor=self.spec.muted)
            for text, x, right in ((self.footer_text, m, False), (page, width / 2, True)):
                align: Literal[0, 2] = TA_RIGHT if right else TA_LEFT
                line = text_flowable(text, ParagraphStyle("f", parent=style, alignment=align))
                line.wrapOn(canvas, width / 2 - m, size * 3)
                line.drawOn(canvas, x, y - size * 0.25)
        canvas.restoreState()

    def afterFlowable(self, flowable: Flowable) -> None:
        page = self.page
        if isinstance(flowable, Entry):
            self.entry_pages.setdefault(flowable.key, page)
            self._done += 1
            if self.report is not None and self._done % 50 == 0:
                self.report(self._done, self.data.entry_count, "laying out entries")
        elif isinstance(flowable, KeepTogether):
            for inner in flowable._content:  # type: ignore[attr-defined]  # not in reportlab's stubs
                self.afterFlowable(inner)
        elif isinstance(flowable, SectionHeading):
            self.section_pages.setdefault(flowable.number, page)
        elif isinstance(flowable, _IndexMarker):
            self.index_page = page

    def handle_flowable(self, flowables: list[Flowable]) -> None:
        if flowables and type(flowables[0]) is _IndexPlaceholder:
            flowables[0:1] = self._index_story()
        super().handle_flowable(flowables)

    def _index_story(self) -> list[Flowable]:
        pages: dict[str, set[int]] = defaultdict(set)
        for section in self.data.sections:
            for entry in section.entries:
                page = self.entry_pages.get(entry.id)
                if page is None:
                    continue
                pages[entry.name].add(page)
                for meeting in entry.meetings:
                    pages[meeting.group].add(page)
        story: list[Flowable] = [SectionHeading(self.styles.words("Index"), self.styles.heading, -1)]
        for letter, names in index_order.ordered(list(pages)):
            story.append(text_flowable(letter, ParagraphStyle(
                "letter", parent=self.styles.index, textColor=ACCENT, spaceBefore=4,
                fontName=fonts.font_name(fonts.LATIN, True), keepWithNext=1), bold=True))
            for name in names:
                numbers = ", ".join(str(p) for p in sorted(pages[name]))
                story.append(IndexLine(name, numbers, self.styles.index))
        return story

    def _endBuild(self) -> None:
        # Fill in the contents page numbers now that every section has a page.
        size = self.styles.contents.fontSize
        for number in range(len(self.data.sections)):
            self.canv.beginForm(f"toc{number}", -100, -20, 10, 40)
            self.canv.setFont(fonts.font_name(fonts.LATIN, True), size)
            self.canv.drawRightString(0, 0, str(self.section_pages.get(number, "")))
            self.canv.endForm()
        self.canv.beginForm("toc_index", -100, -20, 10, 40)
        self.canv.setFont(fonts.font_name(fonts.LATIN, True), size)
        self.canv.drawRightString(0, 0, str(self.index_page))
        self.canv.endForm()
        super()._endBuild()  # type: ignore[misc]  # reportlab's own hook, not in its stubs


def _entry(entry: DirectoryEntry, spec: LayoutSpec, st: _Styles,
           atlas: map_plan.Atlas | None = None) -> Entry:
    name = f"{atlas.numbers[entry.id]}\u2002{entry.name}" if atlas else entry.name  # the number on the map
    parts: list[Flowable] = [text_flowable(name, st.name, bold=True)]
    meta = " · ".join(p for p in (entry.kind, entry.area, atlas.label(entry.id) if atlas else "") if p)
    if meta:
        parts.append(text_flowable(meta, st.small))
    breaks = []
    for meeting in entry.meetings:
        breaks.append(len(parts))
        parts.append(text_flowable(meeting.group, st.group, bold=True))
        if meeting.when:
            parts.append(text_flowable(meeting.when, st.body))
        if meeting.description:
            parts.append(text_flowable(meeting.description, st.body))
        if meeting.contact:
            parts.append(text_flowable(meeting.contact, st.small))
    words = st.words
    details = [(words("Where"), entry.address), (words("Open"), entry.hours), (words("Run by"), entry.run_by)]
    breaks.append(len(parts))
    for label, value in details:
        if value and fonts.is_plain(value + label):
            parts.append(LabelledParagraph(label, value, st.body))
        elif value:
            parts.append(Paragraph(f"{fonts.markup(label, bold=True)} {fonts.markup(value)}", st.body))
    if entry.accessibility:
        parts.append(Spacer(1, 2))
        parts.append(IconRow(list(entry.accessibility), spec.icon))
    if entry.website:
        # Plain text: paper has the QR code, and a link annotation per entry cost a fifth of the build.
        parts.append(text_flowable(entry.website, st.small))
    # Only an entry taller than a column is ever cut; then its second part is headed by its name.
    continued = words("%1 (continued)").replace("%1", name)
    return Entry(parts, qr=entry.website, qr_size=spec.qr, gap=spec.body * 0.9, rule=RULE, key=entry.id,
                 breaks=frozenset(breaks), continued=lambda: text_flowable(continued, st.group),
                 split_between_groups=spec.split_between_groups)


def _section_story(section: Section, number: int, spec: LayoutSpec, st: _Styles,
                   atlas: map_plan.Atlas | None = None) -> list[Flowable]:
    entries = [_entry(e, spec, st, atlas) for e in section.entries]
    heading = SectionHeading(section.title, st.heading, number)
    return [KeepTogether([heading, entries[0]]), *entries[1:]] if entries else [heading]


class _Legend(Flowable):
    """What the accessibility symbols mean, drawn with the same symbols as the entries."""

    def __init__(self, style: ParagraphStyle, icon: float, words: PrintWords) -> None:
        super().__init__()
        self.style, self.icon, self.words = style, icon, words

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        self.row = max(self.icon, self.style.leading) * 1.35
        self.height = self.row * len(ICON_ORDER)
        return avail_width, self.height

    def draw(self) -> None:
        for index, key in enumerate(ICON_ORDER):
            y = self.height - (index + 1) * self.row
            draw_icon(self.canv, key, 0, y, self.icon)
            meaning = text_flowable(self.words(ACCESSIBILITY_FEATURES[key]), self.style)
            _, tall = meaning.wrapOn(self.canv, self.width - self.icon * 1.6, self.row)
            meaning.drawOn(self.canv, self.icon * 1.6, y + (self.icon - tall) / 2 + self.style.fontSize * 0.1)


def _story(data: DirectoryData, options: DirectoryOptions, spec: LayoutSpec, st: _Styles,
           printed: str, maps: list[Flowable] | None = None, atlas: map_plan.Atlas | None = None
           ) -> list[Flowable]:
    story: list[Flowable] = [Spacer(1, spec.pagesize[1] * 0.18)]
    if options.logo:
        logo = Path(options.logo)
        if not logo.is_file():
            raise CivicDeskError(f"the logo file {logo} does not exist")
        image = Image(str(logo))
        scale = min(60 * mm / image.drawWidth, 40 * mm / image.drawHeight, 1.0)
        image.drawWidth, image.drawHeight = image.drawWidth * scale, image.drawHeight * scale
        story += [image, Spacer(1, 10 * mm)]
    story.append(text_flowable(data.title, st.title, bold=True))
    story.append(Spacer(1, 6 * mm))
    words = st.words
    subtitle = (words("Local spaces, groups and what happens where in %1").replace("%1", data.area)
                if data.area else words("Local spaces, groups and what happens where"))
    story.append(text_flowable(subtitle, st.subtitle))
    story.append(Spacer(1, 10 * mm))
    story.append(text_flowable(words("Places: %1 · printed %2").replace("%1", str(data.entry_count))
                               .replace("%2", printed), st.subtitle))
    story += [NextPageTemplate("front"), PageBreak()]
    story.append(SectionHeading(words("Contents"), st.heading, -2))
    story.append(Spacer(1, 4))
    for number, section in enumerate(data.sections):
        story.append(ContentsLine(f"{section.title} ({len(section.entries)})", f"toc{number}", st.contents))
    story.append(ContentsLine(words("Index"), "toc_index", st.contents))
    story += [Spacer(1, 8 * mm), text_flowable(words("Symbols used in this directory"), st.body, bold=True),
              Spacer(1, 4), _Legend(st.body, spec.icon, words), Spacer(1, 6 * mm),
              text_flowable(words("Scan a square code with a phone camera to open the place's website. "
                                  "Groups are listed under the place where they meet; contact details of "
                                  "volunteers are printed only with their consent."), st.body)]
    if maps:
        story += [PageBreak(), *maps]
    story += [NextPageTemplate("body"), PageBreak()]
    for number, section in enumerate(data.sections):
        story += _section_story(section, number, spec, st, atlas)
    if not data.sections:
        story.append(text_flowable(words("No places match the chosen filters."), st.body))
    story += [PageBreak(), _IndexMarker(), _IndexPlaceholder()]
    return story


class _IndexMarker(_IndexPlaceholder):
    """Marks the page where the index starts (for the contents)."""


def long_date(value: date, words: PrintWords | None = None) -> str:
    return (words or PrintWords()).long_date(value)


def render(data: DirectoryData, options: DirectoryOptions,
           report: Callable[[int, int, str], None] | None = None) -> tuple[bytes, int, int]:
    """The PDF bytes of a directory, its page count and (for booklets) its sheet count."""
    layout = DirectoryLayout(options.layout)
    spec = LAYOUTS[layout]
    words = PrintWords(options.language)
    styles = _Styles(spec, words)
    printed = long_date(options.printed_on or date.today(), words)
    updated = long_date(date.fromisoformat(data.updated), words) if data.updated else printed
    buffer = io.BytesIO()
    footer = words("%1 · last updated %2").replace("%1", data.title).replace("%2", updated)
    doc = DirectoryDocument(buffer, spec, styles, data, footer, report)
    tiles = map_page.open_basemap(options.basemap) if options.map else None
    atlas = map_plan.plan(data, layout.value) if options.map else None
    maps = map_page.story(atlas, tiles, spec.body, layout.value) if atlas else None
    story = _story(data, options, spec, styles, printed, maps, atlas)
    # Binary streams: ASCII85 armour made the file 25% bigger and cost a fifth of the build time.
    previous, rl_config.useA85 = rl_config.useA85, 0
    try:
        doc.build(story)
    finally:
        rl_config.useA85 = previous
        if tiles is not None:
            tiles.close()
    pdf = buffer.getvalue()
    pages = doc.page
    if layout is DirectoryLayout.A5_BOOKLET:
        pdf, padded = booklet.impose(pdf)
        return pdf, padded, padded // 4
    return pdf, pages, 0


def check_out_path(out: Path) -> None:
    """Fail before the slow work if the PDF could not be saved there."""
    out = Path(out).expanduser()
    if out.is_dir():
        raise CivicDeskError(f"{out} is a folder; give a file name ending in .pdf")
    if not out.parent.is_dir():
        raise CivicDeskError(f"cannot save the directory to {out}: the folder {out.parent} does not exist")
    if not os.access(out.parent, os.W_OK) or (out.exists() and not os.access(out, os.W_OK)):
        raise CivicDeskError(f"cannot save the directory to {out}: you may not write there")


def write_pdf(pdf: bytes, out: Path) -> None:
    """Write atomically, with a message a volunteer understands if the place is not writable."""
    out = Path(out).expanduser()
    check_out_path(out)
    try:
        fd, tmp = tempfile.mkstemp(prefix=".directory-", suffix=".pdf", dir=out.parent)
    except OSError as exc:
        raise CivicDeskError(f"cannot save the directory to {out}: {exc.strerror or exc}") from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(pdf)
        replace_file(tmp, out)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise CivicDeskError(f"cannot save the directory to {out}: {exc.strerror or exc}") from exc


def build_directory(db: Any, options: DirectoryOptions, out: Path | None = None,
                    report: Callable[[int, int, str], None] | None = None) -> tuple[bytes, DirectoryResult]:
    """Read the database, lay out the directory, and save it to `out` if given."""
    if options.layout not in {x.value for x in DirectoryLayout}:
        raise CivicDeskError(f"unknown layout “{options.layout}”; choose a4, a5-booklet or large-print")
    if out is not None:
        check_out_path(out)
    data = load(db, options)
    pdf, pages, sheets = render(data, options, report)
    if out is not None:
        write_pdf(pdf, out)
    map_pages = map_plan.plan(data, options.layout).map_pages if options.map else 0
    return pdf, DirectoryResult(out, pages, data.entry_count, options.layout, sheets, map_pages)


def render_sample(out_path: Path) -> Path:
    """A one-page PDF in every bundled font: the self-check that fonts load and embed."""
    from civicdesk.reports.directory_data import MeetingLine
    from civicdesk.services.demo_people_places import vocabulary

    meetings = tuple(MeetingLine(name, "Saturdays 10:00–12:00", description)
                     for name, description, _ in vocabulary()["multilingual"]["groups"])
    entry = DirectoryEntry("sample", "Sample Community Hall", "Village hall", "Green End", "1 Church Lane",
                           "Mon–Fri 09:00–17:00", ("step_free", "hearing_loop"), "https://example.org",
                           "", meetings)
    spec, st = LAYOUTS[DirectoryLayout.A4], _Styles(LAYOUTS[DirectoryLayout.A4])
    buffer = io.BytesIO()
    doc = BaseDocTemplate(buffer, pagesize=A4, initialFontName=fonts.font_name(fonts.LATIN))
    doc.addPageTemplates([PageTemplate("one", [Frame(20 * mm, 20 * mm, 100 * mm, 257 * mm)])])
    doc.build([_entry(entry, spec, st)])
    write_pdf(buffer.getvalue(), Path(out_path))
    return Path(out_path)
