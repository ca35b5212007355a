"""The map pages of the printed directory: the numbers on the map are the numbers of the entries."""

from __future__ import annotations

import io
import math
import re
import sqlite3
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from civicdesk.cli import main
from civicdesk.reports import map_labels, map_plan
from civicdesk.reports.directory import build_directory
from civicdesk.reports.directory_data import DirectoryData, DirectoryEntry, DirectoryOptions, Section
from civicdesk.services import geo
from civicdesk.services.spaces import SpaceService
from tests.realdata import REALDATA

WORLD_TILES = REALDATA / "mbtiles-world-z0-4" / "plain_1.mbtiles"


def texts(page) -> list[tuple[str, float, float]]:
    """Each piece of text on a page with where it starts (x, y in points)."""
    found: list[tuple[str, float, float]] = []

    def visit(text, cm, tm, _font, _size):  # noqa: ANN001
        if text.strip():
            x, y = tm[4] * cm[0] + tm[5] * cm[2] + cm[4], tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            found.append((text.strip(), x, y))

    page.extract_text(visitor_text=visit)
    return found


def map_pages(reader: PdfReader) -> list[int]:
    return [i for i, page in enumerate(reader.pages) if "Map of the places" in (page.extract_text() or "")
            or re.search(r"Map \d+ of \d+", page.extract_text() or "")]


@pytest.fixture
def town(db):
    spaces = SpaceService(db)
    made = {
        "hall": spaces.create({"name": "Chapeltown Hall", "category": "civic", "latitude": 53.8186,
                               "longitude": -1.5320}),
        "mosque": spaces.create({"name": "Harehills Mosque", "category": "religious", "latitude": 53.8150,
                                 "longitude": -1.5110}),
        "park": spaces.create({"name": "Potternewton Park", "category": "outdoors", "latitude": 53.8230,
                               "longitude": -1.5230}),
        "online": spaces.create({"name": "Street WhatsApp", "category": "digital",
                                 "website": "https://chat.example.org"}),
    }
    return db, made


def test_numbers_in_the_entries_match_the_numbered_markers(town):
    db, made = town
    pdf, result = build_directory(db, DirectoryOptions(map=True))
    assert result.map_pages == 1
    reader = PdfReader(io.BytesIO(pdf))
    [index] = map_pages(reader)
    body = " ".join(" ".join((p.extract_text() or "").split()) for p in reader.pages[index + 1:])
    numbers = {name: int(n) for n, name in re.findall(
        r"(\d+)\s+(Chapeltown Hall|Harehills Mosque|Potternewton Park|Street WhatsApp)", body)}
    # Entries are numbered in reading order: civic, religious, digital, outdoors sections.
    assert numbers == {"Chapeltown Hall": 1, "Harehills Mosque": 2, "Street WhatsApp": 3,
                       "Potternewton Park": 4}

    found = texts(reader.pages[index])
    markers = {int(t): (x, y) for t, x, y in found if t.isdigit()}
    listed = {int(m[1]): m[2] for t, _, _ in found if (m := re.match(r"(\d+)\s+([A-Z].+)", t))}
    # Every place with a location has a marker and a line in the list, both under its entry's number.
    assert set(markers) == {1, 2, 4}
    assert listed == {1: "Chapeltown Hall", 2: "Harehills Mosque", 4: "Potternewton Park"}
    # Markers are where the places are: the hall west of the mosque, the park north of both.
    assert markers[1][0] < markers[4][0] < markers[2][0]
    assert markers[4][1] > markers[1][1] > markers[2][1]
    text = reader.pages[index].extract_text()
    assert "1 has no location" in text and "Grid: degrees" in text and re.search(r"\d+ m", text)


def test_without_the_map_option_nothing_is_numbered(town):
    db, _ = town
    pdf, result = build_directory(db, DirectoryOptions())
    reader = PdfReader(io.BytesIO(pdf))
    assert result.map_pages == 0 and map_pages(reader) == []
    assert "Chapeltown Hall" in " ".join(p.extract_text() for p in reader.pages)
    assert not re.search(r"\d\s+Chapeltown Hall", " ".join(p.extract_text() for p in reader.pages))


def crowd(count: int, spread: float = 0.05) -> DirectoryData:
    """Places around Leeds on a deterministic spiral: dense in the middle, sparse outside."""
    entries = []
    for i in range(count):
        r = spread * (i / count) ** 0.5
        lat, lon = 53.8 + r * 0.6 * math.sin(i * 2.4), -1.55 + r * math.cos(i * 2.4)
        entries.append(DirectoryEntry(f"id{i:05d}", f"Place {i}", "", "", "", "", (), "", "", (), lat, lon))
    return DirectoryData("Town", "", "", [Section("All", entries)])


