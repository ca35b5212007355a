"""The list's first rows, shown while the database opens behind the window (start-up's first page).

A read-only stand-in for `RecordListView` with the same columns, widths, sort and row height, so
a person sees their records at once; the real list takes over (and takes these rows as its first
page) when the database is open. Nothing here needs SQLAlchemy: the rows come from
`civicdesk.services.first_rows`, read on a worker with sqlite3.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QTableView, QVBoxLayout, QWidget

from civicdesk.services.first_rows import FIRST_ROWS, first_rows, lists
from civicdesk.services.listing import LISTINGS
from civicdesk.ui import registry
from civicdesk.ui.dates_shown import shown_date
from civicdesk.ui.models.record_table import DATE_COLUMNS, WORD_COLUMNS, RecordTableModel
from civicdesk.ui.words import data_word

log = logging.getLogger(__name__)


class FirstRowsModel(QAbstractTableModel):
    """Rows as (id, value of each column…), shown as the list shows them."""

    def __init__(self, kind: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = LISTINGS[kind].columns
        self.rows: list[tuple[Any, ...]] = []

    def set_rows(self, rows: list[tuple[Any, ...]]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        value = self.rows[index.row()][index.column() + 1]
        if value is None:
            return ""
        if self.columns[index.column()].key in DATE_COLUMNS:
            return shown_date(str(value))  # as the list shows it
        if self.columns[index.column()].key in WORD_COLUMNS:
            return data_word(str(value))
        return f"{value:.0f}" if isinstance(value, float) else str(value)

    def headerData(  # noqa: N802 - Qt's name
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return data_word(self.columns[section].label)
        return None


class FirstRowsView(QWidget):
    """The table of a list before it can be used; `painted` fires when its rows are first on screen."""

    painted = Signal()

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setObjectName(f"first_rows_{kind}")
        self.model = FirstRowsModel(kind, self)
        # Where the list's filters will be, so the table does not move when they arrive.
        bar = QWidget()
        bar.setFixedHeight(QComboBox().sizeHint().height())
        self.table = QTableView()
        self.table.setObjectName(f"first_rows_table_{kind}")
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setDefaultSectionSize(125)
        header.resizeSection(0, 300)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        state = QSettings().value(f"lists/{kind}/header")  # the list's own widths, hidden columns, sort
        if state is not None:
            header.restoreState(state)
        self.table.viewport().installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(bar)
        layout.addWidget(self.table, 1)

    def sort(self) -> tuple[str, bool]:
        """The column key and direction the list will be sorted by (as it was left)."""
        header = self.table.horizontalHeader()
        section = header.sortIndicatorSection()
        columns = self.model.columns
        key = columns[section].key if 0 <= section < len(columns) else columns[0].key
        return key, header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder

    def show_rows(self, rows: list[tuple[Any, ...]]) -> None:
        self.model.set_rows(rows)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint and self.model.rows:
            self.table.viewport().removeEventFilter(self)
            self.painted.emit()
        return False


LIST_FACTORY = "civicdesk.ui.lists.view:make_view"  # the views that are a RecordListView


def begin(
    window: Any, path: Path, then: Callable[[], None], passphrase: str | None = None
) -> FirstRowsView | None:
    """In a window still opening its database: show the current list's first rows, then call
    `then` (which opens the database) once they are on screen. None (and `then` not called)
    when the current view is not a list."""
    spec = registry.get(window.current_view_name())
    kind = spec.record_type or ""
    if spec.factory != LIST_FACTORY or not lists(kind):
        return None
    view = FirstRowsView(kind, window.stack)
    window.stack.addWidget(view)
    window.stack.setCurrentWidget(view)
    started = False

    def go() -> None:
        nonlocal started
        if not started:
            started = True
            then()

    def arrived(rows: list[tuple[Any, ...]]) -> None:
        view.show_rows(rows)
        if not rows:
            go()  # an empty list: nothing to wait for

    def failed(exc: BaseException) -> None:
        log.info("no first rows before opening (%s); the list loads when the database is open", exc)
        go()  # opening the database says what is wrong, in words

    # Open the database only once the rows are painted: its imports hold Python's GIL a while.
    view.painted.connect(lambda: QTimer.singleShot(0, go))
    key, descending = view.sort()
    window.runner.run(first_rows, path, kind, key, descending, passphrase=passphrase,
                      on_done=arrived, on_error=failed)
    return view


def hand_over(first: FirstRowsView, view: QWidget) -> None:
    """The real list takes the rows already on screen as its first page (when they are that page)."""
    model = getattr(view, "model", None)
    if first.model.rows and isinstance(model, RecordTableModel) and model.kind == first.kind:
        key, descending = first.sort()
        model.start_with(first.model.rows, key, descending, FIRST_ROWS)
    first.deleteLater()
