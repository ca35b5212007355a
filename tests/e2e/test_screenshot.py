"""`civicdesk --screenshot` opens the real window offscreen, saves a PNG of each view, exits 0."""

from __future__ import annotations

import os

import pytest
from PySide6.QtGui import QImage

from tests.e2e.test_cli import civicdesk
from tests.realdata import REALDATA

VIEWS = ["spaces", "groups", "people", "tools", "health", "map", "network", "review"]


@pytest.fixture(scope="module")
def village_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("shots") / "village.sqlite3"
    assert civicdesk("--db", str(path), "demo").returncode == 0
    return path


@pytest.mark.parametrize("view", VIEWS)
def test_screenshot_of_each_view(village_file, tmp_path, view):
    out = tmp_path / f"{view}.png"
    result = civicdesk(
        "--db",
        str(village_file),
        "--screenshot",
        str(out),
        "--view",
        view,
        env={"QT_QPA_PLATFORM": "offscreen", **({} if "DISPLAY" in os.environ else {})},
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert image.width() >= 1000 and image.height() >= 600
    # A real window, not a blank one: many distinct colours on the page.
    colours = {image.pixel(x, y) for x in range(0, image.width(), 23) for y in range(0, image.height(), 17)}
    assert len(colours) > 8


def test_screenshot_of_the_map_with_a_basemap(village_file, tmp_path):
    basemap = REALDATA / "mbtiles-world-z0-4" / "plain_1.mbtiles"
    out = tmp_path / "map.png"
    result = civicdesk(
        "--db",
        str(village_file),
        "--screenshot",
        str(out),
        "--view",
        "map",
        "--basemap",
        str(basemap),
        env={"QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    assert QImage(str(out)).width() >= 1000


def test_a_missing_basemap_is_a_clear_error(village_file, tmp_path):
    result = civicdesk(
        "--db",
        str(village_file),
        "--screenshot",
        str(tmp_path / "m.png"),
        "--view",
        "map",
        "--basemap",
        str(tmp_path / "nowhere.mbtiles"),
    )
    assert result.returncode == 1 and "no map file" in result.stderr


def test_screenshot_of_an_unknown_view_is_bad_usage(village_file, tmp_path):
    result = civicdesk("--db", str(village_file), "--screenshot", str(tmp_path / "x.png"), "--view", "moon")
    assert result.returncode == 2
