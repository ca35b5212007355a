"""Directory text made without reportlab's markup parser comes out as the parser would make it."""

from __future__ import annotations

import io
from xml.sax.saxutils import escape

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Paragraph, SimpleDocTemplate

from civicdesk.reports.directory import LAYOUTS, DirectoryLayout, _Styles
from civicdesk.reports.flowables import LabelledParagraph, plain_paragraph

STYLES = _Styles(LAYOUTS[DirectoryLayout.A4])
TEXTS = [
    "Hart Common Community Larder (2)",
    "Fish & Chips <Friday> “special” – Mon–Fri 09:00–17:00",
    "  spaces   inside\tand\naround  ",
    "Zażółć gęślą jaźń · Ζαχαρίας · Москва",
    "no\xa0break here",
    "a-very-long-unbroken-word-" * 6,
]


def _lines(para: Paragraph, width: float) -> list[str]:
    para.wrap(width, 10_000)
    out = []
    for line in para.blPara.lines:
        words = line[1] if isinstance(line, tuple) else [getattr(w, "text", "") for w in line.words]
        out.append("".join("".join(w.split()) for w in words))  # kind-1 words are fragments
    return out


@pytest.mark.parametrize("text", TEXTS)
def test_plain_paragraph_has_the_parsers_fragments_and_lines(text):
    style = STYLES.body
    parsed, plain = Paragraph(escape(text), style), plain_paragraph(text, style)
    assert "".join(f.text for f in plain.frags) == "".join(f.text for f in parsed.frags)
    keys = set(parsed.frags[0].__dict__) - {"text"}
    for frag in parsed.frags:
        assert {k: getattr(frag, k) for k in keys} == {k: getattr(plain.frags[0], k) for k in keys}
    for width in (90, 160, 240):
        assert _lines(plain, width) == _lines(Paragraph(escape(text), style), width)


def test_labelled_text_reads_and_measures_like_bold_markup():
    address = "159 Sharp Terrace, Evans Fields, Williamsonworth, RG4 2XX"
    for width in (120, 180, 230):
        labelled = LabelledParagraph("Where", address, STYLES.body)
        markup = Paragraph(f"<b>Where</b> {escape(address)}", STYLES.body)
        assert labelled.wrap(width, 1000)[1] == markup.wrap(width, 1000)[1]
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build([LabelledParagraph("Where", address, STYLES.body)])
    text = PdfReader(io.BytesIO(buffer.getvalue())).pages[0].extract_text()
    assert " ".join(text.split()) == f"Where {address}"
