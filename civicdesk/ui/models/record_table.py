"""A lazy, id-backed table of records: pages arrive from a worker as the user scrolls.

The model never holds a session. It asks `services.listing` for one page at a time on the thread
pool, appends it when it arrives, and asks for more only when the view scrolls near the end
(`canFetchMore` / `fetchMore`). Sorting and filtering are done by the database.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from civicdesk.services import listing
from civicdesk.ui.dates_shown import shown_date
from civicdesk.ui.tasks import TaskRunner
from civicdesk.ui.words import data_word

if TYPE_CHECKING:
    from civicdesk.db.database import Database

AnyIndex = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


DATE_COLUMNS = {"updated"}  # columns holding an ISO date
WORD_COLUMNS = {"category", "status", "kind"}  # columns holding a word from a fixed list (ui/words.py)

class RecordTableModel(QAbstractTableModel):
    """Rows of one list (spaces, groups, people, tools, health) with their record ids."""

    first_page_loaded = Signal()
    failed = Signal(object)

    def __init__(
        self, db: Database, kind: str, runner: TaskRunner, page_size: int = 500, parent: Any = None
    ) -> None:
        super().__init__(parent)
        self.db, self.kind, self.runner, self.page_size = db, kind, runner, page_size
        self.columns = listing.LISTINGS[kind].columns
        self.record_type = listing.RECORD_TYPE_OF_LISTING[kind]
        self._rows: list[tuple[Any, ...]] = []
        self._filters: dict[str, Any] = {}
        self._sort, self._descending = self.columns[0].key, False
        self._generation = 0
        self._loading = False
        self._exhausted = False
        self.loaded_once = False

    # -- loading ----------------------------------------------------------------------------
    def reload(self) -> None:
        """Start again from the first page (after a filter, sort or data change)."""
        self._generation += 1
        self.beginResetModel()
        self._rows = []
        self._exhausted = False
        self._loading = False
        self.endResetModel()
        self._request()

    def start_with(self, rows: list[tuple[Any, ...]], sort: str, descending: bool, asked: int) -> bool:
        """Take a first page read before the database was open (start-up's first rows), if it is
        this list's first page as it is now sorted and unfiltered; more pages follow as it scrolls.
        `asked` is how many rows were asked for (fewer means there are no more)."""
        if self._filters or (sort, descending) != (self._sort, self._descending):
            return False
        self._generation += 1  # answers to questions asked before this are not wanted any more
        self.beginResetModel()
        self._rows = list(rows)
        self._loading = False
        self._exhausted = len(rows) < asked
        self.endResetModel()
        self.loaded_once = True
        self.first_page_loaded.emit()
        return True

    def set_filters(self, filters: dict[str, Any]) -> None:
        self._filters = {k: v for k, v in filters.items() if v not in (None, "")}
        self.reload()

    @property
    def filters(self) -> dict[str, Any]:
        return dict(self._filters)

    @property
    def loading(self) -> bool:
        return self._loading

    def _request(self) -> None:
        if self._loading or self._exhausted:
            return
        self._loading = True
        generation, offset = self._generation, len(self._rows)
        self.runner.run(
            listing.page,
            self.db,
            self.kind,
            dict(self._filters),
            self._sort,
            self._descending,
            offset,
            self.page_size,
            on_done=lambda rows: self._arrived(generation, offset, rows),
            on_error=lambda exc: self._failed(generation, exc),
        )

    def _arrived(self, generation: int, offset: int, rows: list[tuple[Any, ...]]) -> None:
        if generation != self._generation or offset != len(self._rows):
            return  # an answer to a question nobody is asking any more
        self._loading = False
        self._exhausted = len(rows) < self.page_size
        if rows:
            self.beginInsertRows(QModelIndex(), offset, offset + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        if not self.loaded_once or offset == 0:
            self.loaded_once = True
            self.first_page_loaded.emit()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self._loading = False
            self._exhausted = True
            self.failed.emit(exc)

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008, N802
        if not parent.isValid():
            self._request()

    def refresh_record(self, record_id: str) -> None:
        """Show one record's new values in place (or drop it if it was deleted)."""
        for index, existing in enumerate(self._rows):
            if existing[0] == record_id:
                fresh = listing.row(self.db, self.kind, record_id)
                if fresh is None:
                    self.beginRemoveRows(QModelIndex(), index, index)
                    del self._rows[index]
                    self.endRemoveRows()
                else:
                    self._rows[index] = fresh
                    self.dataChanged.emit(self.index(index, 0), self.index(index, len(self.columns) - 1))
                return
        self.reload()  # a new or restored record: its place depends on the sort

    # -- Qt model API -----------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        value = row[index.column() + 1]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if value is None:
                return "" if role == Qt.ItemDataRole.DisplayRole else None
            if isinstance(value, float):
                return f"{value:.0f}"
            if self.columns[index.column()].key in DATE_COLUMNS:
                return shown_date(str(value))  # sorted by the ISO value (SORT_ROLE)
            if self.columns[index.column()].key in WORD_COLUMNS:
                return data_word(str(value))  # "thriving" in the window's language
            return str(value)
        if role == ID_ROLE:
            return row[0]
        if role == SORT_ROLE:
            return value
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.columns)
        ):
            return data_word(self.columns[section].label)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self._sort = self.columns[column].key
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def record_id(self, row: int) -> str | None:
        return self._rows[row][0] if 0 <= row < len(self._rows) else None

    def row_of(self, record_id: str) -> int | None:
        for index, existing in enumerate(self._rows):
            if existing[0] == record_id:
                return index
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
