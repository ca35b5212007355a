"""The map surface: a Web Mercator QGraphicsView with an MBTiles basemap or a graticule.

The basemap is drawn in `drawBackground`, loading only the tiles the visible area needs (and
keeping recent ones), so a large MBTiles file costs nothing until it is looked at. When the
view is zoomed in beyond the file's last zoom level, the deepest tiles are stretched.
The scale bar, attribution and legend are drawn in screen space in `drawForeground`.
"""

from __future__ import annotations

import math
from collections import OrderedDict

from PySide6.QtCore import QCoreApplication, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPen,
    QPixmap,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView, QWidget

from civicdesk.services import geo
from civicdesk.services.mbtiles import MBTiles
from civicdesk.ui import colours
from civicdesk.ui.map.markers import CATEGORY_COLOURS, SCENE_ZOOM, STATUS_LABELS, paint_status_marker
from civicdesk.ui.words import data_word

MIN_ZOOM, MAX_ZOOM = 0.0, 19.0
BACKGROUND = QColor(colours.MAP_BACKGROUND)
TILE_CACHE_SIZE = 256


# The canvas's words, in its own context (lupdate reads translate("Context", "text") calls).
translate = QCoreApplication.translate


class MapCanvas(QGraphicsView):
    zoom_changed = Signal(float)
    place_clicked = Signal(QPointF)  # in placing mode: where (scene units) the user clicked
    placing_cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        size = geo.world_size(SCENE_ZOOM)
        scene = QGraphicsScene(self)
        scene.setSceneRect(QRectF(0, 0, size, size))
        scene.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)  # markers move and re-cluster
        self.setScene(scene)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform)
        # The basemap is one picture under everything; partial repaints would tear it.
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._zoom = 2.0
        self.tiles: MBTiles | None = None
        self._tile_cache: OrderedDict[tuple[int, int, int], QPixmap | None] = OrderedDict()
        self.attribution = ""
        self.legend_categories: list[str] = []
        self.tiles_drawn: set[tuple[int, int, int]] = set()  # of the last paint, for tests
        self.placing = False
        self._press: QPointF | None = None
        self._last: QPointF | None = None
        self.setTransform(QTransform.fromScale(self.scale_factor(), self.scale_factor()))

    # -- zoom and position -------------------------------------------------------------------------
    @property
    def zoom(self) -> float:
        return self._zoom

    def scale_factor(self, zoom: float | None = None) -> float:
        return float(2.0 ** ((self._zoom if zoom is None else zoom) - SCENE_ZOOM))

    def set_zoom(self, zoom: float) -> None:
        """Zoom about the view's centre."""
        centre = self.mapToScene(self.viewport().rect().center())
        self._zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
        factor = self.scale_factor()
        self.setTransform(QTransform.fromScale(factor, factor))
        self.centerOn(centre)
        self.zoom_changed.emit(self._zoom)

    def show_lonlat(self, lon: float, lat: float, zoom: float | None = None) -> None:
        if zoom is not None:
            self.set_zoom(zoom)
        x, y = geo.lonlat_to_world(lon, lat, SCENE_ZOOM)
        self.centerOn(QPointF(x, y))

    def fit_scene_rect(self, rect: QRectF, margin: float = 0.1) -> None:
        """Centre on a rectangle of scene units and zoom so that it fills the view."""
        view = self.viewport().rect()
        zoom = geo.zoom_to_fit(
            view.width() * (1 - 2 * margin),
            view.height() * (1 - 2 * margin),
            rect.width(),
            rect.height(),
            SCENE_ZOOM,
        )
        self.set_zoom(min(zoom, 17.0) if math.isfinite(zoom) else 14.0)
        self.centerOn(rect.center())

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120.0
        if not steps:
            return
        new = max(MIN_ZOOM, min(MAX_ZOOM, self._zoom + 0.5 * steps))
        factor = 2.0 ** (new - self._zoom)
        self._zoom = new
        self.scale(factor, factor)  # scale() honours the anchor under the mouse
        self.zoom_changed.emit(self._zoom)

    # -- placing a space: a click says where; a drag still moves the map ----------------------------
    def set_placing(self, placing: bool) -> None:
        self.placing = placing
        self.viewport().setCursor(Qt.CursorShape.CrossCursor if placing else Qt.CursorShape.OpenHandCursor)
        if placing:
            self.setFocus()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if not self.placing:
            super().mousePressEvent(event)
            return
        # Markers must not take the click (it would open or drag them), so the map is panned here.
        self._press = self._last = event.position()
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if not self.placing or self._last is None:
            super().mouseMoveEvent(event)
            return
        delta = event.position() - self._last
        self._last = event.position()
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - round(delta.x()))
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() - round(delta.y()))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if not self.placing or self._press is None:
            super().mouseReleaseEvent(event)
            return
        moved = (event.position() - self._press).manhattanLength()
        self._press = self._last = None
        if moved <= 4 and event.button() == Qt.MouseButton.LeftButton:
            self.place_clicked.emit(self.mapToScene(event.position().toPoint()))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.placing and event.key() == Qt.Key.Key_Escape:
            self.placing_cancelled.emit()
            return
        super().keyPressEvent(event)

    def visible_lonlat(self) -> tuple[float, float, float, float]:
        """West, south, east, north of what is on screen."""
        rect = self.mapToScene(self.viewport().rect()).boundingRect()
        west, north = geo.world_to_lonlat(rect.left(), rect.top(), SCENE_ZOOM)
        east, south = geo.world_to_lonlat(rect.right(), rect.bottom(), SCENE_ZOOM)
        return west, south, east, north

    # -- basemap -----------------------------------------------------------------------------------
    def set_tiles(self, tiles: MBTiles | None) -> None:
        if self.tiles is not None:
            self.tiles.close()
        self.tiles = tiles
        self._tile_cache.clear()
        self.attribution = ""
        if tiles is not None:
            self.attribution = tiles.info.attribution or f"Map: {tiles.info.name}"
        self.viewport().update()

    def tile_zoom(self) -> int:
        assert self.tiles is not None
        wanted = int(round(self._zoom))
        return max(self.tiles.info.minzoom, min(self.tiles.info.maxzoom, wanted))

    def _pixmap(self, key: tuple[int, int, int]) -> QPixmap | None:
        if key in self._tile_cache:
            self._tile_cache.move_to_end(key)
            return self._tile_cache[key]
        assert self.tiles is not None
        data = self.tiles.tile(*key)
        pixmap: QPixmap | None = None
        if data:
            pixmap = QPixmap()
            if not pixmap.loadFromData(data):
                pixmap = None
        self._tile_cache[key] = pixmap
        while len(self._tile_cache) > TILE_CACHE_SIZE:
            self._tile_cache.popitem(last=False)
        return pixmap

    def drawBackground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        rect = QRectF(rect)  # Qt passes a QRectF; the signature admits a QRect too
        painter.fillRect(rect, BACKGROUND)
        if self.tiles is not None:
            self._draw_tiles(painter, rect)
        else:
            self._draw_graticule(painter, rect)

    def _draw_tiles(self, painter: QPainter, rect: QRectF) -> None:
        zoom = self.tile_zoom()
        tile_scene = geo.world_size(SCENE_ZOOM) / 2**zoom
        to_tile = geo.world_size(zoom) / geo.world_size(SCENE_ZOOM)
        drawn = set()
        for column, row in geo.tiles_covering(
            rect.left() * to_tile, rect.top() * to_tile, rect.right() * to_tile, rect.bottom() * to_tile, zoom
        ):
            pixmap = self._pixmap((zoom, column, row))
            if pixmap is None:
                continue
            target = QRectF(column * tile_scene, row * tile_scene, tile_scene, tile_scene)
            painter.drawPixmap(target, pixmap, QRectF(pixmap.rect()))
            drawn.add((zoom, column, row))
        self.tiles_drawn = drawn

    def _draw_graticule(self, painter: QPainter, rect: QRectF) -> None:
        west, north = geo.world_to_lonlat(rect.left(), rect.top(), SCENE_ZOOM)
        east, south = geo.world_to_lonlat(rect.right(), rect.bottom(), SCENE_ZOOM)
        step = geo.graticule_step(max(east - west, 1e-6))
        pen = QPen(QColor("#d6d1c4"), 0)  # cosmetic: one pixel at any zoom
        painter.setPen(pen)
        lon = math.floor(west / step) * step
        while lon <= east:
            x, _ = geo.lonlat_to_world(lon, 0, SCENE_ZOOM)
            painter.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()))
            lon += step
        lat = math.floor(south / step) * step
        while lat <= north:
            _, y = geo.lonlat_to_world(0, lat, SCENE_ZOOM)
            painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
            lat += step

    # -- screen-space furniture ------------------------------------------------------------------
    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        painter.save()
        # Back to viewport pixels, keeping any outer mapping (QGraphicsView.render into a PDF).
        inverse, _ok = self.viewportTransform().inverted()
        painter.setWorldTransform(inverse, True)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        view = self.viewport().rect()
        font = QFont()
        font.setPixelSize(11)  # pixels, not points: the same size on screen and in a PDF
        painter.setFont(font)
        if self.tiles is None:
            self._draw_graticule_labels(painter)
        self._draw_scale_bar(painter, view.height())
        if self.attribution:
            text_rect = painter.fontMetrics().boundingRect(self.attribution).adjusted(-4, -2, 4, 2)
            text_rect.moveBottomRight(view.bottomRight() - QPointF(2, 2).toPoint())
            painter.fillRect(text_rect, QColor(255, 255, 255, 200))
            painter.setPen(QColor("#333333"))
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignCenter, self.attribution)
        self._draw_legend(painter, view.width())
        painter.restore()

    def _draw_graticule_labels(self, painter: QPainter) -> None:
        west, south, east, north = self.visible_lonlat()
        step = geo.graticule_step(max(east - west, 1e-6))
        decimals = max(0, -math.floor(math.log10(step))) if step < 1 else 0
        painter.setPen(QColor(colours.MAP_LABEL))
        lon = math.ceil(west / step) * step
        while lon <= east:
            point = self.mapFromScene(QPointF(*geo.lonlat_to_world(lon, north, SCENE_ZOOM)))
            painter.drawText(QPointF(point.x() + 3, 12), f"{lon:.{decimals}f}°")
            lon += step
        lat = math.ceil(south / step) * step
        while lat <= north:
            point = self.mapFromScene(QPointF(*geo.lonlat_to_world(west, lat, SCENE_ZOOM)))
            painter.drawText(QPointF(3, point.y() - 3), f"{lat:.{decimals}f}°")
            lat += step

    def _draw_scale_bar(self, painter: QPainter, height: int) -> None:
        _, south, _, north = self.visible_lonlat()
        bar = geo.scale_bar((south + north) / 2, self._zoom, 140)
        left, base = 12.0, height - 14.0
        painter.fillRect(QRectF(left - 6, base - 22, bar.pixels + 12, 30), QColor(255, 255, 255, 200))
        painter.setPen(QPen(QColor(colours.INK), 2))
        painter.drawLine(QPointF(left, base), QPointF(left + bar.pixels, base))
        painter.drawLine(QPointF(left, base - 5), QPointF(left, base))
        painter.drawLine(QPointF(left + bar.pixels, base - 5), QPointF(left + bar.pixels, base))
        painter.drawText(QPointF(left, base - 8), bar.label)

    def _draw_legend(self, painter: QPainter, width: int) -> None:
        categories = [c for c in CATEGORY_COLOURS if c in self.legend_categories]
        if not categories:
            return
        rows = len(categories) + len(STATUS_LABELS) + 3
        line = 15.0
        box = QRectF(width - 208, 8, 200, rows * line + 10)
        painter.setPen(QPen(QColor("#bbbbbb"), 1))
        painter.setBrush(QColor(255, 255, 255, 225))
        painter.drawRoundedRect(box, 4, 4)
        y = box.top() + 6 + line / 2
        for category in categories:
            painter.save()
            painter.translate(box.left() + 12, y)
            paint_status_marker(painter, category, "stable", 5)
            painter.restore()
            painter.setPen(QColor(colours.INK))
            painter.drawText(QPointF(box.left() + 24, y + 4), category)
            y += line
        y += line / 2
        for status, label in STATUS_LABELS.items():
            painter.save()
            painter.translate(box.left() + 12, y)
            paint_status_marker(painter, "", status, 5)
            painter.restore()
            painter.setPen(QColor(colours.INK))
            painter.drawText(QPointF(box.left() + 24, y + 4), data_word(label))
            y += line
        y += line / 2
        painter.setPen(QColor(colours.INK))
        painter.drawText(QPointF(box.left() + 8, y + 4),
                         translate("MapCanvas", "Bubbles: ring = mix of categories,"))
        painter.drawText(QPointF(box.left() + 8, y + 4 + line * 0.9),
                         translate("MapCanvas", "red badge = how many at risk"))
