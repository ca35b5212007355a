"""Building blocks of printed pages: text in any script, accessibility icons, QR codes, entries."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.colors import Color, black, white
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph
from reportlab.platypus.paragraph import cleanBlockQuotedText

from civicdesk.reports import fonts
from civicdesk.reports.qr import qr_path

COMPLEX = frozenset({fonts.ARABIC, fonts.URDU, fonts.BENGALI})


@cache
def _variant(style: ParagraphStyle, shaping: bool, leading_factor: float, cjk: bool, rtl: bool
             ) -> ParagraphStyle:
    """A style tuned for a script mix; cached, because styles are looked up per paragraph."""
    extra: dict[str, Any] = {"shaping": 1 if shaping else 0}
    if leading_factor > 1:
        extra["leading"] = max(style.leading, style.fontSize * leading_factor)
    if cjk:
        extra["wordWrap"] = "CJK"
    if rtl:
        extra["alignment"] = TA_RIGHT
    return ParagraphStyle(f"{style.name}-{shaping}-{leading_factor}-{cjk}-{rtl}", parent=style, **extra)


@cache
def _frag(style: ParagraphStyle, bold: bool) -> Any:
    """The fragment reportlab's markup parser makes for plain text in this style (parsed once)."""
    return Paragraph("<b>x</b>" if bold else "x", style).frags[0]


