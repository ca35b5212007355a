"""Large print fills its pages: long entries break between groups at the foot of a page, footers at 16 pt."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from civicdesk.reports.directory import render
from civicdesk.reports.directory_data import (
    DirectoryData,
    DirectoryEntry,
    DirectoryOptions,
    MeetingLine,
    Section,
)
from tests.tools import system_tool


def _pages(tmp_path: Path) -> tuple[list[str], Path]:
    entries = []
    for i in range(24):
        groups = tuple(MeetingLine(f"Group {i}-{g}", "Tuesdays 10:00–12:00", "What the group does.",
                                   f"Contact {i}-{g} (secretary)") for g in range(2 + i % 4))
        entries.append(DirectoryEntry(f"e{i}", f"Hall number {i}", "Village hall", "Green End",
                                      "1 Church Lane, Leeds", "Mon–Sun 08:00–22:00", (), "", "", groups))
    data = DirectoryData("Green End", "Leeds", "2026-11-01", [Section("Halls", entries)])
    pdf, _, _ = render(data, DirectoryOptions(layout="large-print"))
    out = tmp_path / "lp.pdf"
    out.write_bytes(pdf)
    html = subprocess.run([system_tool("pdftotext"), "-bbox", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    return html.split("<page ")[1:], out


def test_large_print_pages_are_not_left_half_empty(tmp_path):
    pages, _ = _pages(tmp_path)
    body = [p for p in pages if ">number<" in p and ">Contents<" not in p and ">Index<" not in p]
    assert len(body) > 4
    for page in body[:-1]:  # the last page of entries may be short
        words = [(float(y1), w) for y1, w in re.findall(r'yMax="([\d.]+)">([^<]*)<', page)]
        footer = max(y for y, _ in words)
        lowest = max(y for y, w in words if y < footer - 20)
        # The text reaches into the last fifth of the page above the footer.
        assert lowest > 0.8 * (footer - 60), (lowest, footer)
    assert any("(continued)" in page for page in body)


def test_large_print_footer_is_large_print(tmp_path):
    pages, _ = _pages(tmp_path)
    heights = [float(y1) - float(y0) for y0, y1 in
               re.findall(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">Page<', pages[2])]
    assert heights and heights[0] >= 16 * 1.1  # the word box of 16 pt text
