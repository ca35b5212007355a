"""The printed directory: what a committee would check on the pages it pins up."""

from __future__ import annotations

import io
import re
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from civicdesk.cli import main
from civicdesk.reports import booklet
from civicdesk.reports.directory import build_directory
from civicdesk.reports.directory_data import DirectoryOptions, compact_hours, load
from tests.tools import system_tool


def page_texts(pdf: bytes) -> list[str]:
    return [" ".join((page.extract_text() or "").split()) for page in PdfReader(io.BytesIO(pdf)).pages]


def half_texts(pdf: bytes, folder: Path) -> list[tuple[str, str]]:
    """(left half, right half) text of each imposed A4 landscape side, as poppler reads the printed
    page (each half cropped), so what counts is where the text really lands on the sheet."""
    path = folder / "booklet.pdf"
    path.write_bytes(pdf)
    halves = []
    for number, page in enumerate(PdfReader(io.BytesIO(pdf)).pages, start=1):
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        texts = []
        for x in (0, width / 2):
            crop = ["-x", str(int(x)), "-y", "0", "-W", str(int(width / 2)), "-H", str(int(height))]
            command = [system_tool("pdftotext"), "-f", str(number), "-l", str(number), "-r", "72", *crop]
            texts.append(subprocess.run([*command, str(path), "-"], capture_output=True, text=True,
                                        check=True).stdout)
        halves.append((texts[0], texts[1]))
    return halves


def test_saddle_stitch_order_puts_each_page_beside_its_fold_partner():
    assert booklet.sheet_order(8) == [(8, 1), (2, 7), (6, 3), (4, 5)]
    assert booklet.padded_count(5) == 8
    assert booklet.padded_count(12) == 12
    for n in (4, 8, 12, 40):
        sides = booklet.sheet_order(n)
        assert sorted(p for side in sides for p in side) == list(range(1, n + 1))
        assert all(left + right == n + 1 for left, right in sides)


def test_a5_booklet_is_imposed_two_up_in_fold_order(village, tmp_path):
    pdf, result = build_directory(village, DirectoryOptions(layout="a5-booklet"))
    assert result.pages % 4 == 0 and result.sheets == result.pages // 4
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == result.pages // 2  # two A5 pages on each side of a sheet
    width, height = float(reader.pages[0].mediabox.width), float(reader.pages[0].mediabox.height)
    assert (round(width), round(height)) == (842, 595)  # A4 landscape
    markers = []
    for left, right in half_texts(pdf, tmp_path):
        found = [re.findall(r"Page (\d+)", half) for half in (left, right)]
        markers.append(tuple(int(f[0]) if f else None for f in found))
    expected = booklet.sheet_order(result.pages)
    # The cover has no page number and the padding pages are blank; every other page is where
    # saddle stitching needs it.
    for (left, right), (got_left, got_right) in zip(expected, markers, strict=True):
        assert got_left in (left, None) and got_right in (right, None)
    numbered = [p for side in markers for p in side if p is not None]
    assert len(numbered) >= result.pages - 4 and 2 in numbered


def test_a4_directory_lists_entries_sections_and_an_index(village):
    pdf, result = build_directory(village, DirectoryOptions(layout="a4"))
    data = load(village, DirectoryOptions())
    texts = page_texts(pdf)
    assert result.pages == len(texts) and result.entries == data.entry_count == 40
    whole = " ".join(texts)
    assert "Contents" in texts[1] and "Symbols used in this directory" in texts[1]
    index_pages = [i for i, t in enumerate(texts) if re.search(r"^(.*Page \d+ )?Index ", t)]
    assert index_pages, "the index is missing"
    index_text = " ".join(texts[index_pages[-1]:])
    for section in data.sections:
        assert section.title in whole
        for entry in section.entries:
            assert entry.name in whole
            if entry.name.isascii():
                # The index names the page the entry is printed on.
                page = next(i + 1 for i, t in enumerate(texts[2:], start=2) if entry.name in t)
                assert re.search(re.escape(entry.name) + r"[^A-Za-z]*?\b" + str(page) + r"\b", index_text)
    assert "last updated" in whole and "Page 3" in whole


def test_filters_by_category_group_and_openness(village):
    civic = load(village, DirectoryOptions(categories=("civic",)))
    assert [s.title for s in civic.sections] == ["Halls, libraries and community centres"]
    every = load(village, DirectoryOptions())
    open_only = load(village, DirectoryOptions(open_to_all=True))
    assert 0 < open_only.entry_count < every.entry_count
    group = every.sections[0].entries[0].meetings[0].group
    mine = load(village, DirectoryOptions(group=group))
    assert mine.entry_count >= 1
    assert all(any(m.group == group for m in e.meetings) for s in mine.sections for e in s.entries)
    by_area = load(village, DirectoryOptions(sections="area"))
    assert by_area.entry_count == every.entry_count


def test_large_print_uses_at_least_16_point_body_text(village):
    from civicdesk.reports.directory import LAYOUTS, DirectoryLayout

    assert LAYOUTS[DirectoryLayout.LARGE_PRINT].body >= 16
    assert LAYOUTS[DirectoryLayout.LARGE_PRINT].columns == 1
    pdf, result = build_directory(village, DirectoryOptions(layout="large-print"))
    small, _ = build_directory(village, DirectoryOptions(layout="a4"))
    assert result.pages > len(PdfReader(io.BytesIO(small)).pages)