def plain_paragraph(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text in the style's font.

    Made from the fragment reportlab's markup parser would make, without running the parser:
    parsing cost more than laying out and drawing the paragraph (a test checks they match).
    """
    # The markup parser's whitespace clean-up; most texts have nothing to clean.
    tidy = text.isprintable() and "  " not in text and text.strip() == text
    body = text if tidy else cleanBlockQuotedText(text)
    if not body:
        return Paragraph("", style)
    template = _frag(style, False)
    frag = object.__new__(type(template))  # ABag.clone, without its keyword-argument round trip
    frag.__dict__ = {**template.__dict__, "text": body, "link": [], "us_lines": []}
    return Paragraph(escape(body), style, frags=[frag])


@cache
def _after_label(style: ParagraphStyle, label: str) -> ParagraphStyle:
    """The style of text that runs on after a bold label: its first line starts after the label."""
    indent = (stringWidth(label, _frag(style, True).fontName, style.fontSize)
              + stringWidth(" ", style.fontName, style.fontSize))
    return ParagraphStyle(f"{style.name}-after-{label}", parent=style, firstLineIndent=indent)


class LabelledParagraph(Paragraph):
    """A bold label ("Where", "Open") with plain text running on after it.

    Looks the same as the markup `<b>Where</b> text`, but the text is a one-font paragraph with its
    first line indented and the label is drawn into the gap: mixed-font paragraphs took twice as
    long to lay out and draw.
    """

    def __init__(self, label: str, text: str, style: ParagraphStyle) -> None:
        plain = plain_paragraph(text, _after_label(style, label))
        super().__init__(plain.text, plain.style, frags=plain.frags)
        self.label, self.label_style = label, style

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        return []  # a few lines: moves whole rather than lose its label

    def draw(self) -> None:
        # The label first, so copied or extracted text reads "Where 1 Church Lane".
        style = self.label_style
        self.canv.setFont(_frag(style, True).fontName, style.fontSize)
        self.canv.setFillColor(style.textColor)
        # The first baseline of a reportlab paragraph (rl_config.paraFontSizeHeightOffset).
        self.canv.drawString(0, self.height - style.fontSize, self.label)
        super().draw()


def text_flowable(text: str, style: ParagraphStyle, bold: bool = False, link: str = "") -> Flowable:
    """A paragraph of plain text in whatever scripts it holds, right-to-left where it should be."""
    if not link and fonts.is_plain(text):
        # The common case (the style's own font) stays as cheap as a bare reportlab paragraph.
        return plain_paragraph(text, style)
    scripts = {r.script for r in fonts.runs(text)}
    factor = max((fonts.LEADING_FACTOR.get(s, 1.0) for s in scripts), default=1.0)
    if fonts.base_direction(text) == "rtl":
        return RtlParagraph(text, _variant(style, True, factor, False, True), bold)
    shaped = bool(scripts & COMPLEX)
    variant = _variant(style, shaped, factor, fonts.CJK in scripts, False)
    return Paragraph(fonts.markup(fonts.reorder_inline(text), bold, link), variant)


class RtlParagraph(Flowable):
    """Right-to-left text: lines broken in reading order, each drawn with its words reversed."""

    def __init__(self, text: str, style: ParagraphStyle, bold: bool = False) -> None:
        super().__init__()
        self.text, self.style, self.bold = text, style, bold
        self.lines: list[Paragraph] = []

    def getSpaceBefore(self) -> float:  # noqa: N802 - reportlab's name
        return float(self.style.spaceBefore)

    def getSpaceAfter(self) -> float:  # noqa: N802 - reportlab's name
        return float(self.style.spaceAfter)

    def _line(self, words: list[str]) -> Paragraph:
        return Paragraph(fonts.markup(" ".join(fonts._visual_words(words)), self.bold), self.style)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        current: list[str] = []
        self.lines = []
        for word in self.text.split():
            candidate = self._line([*current, word])
            candidate.wrap(avail_width, avail_height)
            # blPara is set by Paragraph.wrap(); reportlab's stubs do not declare it.
            if current and len(candidate.blPara.lines) > 1:  # type: ignore[attr-defined]
                self.lines.append(self._line(current))
                current = [word]
            else:
                current.append(word)
        if current:
            self.lines.append(self._line(current))
        self.width = avail_width
        self.height = sum(line.wrap(avail_width, avail_height)[1] for line in self.lines)
        return self.width, self.height

    def draw(self) -> None:
        y = self.height
        for line in self.lines:
            y -= line.height
            line.drawOn(self.canv, 0, y)


# -- accessibility icons ---------------------------------------------------------------------
ICON_ORDER = ("step_free", "accessible_toilet", "hearing_loop", "baby_change", "parking", "public_transport")
ICON_COLOUR = Color(0.06, 0.27, 0.55)


def draw_icon(canvas: Canvas, key: str, x: float, y: float, size: float, colour: Color = ICON_COLOUR) -> None:
    """One accessibility symbol: a white pictogram on a dark rounded square, at (x, y) bottom-left."""
    s = size
    canvas.saveState()
    canvas.setFillColor(colour)
    canvas.roundRect(x, y, s, s, s * 0.18, stroke=0, fill=1)
    canvas.setFillColor(white)
    canvas.setStrokeColor(white)
    canvas.setLineWidth(s * 0.09)
    canvas.setLineCap(1)
    if key == "step_free":  # wheelchair user
        canvas.circle(x + s * 0.50, y + s * 0.80, s * 0.08, stroke=0, fill=1)
        canvas.circle(x + s * 0.44, y + s * 0.33, s * 0.21, stroke=1, fill=0)
        path = canvas.beginPath()
        path.moveTo(x + s * 0.48, y + s * 0.66)
        path.lineTo(x + s * 0.48, y + s * 0.40)
        path.lineTo(x + s * 0.68, y + s * 0.40)
        path.lineTo(x + s * 0.80, y + s * 0.18)
        canvas.drawPath(path, stroke=1, fill=0)
    elif key == "public_transport":  # bus
        canvas.roundRect(x + s * 0.22, y + s * 0.22, s * 0.56, s * 0.6, s * 0.08, stroke=0, fill=1)
        canvas.setFillColor(colour)
        canvas.rect(x + s * 0.3, y + s * 0.5, s * 0.4, s * 0.22, stroke=0, fill=1)
        canvas.circle(x + s * 0.33, y + s * 0.32, s * 0.05, stroke=0, fill=1)
        canvas.circle(x + s * 0.67, y + s * 0.32, s * 0.05, stroke=0, fill=1)
        canvas.setFillColor(white)
        canvas.rect(x + s * 0.26, y + s * 0.13, s * 0.1, s * 0.1, stroke=0, fill=1)
        canvas.rect(x + s * 0.64, y + s * 0.13, s * 0.1, s * 0.1, stroke=0, fill=1)
    elif key == "baby_change":  # a baby: head and swaddled body
        canvas.circle(x + s * 0.5, y + s * 0.72, s * 0.12, stroke=0, fill=1)
        canvas.ellipse(x + s * 0.33, y + s * 0.16, x + s * 0.67, y + s * 0.58, stroke=0, fill=1)
    elif key == "hearing_loop":  # ear with the loop's "T"
        canvas.arc(x + s * 0.16, y + s * 0.22, x + s * 0.62, y + s * 0.84, 0, 200)
        canvas.line(x + s * 0.2, y + s * 0.45, x + s * 0.34, y + s * 0.2)
        canvas.setFont(fonts.font_name(fonts.LATIN, True), s * 0.42)
        canvas.drawCentredString(x + s * 0.74, y + s * 0.16, "T")
    else:
        label = {"accessible_toilet": "WC", "parking": "P"}.get(key, "?")
        canvas.setFont(fonts.font_name(fonts.LATIN, True), s * (0.46 if len(label) > 1 else 0.7))
        canvas.drawCentredString(x + s * 0.5, y + s * (0.32 if len(label) > 1 else 0.24), label)
    canvas.restoreState()


class IconRow(Flowable):
    """The accessibility symbols of one space, in a fixed order so readers learn where to look."""

    def __init__(self, keys: list[str], size: float) -> None:
        super().__init__()
        self.keys, self.size = [k for k in ICON_ORDER if k in keys], size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return len(self.keys) * self.size * 1.25, self.size + 2

    def draw(self) -> None:
        canvas = self.canv
        # Each symbol is drawn once per document as a form and then reused by reference.
        defined: set[str] = canvas.__dict__.setdefault("_civicdesk_icons", set())
        for index, key in enumerate(self.keys):
            form = f"icon-{key}-{self.size:g}"
            if form not in defined:
                canvas.beginForm(form, 0, 0, self.size, self.size)
                draw_icon(canvas, key, 0, 0, self.size)
                canvas.endForm()
                defined.add(form)
            canvas.saveState()
            canvas.translate(index * self.size * 1.25, 1)
            canvas.doForm(form)
            canvas.restoreState()


# -- QR codes -------------------------------------------------------------------------------
def draw_qr(canvas: Canvas, data: str, x: float, y: float, size: float) -> None:
    """A QR code as one vector path (a rectangle per run of dark modules): sharp at any size."""
    count, path = qr_path(data)
    cell = size / (count + 4)  # a quiet zone of two modules each side
    canvas.saveState()
    canvas.setFillColor(black)
    # The path is in module units; scaling once keeps it to small integers (quick to write and read).
    canvas.transform(cell, 0, 0, cell, x, y)
    canvas.addLiteral(path + "f")
    canvas.restoreState()


class Entry(Flowable):
    """One directory entry: never split, with its QR code in the top right corner."""

    def __init__(self, parts: list[Flowable], qr: str = "", qr_size: float = 0, gap: float = 6,
                 rule: Color | None = None, key: str = "", breaks: frozenset[int] = frozenset(),
                 continued: Callable[[], Flowable] | None = None, carried: bool = False,
                 split_between_groups: bool = False) -> None:
        super().__init__()
        self.parts, self.qr, self.qr_size, self.gap, self.rule = parts, qr, qr_size, gap, rule
        self.key = key
        # Where a cut may fall if the entry is taller than a column (before a group, before the
        # address), and what makes the heading of the part carried over ("St Mary's Church (continued)").
        self.breaks, self.continued = breaks, continued
        self.carried = carried  # this is the part of a cut entry carried to the next column
        # Large print: an entry that does not fit may also be cut at the foot of a page, after one of
        # its groups, so a page is not left half empty when a long entry moves on whole.
        self.split_between_groups = split_between_groups
        self._heights: list[float] = []
        self._wrapped_at = -1.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        # An entry that did not fit at the foot of a column is measured again at the top of the
        # next, at the same width: the parts' line breaks are still those of the last wrap.
        if avail_width == self._wrapped_at:
            return self.width, self.height
        self._wrapped_at = avail_width
        text_width = avail_width - (self.qr_size + self.gap if self.qr else 0)
        self._heights = []
        for part in self.parts:
            _, h = part.wrap(text_width, avail_height)
            self._heights.append(h + part.getSpaceBefore() + part.getSpaceAfter())
        self.width = avail_width
        self.height = max(sum(self._heights), self.qr_size if self.qr else 0) + self.gap
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        # Entries move whole to the next column. Only one taller than a whole column (a place with
        # many groups, in large print) is cut: where a column starts, before a group or the address
        # if one fits, the QR code staying with the name.
        frame = getattr(self, "_frame", None)
        at_top = frame is None or frame._atTop
        if not at_top and not self.split_between_groups:
            return []
        self.wrap(avail_width, avail_height)
        room, used, fits = avail_height - self.gap, 0.0, 0
        for h in self._heights:
            if used + h > room:
                break
            used, fits = used + h, fits + 1
        # A carried-over part starts with its "(continued)" heading: a cut must keep more than that.
        lead = 1 if self.carried else 0
        if not at_top:
            # At the foot of a page only between groups, with at least one group above the cut.
            # (A carried-over part already starts with a group, after its "(continued)" heading.)
            after = lead if self.carried else min(self.breaks, default=len(self.parts))
            cuts = [b for b in self.breaks if after < b <= fits]
            if not cuts or (self.qr and self.qr_size > room):
                return []
            fits = max(cuts)
        elif fits <= lead or fits == len(self.parts) or (self.qr and self.qr_size > room):
            return list(self.parts)  # not even its first part fits: let the paragraphs break
        cut = max((b for b in self.breaks if lead < b <= fits), default=fits)
        head = Entry(self.parts[:cut], self.qr, self.qr_size, self.gap, self.rule, self.key)
        rest = self.parts[cut:]
        shift = 0
        if self.continued is not None:
            rest, shift = [self.continued(), *rest], 1
        tail = Entry(rest, gap=self.gap, key=self.key, continued=self.continued,
                     breaks=frozenset(b - cut + shift for b in self.breaks if b > cut), carried=bool(shift),
                     split_between_groups=self.split_between_groups)
        return [head, tail]

    def draw(self) -> None:
        y = self.height - self.gap / 2
        if self.rule is not None:
            self.canv.saveState()
            self.canv.setStrokeColor(self.rule)
            self.canv.setLineWidth(0.5)
            self.canv.line(0, self.height, self.width, self.height)
            self.canv.restoreState()
        canvas, origin = self.canv, 0.0
        canvas.saveState()
        for part, h in zip(self.parts, self._heights, strict=True):
            y -= h
            bottom = y + part.getSpaceAfter()
            if isinstance(part, Paragraph):
                # A paragraph sets the state it needs and restores what it changes (a label's font
                # and colour stay inside the entry's saved state): moving the origin is enough,
                # where drawOn would save and restore the whole state around every paragraph.
                canvas.translate(0, bottom - origin)
                origin = bottom
                part.canv = canvas
                part.draw()
                del part.canv
            else:
                part.drawOn(canvas, 0, bottom - origin)
        canvas.restoreState()
        if self.qr:
            draw_qr(self.canv, self.qr, self.width - self.qr_size, self.height - self.gap / 2 - self.qr_size,
                    self.qr_size)
