"""The map of spaces, driven as a person would: look, click, drag, undo, filter, basemap, export."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage, QUndoStack

from civicdesk.services import geo
from civicdesk.services.spaces import SpaceService
from civicdesk.ui.map.markers import SCENE_ZOOM
from civicdesk.ui.map.view import MapView
from tests.realdata import REALDATA

FIXTURE = REALDATA / "mbtiles-world-z0-4" / "plain_1.mbtiles"
WORLD = 256 * 2**SCENE_ZOOM  # scene units across the whole world


@pytest.fixture
def places(db):
    spaces = SpaceService(db)
    return {
        "hall": spaces.create(
            {
                "name": "Chapeltown Hall",
                "category": "civic",
                "latitude": 53.8186,
                "longitude": -1.5320,
                "status": "thriving",
            }
        ),
        "mosque": spaces.create(
            {
                "name": "Harehills Mosque",
                "category": "religious",
                "latitude": 53.8150,
                "longitude": -1.5110,
                "status": "at risk",
            }
        ),
        "null_island": spaces.create(
            {"name": "Buoy", "category": "outdoors", "latitude": 0.0, "longitude": 0.0}
        ),
        "online": spaces.create({"name": "Street WhatsApp", "category": "digital"}),
    }


def open_map(qtbot, db, stack: QUndoStack | None = None, changes: list | None = None) -> MapView:
    view = MapView(
        db, stack or QUndoStack(), lambda t, i: (changes if changes is not None else []).append((t, i))
    )
    qtbot.addWidget(view)
    view.resize(900, 650)
    view.show()
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        pass
    return view


def close_in_on(view: MapView, space, zoom: float = 17.0) -> QPoint:
    view.canvas.show_lonlat(space.longitude, space.latitude, zoom)
    marker = view.markers[space.id]
    assert marker.isVisible()
    return view.canvas.mapFromScene(marker.pos())


def test_markers_sit_where_their_coordinates_say(qtbot, db, places):
    view = open_map(qtbot, db)
    assert view.markers[places["null_island"].id].pos().toTuple() == pytest.approx((WORLD / 2, WORLD / 2))
    hall = view.markers[places["hall"].id].pos()
    assert hall.x() == pytest.approx((-1.5320 + 180) / 360 * WORLD)
    assert hall.y() == pytest.approx(geo.lonlat_to_world(-1.5320, 53.8186, SCENE_ZOOM)[1])
    # The hall is west of and north of the mosque, as on any map.
    mosque = view.markers[places["mosque"].id].pos()
    assert hall.x() < mosque.x() and hall.y() < mosque.y()
    assert places["online"].id not in view.markers
    assert "1 without a location" in view.summary.text()


def test_clicking_a_marker_opens_that_space(qtbot, db, places):
    view = open_map(qtbot, db)
    where = close_in_on(view, places["mosque"])
    with qtbot.waitSignal(view.open_record, timeout=2_000) as opened:
        qtbot.mouseClick(view.canvas.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert opened.args == ["space", places["mosque"].id]


def test_dragging_a_marker_moves_the_space_and_undo_puts_it_back(qtbot, db, places):
    stack, changes = QUndoStack(), []
    view = open_map(qtbot, db, stack, changes)
    hall = places["hall"]
    start = close_in_on(view, hall)
    end = start + QPoint(60, 40)
    viewport = view.canvas.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(viewport, start + QPoint(20, 10))
    qtbot.mouseMove(viewport, end)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)

    moved = SpaceService(db).get(hall.id)
    assert stack.count() == 1
    assert moved.longitude > hall.longitude and moved.latitude < hall.latitude  # east and south
    expected = geo.world_to_lonlat(*view.canvas.mapToScene(end).toTuple(), SCENE_ZOOM)
    # Within a few metres of where the mouse let go (one pixel at zoom 17 is about 0.7 m here).
    assert (moved.longitude, moved.latitude) == pytest.approx(expected, abs=3e-5)
    assert ("space", hall.id) in changes

    stack.undo()
    back = SpaceService(db).get(hall.id)
    assert (back.latitude, back.longitude) == (hall.latitude, hall.longitude)
    assert view.markers[hall.id].pos().toTuple() == pytest.approx(
        geo.lonlat_to_world(hall.longitude, hall.latitude, SCENE_ZOOM)
    )


def test_nearby_spaces_cluster_when_zoomed_out_and_split_when_zoomed_in(qtbot, db, places):
    view = open_map(qtbot, db)
    view.canvas.show_lonlat(-1.52, 53.817, 9)
    together = [c for c in view.clusters if places["hall"].id in c.ids]
    assert together and places["mosque"].id in together[0].ids
    assert not view.markers[places["hall"].id].isVisible()
    view.canvas.show_lonlat(-1.52, 53.817, 16)
    assert view.clusters == []
    assert view.markers[places["hall"].id].isVisible() and view.markers[places["hall"].id].show_label


def test_filters_hide_other_spaces(qtbot, db, places):
    view = open_map(qtbot, db)
    view.canvas.show_lonlat(-1.52, 53.817, 17)
    view.category.setCurrentIndex(view.category.findData("religious"))
    assert view.visible_ids() == [places["mosque"].id]
    assert not view.markers[places["hall"].id].isVisible()
    view.category.setCurrentIndex(0)
    view.status.setCurrentIndex(view.status.findData("thriving"))
    assert view.visible_ids() == [places["hall"].id]


def test_the_world_basemap_draws_tiles_at_every_zoom(qtbot, db, places):
    view = open_map(qtbot, db)
    plain = view.canvas.viewport().grab().toImage()
    view.set_basemap(FIXTURE)
    assert view.canvas.attribution == "Map: plain_1"  # the file has no attribution of its own
    for zoom in range(5):
        view.canvas.show_lonlat(-1.5, 53.8, zoom)
        image = view.canvas.viewport().grab().toImage()
        assert {z for z, _, _ in view.canvas.tiles_drawn} == {zoom}
        assert changed_fraction(plain, image) > 0.05
    # Closer than the file goes: its deepest tiles are stretched rather than leaving a blank.
    view.canvas.show_lonlat(-1.5, 53.8, 12)
    view.canvas.viewport().grab()
    assert {z for z, _, _ in view.canvas.tiles_drawn} == {4}


def changed_fraction(a: QImage, b: QImage) -> float:
    step, changed, total = 7, 0, 0
    for x in range(0, min(a.width(), b.width()), step):
        for y in range(0, min(a.height(), b.height()), step):
            total += 1
            changed += a.pixel(x, y) != b.pixel(x, y)
    return changed / total


def test_a_wrong_basemap_file_is_explained(qtbot, db, places, tmp_path, monkeypatch):
    view = open_map(qtbot, db)
    bad = tmp_path / "holiday.mbtiles"
    bad.write_text("not a map")
    shown = []
    monkeypatch.setattr("civicdesk.ui.map.view.QFileDialog.getOpenFileName", lambda *a, **k: (str(bad), ""))
    monkeypatch.setattr("civicdesk.ui.dialogs.QMessageBox.warning", lambda _p, _t, text: shown.append(text))
    qtbot.mouseClick(view.basemap_button, Qt.MouseButton.LeftButton)
    assert shown and "holiday.mbtiles is not an MBTiles map file" in shown[0]
    assert view.canvas.tiles is None


def test_export_png_and_pdf(qtbot, db, places, tmp_path):
    view = open_map(qtbot, db)
    png = view.export_png(tmp_path / "map.png")
    image = QImage(str(png))
    assert image.width() == view.canvas.viewport().width()
    pdf = view.export_pdf(tmp_path / "map.pdf")
    assert pdf.read_bytes().startswith(b"%PDF")


def test_a_space_without_a_location_is_placed_with_a_click_and_undo_takes_it_off(qtbot, db, places):
    stack, changes = QUndoStack(), []
    view = open_map(qtbot, db, stack, changes)
    online = places["online"]
    assert view.place_bar.isVisible()
    assert [view.unplaced_box.itemData(i) for i in range(view.unplaced_box.count())] == [online.id]
    assert "Street WhatsApp" in view.unplaced_box.currentText()

    view.canvas.show_lonlat(-1.5250, 53.8170, 16)
    qtbot.mouseClick(view.place_button, Qt.MouseButton.LeftButton)
    assert view.canvas.placing and "Street WhatsApp" in view.hint.text()
    where = view.canvas.mapFromScene(view.canvas.mapToScene(view.canvas.viewport().rect().center()))
    where += QPoint(30, -20)
    qtbot.mouseClick(view.canvas.viewport(), Qt.MouseButton.LeftButton, pos=where)

    placed = SpaceService(db).get(online.id)
    expected = geo.world_to_lonlat(*view.canvas.mapToScene(where).toTuple(), SCENE_ZOOM)
    assert (placed.longitude, placed.latitude) == pytest.approx(expected, abs=3e-5)
    assert not view.canvas.placing and stack.count() == 1
    assert online.id in view.markers and view.markers[online.id].isVisible()
    assert view.markers[online.id].pos().toTuple() == pytest.approx(view.canvas.mapToScene(where).toTuple(),
                                                                  abs=2 * 2.0 ** (SCENE_ZOOM - 16))
    assert not view.place_bar.isVisible() and "without a location" not in view.summary.text()
    assert ("space", online.id) in changes

    stack.undo()
    back = SpaceService(db).get(online.id)
    assert (back.latitude, back.longitude) == (None, None)
    assert online.id not in view.markers and view.place_bar.isVisible()
    assert "1 without a location" in view.summary.text()
    stack.redo()
    assert online.id in view.markers


def test_placing_can_be_cancelled_and_a_drag_moves_the_map_instead_of_placing(qtbot, db, places):
    stack = QUndoStack()
    view = open_map(qtbot, db, stack)
    view.canvas.show_lonlat(-1.5250, 53.8170, 16)
    qtbot.mouseClick(view.place_button, Qt.MouseButton.LeftButton)
    viewport = view.canvas.viewport()
    before = view.canvas.mapToScene(viewport.rect().center())
    start = viewport.rect().center()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(viewport, start + QPoint(40, 0))
    qtbot.mouseMove(viewport, start + QPoint(80, 0))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=start + QPoint(80, 0))
    assert stack.count() == 0 and view.canvas.placing
    assert view.canvas.mapToScene(viewport.rect().center()).x() < before.x()  # the map moved east
    qtbot.keyClick(view.canvas, Qt.Key.Key_Escape)
    assert not view.canvas.placing and not view.place_button.isChecked()
    assert SpaceService(db).get(places["online"].id).latitude is None
