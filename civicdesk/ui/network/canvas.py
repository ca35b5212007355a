"""The network's picture: its nodes with their names, and the zoomable canvas they are drawn on."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSceneHoverEvent,
    QGraphicsSceneMouseEvent,
    QGraphicsView,
    QStyleOptionGraphicsItem,
    QWidget,
)

from civicdesk.ui import colours

SPREAD = 420.0  # scene units per layout unit
TYPE_COLOURS = colours.RECORD_TYPE
TYPE_NAMES = {"group": "Groups", "space": "Spaces", "person": "People", "tool": "Tools"}
FLAG_COLOUR = QColor(colours.FLAG)
NODE_ROLE = Qt.ItemDataRole.UserRole
EDGE_MARGIN = 24  # pixels kept clear round the picture, so no node is cut at the frame

# Words in a context of their own (lupdate reads translate("Context", "text") calls).
translate = QCoreApplication.translate


def label_font(bold: bool) -> QFont:
    font = QFont()
    font.setPointSizeF(8)
    font.setBold(bold)
    return font


class NodeItem(QGraphicsItem):
    """One node: a disc sized by its links, red ring when it is in the findings.

    `view` is the NetworkView: its tr() words the tooltip, its open_record opens the record.
    """

    def __init__(self, view: Any, key: str, data: dict, degree: int, flagged: str) -> None:
        super().__init__()
        # `info`, not `data`: QGraphicsItem.data() is a method of its own.
        self.view, self.key, self.info = view, key, data
        self.radius = 4.0 + min(10.0, degree**0.5 * 1.6)
        self.flagged = flagged
        self.show_label = False
        self.highlighted = False
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setZValue(10 if flagged else 5)
        kind = {"group": translate("NetworkView", "group"), "space": translate("NetworkView", "space"),
                "person": translate("NetworkView", "person"),
                "tool": translate("NetworkView", "tool")}[data["type"]]
        tip = f"{data['label']} ({kind}) · " + view.links_phrase(degree)
        self.setToolTip(tip + (f"\n{flagged}" if flagged else ""))
        self.setAcceptHoverEvents(True)
        self._font = label_font(bool(flagged))
        self._label = QPainterPath()
        self.label_text = ""
        self._placed: tuple[str, float, float] | None = None
        self._hovered = False

    def set_label(self, placed: tuple[str, float, float] | None) -> None:
        """Show `text` with its top-left at (dx, dy) pixels from the node, or no name (None)."""
        self._placed = placed
        self._apply(placed)

    def _apply(self, placed: tuple[str, float, float] | None) -> None:
        self.prepareGeometryChange()
        self._label = QPainterPath()
        self.show_label = placed is not None
        self.label_text = placed[0] if placed else ""
        if placed:
            text, dx, dy = placed
            self._label.addText(dx, dy + QFontMetricsF(self._font).ascent(), self._font, text)
        self.update()

    def label_rect(self) -> QRectF:
        """The name's box in the item's own (pixel) coordinates; empty when no name is shown."""
        return self._label.boundingRect() if self.show_label else QRectF()

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        # A name left off (or shortened) for lack of room shows in full under the pointer.
        self._hovered = True
        self.setZValue(100)
        height = QFontMetricsF(self._font).height()
        self._apply((self.info["label"], self.radius + 3, -height / 2))
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self._hovered = False
        self.setZValue(10 if self.flagged else 5)
        self._apply(self._placed)
        super().hoverLeaveEvent(event)

    def boundingRect(self) -> QRectF:
        r = self.radius + 7
        rect = QRectF(-r, -r, 2 * r, 2 * r)
        return rect.united(self._label.boundingRect().adjusted(-3, -3, 3, 3)) if self.show_label else rect

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addEllipse(QPointF(0, 0), self.radius + 2, self.radius + 2)
        return path

    def paint(
        self, painter: QPainter, _option: QStyleOptionGraphicsItem, _widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.highlighted:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(255, 214, 0, 160))
            painter.drawEllipse(QPointF(0, 0), self.radius + 7, self.radius + 7)
        if self.flagged:
            painter.setPen(QPen(FLAG_COLOUR, 3))
        else:
            painter.setPen(QPen(QColor("white"), 1.2))
        painter.setBrush(QBrush(QColor(TYPE_COLOURS[self.info["type"]])))
        painter.drawEllipse(QPointF(0, 0), self.radius, self.radius)
        if self.show_label:
            painter.setPen(QPen(QColor(255, 255, 255, 230), 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(self._label)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(FLAG_COLOUR.darker(130) if self.flagged else QColor(colours.INK_DARK))
            painter.drawPath(self._label)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        event.accept()

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.view.open_record.emit(self.info["type"], self.info["id"])


class NetworkCanvas(QGraphicsView):
    zoomed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setRenderHints(QPainter.RenderHint.Antialiasing)
        self.setBackgroundBrush(QColor(colours.NETWORK_BACKGROUND))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.content = QRectF()  # where the nodes are, in scene units
        self.user_zoomed = False

    def fit(self) -> None:
        """The whole picture in the window, a margin all round (nodes keep their size in pixels)."""
        if self.content.isNull():
            return
        port = self.viewport().rect()
        width = max(1.0, port.width() - 2 * EDGE_MARGIN)
        height = max(1.0, port.height() - 2 * EDGE_MARGIN)
        scale = min(width / max(self.content.width(), 1e-6), height / max(self.content.height(), 1e-6))
        self.resetTransform()
        self.scale(scale, scale)
        self.centerOn(self.content.center())
        self.user_zoomed = False
        self.zoomed.emit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self.user_zoomed:
            self.fit()
        else:
            self.zoomed.emit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120.0
        factor = 1.25**steps
        scale = self.transform().m11() * factor
        if 0.05 < scale < 40:
            self.scale(factor, factor)
            self.user_zoomed = True
            self.zoomed.emit()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        if self.user_zoomed:
            self.zoomed.emit()  # dragged: names near the frame may now fit, or no longer
