"""The network picture opens laid out, and its names never cover each other or run off the frame."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF

from tests.ui.test_network_view import open_network


def assert_readable(view) -> dict:
    shown = view.shown_labels()
    assert shown, "some names are on the picture"
    frame = QRectF(view.canvas.viewport().rect())
    boxes = list(shown.values())
    for text, box in boxes:
        assert frame.contains(box), f"{text!r} runs off the edge: {box} not in {frame}"
    for i, (text, box) in enumerate(boxes):
        for other_text, other in boxes[i + 1 :]:
            assert not box.intersects(other), f"{text!r} covers {other_text!r}"
    return shown


def node_pixels(view) -> list[QPointF]:
    return [view.canvas.mapFromScene(item.pos()).toPointF() for item in view.nodes.values()]


def test_the_first_picture_is_laid_out_across_the_frame_with_names_apart(qtbot, village):
    view = open_network(qtbot, village)
    frame = QRectF(view.canvas.viewport().rect())
    points = node_pixels(view)
    xs, ys = [p.x() for p in points], [p.y() for p in points]
    # Not a clump: the nodes fill most of the frame one way or the other, and none is cut at an edge.
    assert max(max(xs) - min(xs) > 0.8 * frame.width(), max(ys) - min(ys) > 0.8 * frame.height())
    for item, p in zip(view.nodes.values(), points, strict=True):
        assert frame.adjusted(item.radius, item.radius, -item.radius, -item.radius).contains(p)
    shown = assert_readable(view)
    # The findings are named first.
    flagged = [key for key, item in view.nodes.items() if item.flagged]
    assert sum(key in shown for key in flagged) >= len(flagged) * 0.7


def test_names_stay_apart_after_resizing_and_zooming(qtbot, village):
    view = open_network(qtbot, village)
    view.resize(700, 500)
    qtbot.wait(50)
    assert_readable(view)
    view.canvas.scale(2.5, 2.5)
    view.canvas.zoomed.emit()
    shown = assert_readable(view)
    assert len(shown) >= 5


def test_a_name_left_off_shows_in_full_under_the_pointer(qtbot, village):
    view = open_network(qtbot, village)
    view.resize(600, 420)
    qtbot.wait(50)
    shown = view.shown_labels()
    hidden = next(
        item for key, item in view.nodes.items() if key not in shown or shown[key][0] != item.data["label"]
    )
    view.canvas.centerOn(hidden)
    where = view.canvas.mapFromScene(hidden.pos())
    qtbot.mouseMove(view.canvas.viewport(), where)
    qtbot.waitUntil(
        lambda: view.shown_labels().get(hidden.key, ("",))[0] == hidden.data["label"], timeout=2000
    )
