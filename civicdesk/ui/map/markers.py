"""Map markers: one per space (colour = category, shape and outline = status) and cluster bubbles.

Markers ignore the view's zoom so they stay the same size on screen; their position is the
space's location in scene units (world pixels at `SCENE_ZOOM`).
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from civicdesk.services import geo
from civicdesk.services.map_points import MapPoint
from civicdesk.ui import colours

SCENE_ZOOM = 8  # scene units are world pixels at this zoom

CATEGORY_COLOURS = colours.CATEGORY  # colour-blind-aware, one per category
STATUS_LABELS = {
    "new": "new (dashed ring)",
    "thriving": "thriving (bold ring)",
    "stable": "stable (circle)",
    "at risk": "at risk (triangle)",
    "closed": "closed (hollow square)",
}
RADIUS = 7.0


def scene_point(lon: float, lat: float) -> QPointF:
    x, y = geo.lonlat_to_world(lon, lat, SCENE_ZOOM)
    return QPointF(x, y)


def category_colour(category: str) -> QColor:
    return QColor(CATEGORY_COLOURS.get(category, colours.UNKNOWN_CATEGORY))


def status_shape(status: str, radius: float = RADIUS) -> QPainterPath:
    path = QPainterPath()
    if status == "at risk":
        r = radius * 1.25
        path.addPolygon(
            QPolygonF(
                [QPointF(0, -r), QPointF(r * 0.95, r * 0.7), QPointF(-r * 0.95, r * 0.7), QPointF(0, -r)]
            )
        )
    elif status == "closed":
        path.addRect(QRectF(-radius * 0.85, -radius * 0.85, radius * 1.7, radius * 1.7))
    else:
        path.addEllipse(QPointF(0, 0), radius, radius)
    return path


def paint_status_marker(painter: QPainter, category: str, status: str, radius: float = RADIUS) -> None:
    """Draw one marker centred at the painter's origin (also used by the legend)."""
    colour = category_colour(category)
    pen = QPen(QColor(colours.INK), 1.2)
    brush = QBrush(colour)
    if status == "thriving":
        pen = QPen(QColor("#1B5E20"), 2.6)
    elif status == "new":
        pen = QPen(QColor(colours.INK), 1.6, Qt.PenStyle.DashLine)
    elif status == "at risk":
        pen = QPen(QColor("#B71C1C"), 2.2)
    elif status == "closed":
        pen = QPen(colour.darker(140), 2.0)
        brush = QBrush(QColor(255, 255, 255, 220))
    painter.setPen(pen)
    painter.setBrush(brush)
    painter.drawPath(status_shape(status, radius))
    if status == "closed":
        painter.drawLine(QLineF(-radius * 0.6, -radius * 0.6, radius * 0.6, radius * 0.6))


def _label_path(text: str, font: QFont) -> QPainterPath:
    path = QPainterPath()
    path.addText(RADIUS + 4, QFontMetricsF(font).ascent() / 2 - 1, font, text)
    return path


