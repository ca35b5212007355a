"""The window's map and network picture actions: choosing a map background, exporting the view.

They take the main window (`self`, typed Any so this module need not import the window)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QFileDialog

from civicdesk.errors import CivicDeskError
from civicdesk.ui.dialogs import show_error
from civicdesk.ui.lazy_view import LazyView

# The window's words, in its context (lupdate reads translate("Context", "text") calls).
translate = QCoreApplication.translate


def choose_basemap(self: Any) -> None:
    """File › Map background: an MBTiles file for the map view, remembered in the settings."""
    chosen, _ = QFileDialog.getOpenFileName(
        self,
        translate("MainWindow", "Choose a map background"),
        str(self.basemap.parent if self.basemap else Path.home()),
        translate("MainWindow", "MBTiles maps (*.mbtiles);;All files (*)"),
    )
    if not chosen:
        return
    self.basemap = Path(chosen)
    QSettings().setValue("map/basemap", chosen)
    view = self.views["map"]
    if isinstance(view, LazyView) and view.inner is not None:
        map_view: Any = view.inner  # the map view (registry name "map")
        try:
            map_view.set_basemap(self.basemap)
        except CivicDeskError as exc:
            show_error(self, translate("MainWindow", "Map background"), exc)
    self.show_view("map")

def export_view(self: Any, kind: str) -> None:
    """File › Export view: the map or the network picture as PNG or PDF."""
    view = self.stack.currentWidget()
    inner: Any = view.inner if isinstance(view, LazyView) else None  # the map or network view
    if inner is None:
        self.statusBar().showMessage(
            translate("MainWindow", "Open the map or the network view to export it."), 5000)
        return
    suffix = "png" if kind == "png" else "pdf"
    chosen, _ = QFileDialog.getSaveFileName(
        self,
        translate("MainWindow", "Export view"),
        str(Path.home() / f"civicdesk-{self.current_view_name()}.{suffix}"),
        (translate("MainWindow", "PNG image (*.png)") if suffix == "png"
         else translate("MainWindow", "PDF document (*.pdf)")),
    )
    if chosen:
        try:
            out = inner.export_png(chosen) if suffix == "png" else inner.export_pdf(chosen)
        except Exception as exc:  # noqa: BLE001 - shown in words, nothing else changes
            show_error(self, translate("MainWindow", "Could not export"), exc)
            return
        self.statusBar().showMessage(translate("MainWindow", "Saved %1").replace("%1", str(out)), 6000)
