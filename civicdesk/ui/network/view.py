"""The network view: who and what connects the neighbourhood's groups, and where it is thin.

    view = NetworkView(db)
    view.open_record.connect(main_window.open_record)

Loading, measuring and laying out run off the UI thread (`NetworkService`); the picture shows
a filtered, size-limited part of the network, and the side panel lists the findings in words.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
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
    QCheckBox,
    QComboBox,
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsSceneHoverEvent,
    QGraphicsSceneMouseEvent,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QSpinBox,
    QSplitter,
    QStyleOptionGraphicsItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from civicdesk.db.database import Database
from civicdesk.services.label_placement import Point, place_labels
from civicdesk.services.network import Finding, NetworkOptions, NetworkPicture, NetworkService
from civicdesk.services.spaces import CATEGORIES
from civicdesk.ui import colours, graphics_export
from civicdesk.ui.accessible import name_list
from civicdesk.ui.dialogs import show_error
from civicdesk.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from civicdesk.ui.view_api import ViewContext

SPREAD = 420.0  # scene units per layout unit
TYPE_COLOURS = colours.RECORD_TYPE
TYPE_NAMES = {"group": "Groups", "space": "Spaces", "person": "People", "tool": "Tools"}
FLAG_COLOUR = QColor(colours.FLAG)
NODE_ROLE = Qt.ItemDataRole.UserRole
EDGE_MARGIN = 24  # pixels kept clear round the picture, so no node is cut at the frame


def label_font(bold: bool) -> QFont:
    font = QFont()
    font.setPointSizeF(8)
    font.setBold(bold)
    return font


class NodeItem(QGraphicsItem):
    """One node: a disc sized by its links, red ring when it is in the findings."""

    def __init__(self, view: NetworkView, key: str, data: dict, degree: int, flagged: str) -> None:
        super().__init__()
        self.view, self.key, self.data = view, key, data
        self.radius = 4.0 + min(10.0, degree**0.5 * 1.6)
        self.flagged = flagged
        self.show_label = False
        self.highlighted = False
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setZValue(10 if flagged else 5)
        kind = view.tr({"group": "group", "space": "space", "person": "person", "tool": "tool"}[data["type"]])
        tip = f"{data['label']} ({kind}) · {degree} " + view.tr("links")
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
        self._apply((self.data["label"], self.radius + 3, -height / 2))
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
        painter.setBrush(QBrush(QColor(TYPE_COLOURS[self.data["type"]])))
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
            self.view.open_record.emit(self.data["type"], self.data["id"])


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


class NetworkView(QWidget):
    open_record = Signal(str, str)
    loaded = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("network_view")
        self.service = NetworkService(db)
        self.runner = TaskRunner(self)
        self.nodes: dict[str, NodeItem] = {}
        self.current: NetworkPicture | None = None
        self._shown_once = False
        self._pending = False

        self.type_boxes: dict[str, QCheckBox] = {}
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Show:")))
        for kind, name in TYPE_NAMES.items():
            box = QCheckBox(self.tr(name))
            # Tools are hubs (many groups use the same app), so they start hidden.
            box.setChecked(kind != "tool")
            box.setStyleSheet(f"QCheckBox {{ color: {colours.RECORD_TYPE_TEXT[kind]}; font-weight: bold; }}")
            box.toggled.connect(lambda _on: self._refilter())
            self.type_boxes[kind] = box
            bar.addWidget(box)
        self.category = QComboBox()
        self.category.setAccessibleName(self.tr("Category"))
        self.category.addItem(self.tr("any"), "")
        for category in CATEGORIES:
            self.category.addItem(category, category)
        self.category.currentIndexChanged.connect(lambda _i: self._refilter())
        self.district = QComboBox()
        self.district.setAccessibleName(self.tr("District"))
        self.district.addItem(self.tr("any"), "")
        self.district.currentIndexChanged.connect(lambda _i: self._refilter())
        self.top_n = QSpinBox()
        self.top_n.setRange(20, 2000)
        self.top_n.setSingleStep(50)
        self.top_n.setValue(NetworkOptions().top_n)
        self.top_n.setAccessibleName(self.tr("At most this many records"))
        self.top_n.setToolTip(self.tr("The most connected records are shown; the findings always are"))
        self.top_n.setAccessibleDescription(self.top_n.toolTip())
        self.top_n.valueChanged.connect(lambda _v: self._refilter())
        for caption, widget in (
            (self.tr("Category"), self.category),
            (self.tr("District"), self.district),
            (self.tr("At most"), self.top_n),
        ):
            bar.addWidget(QLabel(caption + ":"))
            bar.addWidget(widget)
        bar.addStretch(1)
        self.summary = QLabel(self.tr("Working out the network…"))
        bar.addWidget(self.summary)
        export = QToolButton()
        export.setText(self.tr("Export"))
        export.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(export)
        menu.addAction(self.tr("As a picture (PNG)…"), lambda: self._export("png"))
        menu.addAction(self.tr("As a PDF…"), lambda: self._export("pdf"))
        export.setMenu(menu)
        bar.addWidget(export)

        self.canvas = NetworkCanvas(self)
        self.canvas.zoomed.connect(self._update_labels)
        self.findings = QListWidget()
        self.findings.setObjectName("network_findings")
        name_list(self.findings, self.tr("Where the network is thin"))
        self.findings.setAccessibleDescription(self.tr("Where the network is thin; Enter opens the record"))
        self.findings.setWordWrap(True)
        self.findings.setAlternatingRowColors(True)
        self.findings.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.findings.currentItemChanged.connect(self._finding_selected)
        self.findings.itemActivated.connect(self._finding_opened)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("<b>Where the network is thin</b>"))
        side_layout.addWidget(title)
        side_layout.addWidget(self.findings, 1)
        explain = QLabel(
            self.tr(
                "Red rings mark these on the picture. Select one to find it; double-click to open it. "
                "People are named only if they agreed to be listed; otherwise by their initials."
            )
        )
        explain.setWordWrap(True)
        side_layout.addWidget(explain)
        splitter = QSplitter()
        splitter.addWidget(self.canvas)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([700, 300])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        self.reload()

    # -- data ------------------------------------------------------------------------------------
    def options(self) -> NetworkOptions:
        return NetworkOptions(
            types=frozenset(k for k, box in self.type_boxes.items() if box.isChecked()),
            category=self.category.currentData() or "",
            district=self.district.currentData() or "",
            top_n=self.top_n.value(),
        )

    # -- what the main window asks of a view (civicdesk.ui.view_api.WorkspaceView) --------
    def activate(self) -> None:
        pass

    def is_ready(self) -> bool:
        return True

    def reload_data(self, current: bool) -> None:
        pass

    def record_changed(self, record_type: str, record_id: str) -> None:
        self.reload()

    def save_state(self) -> None:
        pass

    def reload(self) -> None:
        """Read the network again from the database and redraw it."""
        service = self.service

        def work(options: NetworkOptions) -> NetworkPicture:
            service.load()
            return service.picture(options)

        self._start(work)

    def _refilter(self) -> None:
        if self.runner.busy:
            self._pending = True  # one redraw with the latest filters once this one is done
            return
        self._start(self.service.picture)

    def _start(self, work) -> None:  # noqa: ANN001
        self.summary.setText(self.tr("Working out the network…"))
        self.runner.run(work, self.options(), on_done=self._show, on_error=self._failed)

    def _failed(self, error: BaseException) -> None:
        self.summary.setText("")
        show_error(self, self.tr("Network"), error)

    def _show(self, picture: NetworkPicture) -> None:
        if self._pending:
            self._pending = False
            self._start(self.service.picture)
        self.current = picture
        self._fill_districts(picture.districts)
        self._draw(picture)
        self._fill_findings(picture)
        graph = picture.graph
        total = sum(picture.total.values())
        self.summary.setText(
            self.tr("%1 of %2 records, %3 links shown")
            .replace("%1", f"{graph.number_of_nodes():,}")
            .replace("%2", f"{total:,}")
            .replace("%3", f"{graph.number_of_edges():,}")
        )
        if not self._shown_once:
            self._shown_once = True
            QTimer.singleShot(0, self, lambda: self.loaded.emit())  # not after the view is gone

    def _fill_districts(self, districts: list[str]) -> None:
        if self.district.count() - 1 == len(districts):
            return
        current = self.district.currentData()
        self.district.blockSignals(True)
        self.district.clear()
        self.district.addItem(self.tr("any"), "")
        for name in districts:
            self.district.addItem(name, name)
        self.district.setCurrentIndex(max(0, self.district.findData(current)))
        self.district.blockSignals(False)

    # -- drawing ---------------------------------------------------------------------------------
    def _draw(self, picture: NetworkPicture) -> None:
        scene = self.canvas.scene()
        scene.clear()
        self.nodes = {}
        graph, positions = picture.graph, picture.positions
        flagged = {f.node: f.reason for f in picture.findings.all()}
        edges = QPainterPath()
        for a, b in graph.edges():
            pa, pb = positions[a], positions[b]
            edges.moveTo(pa[0] * SPREAD, -pa[1] * SPREAD)
            edges.lineTo(pb[0] * SPREAD, -pb[1] * SPREAD)
        pen = QPen(QColor(90, 90, 90, 110), 0)  # cosmetic: one pixel at any zoom
        line_item = QGraphicsPathItem(edges)
        line_item.setPen(pen)
        scene.addItem(line_item)
        for key, data in graph.nodes(data=True):
            item = NodeItem(self, key, data, graph.degree(key), flagged.get(key, ""))
            x, y = positions[key]
            item.setPos(x * SPREAD, -y * SPREAD)
            scene.addItem(item)
            self.nodes[key] = item
        content = QRectF()
        for item in self.nodes.values():
            content = content.united(QRectF(item.pos(), item.pos()).adjusted(-0.5, -0.5, 0.5, 0.5))
        self.canvas.content = content
        # Room to pan past the edges once zoomed in.
        scene.setSceneRect(content.adjusted(-SPREAD, -SPREAD, SPREAD, SPREAD))
        self.canvas.fit()

    def _update_labels(self) -> None:
        """Name as many nodes as fit, findings and the best-connected first (see `label_placement`)."""
        canvas = self.canvas
        port = canvas.viewport().rect()
        bounds = (2.0, 2.0, port.width() - 2.0, port.height() - 2.0)
        points = []
        for item in self.nodes.values():
            where = canvas.mapFromScene(item.pos())
            priority = (1000.0 if item.flagged else 0.0) + item.radius
            points.append(
                Point(
                    item.key,
                    where.x(),
                    where.y(),
                    item.radius,
                    priority,
                    item.data["label"],
                    bool(item.flagged),
                )
            )
        metrics = QFontMetricsF(label_font(True))  # bold is the wider: a safe measure for all

        def measure(text: str) -> tuple[float, float]:
            return metrics.horizontalAdvance(text) + 2, metrics.ascent() + metrics.descent() + 2

        placed = place_labels(points, measure, bounds)
        for key, item in self.nodes.items():
            label = placed.get(key)
            if label is None:
                item.set_label(None)
                continue
            where = canvas.mapFromScene(item.pos())
            left, top = label.rect[0] - where.x(), label.rect[1] - where.y()
            item.set_label((label.text, left + 1, top + 1))

    def shown_labels(self) -> dict[str, tuple[str, QRectF]]:
        """The names on the picture now, with their boxes in the canvas's pixels."""
        shown = {}
        transform = self.canvas.viewportTransform()
        for key, item in self.nodes.items():
            if item.show_label:
                box = item.deviceTransform(transform).mapRect(item.label_rect())
                shown[key] = (item.label_text, box)
        return shown

    def _fill_findings(self, picture: NetworkPicture) -> None:
        self.findings.clear()
        sections = (
            (self.tr("People who hold groups together"), picture.findings.connectors),
            (self.tr("Spaces many groups depend on"), picture.findings.spaces),
            (self.tr("Groups kept going by one volunteer"), picture.findings.groups),
        )
        heading_font = QFont()
        heading_font.setBold(True)
        for heading, findings in sections:
            item = QListWidgetItem(f"{heading} ({len(findings)})")
            item.setFont(heading_font)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            item.setForeground(QColor(colours.INK))
            self.findings.addItem(item)
            if not findings:
                empty = QListWidgetItem(self.tr("None found."))
                empty.setFlags(Qt.ItemFlag.ItemIsEnabled)  # not greyed out: it must stay readable
                empty.setForeground(QColor(colours.MUTED))
                self.findings.addItem(empty)
            for finding in findings:
                entry = QListWidgetItem(f"{finding.title} — {finding.reason}")
                entry.setData(NODE_ROLE, finding)
                entry.setToolTip(finding.reason)
                self.findings.addItem(entry)

    def finding_items(self) -> list[Finding]:
        found = []
        for row in range(self.findings.count()):
            finding = self.findings.item(row).data(NODE_ROLE)
            if isinstance(finding, Finding):
                found.append(finding)
        return found

    def _finding_selected(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        for node in self.nodes.values():
            if node.highlighted:
                node.highlighted = False
                node.update()
        finding = item.data(NODE_ROLE) if item is not None else None
        if isinstance(finding, Finding) and finding.node in self.nodes:
            node = self.nodes[finding.node]
            node.highlighted = True
            node.update()
            self.canvas.centerOn(node)

    def _finding_opened(self, item: QListWidgetItem) -> None:
        finding = item.data(NODE_ROLE)
        if isinstance(finding, Finding):
            self.open_record.emit(finding.record_type, finding.record_id)

    # -- export ----------------------------------------------------------------------------------
    def export_png(self, path: Path | str) -> Path:
        return graphics_export.export_png(self.canvas, Path(path))

    def export_pdf(self, path: Path | str) -> Path:
        notes = [self.summary.text()] + [f"• {f.title}: {f.reason}" for f in self.finding_items()]
        return graphics_export.export_pdf(
            self.canvas, Path(path), self.tr("Network of groups and spaces"), notes
        )

    def _export(self, kind: str) -> None:
        graphics_export.ask_and_export(
            self, kind, self.tr("Export the network"), "network", self.export_png, self.export_pdf
        )


def make_view(context: ViewContext) -> NetworkView:
    """The network picture, wired to the window (a factory of civicdesk.ui.registry)."""
    view = NetworkView(context.db)
    view.open_record.connect(context.open_record)
    return view
