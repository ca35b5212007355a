"""Reading MBTiles basemaps: both layouts, missing metadata, TMS rows, and files we refuse."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from civicdesk.services import geo
from civicdesk.services.mbtiles import MBTiles, MBTilesError
from tests.realdata import REALDATA

FIXTURE = REALDATA / "mbtiles-world-z0-4" / "plain_1.mbtiles"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 16  # enough to be recognised as PNG


def make_plain(path: Path, metadata: dict[str, str] | None, tiles: dict[tuple[int, int, int], bytes]) -> Path:
    conn = sqlite3.connect(path)
    conn.execute(
        "CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB)"
    )
    if metadata is not None:
        conn.execute("CREATE TABLE metadata (name TEXT, value TEXT)")
        conn.executemany("INSERT INTO metadata VALUES (?, ?)", metadata.items())
    conn.executemany("INSERT INTO tiles VALUES (?, ?, ?, ?)", [(*k, v) for k, v in tiles.items()])
    conn.commit()
    conn.close()
    return path


def make_map_images(path: Path, tiles: dict[tuple[int, int, int], bytes], with_view: bool) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE map (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_id TEXT)")
    conn.execute("CREATE TABLE images (tile_data BLOB, tile_id TEXT)")
    for index, (key, data) in enumerate(tiles.items()):
        conn.execute("INSERT INTO map VALUES (?, ?, ?, ?)", (*key, f"t{index}"))
        conn.execute("INSERT INTO images VALUES (?, ?)", (data, f"t{index}"))
    if with_view:
        conn.execute(
            "CREATE VIEW tiles AS SELECT map.zoom_level AS zoom_level, map.tile_column AS tile_column, "
            "map.tile_row AS tile_row, images.tile_data AS tile_data FROM map "
            "JOIN images ON images.tile_id = map.tile_id"
        )
    conn.commit()
    conn.close()
    return path


def test_the_world_fixture_reads_through_its_map_images_view():
    with MBTiles(FIXTURE) as tiles:
        info = tiles.info
        assert (info.name, info.layout, info.format) == ("plain_1", "map/images", "png")
        # No minzoom/maxzoom in its metadata: worked out from the tiles.
        assert (info.minzoom, info.maxzoom) == (0, 4)
        assert info.bounds[1] == pytest.approx(-70) and info.bounds[3] == pytest.approx(85)
        for zoom in range(5):
            column, row = geo.lonlat_to_tile(-1.55, 53.8, zoom)  # Leeds, on land
            assert tiles.tile(zoom, column, row).startswith(b"\x89PNG")
        assert tiles.tile(9, 0, 0) is None


def test_rows_are_asked_in_xyz_and_read_in_tms_order(tmp_path):
    # At zoom 1 the XYZ row 0 (north) is TMS row 1.
    path = make_plain(tmp_path / "p.mbtiles", {"name": "North", "format": "png"}, {(1, 0, 1): PNG + b"north"})
    with MBTiles(path) as tiles:
        assert tiles.tile(1, 0, 0) == PNG + b"north"
        assert tiles.tile(1, 0, 1) is None
        assert tiles.info.layout == "tiles"


def test_metadata_may_be_missing_entirely(tmp_path):
    path = make_plain(tmp_path / "bare.mbtiles", None, {(2, 1, 1): PNG, (3, 2, 2): PNG})
    with MBTiles(path) as tiles:
        assert (tiles.info.name, tiles.info.minzoom, tiles.info.maxzoom) == ("bare", 2, 3)
        assert tiles.info.attribution == ""


def test_attribution_comes_from_metadata(tmp_path):
    meta = {"name": "Leeds", "attribution": "© OpenStreetMap contributors", "minzoom": "10", "maxzoom": "12"}
    path = make_plain(tmp_path / "a.mbtiles", meta, {(10, 1, 1): PNG})
    with MBTiles(path) as tiles:
        assert tiles.info.attribution == "© OpenStreetMap contributors"
        assert (tiles.info.minzoom, tiles.info.maxzoom) == (10, 12)


def test_map_and_images_without_a_tiles_view(tmp_path):
    path = make_map_images(tmp_path / "m.mbtiles", {(0, 0, 0): PNG + b"w"}, with_view=False)
    with MBTiles(path) as tiles:
        assert tiles.info.layout == "map/images"
        assert tiles.tile(0, 0, 0) == PNG + b"w"


def test_vector_tiles_are_refused_with_a_clear_message(tmp_path):
    path = make_plain(tmp_path / "v.mbtiles", {"format": "pbf"}, {(0, 0, 0): b"\x1f\x8b..."})
    with pytest.raises(MBTilesError, match="raster"):
        MBTiles(path)


def test_a_file_that_is_not_a_map(tmp_path):
    text = tmp_path / "notes.mbtiles"
    text.write_text("hello")
    with pytest.raises(MBTilesError, match="not an MBTiles"):
        MBTiles(text)
    empty = tmp_path / "empty.mbtiles"
    sqlite3.connect(empty).execute("CREATE TABLE other (x)").connection.close()
    with pytest.raises(MBTilesError, match="no tiles"):
        MBTiles(empty)
    with pytest.raises(MBTilesError, match="does not exist"):
        MBTiles(tmp_path / "missing.mbtiles")


def test_the_file_is_opened_read_only(tmp_path):
    path = make_plain(tmp_path / "r.mbtiles", None, {(0, 0, 0): PNG})
    before = path.read_bytes()
    with MBTiles(path) as tiles, pytest.raises(sqlite3.OperationalError):
        tiles._conn.execute("DELETE FROM tiles")
    assert path.read_bytes() == before
