"""The directory's index: names in any script in collation order under headings, numbers in one column."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from civicdesk.reports.directory import render
from civicdesk.reports.directory_data import DirectoryData, DirectoryEntry, DirectoryOptions, Section
from tests.tools import system_tool

NAMES = ["مسجد النور", "مجموعة النساء العربيات", "اردو ادبی سوسائٹی", "Łódź Polish Community Club",
         "Lewis Hall", "Ελληνική Κοινότητα", "Άγιος Νικόλαος Church", "Zebra Crossing Café",
         "Émile Bakery", "Abbey Hall", "Mill Lane Library", "Ma Hall"]


def _index_words(tmp_path: Path, layout: str) -> list[tuple[float, float, float, str]]:
    """(x min, x max, y, word) of the words on the index pages (the text of the bundled fonts)."""
    entries = [DirectoryEntry(f"e{i}", name, "Hall", "Green End", "1 Church Lane", "", (), "", "", ())
               for i, name in enumerate(NAMES)]
    data = DirectoryData("Green End", "Leeds", "2026-11-01", [Section("Halls", entries)])
    pdf, pages, _ = render(data, DirectoryOptions(layout=layout))
    out = tmp_path / "d.pdf"
    out.write_bytes(pdf)
    html = subprocess.run([system_tool("pdftotext"), "-bbox", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    page_html = html.split("<page ")
    index = next(i for i, page in enumerate(page_html) if ">Index<" in page and "Contents" not in page)
    words = []
    for page in page_html[index:]:
        for x0, y0, x1, word in re.findall(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)"[^>]*>([^<]*)<',
                                           page):
            if float(y0) < 760:  # not the footer
                words.append((float(x0), float(x1), float(y0), word))
    return words


@pytest.mark.parametrize("layout", ["a4", "large-print"])
def test_names_sort_under_their_headings_by_collation(tmp_path, layout):
    words = _index_words(tmp_path, layout)
    text = [w for *_, w in words]
    order = [t for t in text if t in {"A", "E", "L", "M", "Z", "Greek", "Abbey", "Émile", "Lewis", "Łódź",
                                      "Ma", "Mill", "Zebra", "Ελληνική", "Άγιος", "Arabic"}]
    assert order == ["A", "Abbey", "E", "Émile", "L", "Lewis", "Łódź", "M", "Ma", "Mill", "Z", "Zebra",
                     "Greek", "Άγιος", "Ελληνική", "Arabic"]


@pytest.mark.parametrize("layout", ["a4", "large-print"])
def test_page_numbers_of_right_to_left_names_sit_in_the_number_column(tmp_path, layout):
    words = _index_words(tmp_path, layout)
    numbers = [(x0, x1, y) for x0, x1, y, w in words if w.isdigit()]
    assert len(numbers) >= len(NAMES)
    right_edges = {round(x1, 1) for _, x1, _ in numbers}
    assert len(right_edges) == 1  # every number ends at the column's right edge
    lefts = [x0 for x0, _, _, w in words if w in {"Abbey", "Lewis"}]
    arabic_lines = {round(y) for x0, x1, y, w in words if re.search("[\u0600-\u06ff\ufb50-\ufeff]", w)}
    for line in arabic_lines:
        on_line = sorted((x0, x1) for x0, x1, y, w in words if abs(y - line) < 4 and not w.isdigit())
        # (The Arabic and Urdu fonts stand taller, so the boxes' tops differ by a few points.)
        number = sorted((abs(y - line), x0) for x0, _, y in numbers if abs(y - line) < 14)
        assert number, line
        number = [number[0][1]]
        # The name starts where the Latin names start and leaves a clear gap before its number.
        assert abs(on_line[0][0] - min(lefts)) < 10
        assert number[0] - on_line[-1][1] > 50
