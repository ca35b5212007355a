"""Saddle-stitch imposition: A5 pages put two-up on A4 landscape sheets, ready to fold and staple."""

from __future__ import annotations

import io

from pypdf import PageObject, PdfReader, PdfWriter, Transformation
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

    Blank pages that make up the count go at the end (the back of the booklet).
    """
    reader = PdfReader(io.BytesIO(pdf))
    pages: list[PageObject | None] = list(reader.pages)
    n = padded_count(len(pages))
    pages += [None] * (n - len(pages))
    width = float(reader.pages[0].mediabox.width)
    height = float(reader.pages[0].mediabox.height)
    # A5 is a hair narrower than half of A4: centre the pair on the fold.
    sheet_width, sheet_height = max(A4[1], width * 2), max(A4[0], height)
    fold = sheet_width / 2
    writer = PdfWriter()
    for left, right in sheet_order(n):
        side = writer.add_blank_page(sheet_width, sheet_height)
        for number, offset in ((left, fold - width), (right, fold)):
            page = pages[number - 1]
            if page is not None:
                side.merge_transformed_page(page, Transformation().translate(tx=offset, ty=0))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue(), n
