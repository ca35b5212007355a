"""The global search box: results from every record type as you type, Enter opens one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from civicdesk.core.record_types import BY_NAME, MAIN_TYPES
from civicdesk.ui.tasks import TaskRunner
from civicdesk.ui.words import data_word

if TYPE_CHECKING:
    from civicdesk.db.database import Database
    from civicdesk.services.search import SearchHit, SearchService

TYPE_LABELS = {name: BY_NAME[name].label for name in MAIN_TYPES}
HIT_ROLE = Qt.ItemDataRole.UserRole + 10


class SearchBox(QLineEdit):
    """Type to search; the popup lists matches; choosing one emits `record_chosen(type, id)`."""

    record_chosen = Signal(str, str)
    results_shown = Signal(int)

    def __init__(self, db: Database | None, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service: SearchService | None = None
        self.runner = runner
        self.setObjectName("global_search")
        self.setPlaceholderText(self.tr("Search spaces, groups, people and tools (Ctrl+K)"))
        self.setAccessibleName(self.tr("Search everything"))
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(420)
        self.results = QStandardItemModel(self)
        self.completer_ = QCompleter(self.results, self)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer_.setMaxVisibleItems(12)
        self.completer_.setWidget(self)
        self.completer_.popup().setObjectName("search_results")
        # The QModelIndex overload of the signal; PySide's stubs do not type signal indexing.
        self.completer_.activated[QModelIndex].connect(self._chosen)  # type: ignore[index]
        self._hits: list[SearchHit] = []
        self._query_serial = 0
        self._debounce = QTimer(self, singleShot=True, interval=120)
        self._debounce.timeout.connect(self._run_query)
        self.textEdited.connect(lambda _text: self._debounce.start())
        self.returnPressed.connect(self._enter)
        self.setEnabled(False)
        if db is not None:
            self.set_database(db)

    def set_database(self, db: Database) -> None:
        """Search this database (the box stays disabled until there is one)."""
        from civicdesk.services.search import SearchService

        self.service = SearchService(db)
        self.setEnabled(True)

    def _run_query(self) -> None:
        text = self.text().strip()
        self._query_serial += 1
        serial = self._query_serial
        if not text or self.service is None:
            self._show([], serial)
            return
        self.runner.run(self.service.search, text, 15, on_done=lambda hits: self._show(hits, serial))

    def _show(self, hits: list[SearchHit], serial: int) -> None:
        if serial != self._query_serial:
            return  # a newer query is on its way; keep the popup steady
        self._hits = hits
        self.results.clear()
        for hit in hits:
            label = data_word(TYPE_LABELS[hit.record_type])
            item = QStandardItem(f"{hit.title}    — {label}" + (f" · {hit.subtitle}" if hit.subtitle else ""))
            item.setData((hit.record_type, hit.record_id), HIT_ROLE)
            item.setEditable(False)
            self.results.appendRow(item)
        if not hits and self.text().strip():
            item = QStandardItem(self.tr("Nothing found for “%1”").replace("%1", self.text().strip()))
            item.setEnabled(False)
            self.results.appendRow(item)
        popup = self.completer_.popup()
        if self.results.rowCount():
            self.completer_.complete(self.rect())
            popup.setCurrentIndex(self.results.index(0, 0))
        else:
            popup.hide()
        self.results_shown.emit(len(hits))

    def _chosen(self, index: QModelIndex) -> None:
        target = index.data(HIT_ROLE) if index.isValid() else None
        if target:
            self.completer_.popup().hide()
            self.record_chosen.emit(*target)

    def _enter(self) -> None:
        popup = self.completer_.popup()
        if popup.isVisible() and popup.currentIndex().isValid():
            # The list's Return reaches the box first; the completer then opens the row chosen
            # in the list, so opening the first hit here as well would open two editors.
            return
        if self._hits:
            self.completer_.popup().hide()
            hit = self._hits[0]
            self.record_chosen.emit(hit.record_type, hit.record_id)

    @property
    def hits(self) -> list[SearchHit]:
        return list(self._hits)
