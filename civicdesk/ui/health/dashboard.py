"""The Health view: what is overdue or due soon, spaces at risk, ACV listings ending, unchecked spaces,
and shared kit not brought back."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from civicdesk.db.database import Database
from civicdesk.services.dashboard import Dashboard, Filters, build_dashboard, filter_choices
from civicdesk.services.money import pounds
from civicdesk.ui.accessible import name_list
from civicdesk.ui.dates_shown import shown_date
from civicdesk.ui.dialogs import show_error
from civicdesk.ui.health.models import (
    DUE_SOON_COLOUR,
    OVERDUE_COLOUR,
    ROW_ROLE,
    SORT_ROLE,
    Column,
    RowsModel,
    setup_table,
)
from civicdesk.ui.tasks import TaskRunner
from civicdesk.ui.words import data_word

if TYPE_CHECKING:
    from civicdesk.ui.view_api import ViewContext


def _never() -> str:
    """A cell's "never". Cell lambdas must not hold `self.tr`: a bound method makes a
    reference cycle (widget → model → column → widget) that Python's cycle collector may free on a
    TaskRunner thread, destroying the widget off the GUI thread; its timers then fire on freed
    memory (the segfault seen when the whole test file ran)."""
    return QCoreApplication.translate("HealthDashboard", "never")


def _day(value: str | None) -> str:
    return shown_date(value)


class RecordTable(QTableView):
    """A table whose rows open their record on double-click or Enter."""

    open_requested = Signal(QModelIndex)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        setup_table(self)
        self.doubleClicked.connect(self.open_requested.emit)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class HealthDashboard(QWidget):
    """Six lists a committee works through; each row opens its space (or, for kit, its tool).

    Data is loaded off the UI thread; `loaded` fires when the lists are filled.
    """

    open_record = Signal(str, str)  # record type, record id
    loaded = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.today = today
        self.board: Dashboard | None = None
        self.runner = TaskRunner(self)
        self._generation = 0

        heading = QLabel(self.tr("<b>What needs attention</b>"), self)
        self.category = QComboBox(self)
        self.category.setObjectName("category_filter")
        self.category.addItem(self.tr("All categories"), None)
        self.owner = QComboBox(self)
        self.owner.setObjectName("owner_filter")
        self.owner.addItem(self.tr("All owners"), None)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.clicked.connect(self.refresh)
        bar = QHBoxLayout()
        bar.addWidget(heading)
        bar.addStretch(1)
        for label, box in ((self.tr("&Category:"), self.category), (self.tr("&Owner:"), self.owner)):
            caption = QLabel(label, self)
            caption.setBuddy(box)
            bar.addWidget(caption)
            bar.addWidget(box)
        bar.addWidget(self.refresh_button)

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.tabs = QTabWidget(self)
        self.models: dict[str, RowsModel] = {}
        self.tables: dict[str, RecordTable] = {}
        self._titles: dict[str, str] = {}
        for key, title, columns, colour, sort in self._sections():
            self._add_tab(key, title, columns, colour, sort)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)

        self.category.currentIndexChanged.connect(self.refresh)
        self.owner.currentIndexChanged.connect(self.refresh)
        # As a list: a tuple passed through a Qt signal upsets PySide6 6.12 on Python 3.11.
        self.runner.run(lambda: list(filter_choices(db)), on_done=self._fill_filters, on_error=self._failed)
        self.refresh()

    # -- layout -----------------------------------------------------------------------------
    def _sections(self) -> list[tuple[str, str, list[Column], Any, int]]:
        """Each tab: key, title, columns, row colour, and the column it is first sorted by."""
        space = Column(self.tr("Space"), lambda r: r.space_name)
        category = Column(self.tr("Category"), lambda r: data_word(r.category) if r.category else "")
        owner = Column(self.tr("Owner"), lambda r: r.owner)
        return [
            ("overdue", self.tr("Overdue"), [
                space, Column(self.tr("Item"), lambda r: data_word(r.kind)),
                Column(self.tr("Was due"), lambda r: _day(r.next_due), lambda r: r.next_due),
                Column(self.tr("Days overdue"), lambda r: -r.days_left, align_right=True), category, owner,
            ], None, 2),
            ("due_within_30_days", self.tr("Due within 30 days"), [
                space, Column(self.tr("Item"), lambda r: data_word(r.kind)),
                Column(self.tr("Due"), lambda r: _day(r.next_due), lambda r: r.next_due),
                Column(self.tr("Days left"), lambda r: r.days_left, align_right=True), category, owner,
            ], lambda r: DUE_SOON_COLOUR if r.days_left <= 7 else None, 2),
            ("at_risk_spaces", self.tr("At risk"), [
                space,
                Column(self.tr("Score"), lambda r: "" if r.score is None else f"{r.score:g}",
                       lambda r: -1.0 if r.score is None else r.score, align_right=True),
                Column(self.tr("Last checked"), lambda r: _day(r.last_checked_on) or _never(),
                       lambda r: r.last_checked_on or ""),
                category, owner,
            ], None, 1),
            ("acv_expiring_within_180_days", self.tr("ACV listing ending"), [
                space,
                Column(self.tr("Listing ends"), lambda r: _day(r.expires_on), lambda r: r.expires_on),
                Column(self.tr("Days left"), lambda r: r.days_left, align_right=True),
                Column(self.tr("Listed on"), lambda r: _day(r.listed_on), lambda r: r.listed_on),
                Column(self.tr("Disposal notice"), lambda r: _day(r.disposal_notice_on),
                       lambda r: r.disposal_notice_on),
                category,
            ], lambda r: OVERDUE_COLOUR if r.days_left <= 60 else DUE_SOON_COLOUR, 1),
            ("unchecked", self.tr("Not checked in 12 months"), [
                space,
                Column(self.tr("Last checked"), lambda r: _day(r.last_checked_on) or _never(),
                       lambda r: r.last_checked_on or ""),
                Column(self.tr("Status"), lambda r: data_word(r.status)), category, owner,
            ], None, 1),
            # Borrower and holder as consent allows: this list may be printed or screenshotted;
            # the tool's own page says who has it.
            ("overdue_loans", self.tr("Kit not returned"), [
                Column(self.tr("Kit"), lambda r: r.loan.tool_name),
                Column(self.tr("Borrowed by"), lambda r: r.loan.printed_borrower),
                Column(self.tr("Was due back"), lambda r: _day(r.loan.due_on), lambda r: r.loan.due_on),
                Column(self.tr("Days overdue"), lambda r: r.loan.days_overdue, align_right=True),
                Column(self.tr("Looked after by"), lambda r: r.printed_holder),
            ], lambda r: OVERDUE_COLOUR, 2),
            # Hirers as consent allows; a double-click opens the space (its money is on its page).
            ("unpaid_invoices", self.tr("Unpaid invoices"), [
                space, Column(self.tr("Invoice"), lambda r: r.number),
                Column(self.tr("Hirer"), lambda r: r.hirer),
                Column(self.tr("Owed"), lambda r: pounds(r.outstanding_pence), lambda r: r.outstanding_pence,
                       align_right=True),
                Column(self.tr("Due"), lambda r: _day(r.due_on), lambda r: r.due_on),
                Column(self.tr("Days overdue"), lambda r: r.days_overdue, align_right=True),
            ], lambda r: OVERDUE_COLOUR if r.overdue else None, 4),
        ]

    def _add_tab(self, key: str, title: str, columns: list[Column], colour: Any, sort_column: int) -> None:
        model = RowsModel(columns, self, background=colour)
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(model)
        proxy.setSortRole(SORT_ROLE)
        proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        table = RecordTable(self)
        table.setObjectName(f"table_{key}")
        table.setModel(proxy)
        name_list(table, title)
        table.sortByColumn(sort_column, Qt.SortOrder.AscendingOrder)
        table.horizontalHeader().setResizeContentsPrecision(200)  # measure a screenful, not 60,000 rows
        table.open_requested.connect(self._open)
        self.models[key], self.tables[key], self._titles[key] = model, table, title
        self.tabs.addTab(table, title)

    # -- what the main window asks of a view (civicdesk.ui.view_api.WorkspaceView) --------
    def activate(self) -> None:
        if self.board is None:
            self.refresh()

    def is_ready(self) -> bool:
        return self.board is not None

    def reload_data(self, current: bool) -> None:
        if self.board is not None or self.isVisible():
            self.refresh()

    def record_changed(self, record_type: str, record_id: str) -> None:
        if self.board is not None:
            self.refresh()

    def save_state(self) -> None:
        pass

    # -- loading ----------------------------------------------------------------------------
    def filters(self) -> Filters:
        return Filters(self.category.currentData(), self.owner.currentData())

    def refresh(self) -> None:
        """Reload every list with the current filters (off the UI thread)."""
        self._generation += 1
        generation = self._generation
        self.summary.setText(self.tr("Loading…"))
        self.runner.run(build_dashboard, self.db, self.today or date.today(), self.filters(),
                        on_done=lambda board: self._show(board, generation), on_error=self._failed)

    def _fill_filters(self, choices: list[list[str]]) -> None:
        categories, owners = choices[0], choices[1]
        for box, values in ((self.category, categories), (self.owner, owners)):
            box.blockSignals(True)
            for value in values:
                box.addItem(data_word(value) if box is self.category else value, value)
            box.blockSignals(False)

    def _failed(self, exc: BaseException) -> None:
        self.summary.setText(self.tr("The health lists could not be loaded."))
        show_error(self, self.tr("Health"), exc)

    def _show(self, board: Dashboard, generation: int) -> None:
        if generation != self._generation:
            return  # the filters changed while this was loading; a newer result is on its way
        self.board = board
        rows = {name: getattr(board, name) for name in self.models if name != "unchecked"}
        rows["unchecked"] = board.never_checked + board.not_checked_in_12_months
        for index, (key, model) in enumerate(self.models.items()):
            model.set_rows(rows[key])
            self.tabs.setTabText(index, f"{self._titles[key]} ({len(rows[key])})")
            table = self.tables[key]
            table.resizeColumnsToContents()
            for column in range(model.columnCount()):
                table.setColumnWidth(column, min(table.columnWidth(column), 320))
        counts = board.counts()
        self.summary.setText(self.tr(
            "On {0}: {1} overdue, {2} due within 30 days, {3} spaces at risk, {4} ACV listings ending "
            "within 6 months, {5} spaces never checked and {6} not checked in the last 12 months; "
            "{7} pieces of kit not returned; {8} invoices unpaid, {9} of them overdue. "
            "Double-click a row (or press Enter) to open it."
        ).format(shown_date(board.today), counts["overdue"], counts["due_within_30_days"],
                 counts["at_risk_spaces"], counts["acv_expiring_within_180_days"], counts["never_checked"],
                 counts["not_checked_in_12_months"], counts["overdue_loans"], counts["unpaid_invoices"],
                 counts["overdue_invoices"]))
        self.loaded.emit()

    def _open(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if row is not None:
            # Space rows carry `space_id`; a kit row names its tool as `record_id`.
            self.open_record.emit(row.record_type, getattr(row, "record_id", None) or row.space_id)


def make_view(context: ViewContext) -> HealthDashboard:
    """The health dashboard, wired to the window (a factory of civicdesk.ui.registry)."""
    health = HealthDashboard(context.db, context.window)
    health.open_record.connect(context.open_record)
    health.loaded.connect(context.loaded)
    return health
