"""The main window: a sidebar of views, global search, menus, status bar and the undo stack.

The window paints its frame before the database is open: `MainWindow.opening()` shows it at
once and attaches the views (civicdesk.ui.workspace) when a worker has opened the database, so
start-up never waits for SQLAlchemy or the views to load. `MainWindow(db)` builds everything at
once (tests and the self-check use it).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QIcon, QPaintEvent, QUndoStack
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from civicdesk import APP_NAME, __version__
from civicdesk.errors import CivicDeskError
from civicdesk.ui import colours, file_actions, map_actions, registry
from civicdesk.ui.generated import resources_rc  # noqa: F401 - registers the :/icons/ resources
from civicdesk.ui.menus import MenuActions, build_menus
from civicdesk.ui.search_box import SearchBox
from civicdesk.ui.security import InactivityLock, SecurityContext, SecurityDialog, convert_in_window
from civicdesk.ui.tasks import TaskRunner
from civicdesk.ui.welcome import WelcomeDialog
from civicdesk.ui.words import data_word

# The window's words, in its context (lupdate reads translate("Context", "text") calls).
translate = QCoreApplication.translate

if TYPE_CHECKING:
    from PySide6.QtGui import QShowEvent

    from civicdesk.db.database import Database
    from civicdesk.services.records import RecordService
    from civicdesk.ui.bundles import BundleActions
    from civicdesk.ui.lists.first_rows import FirstRowsView
    from civicdesk.ui.lists.view import RecordListView
    from civicdesk.ui.workspace import Workspace

def open_and_prepare(open_db: Callable[[], Database]) -> Database:
    """Worker-thread half of start-up: open the database and import the views' modules."""
    db = open_db()
    from civicdesk.ui import workspace  # the heavy imports, done off the UI thread

    workspace.prepare()
    return db


