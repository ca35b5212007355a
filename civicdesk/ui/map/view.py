"""The map of spaces: markers by category and health, clusters when zoomed out, drag to move.

    view = MapView(db, undo_stack, changed)
    view.open_record.connect(main_window.open_record)
    view.set_basemap(Path("area.mbtiles"))   # optional; without one a graticule is drawn

Moving a marker is an ordinary undoable edit of the space's location through SpaceService.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QPointF, QRectF, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from civicdesk.db.database import Database
from civicdesk.services import geo
from civicdesk.services.map_points import (
    MapData,
    MapPoint,
    Unplaced,
    load_map_point,
    load_map_points,
    location_of,
)
from civicdesk.services.mbtiles import MBTiles
from civicdesk.services.spaces import CATEGORIES, STATUSES, SpaceService
from civicdesk.ui import colours, graphics_export
from civicdesk.ui.dialogs import show_error
from civicdesk.ui.map.canvas import MapCanvas
from civicdesk.ui.map.markers import SCENE_ZOOM, ClusterMarker, SpaceMarker
from civicdesk.ui.tasks import TaskRunner
from civicdesk.ui.undo import EditRecord

# The window's words, in its context (lupdate reads translate("Context", "text") calls).
translate = QCoreApplication.translate

if TYPE_CHECKING:
    from civicdesk.ui.view_api import ViewContext

CLUSTER_CELL_PX = 56  # spaces closer than about this on screen share a bubble
NO_CLUSTERS_FROM = 16  # street level: every space is shown on its own
LABELS_FROM = 16.0


class MapView(QWidget):
    open_record = Signal(str, str)
    loaded = Signal()

    def __init__(
        self,
        db: Database,
        undo_stack: QUndoStack,
        changed: Callable[[str, str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("map_view")
        self.db, self.undo_stack, self._changed = db, undo_stack, changed
        self.spaces = SpaceService(db)
        self.runner = TaskRunner(self)
        self.points: dict[str, MapPoint] = {}
        self.markers: dict[str, SpaceMarker] = {}
        self.clusters: list[ClusterMarker] = []
        self.unplaced = 0
        self.unplaced_spaces: dict[str, Unplaced] = {}
        self._cluster_level: tuple[int, frozenset[str]] | None = None
        self._shown_once = False
        self._fitted = False

        self.category = self._combo(self.tr("Category"), CATEGORIES)
        self.status = self._combo(self.tr("Status"), STATUSES)
        self.owner = self._combo(self.tr("Owner"), [])
        self.summary = QLabel()
        basemap = self.basemap_button = QPushButton(self.tr("Basemap…"))
        basemap.setToolTip(self.tr("Show an offline map (an .mbtiles file) under the markers"))
        basemap.clicked.connect(self._choose_basemap)
        export = QToolButton()
        export.setText(self.tr("Export"))
        export.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(export)
        menu.addAction(self.tr("As a picture (PNG)…"), lambda: self._export("png"))
        menu.addAction(self.tr("As a PDF…"), lambda: self._export("pdf"))
        export.setMenu(menu)

        bar = QHBoxLayout()
        for caption, combo in (
            (self.tr("Category"), self.category),
            (self.tr("Status"), self.status),
            (self.tr("Owner"), self.owner),
        ):
            bar.addWidget(QLabel(caption + ":"))
            bar.addWidget(combo)
        bar.addStretch(1)
        bar.addWidget(self.summary)
        bar.addWidget(basemap)
        bar.addWidget(export)

        # Spaces with no coordinates yet: pick one, press the button, click where it is.
        self.unplaced_box = QComboBox()
        self.unplaced_box.setAccessibleName(self.tr("Space without a location"))
        self.unplaced_box.setMinimumContentsLength(24)
        self.place_button = QPushButton(self.tr("Place on map"))
        self.place_button.setCheckable(True)
        self.place_button.setToolTip(self.tr("Then click on the map where the chosen space is"))
        self.place_button.toggled.connect(self._placing_toggled)
        self.place_bar = QWidget()
        place_row = QHBoxLayout(self.place_bar)
        place_row.setContentsMargins(0, 0, 0, 0)
        place_row.addWidget(QLabel(self.tr("Not on the map yet:")))
        place_row.addWidget(self.unplaced_box)
        place_row.addWidget(self.place_button)
        place_row.addStretch(1)

        # Made without a parent, the map joins the Tab order when laid out: after the tools above it.
        self.canvas = MapCanvas()
        self.canvas.zoom_changed.connect(lambda _z: self._recluster())
        self.canvas.place_clicked.connect(self._place_at)
        self.canvas.placing_cancelled.connect(lambda: self.place_button.setChecked(False))
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.place_bar)
        layout.addWidget(self.canvas, 1)
        self._usual_hint = self.tr(
            "Scroll to zoom, drag the map to move around. Click a marker to open the space; "
            "drag a marker to change where it is (Undo puts it back)."
        )
        self.hint = hint = QLabel(self._usual_hint)
        hint.setWordWrap(True)
        hint.setStyleSheet(f"color: {colours.MUTED};")
        layout.addWidget(hint)
        self.reload()

    def _combo(self, what: str, choices: list[str]) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(what)
        combo.addItem(self.tr("any"), "")
        for choice in choices:
            combo.addItem(choice, choice)
        combo.currentIndexChanged.connect(lambda _i: self._apply_filters())
        return combo

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
        self.runner.run(load_map_points, self.db, on_done=self._show, on_error=self._failed)

    def _failed(self, error: BaseException) -> None:
        show_error(self, self.tr("Map"), error)

    def _show(self, data: MapData) -> None:
        scene = self.canvas.scene()
        for marker in self.markers.values():
            scene.removeItem(marker)
        self.markers.clear()
        self.points = {p.id: p for p in data.points}
        self.unplaced = data.unplaced
        self.unplaced_spaces = {u.id: u for u in data.unplaced_spaces}
        self._fill_unplaced()
        for point in data.points:
            marker = SpaceMarker(point, self._marker_clicked, self._marker_moved)
            scene.addItem(marker)
            self.markers[point.id] = marker
        self._fill_owner_choices()
        self.canvas.legend_categories = sorted({p.category for p in data.points})
        if not self._fitted:
            self._fitted = True
            QTimer.singleShot(0, self.fit_all)  # after the first layout, when the size is known
        self._apply_filters()
        if not self._shown_once:
            self._shown_once = True
            QTimer.singleShot(0, self, lambda: self.loaded.emit())  # not after the view is gone

    def _fill_owner_choices(self) -> None:
        current = self.owner.currentData()
        owners = sorted({p.owner for p in self.points.values() if p.owner})
        types = sorted({p.ownership_type for p in self.points.values() if p.ownership_type})
        self.owner.blockSignals(True)
        self.owner.clear()
        self.owner.addItem(self.tr("any"), "")
        for kind in types:
            self.owner.addItem(self.tr("%1 ownership").replace("%1", kind), f"type:{kind}")
        for name in owners:
            self.owner.addItem(name, f"name:{name}")
        index = self.owner.findData(current)
        self.owner.setCurrentIndex(max(0, index))
        self.owner.blockSignals(False)

    def visible_ids(self) -> list[str]:
        category, status, owner = (c.currentData() for c in (self.category, self.status, self.owner))
        shown = []
        for point in self.points.values():
            if category and point.category != category:
                continue
            if status and point.status != status:
                continue
            if owner.startswith("type:") and point.ownership_type != owner[5:]:
                continue
            if owner.startswith("name:") and point.owner != owner[5:]:
                continue
            shown.append(point.id)
        return shown

    def _apply_filters(self) -> None:
        self._cluster_level = None
        self._recluster()

    def fit_all(self) -> None:
        ids = self.visible_ids() or list(self.points)
        if not ids:
            self.canvas.show_lonlat(-1.5, 53.8, 5.0)  # Britain, before anything is placed
            return
        xs = [self.markers[i].pos().x() for i in ids]
        ys = [self.markers[i].pos().y() for i in ids]
        rect = QRectF(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))
        if rect.width() < 1e-3 and rect.height() < 1e-3:
            rect.adjust(-0.01, -0.01, 0.01, 0.01)
        self.canvas.fit_scene_rect(rect)

    # -- clustering --------------------------------------------------------------------------------
    def _recluster(self) -> None:
        level = min(NO_CLUSTERS_FROM, math.floor(self.canvas.zoom))
        shown = self.visible_ids()
        key = (level, frozenset(shown))
        if key == self._cluster_level:
            self._update_labels()
            return
        self._cluster_level = key
        scene = self.canvas.scene()
        for cluster in self.clusters:
            scene.removeItem(cluster)
        self.clusters = []
        single: set[str] = set()
        if level >= NO_CLUSTERS_FROM:
            single = set(shown)
        else:
            cell = CLUSTER_CELL_PX * 2.0 ** (SCENE_ZOOM - level)
            points = [(i, self.markers[i].pos().x(), self.markers[i].pos().y()) for i in shown]
            for group in geo.cluster_points(points, cell):
                if group.size == 1:
                    single.add(str(group.keys[0]))
                else:
                    ids = tuple(map(str, group.keys))
                    members = [self.points[i] for i in ids]
                    cluster = ClusterMarker(QPointF(group.x, group.y), ids, members, self._zoom_into)
                    scene.addItem(cluster)
                    self.clusters.append(cluster)
        for sid, marker in self.markers.items():
            marker.setVisible(sid in single)
        self._update_labels()
        placed = len(shown)
        text = (
            self.tr("%1 of %Ln space(s) shown", "", len(self.points))
            .replace("%1", QLocale().toString(placed))
        )
        if self.unplaced:
            text += " · " + self.tr("%1 without a location").replace("%1", f"{self.unplaced:,}")
        self.summary.setText(text)

    def _update_labels(self) -> None:
        show = self.canvas.zoom >= LABELS_FROM
        for marker in self.markers.values():
            marker.set_show_label(show and marker.isVisible())

    def _zoom_into(self, cluster: ClusterMarker) -> None:
        xs = [self.markers[i].pos().x() for i in cluster.ids]
        ys = [self.markers[i].pos().y() for i in cluster.ids]
        rect = QRectF(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))
        if rect.width() * self.canvas.scale_factor() < 4 and rect.height() * self.canvas.scale_factor() < 4:
            self.canvas.set_zoom(self.canvas.zoom + 2)  # all in one spot: just go closer
            self.canvas.centerOn(rect.center())
        else:
            self.canvas.fit_scene_rect(rect, margin=0.15)

    # -- clicks and drags ------------------------------------------------------------------------
    def _marker_clicked(self, marker: SpaceMarker) -> None:
        self.open_record.emit("space", marker.point.id)

    def _marker_moved(self, marker: SpaceMarker) -> None:
        point = marker.point
        lon, lat = geo.world_to_lonlat(marker.pos().x(), marker.pos().y(), SCENE_ZOOM)
        old = {"latitude": point.latitude, "longitude": point.longitude}
        new = {"latitude": round(lat, 6), "longitude": round(lon, 6)}
        try:
            self.undo_stack.push(
                EditRecord(self.spaces, point.id, old, new, point.name, self._record_changed)
            )
        except Exception as exc:  # noqa: BLE001 - tell the user and put the marker back
            marker.set_point(point)
            show_error(self, self.tr("Move space"), exc)

    # -- placing a space that has no location --------------------------------------------------
    def _fill_unplaced(self) -> None:
        current = self.unplaced_box.currentData()
        self.unplaced_box.clear()
        # Places that belong on a map first; online spaces rarely need a location.
        ordered = sorted(self.unplaced_spaces.values(),
                         key=lambda u: (u.category == "digital", u.name.casefold(), u.id))
        for space in ordered:
            online = self.tr(" (online)") if space.category == "digital" else ""
            self.unplaced_box.addItem(space.name + online, space.id)
        self.unplaced_box.setCurrentIndex(max(0, self.unplaced_box.findData(current)))
        self.place_bar.setVisible(bool(self.unplaced_spaces))

    def _placing_toggled(self, on: bool) -> None:
        space = self.unplaced_spaces.get(self.unplaced_box.currentData() or "")
        if on and space is None:
            self.place_button.setChecked(False)
            return
        self.canvas.set_placing(on)
        self.unplaced_box.setEnabled(not on)
        if on and space is not None:
            self.hint.setText(
                self.tr("Click on the map where “%1” is (drag to move the map; Esc cancels).").replace(
                    "%1", space.name
                )
            )
        else:
            self.hint.setText(self._usual_hint)

    def _place_at(self, scene_pos: QPointF) -> None:
        space = self.unplaced_spaces.get(self.unplaced_box.currentData() or "")
        self.place_button.setChecked(False)
        if space is None:
            return
        lon, lat = geo.world_to_lonlat(scene_pos.x(), scene_pos.y(), SCENE_ZOOM)
        old = {"latitude": None, "longitude": None}
        new = {"latitude": round(lat, 6), "longitude": round(lon, 6)}
        try:
            command = EditRecord(self.spaces, space.id, old, new, space.name, self._record_changed)
            self.undo_stack.push(command)
        except Exception as exc:  # noqa: BLE001 - a refused edit is explained, nothing changes
            show_error(self, self.tr("Place on map"), exc)

    def _appeared_or_vanished(self, record_id: str) -> bool:
        """Keep markers and the not-yet-placed list right when a space gains or loses its location."""
        if record_id in self.unplaced_spaces:
            point = load_map_point(self.db, record_id)
            if point is None:
                return False
            del self.unplaced_spaces[record_id]
            marker = SpaceMarker(point, self._marker_clicked, self._marker_moved)
            self.canvas.scene().addItem(marker)
            self.points[record_id], self.markers[record_id] = point, marker
        elif record_id in self.points and location_of(self.db, record_id)[0] is None:
            point = self.points.pop(record_id)
            self.canvas.scene().removeItem(self.markers.pop(record_id))
            self.unplaced_spaces[record_id] = Unplaced(record_id, point.name, point.category)
        else:
            return False
        self.unplaced = len(self.unplaced_spaces)
        self._fill_unplaced()
        self._cluster_level = None
        self._recluster()
        return True

    def _record_changed(self, record_type: str, record_id: str) -> None:
        if record_type == "space" and self._appeared_or_vanished(record_id):
            self._changed(record_type, record_id)
            return
        if record_type == "space" and record_id in self.points:
            lat, lon = location_of(self.db, record_id)
            if lat is not None and lon is not None:
                point = replace(self.points[record_id], latitude=lat, longitude=lon)
                self.points[record_id] = point
                self.markers[record_id].set_point(point)
                self._cluster_level = None
                self._recluster()
        self._changed(record_type, record_id)

    # -- basemap and export ------------------------------------------------------------------------
    def set_basemap(self, path: Path | str | None) -> None:
        """Show an MBTiles file under the markers (None: back to the graticule)."""
        self.canvas.set_tiles(MBTiles(Path(path)) if path else None)

    def _choose_basemap(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose an offline map"), "", self.tr("Offline maps (*.mbtiles);;All files (*)")
        )
        if path:
            try:
                self.set_basemap(path)
            except Exception as exc:  # noqa: BLE001 - a wrong file is the user's to fix
                show_error(self, self.tr("Basemap"), exc)

    def export_png(self, path: Path | str) -> Path:
        return graphics_export.export_png(self.canvas, Path(path))

    def export_pdf(self, path: Path | str) -> Path:
        notes = [self.summary.text()]
        if self.canvas.attribution:
            notes.append(self.canvas.attribution)
        return graphics_export.export_pdf(self.canvas, Path(path), self.tr("Map of spaces"), notes)

    def _export(self, kind: str) -> None:
        graphics_export.ask_and_export(
            self, kind, self.tr("Export the map"), "map", self.export_png, self.export_pdf
        )


def make_view(context: ViewContext) -> MapView:
    """The map, wired to the window, with the background chosen (a factory of civicdesk.ui.registry)."""
    from civicdesk.errors import CivicDeskError

    window = context.window
    view = MapView(context.db, context.undo_stack, context.record_changed)
    view.open_record.connect(context.open_record)
    basemap = context.basemap()
    if basemap is not None:
        try:
            view.set_basemap(basemap)
        except CivicDeskError as exc:
            show_error(window, translate("MainWindow", "Map background"), exc)
    return view