class SpaceMarker(QGraphicsItem):
    """A space on the map: click to open it, drag to move it (the view decides what happens)."""

    def __init__(
        self,
        point: MapPoint,
        on_click: Callable[[SpaceMarker], None],
        on_moved: Callable[[SpaceMarker], None],
    ) -> None:
        super().__init__()
        self.point = point
        self._on_click, self._on_moved = on_click, on_moved
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setZValue(10)
        self.setToolTip(f"{point.name}\n{point.subtype or point.category} · {point.status}")
        self._label: QPainterPath | None = None  # made when first shown: text outlines are slow
        self.show_label = False
        self._press: QPointF | None = None
        self._start = QPointF()
        self._dragging = False
        self.setPos(scene_point(point.longitude, point.latitude))

    def label(self) -> QPainterPath:
        if self._label is None:
            font = QFont()
            font.setPointSizeF(8.5)
            self._label = _label_path(self.point.name, font)
        return self._label

    def set_point(self, point: MapPoint) -> None:
        self.point = point
        self.setPos(scene_point(point.longitude, point.latitude))

    def set_show_label(self, show: bool) -> None:
        if show != self.show_label:
            self.prepareGeometryChange()
            self.show_label = show

    def boundingRect(self) -> QRectF:
        rect = QRectF(-RADIUS * 1.6, -RADIUS * 1.6, RADIUS * 3.2, RADIUS * 3.2)
        if self.show_label:
            rect = rect.united(self.label().boundingRect().adjusted(-3, -3, 3, 3))
        return rect

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addEllipse(QPointF(0, 0), RADIUS * 1.4, RADIUS * 1.4)
        return path

    def paint(
        self, painter: QPainter, _option: QStyleOptionGraphicsItem, _widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint_status_marker(painter, self.point.category, self.point.status)
        if self.show_label:
            painter.setPen(QPen(QColor(255, 255, 255, 230), 3.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(self.label())
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colours.INK_DARK))
            painter.drawPath(self.label())

    # -- click or drag -------------------------------------------------------------------------
    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            event.ignore()
            return
        self._press = event.scenePos()
        self._screen_press = event.screenPos()
        self._start = self.pos()
        self._dragging = False
        self.setZValue(20)
        event.accept()

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._press is None:
            return
        moved = (event.screenPos() - self._screen_press).manhattanLength()
        if not self._dragging and moved >= QApplication.startDragDistance():
            self._dragging = True
        if self._dragging:
            self.setPos(self._start + (event.scenePos() - self._press))

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._press is None:
            return
        self._press = None
        self.setZValue(10)
        if self._dragging:
            self._dragging = False
            self._on_moved(self)
        else:
            self._on_click(self)


class ClusterMarker(QGraphicsItem):
    """Several spaces too close to tell apart at this zoom: how many, their mix of categories as
    a ring, and a red badge counting those at risk. Click zooms in."""

    def __init__(
        self,
        pos: QPointF,
        ids: tuple[str, ...],
        points: list[MapPoint],
        on_click: Callable[[ClusterMarker], None],
    ) -> None:
        super().__init__()
        self.ids = ids
        self._on_click = on_click
        self.radius = 9.0 + 2.2 * math.log2(len(ids))
        mix: dict[str, int] = {}
        for point in points:
            mix[point.category] = mix.get(point.category, 0) + 1
        self.mix = sorted(mix.items(), key=lambda kv: (-kv[1], kv[0]))
        self.at_risk = sum(1 for p in points if p.status == "at risk")
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setZValue(15)
        self.setPos(pos)
        self._font = QFont()
        self._font.setPointSizeF(8.5)
        self._font.setBold(True)
        tip = f"{len(ids)} spaces here: " + ", ".join(f"{n} {c}" for c, n in self.mix)
        if self.at_risk:
            tip += f"; {self.at_risk} at risk"
        self.setToolTip(tip + " — click to zoom in")

    def boundingRect(self) -> QRectF:
        r = self.radius + 4
        return QRectF(-r, -r - 6, 2 * r + 8, 2 * r + 6)

    def paint(
        self, painter: QPainter, _option: QStyleOptionGraphicsItem, _widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        outer = QRectF(-self.radius - 3, -self.radius - 3, 2 * self.radius + 6, 2 * self.radius + 6)
        total = sum(n for _, n in self.mix)
        start = 90 * 16
        painter.setPen(Qt.PenStyle.NoPen)
        for category, count in self.mix:
            span = -round(count / total * 360 * 16)
            painter.setBrush(category_colour(category))
            painter.drawPie(outer, start, span)
            start += span
        painter.setPen(QPen(QColor(255, 255, 255, 230), 1.5))
        painter.setBrush(QColor(38, 70, 83, 235))
        painter.drawEllipse(QPointF(0, 0), self.radius - 1, self.radius - 1)
        painter.setFont(self._font)
        painter.setPen(QColor("white"))
        disc = QRectF(-self.radius, -self.radius, 2 * self.radius, 2 * self.radius)
        painter.drawText(disc, Qt.AlignmentFlag.AlignCenter, str(len(self.ids)))
        if self.at_risk:
            text = str(self.at_risk)
            badge = QRectF(self.radius - 4, -self.radius - 5, 8 + 6 * len(text), 13)
            painter.setPen(QPen(QColor("white"), 1))
            painter.setBrush(QColor("#B71C1C"))
            painter.drawRoundedRect(badge, 6, 6)
            small = QFont(self._font)
            small.setPointSizeF(7)
            painter.setFont(small)
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        event.accept()

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self._on_click(self)
