"""Saddle-stitch imposition: A5 pages put two-up on A4 landscape sheets, ready to fold and staple."""

from __future__ import annotations

import io

from pypdf import PageObject, PdfReader, PdfWriter
from pypdf.generic import ArrayObject, DictionaryObject, FloatObject, IndirectObject, NameObject, StreamObject
from reportlab.lib.pagesizes import A4


def padded_count(pages: int) -> int:
    """Booklets are made of folded sheets of four pages each."""
    return max(4, (pages + 3) // 4 * 4)


def sheet_order(pages: int) -> list[tuple[int, int]]:
    """(left, right) page numbers, 1-based, of each printed side, in print order.

    For 8 pages: [(8, 1), (2, 7), (6, 3), (4, 5)] — sheet 1 front and back, then sheet 2.
    Printed double-sided (flip on the short edge), stacked, folded: the pages read in order.
    """
    n = padded_count(pages)
    sides = []
    for sheet in range(n // 4):
        sides.append((n - 2 * sheet, 2 * sheet + 1))
        sides.append((2 * sheet + 2, n - 2 * sheet - 1))
    return sides


def impose(pdf: bytes) -> tuple[bytes, int]:
    """Impose an A5 PDF onto A4 landscape sides; returns the new PDF and its padded page count.

    Blank pages that make up the count go at the end (the back of the booklet). Each A5 page
    becomes a form XObject that its sheet side draws, moved into place: pypdf's page merging
    rewrote every drawing operator instead (40 s and four times the size for the borough).
    """
    reader = PdfReader(io.BytesIO(pdf))
    source = list(reader.pages)
    n = padded_count(len(source))
    width = float(source[0].mediabox.width)
    height = float(source[0].mediabox.height)
    # A5 is a hair narrower than half of A4: centre the pair on the fold.
    sheet_width, sheet_height = max(A4[1], width * 2), max(A4[0], height)
    fold = sheet_width / 2
    writer = PdfWriter()
    forms = [_as_form(writer, page) for page in source]
    for left, right in sheet_order(n):
        side = writer.add_blank_page(sheet_width, sheet_height)
        placed = [(f"/P{number}", forms[number - 1], offset)
                  for number, offset in ((left, fold - width), (right, fold)) if number <= len(forms)]
        side[NameObject("/Resources")] = DictionaryObject({
            NameObject("/XObject"): DictionaryObject({NameObject(name): form for name, form, _ in placed}),
        })
        drawing = "".join(f"q 1 0 0 1 {offset:.4f} 0 cm {name} Do Q\n" for name, _, offset in placed)
        content = StreamObject()
        content.set_data(drawing.encode("ascii"))
        side[NameObject("/Contents")] = writer._add_object(content)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue(), n


def _as_form(writer: PdfWriter, page: PageObject) -> IndirectObject:
    """The page's drawing as a form XObject in `writer`, its resources (fonts, images) shared."""
    contents = page.get("/Contents")
    streams = contents.get_object() if contents is not None else []
    if not isinstance(streams, list):
        streams = [streams]
    data = b"\n".join(stream.get_object().get_data() for stream in streams)
    form = StreamObject()
    form.set_data(data)
    box = page.mediabox
    form.update({
        NameObject("/Type"): NameObject("/XObject"),
        NameObject("/Subtype"): NameObject("/Form"),
        NameObject("/BBox"): ArrayObject(FloatObject(v) for v in (box.left, box.bottom, box.right, box.top)),
        NameObject("/Resources"): page["/Resources"].clone(writer),
    })
    return writer._add_object(form.flate_encode())
