"""One list of records with quick filters, a column chooser and a helpful empty state."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from civicdesk.db.database import Database
from civicdesk.services.groups import GROUP_KINDS, GROUP_STATUSES
from civicdesk.services.spaces import CATEGORIES, STATUSES
from civicdesk.services.tools import TOOL_KINDS
from civicdesk.ui import colours
from civicdesk.ui.accessible import name_list
from civicdesk.ui.dialogs import show_error
from civicdesk.ui.models.record_table import ID_ROLE, RecordTableModel
from civicdesk.ui.tasks import TaskRunner
from civicdesk.ui.words import data_word

# The window's words, in its context (lupdate reads translate("Context", "text") calls).
translate = QCoreApplication.translate

if TYPE_CHECKING:
    from civicdesk.ui.view_api import ViewContext

# Quick filters: (key, label, choices or None for a typed filter).
QUICK_FILTERS: dict[str, list[tuple[str, str, list[str] | None]]] = {
    "space": [("category", "Category", CATEGORIES), ("status", "Status", STATUSES)],
    "group": [("kind", "Kind", GROUP_KINDS), ("status", "Status", GROUP_STATUSES)],
    "person": [("group", "In group", None), ("consent", "In directory", ["yes", "no"])],
    "tool": [("kind", "Kind", TOOL_KINDS)],
}

NOUNS = {
    "space": ("space", "spaces"),
    "group": ("group", "groups"),
    "person": ("person", "people"),
    "tool": ("tool", "tools"),
}


class RecordListView(QWidget):
    """The table of one record type. Emits `open_requested(id)` and `delete_requested(id)`."""

    open_requested = Signal(str)
    add_requested = Signal()
    delete_requested = Signal(str)

    def __init__(
        self,
        db: Database,
        kind: str,
        runner: TaskRunner,
        empty_text: str,
        add_label: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.model = RecordTableModel(db, kind, runner, parent=self)
        self.setObjectName(f"list_{kind}")

        bar = QHBoxLayout()
        self._filters: dict[str, QComboBox | QLineEdit] = {}
        for key, label, choices in QUICK_FILTERS[kind]:
            caption = QLabel(data_word(label) + ":")
            field: QComboBox | QLineEdit
            if choices is None:
                field = QLineEdit()
                field.setPlaceholderText(self.tr("any"))
                field.setClearButtonEnabled(True)
                field.textChanged.connect(self._filter_typed)
            else:
                field = QComboBox()
                field.addItem(self.tr("All"), "")
                for choice in choices:
                    field.addItem(choice[:1].upper() + choice[1:], choice)
                field.currentIndexChanged.connect(self._apply_filters)
            field.setAccessibleName(self.tr("Filter by %1").replace("%1", data_word(label).lower()))
            field.setObjectName(f"filter_{key}")
            caption.setBuddy(field)
            bar.addWidget(caption)
            bar.addWidget(field)
            self._filters[key] = field
        bar.addStretch(1)
        self.columns_button = QToolButton()
        self.columns_button.setText(self.tr("Columns"))
        self.columns_button.setAccessibleName(self.tr("Choose columns"))
        self.columns_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        bar.addWidget(self.columns_button)
        self.add_button: QPushButton | None = None
        if add_label:
            self.add_button = QPushButton(add_label)
            self.add_button.clicked.connect(self.add_requested)
            bar.addWidget(self.add_button)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setObjectName(f"table_{kind}")
        name_list(self.table, NOUNS[kind][1].capitalize())
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list; the arrow keys move in it
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setDefaultSectionSize(125)
        header.resizeSection(0, 300)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(
            lambda pos: self._column_menu().exec(header.mapToGlobal(pos))
        )
        self.columns_button.setMenu(self._column_menu())
        self.table.doubleClicked.connect(lambda index: self._open_row(index.row()))
        open_action = QAction(self.tr("Open"), self.table)
        open_action.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        open_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        open_action.triggered.connect(lambda: self._open_row(self.table.currentIndex().row()))
        self.table.addAction(open_action)

        self._empty_text = empty_text
        self.empty = QLabel(empty_text)
        self.empty.setObjectName("empty_state")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet(f"QLabel {{ color: {colours.MUTED}; font-size: 12pt; padding: 40px; }}")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)

        self._typing = QTimer(self, singleShot=True, interval=250)
        self._typing.timeout.connect(self._apply_filters)
        self.model.first_page_loaded.connect(self._update_empty_state)
        self.model.first_page_loaded.connect(self._fit_columns)
        self._columns_fitted = False
        self.model.modelReset.connect(self._update_empty_state)
        self.model.rowsRemoved.connect(self._update_empty_state)
        self._restore_header()

    # -- behaviour --------------------------------------------------------------------------
    def _settings_key(self) -> str:
        return f"lists/{self.kind}/header"

    def _restore_header(self) -> None:
        state = QSettings().value(self._settings_key())
        if state is not None:
            self.table.horizontalHeader().restoreState(state)

    def _fit_columns(self) -> None:
        """Once, unless the person has arranged the columns: each as wide as its contents, the name
        giving way first so every column shows without scrolling sideways."""
        if self._columns_fitted or QSettings().value(self._settings_key()) is not None:
            return
        self._columns_fitted = True
        header = self.table.horizontalHeader()
        self.table.resizeColumnsToContents()
        shown = [s for s in range(header.count()) if not header.isSectionHidden(s)]
        widths = {s: min(header.sectionSize(s), 320 if s == 0 else 240) + 12 for s in shown}
        room = max(self.table.viewport().width(), self.width() - 40, 600)
        spare = room - sum(widths.values())
        if spare < 0 and 0 in widths:
            widths[0] = max(160, widths[0] + spare)
        elif spare > 0 and 0 in widths:
            widths[0] = min(widths[0] + spare // 2, 360)  # long names fit; the last column takes the rest
        for section, width in widths.items():
            header.resizeSection(section, width)

    def save_state(self) -> None:
        QSettings().setValue(self._settings_key(), self.table.horizontalHeader().saveState())

    # -- what the main window asks of a view (civicdesk.ui.view_api.WorkspaceView) --------
    def activate(self) -> None:
        if not self.model.loaded_once and not self.model.loading:
            self.model.reload()

    def is_ready(self) -> bool:
        return self.model.loaded_once

    def reload_data(self, current: bool) -> None:
        if self.model.loaded_once or current:
            self.model.reload()

    def record_changed(self, record_type: str, record_id: str) -> None:
        if self.model.record_type == record_type and self.model.loaded_once:
            self.model.refresh_record(record_id)

    def _column_menu(self) -> QMenu:
        menu = QMenu(self)
        header = self.table.horizontalHeader()
        for section, column in enumerate(self.model.columns):
            action = menu.addAction(data_word(column.label))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(section))
            action.setEnabled(section != 0)  # the name always stays
            action.toggled.connect(lambda shown, s=section: header.setSectionHidden(s, not shown))
        def tick_shown() -> None:
            for i, a in enumerate(menu.actions()):
                a.setChecked(not header.isSectionHidden(i))

        menu.aboutToShow.connect(tick_shown)
        return menu

    def _filter_typed(self) -> None:
        self._typing.start()

    def filter_values(self) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for key, field in self._filters.items():
            values[key] = field.text().strip() if isinstance(field, QLineEdit) else field.currentData()
        return values

    def _apply_filters(self) -> None:
        self.model.set_filters(self.filter_values())

    def set_filter(self, key: str, value: str) -> None:
        field = self._filters[key]
        if isinstance(field, QLineEdit):
            field.setText(value)
        else:
            field.setCurrentIndex(max(0, field.findData(value)))

    def _update_empty_state(self) -> None:
        if self.model.loading and not self.model.loaded_once:
            return
        empty = self.model.rowCount() == 0 and not self.model.loading
        filtered = any(self.filter_values().values())
        self.empty.setText(self.tr("Nothing matches these filters.") if filtered else self._empty_text)
        self.stack.setCurrentWidget(self.empty if empty else self.table)

    def _open_row(self, row: int) -> None:
        record_id = self.model.record_id(row)
        if record_id:
            self.open_requested.emit(record_id)

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def select_record(self, record_id: str) -> None:
        row = self.model.row_of(record_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))




def empty_text(record_type: str) -> str:
    """What an empty list says, and how to fill it."""
    texts = {
        "space": translate("MainWindow",
            "No spaces yet.\n\nAdd the halls, libraries, parks, pubs and places of worship "
            "people meet in with “Add space”, or start with the example neighbourhood "
            "from the File menu."
        ),
        "group": translate("MainWindow",
            "No groups yet.\n\nAdd the clubs, charities and associations that run "
            "activities with “Add group”."
        ),
        "person": translate("MainWindow",
            "No volunteers yet.\n\nAdd the people who hold things together with "
            "“Add person”. Their details stay on this computer unless they consent."
        ),
        "tool": translate(
            "MainWindow",
            "No tools yet.\n\nAdd the methods, apps and shared kit your groups use with “Add tool”."),
    }
    return texts.get(record_type, "")


def add_label(record_type: str) -> str | None:
    labels = {"space": QT_TRANSLATE_NOOP("MainWindow", "Add space"),
              "group": QT_TRANSLATE_NOOP("MainWindow", "Add group"),
              "person": QT_TRANSLATE_NOOP("MainWindow", "Add person"),
              "tool": QT_TRANSLATE_NOOP("MainWindow", "Add tool")}
    return translate("MainWindow", str(labels[record_type])) if record_type in labels else None


def make_view(context: ViewContext) -> RecordListView:
    """The list of the view's record type, wired to the window (a factory of civicdesk.ui.registry)."""
    kind = context.spec.record_type or ""
    view = RecordListView(context.db, kind, context.runner, empty_text(kind), add_label(kind))
    window = context.window
    view.open_requested.connect(lambda rid, k=kind: context.open_record(k, rid))
    view.add_requested.connect(lambda k=kind: context.new_record(k))
    view.model.first_page_loaded.connect(context.loaded)
    view.model.failed.connect(lambda exc: show_error(window,
        translate("MainWindow", "Could not load the list"), exc))
    return view