class MainWindow(QMainWindow):
    attached = Signal()

    def __init__(
        self,
        db: Database | None = None,
        remember_geometry: bool = True,
        parent: QWidget | None = None,
        basemap: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.db: Database | None = None
        self.workspace: Workspace | None = None
        self.views: dict[str, QWidget] = {}
        self.view_names = registry.names()  # the registered views when the window was made, in order
        self.app_lock: InactivityLock | None = None  # locks an encrypted database's window when idle
        self.remember_geometry = remember_geometry
        saved_basemap = QSettings().value("map/basemap") if remember_geometry else None
        self.basemap: Path | None = basemap or (Path(saved_basemap) if saved_basemap else None)
        self.runner = TaskRunner(self)
        self.undo_stack = QUndoStack(self)
        self._loaded_callbacks: list[Callable[[], None]] = []
        self._first_run_pending = False
        self._after_first_paint: Callable[[], None] | None = None
        self._before_first_show: Callable[[], None] | None = None
        self._first_rows: FirstRowsView | None = None  # a list's first rows while opening
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
        for name in self.view_names:
            spec = registry.get(name)
            item = QListWidgetItem(QIcon(spec.icon), data_word(spec.label))
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.sidebar.addItem(item)
        self.stack = QStackedWidget()
        self.opening_page = QLabel(self.tr("Opening your neighbourhood’s records…"))
        self.opening_page.setObjectName("opening")
        self.opening_page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.opening_page.setStyleSheet(f"font-size: 13pt; color: {colours.MUTED};")
        self.stack.addWidget(self.opening_page)
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

        self.search = SearchBox(None, self.runner)
        self.search.record_chosen.connect(self.open_record)
        toolbar = QToolBar(self.tr("Search"))
        toolbar.setObjectName("search_toolbar")
        toolbar.setMovable(False)
        toolbar.addWidget(self.search)
        self.addToolBar(toolbar)

        self.counts_label = QLabel()
        self.counts_label.setObjectName("counts")
        self.statusBar().addPermanentWidget(self.counts_label)
        # Shadows QWidget.actions(), which nothing calls on the window; the menus' declared actions.
        self.actions: MenuActions = build_menus(self)  # type: ignore[assignment]
        # Until the database is open, only Quit and About make sense.
        self._waiting_actions = [
            action for action in self.findChildren(QAction)
            if action.isEnabled() and action.objectName() not in ("quit", "about")
        ]
        for action in self._waiting_actions:
            action.setEnabled(False)
        self._restore_window()
        self.sidebar.setCurrentRow(0)
        if db is not None:
            self.attach(db)

    @classmethod
    def opening(
        cls,
        open_db: Callable[[], Database],
        on_error: Callable[[BaseException], None],
        first_rows_from: Path | None = None,
        passphrase: str | None = None,
        **options: object,
    ) -> MainWindow:
        """A window that shows itself at once and fills in when `open_db` (run off the UI thread) returns.

        With `first_rows_from` (the database file, at the current schema), a list view shows its
        first rows, read with sqlite3 alone, before the database is opened behind them
        (keyed with `passphrase` when the file is encrypted).
        """
        window = cls(None, **options)  # type: ignore[arg-type]
        window.statusBar().showMessage(translate("MainWindow", "Opening the database…"))

        def open_it() -> None:
            window.runner.run(open_and_prepare, open_db, on_done=window.attach, on_error=on_error)

        if first_rows_from is None:
            # Start the worker after the first paint: its imports hold Python's GIL for a second,
            # and the paint should not queue behind them.
            window._after_first_paint = open_it
            return window

        def first_rows() -> None:
            from civicdesk.ui.lists import first_rows

            # The rows are read (sqlite3 lets go of the GIL) while the frame paints; the database
            # is opened once they are on screen.
            window._first_rows = first_rows.begin(window, first_rows_from, then=open_it,
                                                  passphrase=passphrase)
            if window._first_rows is None:  # not a list: open the database after the first paint
                window._after_first_paint = open_it

        window._before_first_show = first_rows
        return window

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        start, self._before_first_show = self._before_first_show, None
        if start is not None:
            start()
        super().showEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        start, self._after_first_paint = self._after_first_paint, None
        if start is not None:
            QTimer.singleShot(0, start)

    def attach(self, db: Database) -> None:
        """Build the views on the open database and show the one chosen in the sidebar."""
        from civicdesk.ui.workspace import Workspace

        self.db = db
        self.workspace = Workspace(
            self, db, [registry.get(name) for name in self.view_names],
            runner=self.runner, undo_stack=self.undo_stack, open_record=self.open_record,
            new_record=self.new_record, record_changed=self.record_changed, reload_all=self.reload_all,
            loaded=self.maybe_loaded, basemap=lambda: self.basemap,
        )
        self.views = self.workspace.views
        for view in self.views.values():
            self.stack.addWidget(view)
        QWidget.setTabOrder(self.search, self.sidebar)  # Tab reads on: search, sidebar, then the view
        self.stack.removeWidget(self.opening_page)
        self.opening_page.deleteLater()
        first, self._first_rows = self._first_rows, None
        if first is not None:  # the list takes over the rows already on screen
            from civicdesk.ui.lists.first_rows import hand_over

            self.stack.removeWidget(first)
            hand_over(first, self.views.get(self.current_view_name(), first))
        self.search.set_database(db)
        self.app_lock = InactivityLock(self, db)
        for action in self._waiting_actions:
            action.setEnabled(True)
        self.statusBar().clearMessage()
        self._sidebar_changed(self.sidebar.currentRow())
        self.refresh_counts()
        self.attached.emit()
        if self._first_run_pending:
            self.offer_first_run()

    def when_attached(self, callback: Callable[[], None]) -> None:
        """Call back once the database is open and the views exist (at once if they do)."""
        if self.workspace is not None:
            QTimer.singleShot(0, callback)
        else:
            self.attached.connect(callback, Qt.ConnectionType.SingleShotConnection)

    @property
    def services(self) -> dict[str, RecordService]:
        return self.workspace.services if self.workspace else {}

    @property
    def bundles(self) -> BundleActions:
        if self.workspace is None:
            raise CivicDeskError("the database is still opening")
        return self.workspace.bundles

    def choose_basemap(self) -> None:
        map_actions.choose_basemap(self)

    def export_view(self, kind: str) -> None:
        map_actions.export_view(self, kind)

    def show_view(self, name: str) -> None:
        if name not in self.view_names:
            raise ValueError(f"unknown view {name}")
        self.sidebar.setCurrentRow(self.view_names.index(name))

    def set_view_count(self, name: str, count: int) -> None:
        """Show how many items wait in a view beside its name in the sidebar: "Needs review (3)"."""
        if name not in self.view_names:
            return
        label = data_word(registry.get(name).label)
        text = self.tr("%1 (%2)").replace("%1", label).replace("%2", f"{count:,}") if count else label
        item = self.sidebar.item(self.view_names.index(name))
        item.setText(text)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, text)

    def current_view_name(self) -> str:
        return self.view_names[max(0, self.sidebar.currentRow())]

    def _sidebar_changed(self, row: int) -> None:
        if self.workspace is None or row < 0:
            return
        view = self.views[self.view_names[row]]
        self.stack.setCurrentWidget(view)
        self.workspace.activate(view)
        QTimer.singleShot(0, self.maybe_loaded)
        self.actions.delete_selected.setEnabled(self.workspace.is_list(view))

    def maybe_loaded(self) -> None:
        if self.workspace is None:
            return
        ready = self.workspace.is_ready(self.stack.currentWidget())
        if ready and self.counts_label.text():
            callbacks, self._loaded_callbacks = self._loaded_callbacks, []
            for callback in callbacks:
                callback()

    def when_loaded(self, callback: Callable[[], None]) -> None:
        """Call back once the current view shows its data (for screenshots and tests)."""
        self._loaded_callbacks.append(callback)
        QTimer.singleShot(0, self.maybe_loaded)

    def reload_all(self) -> None:
        if self.workspace is None:
            return
        self.workspace.reload_all(self.stack.currentWidget())
        self.refresh_counts()

    def refresh_counts(self) -> None:
        def show(counts: dict[str, int]) -> None:
            self.counts_label.setText(
                " · ".join((self.tr("%Ln space(s)", "", counts["spaces"]),
                            self.tr("%Ln group(s)", "", counts["groups"]),
                            self.tr("%Ln person(s)", "", counts["people"]),
                            self.tr("%Ln tool(s)", "", counts["tools"])))
            )

        def shown(counts: dict[str, int]) -> None:
            show(counts)
            self.maybe_loaded()

        from civicdesk.services import overview

        self.runner.run(overview.stats, self.db, on_done=shown)

    def record_changed(self, record_type: str, record_id: str) -> None:
        """Called by undo commands and editors after every write."""
        if self.workspace is not None:
            self.workspace.record_changed(record_type, record_id)
        self.refresh_counts()

    # -- records ----------------------------------------------------------------------------
    def _current_list(self) -> RecordListView | None:
        view = self.stack.currentWidget()
        return view if self.workspace is not None and self.workspace.is_list(view) else None

    def new_record(self, record_type: str | None = None) -> None:
        if record_type is None:
            current = self._current_list()
            record_type = current.model.record_type if current else "space"
        self._open_editor(record_type, None)

    def open_record(self, record_type: str, record_id: str) -> None:
        view_name = registry.view_for_record_type(record_type)
        current = self.current_view_name()
        # Views that open records from a picture or a list of their own keep their place.
        if view_name in self.view_names and current != view_name and not registry.get(current).keeps_place:
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
            from civicdesk.ui.undo import DeleteRecord

            self.undo_stack.push(DeleteRecord(service, record_id, name, self.record_changed))
            self.statusBar().showMessage(
                self.tr("Deleted “%1”. Press Ctrl+Z to undo.").replace("%1", name), 6000
            )

    # -- security ---------------------------------------------------------------------------
    def security(self) -> SecurityContext:
        """What the security dialogs and the lock need from the window."""
        return SecurityContext(self, self.db, self.runner, self.app_lock,
                               lambda text, ms: self.statusBar().showMessage(text, ms))

    def open_security(self) -> None:
        SecurityDialog(self.security()).exec()

    def lock_now(self) -> None:
        self.security().lock_now()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # -- first run, example data, backups ---------------------------------------------------
    def offer_first_run(self) -> None:
        if self.db is None:
            self._first_run_pending = True
            return
        self._first_run_pending = False
        from civicdesk.services import site

        if site.is_empty(self.db):
            QTimer.singleShot(0, self._welcome)

    def _welcome(self) -> None:
        from civicdesk.services import site

        dialog = WelcomeDialog(self)
        choice = dialog.exec()
        if dialog.group_name.text().strip() or dialog.area.text().strip():
            site.set_identity(self.db, dialog.group_name.text(), dialog.area.text())
        then = self.load_example if choice == WelcomeDialog.EXAMPLE else None
        if choice in (WelcomeDialog.EXAMPLE, WelcomeDialog.EMPTY) and dialog.wants_encryption():
            convert_in_window(self.security(), dialog.passphrase.text(), True, dialog.remember.isChecked(),
                              then)
        elif then is not None:
            then()

    def load_example(self) -> None:
        file_actions.load_example(self, self.db, self.runner, self.reload_all)

    def print_directory(self) -> None:
        from civicdesk.ui.directory.dialog import DirectoryDialog

        dialog = DirectoryDialog(self.db, self, basemap=self.basemap)
        dialog.open()

    def import_file(self) -> None:
        from civicdesk.ui.importing.wizard import ImportWizard

        wizard = ImportWizard(self.db, self)
        wizard.imported.connect(lambda _summary: self.reload_all())
        wizard.open()

    def back_up_now(self) -> None:
        file_actions.back_up_now(self, self.db, self.runner)

    def restore_from_backup(self) -> None:
        file_actions.restore_from_backup(self, self.db, self.runner, self.undo_stack, self.reload_all)

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
            if self.workspace is not None:
                self.workspace.save_state()
        self.runner.wait(10_000)
        super().closeEvent(event)
