"""The main window: a sidebar of views, global search, menus, status bar and the undo stack."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QIcon, QUndoStack
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from civicdesk import APP_NAME, __version__
from civicdesk.db import backup
from civicdesk.db.database import Database
from civicdesk.errors import CivicDeskError
from civicdesk.paths import backup_dir_for
from civicdesk.services import overview, site
from civicdesk.services.groups import GroupService
from civicdesk.services.people import PersonService
from civicdesk.services.records import RecordService
from civicdesk.services.spaces import SpaceService
from civicdesk.services.tools import ToolService
from civicdesk.ui.bundles import BundleActions
from civicdesk.ui.dialogs import show_error
from civicdesk.ui.encryption import InactivityLock, convert_in_window
from civicdesk.ui.generated import resources_rc  # noqa: F401 - registers the :/icons/ resources
from civicdesk.ui.health import HealthDashboard
from civicdesk.ui.lazy_view import LazyView
from civicdesk.ui.lists.view import RecordListView
from civicdesk.ui.menus import build_menus
from civicdesk.ui.review import ReviewView
from civicdesk.ui.search_box import SearchBox
from civicdesk.ui.tasks import TaskRunner
from civicdesk.ui.tools.store import ToolStore
from civicdesk.ui.undo import DeleteRecord
from civicdesk.ui.welcome import WelcomeDialog

# view name -> (listing kind, sidebar label, icon in the compiled resources)
VIEWS: dict[str, tuple[str, str, str]] = {
    "spaces": ("space", "Spaces", ":/icons/spaces.svg"),
    "groups": ("group", "Groups", ":/icons/groups.svg"),
    "people": ("person", "People", ":/icons/people.svg"),
    "tools": ("tool", "Tools", ":/icons/tools.svg"),
    "health": ("health", "Health", ":/icons/health.svg"),
    "map": ("", "Map", ":/icons/map.svg"),
    "network": ("", "Network", ":/icons/network.svg"),
    "review": ("", "Needs review", ":/icons/review.svg"),
}
VIEW_OF_TYPE = {"space": "spaces", "group": "groups", "person": "people", "tool": "tools"}


class MainWindow(QMainWindow):
    def __init__(
        self,
        db: Database,
        remember_geometry: bool = True,
        parent: QWidget | None = None,
        basemap: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.remember_geometry = remember_geometry
        saved_basemap = QSettings().value("map/basemap") if remember_geometry else None
        self.basemap: Path | None = basemap or (Path(saved_basemap) if saved_basemap else None)
        self.runner = TaskRunner(self)
        self.undo_stack = QUndoStack(self)
        self.services: dict[str, RecordService] = {
            "space": SpaceService(db),
            "group": GroupService(db),
            "person": PersonService(db),
            "tool": ToolService(db),
        }
        self._loaded_callbacks: list[Callable[[], None]] = []
        self.bundles = BundleActions(self, db, self.runner, self.reload_all)
        self.setAcceptDrops(True)
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(QIcon(":/icons/civicdesk.svg"))
        self.setObjectName("main_window")

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(self.tr("Views"))
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setMinimumWidth(150)
        self.sidebar.setStyleSheet("QListWidget { font-size: 11pt; } QListWidget::item { padding: 7px; }")
        self.stack = QStackedWidget()
        self.views: dict[str, QWidget] = {}
        empty_texts = {
            "spaces": self.tr(
                "No spaces yet.\n\nAdd the halls, libraries, parks, pubs and places of worship "
                "people meet in with “Add space”, or start with the example neighbourhood "
                "from the File menu."
            ),
            "groups": self.tr(
                "No groups yet.\n\nAdd the clubs, charities and associations that run "
                "activities with “Add group”."
            ),
            "people": self.tr(
                "No volunteers yet.\n\nAdd the people who hold things together with "
                "“Add person”. Their details stay on this computer unless they consent."
            ),
            "tools": self.tr(
                "No tools yet.\n\nAdd the methods, apps and shared kit your groups use with “Add tool”."
            ),
        }
        add_labels = {
            "spaces": self.tr("Add space"),
            "groups": self.tr("Add group"),
            "people": self.tr("Add person"),
            "tools": self.tr("Add tool"),
        }
        for name, (kind, label, icon) in VIEWS.items():
            if name == "review":
                view: QWidget = ReviewView(db, self.runner)
            elif name == "health":
                view = HealthDashboard(db, self)
                view.open_record.connect(self.open_record)
                view.loaded.connect(self._maybe_loaded)
            elif name == "tools":
                view = ToolStore(db, self.undo_stack, self.record_changed, self)
                view.loaded.connect(self._maybe_loaded)
            elif name in ("map", "network"):
                view = LazyView(self._make_map if name == "map" else self._make_network)
                view.ready.connect(self._maybe_loaded)
            else:
                view = RecordListView(db, kind, self.runner, empty_texts[name], add_labels.get(name))
                view.open_requested.connect(lambda rid, k=kind: self.open_record(k, rid))
                view.add_requested.connect(lambda k=kind: self.new_record(k))
                view.model.first_page_loaded.connect(self._maybe_loaded)
                view.model.failed.connect(
                    lambda exc: show_error(self, self.tr("Could not load the list"), exc)
                )
            self.views[name] = view
            self.stack.addWidget(view)
            item = QListWidgetItem(QIcon(icon), self.tr(label))
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.sidebar.addItem(item)
        self.sidebar.currentRowChanged.connect(self._sidebar_changed)

        splitter = QSplitter()
        splitter.setObjectName("main_splitter")
        splitter.addWidget(self.sidebar)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([180, 1020])
        self.splitter = splitter
        self.setCentralWidget(splitter)

        self.search = SearchBox(db, self.runner)
        self.search.record_chosen.connect(self.open_record)
        toolbar = QToolBar(self.tr("Search"))
        toolbar.setObjectName("search_toolbar")
        toolbar.setMovable(False)
        toolbar.addWidget(self.search)
        self.addToolBar(toolbar)

        self.counts_label = QLabel()
        self.counts_label.setObjectName("counts")
        self.statusBar().addPermanentWidget(self.counts_label)
        build_menus(self)
        self.app_lock = InactivityLock(self, db)  # locks an encrypted database's window when idle
        self._restore_window()
        self.sidebar.setCurrentRow(0)
        self.refresh_counts()

    # -- views ------------------------------------------------------------------------------
    def _make_map(self, parent: QWidget) -> QWidget:
        from civicdesk.ui.map.view import MapView

        view = MapView(self.db, self.undo_stack, self.record_changed, parent)
        view.open_record.connect(self.open_record)
        if self.basemap is not None:
            try:
                view.set_basemap(self.basemap)
            except CivicDeskError as exc:
                show_error(self, self.tr("Map background"), exc)
        return view

    def _make_network(self, parent: QWidget) -> QWidget:
        from civicdesk.ui.network.view import NetworkView

        view = NetworkView(self.db, parent)
        view.open_record.connect(self.open_record)
        return view

    def choose_basemap(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a map background"),
            str(self.basemap.parent if self.basemap else Path.home()),
            self.tr("MBTiles maps (*.mbtiles);;All files (*)"),
        )
        if not chosen:
            return
        self.basemap = Path(chosen)
        QSettings().setValue("map/basemap", chosen)
        view = self.views["map"]
        if isinstance(view, LazyView) and view.inner is not None:
            try:
                view.inner.set_basemap(self.basemap)
            except CivicDeskError as exc:
                show_error(self, self.tr("Map background"), exc)
        self.show_view("map")

    def export_view(self, kind: str) -> None:
        view = self.stack.currentWidget()
        inner = view.inner if isinstance(view, LazyView) else None
        if inner is None:
            self.statusBar().showMessage(self.tr("Open the map or the network view to export it."), 5000)
            return
        suffix = "png" if kind == "png" else "pdf"
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export view"),
            str(Path.home() / f"civicdesk-{self.current_view_name()}.{suffix}"),
            self.tr("PNG image (*.png)") if suffix == "png" else self.tr("PDF document (*.pdf)"),
        )
        if chosen:
            try:
                out = inner.export_png(chosen) if suffix == "png" else inner.export_pdf(chosen)
            except Exception as exc:  # noqa: BLE001 - shown in words, nothing else changes
                show_error(self, self.tr("Could not export"), exc)
                return
            self.statusBar().showMessage(self.tr("Saved %1").replace("%1", str(out)), 6000)

    def show_view(self, name: str) -> None:
        names = list(VIEWS)
        if name not in names:
            raise ValueError(f"unknown view {name}")
        self.sidebar.setCurrentRow(names.index(name))

    def current_view_name(self) -> str:
        return list(VIEWS)[max(0, self.sidebar.currentRow())]

    def _sidebar_changed(self, row: int) -> None:
        view = self.views[list(VIEWS)[row]]
        self.stack.setCurrentWidget(view)
        if isinstance(view, RecordListView) and not view.model.loaded_once and not view.model.loading:
            view.model.reload()
        elif isinstance(view, ReviewView):
            view.reload()
            QTimer.singleShot(0, self._maybe_loaded)
        elif isinstance(view, HealthDashboard) and view.board is None:
            view.refresh()
        elif isinstance(view, LazyView):
            view.ensure()
        elif isinstance(view, ToolStore) and not view.loaded_once:
            view.reload()
        self.delete_action.setEnabled(isinstance(view, RecordListView))

    def _maybe_loaded(self) -> None:
        view = self.stack.currentWidget()
        if isinstance(view, RecordListView):
            ready = view.model.loaded_once
        elif isinstance(view, HealthDashboard):
            ready = view.board is not None
        elif isinstance(view, LazyView):
            ready = view.is_ready
        elif isinstance(view, ToolStore):
            ready = view.loaded_once
        else:
            ready = True
        if ready and self.counts_label.text():
            callbacks, self._loaded_callbacks = self._loaded_callbacks, []
            for callback in callbacks:
                callback()

    def when_loaded(self, callback: Callable[[], None]) -> None:
        """Call back once the current view shows its data (for screenshots and tests)."""
        self._loaded_callbacks.append(callback)
        QTimer.singleShot(0, self._maybe_loaded)

    def reload_all(self) -> None:
        for view in self.views.values():
            if isinstance(view, RecordListView):
                if view.model.loaded_once or view is self.stack.currentWidget():
                    view.model.reload()
            elif isinstance(view, ReviewView):
                view.reload()
            elif isinstance(view, HealthDashboard) and (view.board is not None or view.isVisible()):
                view.refresh()
            elif isinstance(view, ToolStore) and (view.loaded_once or view.isVisible()):
                view.reload()
        self.refresh_counts()

    def refresh_counts(self) -> None:
        def show(counts: dict[str, int]) -> None:
            self.counts_label.setText(
                self.tr("%1 spaces · %2 groups · %3 people · %4 tools")
                .replace("%1", f"{counts['spaces']:,}")
                .replace("%2", f"{counts['groups']:,}")
                .replace("%3", f"{counts['people']:,}")
                .replace("%4", f"{counts['tools']:,}")
            )

        def shown(counts: dict[str, int]) -> None:
            show(counts)
            self._maybe_loaded()

        self.runner.run(overview.stats, self.db, on_done=shown)

    def record_changed(self, record_type: str, record_id: str) -> None:
        """Called by undo commands and editors after every write."""
        for view in self.views.values():
            if (
                isinstance(view, RecordListView)
                and view.model.record_type == record_type
                and view.model.loaded_once
            ):
                view.model.refresh_record(record_id)
        health = self.views["health"]
        if isinstance(health, HealthDashboard) and health.board is not None:
            health.refresh()
        for name in ("map", "network"):
            lazy = self.views[name]
            if isinstance(lazy, LazyView) and lazy.inner is not None:
                lazy.inner.reload()
        self.refresh_counts()

    # -- records ----------------------------------------------------------------------------
    def _current_list(self) -> RecordListView | None:
        view = self.stack.currentWidget()
        return view if isinstance(view, RecordListView) else None

    def new_record(self, record_type: str | None = None) -> None:
        if record_type is None:
            current = self._current_list()
            record_type = current.model.record_type if current else "space"
        self._open_editor(record_type, None)

    def open_record(self, record_type: str, record_id: str) -> None:
        view_name = VIEW_OF_TYPE.get(record_type)
        if view_name and self.current_view_name() not in (view_name, "health", "review"):
            self.show_view(view_name)
        self._open_editor(record_type, record_id)

    def _open_editor(self, record_type: str, record_id: str | None) -> None:
        from civicdesk.ui.editors import open_editor

        open_editor(self, self.db, record_type, record_id, self.undo_stack, self.record_changed)

    def open_selected(self) -> None:
        current = self._current_list()
        if current and current.current_id():
            self.open_record(current.model.record_type, current.current_id() or "")

    def delete_selected(self) -> None:
        current = self._current_list()
        if current is None:
            return
        record_id = current.current_id()
        if not record_id:
            self.statusBar().showMessage(self.tr("Select a record to delete first."), 4000)
            return
        service = self.services[current.model.record_type]
        name = getattr(service.get(record_id), "name", "")
        answer = QMessageBox.question(
            self,
            self.tr("Delete “%1”?").replace("%1", name),
            self.tr("Delete “%1”? You can undo this with Ctrl+Z, and the record's history is kept.").replace(
                "%1", name
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.undo_stack.push(DeleteRecord(service, record_id, name, self.record_changed))
            self.statusBar().showMessage(
                self.tr("Deleted “%1”. Press Ctrl+Z to undo.").replace("%1", name), 6000
            )

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # -- first run, example data, backups ---------------------------------------------------
    def offer_first_run(self) -> None:
        if site.is_empty(self.db):
            QTimer.singleShot(0, self._welcome)

    def _welcome(self) -> None:
        dialog = WelcomeDialog(self)
        choice = dialog.exec()
        if dialog.group_name.text().strip() or dialog.area.text().strip():
            site.set_identity(self.db, dialog.group_name.text(), dialog.area.text())
        then = self.load_example if choice == WelcomeDialog.EXAMPLE else None
        if choice in (WelcomeDialog.EXAMPLE, WelcomeDialog.EMPTY) and dialog.wants_encryption():
            convert_in_window(self, dialog.passphrase.text(), True, dialog.remember.isChecked(), then)
        elif then is not None:
            then()

    def load_example(self) -> None:
        if not site.is_empty(self.db):
            QMessageBox.information(
                self,
                self.tr("Example neighbourhood"),
                self.tr(
                    "The example neighbourhood can only be loaded into an empty database, so that it never "
                    "mixes with your own records."
                ),
            )
            return
        progress = QProgressDialog(self.tr("Creating the example neighbourhood…"), "", 0, 0, self)
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)

        def finished(_counts: object) -> None:
            progress.close()
            self.reload_all()
            self.statusBar().showMessage(self.tr("The example neighbourhood is ready to explore."), 6000)

        def failed(exc: BaseException) -> None:
            progress.close()
            show_error(self, self.tr("Could not create the example"), exc)

        from civicdesk.services import demo  # Faker is slow to import: only when asked for

        self.runner.run(demo.generate, self.db, "village", 1, on_done=finished, on_error=failed)

    def print_directory(self) -> None:
        from civicdesk.ui.directory.dialog import DirectoryDialog

        dialog = DirectoryDialog(self.db, self)
        dialog.open()

    def import_file(self) -> None:
        from civicdesk.ui.importing.wizard import ImportWizard

        wizard = ImportWizard(self.db, self)
        wizard.imported.connect(lambda _summary: self.reload_all())
        wizard.open()

    def back_up_now(self) -> None:
        self.statusBar().showMessage(self.tr("Backing up…"))
        self.runner.run(
            backup.backup_database,
            self.db.path,
            on_done=lambda out: self.statusBar().showMessage(
                self.tr("Backed up to %1").replace("%1", str(out)), 8000
            ),
            on_error=lambda exc: show_error(self, self.tr("Backup failed"), exc),
        )

    def restore_from_backup(self) -> None:
        folder = backup_dir_for(self.db.path)
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore from a backup"),
            str(folder),
            self.tr("CivicDesk backups (*.sqlite3);;All files (*)"),
        )
        if not chosen:
            return
        answer = QMessageBox.warning(
            self,
            self.tr("Replace all data?"),
            self.tr(
                "Replace everything in CivicDesk with the backup “%1”? What is here now is backed up "
                "first, so you can go back."
            ).replace("%1", Path(chosen).name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.runner.wait()
        self.db.dispose()
        try:
            saved = backup.restore_database(self.db.path, Path(chosen))
        except Exception as exc:  # noqa: BLE001 - shown to the user; the database is unchanged
            show_error(self, self.tr("Could not restore"), exc)
            return
        self.db.forget_site()
        self.undo_stack.clear()
        self.reload_all()
        self.statusBar().showMessage(
            self.tr("Restored. The previous state was saved to %1").replace("%1", str(saved)), 10000
        )

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About CivicDesk"),
            self.tr(
                "<h3>CivicDesk %1</h3><p>Keep the map of your neighbourhood's social infrastructure.</p>"
                "<p>Database: <code>%2</code></p><p>Qt %3 · Python</p>"
            )
            .replace("%1", __version__)
            .replace("%2", str(self.db.path))
            .replace("%3", pyside_version),
        )

    # -- opening files ----------------------------------------------------------------------
    def open_file(self, path: Path) -> None:
        """A bundle double-clicked in the file manager or dropped on the window."""
        self.bundles.receive(Path(path))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(url.toLocalFile().endswith(".civicdesk") for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = [Path(u.toLocalFile()) for u in event.mimeData().urls()]
        bundles = [f for f in files if f.suffix == ".civicdesk"]
        if bundles:
            event.acceptProposedAction()
            QTimer.singleShot(0, lambda: self.open_file(bundles[0]))

    # -- window state -----------------------------------------------------------------------
    def _restore_window(self) -> None:
        self.resize(1200, 760)
        if not self.remember_geometry:
            return
        settings = QSettings()
        geometry, state = settings.value("main/geometry"), settings.value("main/state")
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state)
        splitter = settings.value("main/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.remember_geometry:
            settings = QSettings()
            settings.setValue("main/geometry", self.saveGeometry())
            settings.setValue("main/state", self.saveState())
            settings.setValue("main/splitter", self.splitter.saveState())
            for view in self.views.values():
                if isinstance(view, RecordListView):
                    view.save_state()
        self.runner.wait(10_000)
        super().closeEvent(event)
