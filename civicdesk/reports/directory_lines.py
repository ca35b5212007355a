"""The directory's own lines: section bands, contents lines with late page numbers, index lines."""

from __future__ import annotations

from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    Flowable,
)

from civicdesk.reports import fonts
from civicdesk.reports.flowables import (
    RtlParagraph,
    text_flowable,
)

ACCENT = Color(0.06, 0.27, 0.55)


class SectionHeading(Flowable):
    """A section title on a coloured band, so sections stand out from across a room."""

    def __init__(self, title: str, style: ParagraphStyle, number: int) -> None:
        super().__init__()
        self.para, self.number, self.title = text_flowable(title, style), number, title
        self.pad = style.fontSize * 0.45

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        _, h = self.para.wrap(avail_width - 2 * self.pad, avail_height)
        self.width, self.height = avail_width, h + 2 * self.pad
        return self.width, self.height + self.pad

    def draw(self) -> None:
        self.canv.saveState()
        self.canv.setFillColor(ACCENT)
        self.canv.roundRect(0, self.pad, self.width, self.height, 3, stroke=0, fill=1)
        self.canv.restoreState()
        self.para.drawOn(self.canv, self.pad, self.pad * 2)


class ContentsLine(Flowable):
    """A contents line whose page number is a PDF form, filled in once the page is known."""

    def __init__(self, title: str, form: str, style: ParagraphStyle) -> None:
        super().__init__()
        self.para, self.form, self.style = text_flowable(title, style), form, style

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        _, h = self.para.wrap(avail_width - self.style.fontSize * 3, avail_height)
        self.width, self.height = avail_width, h
        return avail_width, h

    def draw(self) -> None:
        self.para.drawOn(self.canv, 0, 0)
        self.canv.saveState()
        self.canv.translate(self.width, self.height - self.style.fontSize)
        self.canv.doForm(self.form)
        self.canv.restoreState()


class IndexLine(Flowable):
    """A name on the left and its page numbers on the right."""

    def __init__(self, name: str, pages: str, style: ParagraphStyle) -> None:
        super().__init__()
        self.name, self.pages, self.style = name, pages, style
        self.para: Flowable | None = None

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        room = avail_width - fonts_width(self.pages, self.style) - self.style.fontSize
        self.width = avail_width
        # Most names are plain and fit on one line: drawn as a string, as the paragraph would be.
        if self.para is None and fonts.is_plain(self.name) and " ".join(self.name.split()) == self.name \
                and fonts_width(self.name, self.style) <= room:
            self.height = self.style.leading
        else:
            if self.para is None:
                self.para = text_flowable(self.name, self.style)
                if isinstance(self.para, RtlParagraph):
                    # Starts at the left like every other name, so its page numbers stand apart in
                    # their column on the right instead of running into the end of the name.
                    self.para.style = ParagraphStyle(f"{self.para.style.name}-start", parent=self.para.style,
                                                     alignment=TA_LEFT)
            _, self.height = self.para.wrap(room, avail_height)
        return avail_width, self.height

    def draw(self) -> None:
        top = self.height - self.style.fontSize  # the first baseline, as in a reportlab paragraph
        self.canv.setFont(self.style.fontName, self.style.fontSize)
        if self.para is None:
            self.canv.setFillColor(self.style.textColor)
            self.canv.drawString(0, top, self.name)
        else:
            self.para.drawOn(self.canv, 0, 0)
        self.canv.drawRightString(self.width, top, self.pages)


def fonts_width(text: str, style: ParagraphStyle) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return float(stringWidth(text, style.fontName, style.fontSize))
