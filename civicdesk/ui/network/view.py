"""The network view: who and what connects the neighbourhood's groups, and where it is thin.

    view = NetworkView(db)
    view.open_record.connect(main_window.open_record)

Loading, measuring and laying out run off the UI thread (`NetworkService`); the picture shows
a filtered, size-limited part of the network, and the side panel lists the findings in words.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainterPath,
    QPen,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGraphicsPathItem,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QSpinBox,
    QSplitter,
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
from civicdesk.ui.network.canvas import (
    NODE_ROLE,
    SPREAD,
    TYPE_NAMES,
    NetworkCanvas,
    NodeItem,
    label_font,
)
from civicdesk.ui.tasks import TaskRunner
from civicdesk.ui.words import data_word

if TYPE_CHECKING:
    from civicdesk.ui.view_api import ViewContext


class NetworkView(QWidget):
    open_record = Signal(str, str)
    loaded = Signal()

    def links_phrase(self, count: int) -> str:
        """A count of links ("3 links") for a node's tooltip (lupdate reads plurals only in self.tr)."""
        return self.tr("%Ln link(s)", "", count)

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
            box = QCheckBox(data_word(name))
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
                    item.info["label"],
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
