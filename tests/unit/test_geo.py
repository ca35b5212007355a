"""Web Mercator maths: known projections, tiles, scale bars and clustering."""

from __future__ import annotations

import pytest

from civicdesk.services import geo


def test_the_origin_is_the_centre_of_the_world():
    assert geo.lonlat_to_world(0, 0, 0) == pytest.approx((128, 128))
    assert geo.lonlat_to_world(0, 0, 3) == pytest.approx((1024, 1024))


def test_the_corners_of_the_world():
    assert geo.lonlat_to_world(-180, geo.MAX_LATITUDE, 1) == pytest.approx((0, 0), abs=1e-6)
    assert geo.lonlat_to_world(180, -geo.MAX_LATITUDE, 1) == pytest.approx((512, 512), abs=1e-6)
    # Beyond the map's edge a latitude is clamped rather than sent to infinity.
    assert geo.lonlat_to_world(0, 89.9, 0)[1] == pytest.approx(0, abs=1e-6)


def test_london_is_on_the_tile_openstreetmap_uses():
    # Trafalgar Square: https://tile.openstreetmap.org/10/511/340.png
    assert geo.lonlat_to_tile(-0.1281, 51.508, 10) == (511, 340)
    assert geo.lonlat_to_tile(-0.1281, 51.508, 0) == (0, 0)


def test_projection_round_trips():
    for lon, lat in [(-1.55, 53.8), (151.2, -33.87), (0, 0), (-179.9, 80)]:
        x, y = geo.lonlat_to_world(lon, lat, 14)
        assert geo.world_to_lonlat(x, y, 14) == pytest.approx((lon, lat), abs=1e-9)


def test_tms_rows_are_flipped():
    assert geo.tms_row(0, 0) == 0
    assert geo.tms_row(0, 2) == 3
    assert geo.tms_row(geo.tms_row(5, 4), 4) == 5


def test_tiles_covering_a_rectangle():
    assert geo.tiles_covering(0, 0, 511, 511, 1) == [(0, 0), (1, 0), (0, 1), (1, 1)]
    assert geo.tiles_covering(-100, -100, 10, 10, 2) == [(0, 0)]  # clipped to the world


def test_scale_bar_picks_a_round_length_that_fits():
    bar = geo.scale_bar(0, 0, max_pixels=100)
    # At zoom 0 one pixel is about 156 km at the equator: 100 px is 15,654 km, so 10,000 km.
    assert bar.metres == 10_000_000
    assert bar.label == "10000 km"
    assert bar.pixels == pytest.approx(10_000_000 / geo.metres_per_pixel(0, 0))
    street = geo.scale_bar(53.8, 16, max_pixels=120)
    assert street.label in ("100 m", "50 m", "200 m")
    assert street.pixels <= 120


def test_clusters_merge_close_points_and_keep_far_ones_apart():
    points = [("a", 10, 10), ("b", 12, 11), ("c", 500, 500), ("d", 49, 10)]
    clusters = geo.cluster_points(points, 50)
    by_keys = {frozenset(c.keys): c for c in clusters}
    assert frozenset({"c"}) in by_keys
    assert frozenset({"a", "b", "d"}) in by_keys  # d sits in the next cell but close by
    assert by_keys[frozenset({"a", "b", "d"})].x == pytest.approx((10 + 12 + 49) / 3)
    assert geo.cluster_points(points, 50) == clusters  # the same every time
    assert len(geo.cluster_points(points, 1)) == 4