def test_a_big_area_is_cut_into_maps_that_each_stay_legible():
    atlas = map_plan.plan(crowd(500), "a4")
    per_map = map_plan.PER_MAP["a4"][0]
    assert len(atlas.panels) == pytest.approx(500 / per_map, abs=2)
    assert all(len(panel.places) <= per_map for panel in atlas.panels)
    placed = [p.id for panel in atlas.panels for p in panel.places]
    assert sorted(placed) == sorted(atlas.numbers)  # every place on exactly one map
    assert atlas.map_pages == len(atlas.panels) + 1  # and an overview
    first = atlas.panels[0].places[0]
    assert atlas.label(first.id) == "Map 1"
    # Large print holds fewer numbers per page.
    assert len(map_plan.plan(crowd(500), "large-print").panels) > len(atlas.panels)


def test_crowded_labels_move_aside_without_overlapping():
    points = [(100 + (i % 5) * 3.0, 100 + (i // 5) * 3.0) for i in range(20)]  # 20 places in 12 pt
    sizes = [(16.0, 10.0)] * 20
    centres = map_labels.place_labels(points, sizes, (0, 0, 400, 400))
    boxes = [(x - 8, y - 5, x + 8, y + 5) for x, y in centres]
    assert all(map_labels._overlap(a, b) == 0 for i, a in enumerate(boxes) for b in boxes[i + 1:])
    assert max(abs(cx - px) + abs(cy - py) for (px, py), (cx, cy) in zip(points, centres, strict=True)) < 80


def test_the_map_of_a_large_area_has_an_overview_and_entries_say_which_map(db):
    spaces = SpaceService(db)
    data = crowd(60)
    for section in data.sections:
        for e in section.entries:
            spaces.create({"name": e.name, "category": "civic", "latitude": e.latitude,
                           "longitude": e.longitude})
    pdf, result = build_directory(db, DirectoryOptions(layout="large-print", map=True))
    reader = PdfReader(io.BytesIO(pdf))
    pages = map_pages(reader)
    assert result.map_pages == len(pages) > 2
    assert "overview" in reader.pages[pages[0]].extract_text()
    body = " ".join(" ".join((p.extract_text() or "").split()) for p in reader.pages[pages[-1] + 1:])
    number, map_number = re.search(r"(\d+)\s+Place 17 .*?Map (\d+)", body).groups()
    detail = reader.pages[pages[int(map_number)]].extract_text()
    assert f"Map {map_number} of" in detail and re.search(rf"{number}\s+Place 17\b", detail)


def make_mbtiles(path: Path, zooms: range, lon: float, lat: float) -> Path:
    """A small raster MBTiles around a point: plain coloured tiles, as a basemap would give."""
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE metadata (name TEXT, value TEXT)")
    con.execute("CREATE TABLE tiles (zoom_level INT, tile_column INT, tile_row INT, tile_data BLOB)")
    con.executemany("INSERT INTO metadata VALUES (?, ?)", [
        ("name", "Test streets"), ("format", "png"), ("attribution", '<a href="x">© Test Mappers</a>')])
    for zoom in zooms:
        cx, cy = geo.lonlat_to_tile(lon, lat, zoom)
        for column in range(cx - 3, cx + 4):
            for row in range(cy - 3, cy + 4):
                out = io.BytesIO()
                colour = (200, 220 - zoom * 5, (column * 37 + row * 11) % 256)  # distinct tiles
                Image.new("RGB", (256, 256), colour).save(out, "PNG")
                con.execute("INSERT INTO tiles VALUES (?, ?, ?, ?)",
                            (zoom, column, geo.tms_row(row, zoom), out.getvalue()))
    con.commit()
    con.close()
    return path


def test_the_map_is_drawn_over_an_offline_basemap_with_its_attribution(town, tmp_path):
    db, _ = town
    tiles = make_mbtiles(tmp_path / "streets.mbtiles", range(12, 17), -1.522, 53.819)
    pdf, _ = build_directory(db, DirectoryOptions(map=True, basemap=str(tiles)))
    reader = PdfReader(io.BytesIO(pdf))
    [index] = map_pages(reader)
    page = reader.pages[index]
    assert len(page.images) >= 4  # tiles, not a graticule
    text = page.extract_text()
    assert "© Test Mappers" in text and "href" not in text and "Grid: degrees" not in text


def test_a_basemap_too_coarse_for_the_area_falls_back_to_the_grid_and_says_so(town):
    db, _ = town
    pdf, _ = build_directory(db, DirectoryOptions(map=True, basemap=str(WORLD_TILES)))
    reader = PdfReader(io.BytesIO(pdf))
    text = reader.pages[map_pages(reader)[0]].extract_text()
    assert "plain_1.mbtiles is not detailed enough here" in text and "Grid: degrees" in text


def test_cli_map_option_and_a_wrong_basemap(town, db_path, tmp_path, capsys):
    out = tmp_path / "with-map.pdf"
    assert main(["directory", "--db", str(db_path), "--out", str(out), "--map", "--json"]) == 0
    assert '"map_pages": 1' in capsys.readouterr().out
    bad = tmp_path / "holiday.mbtiles"
    bad.write_text("not a map")
    assert main(["directory", "--db", str(db_path), "--out", str(tmp_path / "x.pdf"),
                 "--basemap", str(bad)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("civicdesk: error: holiday.mbtiles is not an MBTiles map file")
    assert err.count("\n") == 1
    assert not (tmp_path / "x.pdf").exists()