def test_opening_hours_join_days_that_share_times():
    hours = {d: [["09:00", "17:00"]] for d in ("mon", "tue", "wed", "thu", "fri")}
    hours["sat"] = [["10:00", "12:00"]]
    assert compact_hours(hours) == "Mon–Fri 09:00–17:00; Sat 10:00–12:00"


def test_cli_writes_a_directory_and_reports_bad_input(village, db_path, tmp_path, capsys):
    out = tmp_path / "dir.pdf"
    assert main(["directory", "--db", str(db_path), "--out", str(out), "--category", "civic", "--json"]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert '"pages"' in capsys.readouterr().out

    assert main(["directory", "--db", str(db_path), "--out", str(out), "--category", "castles"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("civicdesk: error: unknown category “castles”") and "civic" in err

    missing = tmp_path / "no such folder" / "dir.pdf"
    assert main(["directory", "--db", str(db_path), "--out", str(missing)]) == 1
    assert "does not exist" in capsys.readouterr().err and not missing.exists()

    assert main(["directory", "--db", str(db_path), "--out", str(tmp_path)]) == 1
    assert "is a folder" in capsys.readouterr().err


@pytest.mark.parametrize("bad", ["--layout=a3"])
def test_cli_refuses_unknown_layout(village, db_path, tmp_path, bad):
    with pytest.raises(SystemExit) as exc:
        main(["directory", "--db", str(db_path), "--out", str(tmp_path / "x.pdf"), bad])
    assert exc.value.code == 2


def test_logo_on_the_cover(village, tmp_path: Path):
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (120, 60), (10, 80, 160)).save(logo)
    pdf, _ = build_directory(village, DirectoryOptions(logo=str(logo), title="Green End Hall Committee"))
    first = PdfReader(io.BytesIO(pdf)).pages[0]
    assert "Green End Hall Committee" in first.extract_text()
    assert first["/Resources"]["/XObject"]  # the logo image


@pytest.mark.parametrize("layout", ["a4", "large-print", "a5-booklet"])
def test_a_place_with_more_groups_than_a_page_holds_is_carried_over_between_groups(layout):
    """A busy hall whose groups fill more than a page is cut before a group, never inside one, and
    the part carried over is headed with the hall's name."""
    from civicdesk.reports.directory import render
    from civicdesk.reports.directory_data import DirectoryData, DirectoryEntry, MeetingLine, Section

    groups = tuple(MeetingLine(f"Group number {i:02d}", "Tuesdays 10:00–12:00",
                               f"What group {i:02d} does, told at some length so it takes two lines or more.",
                               f"Contact {i:02d} (secretary) · 0113 496 00{i:02d}") for i in range(60))
    hall = DirectoryEntry("hall", "Busy Community Hall", "Village hall", "Green End", "1 Church Lane, Leeds",
                          "Mon–Sun 08:00–22:00", ("wheelchair",), "https://busyhall.example.org",
                          "Busy Hall Trust", groups)
    small = DirectoryEntry("cafe", "Corner Café", "Café", "Green End", "2 Church Lane, Leeds", "", (), "", "",
                           ())
    data = DirectoryData("Green End", "Leeds", "2026-11-01", [Section("Halls", [hall, small])])
    pdf, _pages, _ = render(data, DirectoryOptions(layout=layout))
    pages = page_texts(pdf)
    assert any("Busy Community Hall (continued)" in page for page in pages)
    for i in range(60):  # each group whole on one page: its name, time, description and contact
        on = [page for page in pages if f"Group number {i:02d} Tuesdays" in page]
        assert len(on) == 1, i
        assert re.search(rf"Group number {i:02d} Tuesdays 10:00–12:00 What group {i:02d} does.*?"
                         rf"Contact {i:02d} \(secretary\)", on[0]), i
    assert "Corner Café" in " ".join(pages)


def test_a_group_taller_than_a_column_is_broken_by_its_lines_not_carried_over_for_ever(tmp_path):
    """A cut entry's carried part must hold more than its "(continued)" heading, or every page
    would hold just that heading and the build would never end."""
    from reportlab.lib.pagesizes import A6
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from civicdesk.reports.flowables import Entry

    style = getSampleStyleSheet()["Normal"]
    lines = "<br/>".join(f"line {i}" for i in range(22))  # taller than an A6 page
    parts = [Paragraph(t, style) for t in ("Name", "meta", "Group one", lines, lines, "Group two", "Where")]
    entry = Entry(parts, breaks=frozenset({2, 5, 6}), continued=lambda: Paragraph("Name (continued)", style))
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A6)
    doc.build([Paragraph("before", style), entry])
    text = " ".join(page_texts(out.getvalue()))
    assert doc.page < 12 and text.count("line 21") == 2 and "Where" in text


def test_a_check_taken_back_by_undo_does_not_make_a_place_open_to_all(village):
    """"Open to all" reads the latest check's openness; a check withdrawn the same day is not one."""
    from civicdesk.services.health import QUESTIONS, HealthService
    from civicdesk.services.spaces import SpaceService

    def open_to_all() -> set[str]:
        found = load(village, DirectoryOptions(open_to_all=True))
        return {e.id for s in found.sections for e in s.entries}

    health = HealthService(village)
    space_id = load(village, DirectoryOptions()).sections[0].entries[0].id
    health.add_check(space_id, {q: 3 for q in QUESTIONS} | {"openness": 1})  # members only
    assert space_id not in open_to_all()
    status_before = SpaceService(village).get(space_id).status
    mistake = health.add_check(space_id, {q: 3 for q in QUESTIONS} | {"openness": 5})
    assert space_id in open_to_all()
    health.withdraw_check(mistake.id, status_before)
    assert space_id not in open_to_all()
