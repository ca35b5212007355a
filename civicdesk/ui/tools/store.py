"""The Tools view as a "social app store": cards to browse and filter, a page per tool, kit loans.

    store = ToolStore(db, undo_stack, changed)

Every change (a rating, a loan, hiding, an edit) is a command on the window's undo stack; the
store reloads whenever that stack moves, so undo and redo show at once.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from civicdesk.db.database import Database
from civicdesk.services import tool_store
from civicdesk.services.catalogue import COSTS, PURPOSES
from civicdesk.services.tool_store import StoreFilter, ToolCard, ToolPage
from civicdesk.services.tools import TOOL_KINDS, ToolService, ToolUseService
from civicdesk.ui.accessible import name_list
from civicdesk.ui.dialogs import show_error
from civicdesk.ui.language import current_language
from civicdesk.ui.tasks import TaskRunner
from civicdesk.ui.tools.dialogs import RateDialog, SuggestDialog
from civicdesk.ui.tools.model import (
    CARD_SIZE,
    ID_ROLE,
    CardDelegate,
    ToolCardModel,
    ToolFilterModel,
    fit_cards,
)
from civicdesk.ui.tools.page import ToolPageView
from civicdesk.ui.undo import Changed, CreateRecord, EditRecord
from civicdesk.ui.words import data_word

if TYPE_CHECKING:
    from civicdesk.ui.view_api import ViewContext


class CardGrid(QListView):
    """The cards in rows that use the whole width: as many as fit, each widened to share the row."""

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        cell = fit_cards(self.viewport().width() - 2, CARD_SIZE + QSize(4, 4))
        delegate = self.itemDelegate()
        if isinstance(delegate, CardDelegate) and self.gridSize() != cell:
            delegate.card_size = cell - QSize(4, 4)
            self.setGridSize(cell)
        super().resizeEvent(event)


class ToolStore(QWidget):
    loaded = Signal()  # the first cards are on screen
    page_shown = Signal(str)  # a tool's page is on screen (its id)

    def __init__(
        self,
        db: Database,
        undo_stack: QUndoStack,
        changed: Changed,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.db, self.undo_stack, self.changed, self.today = db, undo_stack, changed, today
        self.runner = TaskRunner(self)
        self.loaded_once = False
        self.current_tool: str | None = None
        self.dialog: Any = None  # the dialog or editor opened last (tests and the window look at it)
        self.setObjectName("tool_store")

        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search tools…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search tools"))
        self.search.textChanged.connect(self._filter_changed)
        bar.addWidget(self.search, 2)
        self.purpose = self._combo(
            self.tr("Any purpose"), [(p, p.capitalize()) for p in PURPOSES], self.tr("Purpose")
        )
        self.kind = self._combo(
            self.tr("Any kind"), [(k, k[:1].upper() + k[1:]) for k in TOOL_KINDS], self.tr("Kind")
        )
        self.cost = self._combo(self.tr("Any cost"), [(c, c.capitalize()) for c in COSTS], self.tr("Cost"))
        self.skill = self._combo(self.tr("Any skills"), [], self.tr("Skills"))
        for combo in (self.purpose, self.kind, self.cost, self.skill):
            bar.addWidget(combo, 1)
        self.show_hidden = QCheckBox(self.tr("Show hidden"), self)
        self.show_hidden.toggled.connect(self._filter_changed)
        bar.addWidget(self.show_hidden)
        layout.addLayout(bar)

        actions = QHBoxLayout()
        self.count_label = QLabel(self)
        self.count_label.setObjectName("tool_count")
        actions.addWidget(self.count_label, 1)
        self.suggest_button = QPushButton(self.tr("&Suggest tools for…"), self)
        self.suggest_button.clicked.connect(self.suggest)
        self.kit_list_button = QPushButton(self.tr("Print &kit list…"), self)
        self.kit_list_button.clicked.connect(self.print_kit_list)
        self.add_button = QPushButton(self.tr("&Add tool…"), self)
        self.add_button.clicked.connect(lambda: self._open_editor(None))
        for button in (self.suggest_button, self.kit_list_button, self.add_button):
            actions.addWidget(button)
        layout.addLayout(actions)

        self.model = ToolCardModel(self)
        self.proxy = ToolFilterModel(self)
        self.proxy.setSourceModel(self.model)
        self.grid = CardGrid(self)
        self.grid.setObjectName("tool_cards")
        self.grid.setViewMode(QListView.ViewMode.IconMode)
        self.grid.setResizeMode(QListView.ResizeMode.Adjust)
        self.grid.setMovement(QListView.Movement.Static)
        self.grid.setUniformItemSizes(True)
        self.grid.setGridSize(CARD_SIZE + QSize(4, 4))
        self.grid.setSpacing(0)
        self.grid.setWordWrap(True)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.grid.setItemDelegate(CardDelegate(self.grid))
        self.grid.setModel(self.proxy)
        name_list(self.grid, self.tr("Tools"), self.tr("Tools shown by the filters; Enter opens one"))
        self.grid.activated.connect(self._card_chosen)
        self.grid.clicked.connect(self._card_chosen)

        self.page = ToolPageView(self)
        self.page.back.connect(self.show_grid)
        self.page.rate_button.clicked.connect(self.rate)
        self.page.lend_button.clicked.connect(self.lend)
        self.page.return_button.clicked.connect(self.mark_returned)
        self.page.trusted_button.clicked.connect(self.open_trusted)
        self.page.edit_button.clicked.connect(lambda: self._open_editor(self.current_tool))
        self.page.hide_button.clicked.connect(self.toggle_hidden)

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.grid)
        self.pages.addWidget(self.page)
        layout.addWidget(self.pages, 1)
        # A bound method, so Qt drops the connection when this widget goes.
        undo_stack.indexChanged.connect(self._undo_moved)

    def _combo(self, any_text: str, options: list[tuple[str, str]], name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        combo.addItem(any_text, "")
        for value, text in options:
            combo.addItem(data_word(text), value)
        combo.currentIndexChanged.connect(self._filter_changed)
        return combo

    # -- what the main window asks of a view (civicdesk.ui.view_api.WorkspaceView) --------
    def activate(self) -> None:
        if not self.loaded_once:
            self.reload()

    def is_ready(self) -> bool:
        return self.loaded_once

    def reload_data(self, current: bool) -> None:
        if self.loaded_once or self.isVisible():
            self.reload()

    def record_changed(self, record_type: str, record_id: str) -> None:
        pass

    def save_state(self) -> None:
        pass

    # -- loading ----------------------------------------------------------------------------
    def _undo_moved(self, _index: int) -> None:
        self.reload()

    def reload(self) -> None:
        """Read the cards again (and the open tool's page)."""
        self.runner.run(tool_store.cards, self.db, on_done=self._show_cards, on_error=self._failed)
        if self.current_tool is not None and self.pages.currentWidget() is self.page:
            self.open_tool(self.current_tool)

    def _failed(self, exc: BaseException) -> None:
        show_error(self, self.tr("Could not load the tools"), exc)

    def _show_cards(self, cards: list[ToolCard]) -> None:
        self.model.set_cards(cards)
        chosen = self.skill.currentData()
        self.skill.blockSignals(True)
        while self.skill.count() > 1:
            self.skill.removeItem(1)
        for skill in tool_store.skills_in(cards):
            self.skill.addItem(skill, skill)
        self.skill.setCurrentIndex(max(0, self.skill.findData(chosen)))
        self.skill.blockSignals(False)
        self._update_count()
        if not self.loaded_once:
            self.loaded_once = True
            self.loaded.emit()

    def store_filter(self) -> StoreFilter:
        return StoreFilter(
            self.search.text(),
            self.purpose.currentData() or "",
            self.kind.currentData() or "",
            self.cost.currentData() or "",
            self.skill.currentData() or "",
            self.show_hidden.isChecked(),
        )

    def _filter_changed(self, *_args: object) -> None:
        self.proxy.set_store_filter(self.store_filter())
        self._update_count()
        self.show_grid()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), sum(1 for c in self.model.cards if not c.hidden)
        if shown == total:
            self.count_label.setText(self.tr("%Ln tool(s)", "", total))
        else:
            self.count_label.setText(
                self.tr("%1 of %Ln tool(s)", "", total).replace("%1", QLocale().toString(shown))
            )

    def visible_names(self) -> list[str]:
        """The names on the cards now shown, in order (what a person sees)."""
        return [self.proxy.index(r, 0).data() for r in range(self.proxy.rowCount())]

    # -- a tool's page ----------------------------------------------------------------------
    def _card_chosen(self, index: QModelIndex) -> None:
        tool_id = index.data(ID_ROLE)
        if tool_id:
            self.open_tool(tool_id)

    def open_tool(self, tool_id: str) -> None:
        self.current_tool = tool_id
        self.runner.run(
            tool_store.tool_page,
            self.db,
            tool_id,
            self.today(),
            on_done=self._show_page,
            on_error=self._failed,
        )

    def _show_page(self, page: ToolPage) -> None:
        if page.tool_id != self.current_tool:
            return  # the user has moved on to another tool
        self.page.show_page(page)
        self.pages.setCurrentWidget(self.page)
        self.page_shown.emit(page.tool_id)

    def show_grid(self) -> None:
        self.pages.setCurrentWidget(self.grid)

    # -- actions ----------------------------------------------------------------------------
    def _page(self) -> ToolPage:
        assert self.page.page is not None
        return self.page.page

    def rate(self) -> None:
        page = self._page()
        dialog = RateDialog(self, self.db, page.name, page.tool_id)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def rated() -> None:
            assert dialog.group_id is not None
            values = {"rating": dialog.rating or None, "review": dialog.review.toPlainText().strip()}
            existing = tool_store.use_of(self.db, page.tool_id, dialog.group_id)
            service = ToolUseService(self.db)
            try:
                if existing is None:
                    values |= {"tool_id": page.tool_id, "group_id": dialog.group_id}
                    self.undo_stack.push(CreateRecord(service, values, self.tr("rating"), self.changed))
                else:
                    old = {"rating": existing.rating, "review": existing.review}
                    self.undo_stack.push(
                        EditRecord(service, existing.id, old, values, self.tr("rating"), self.changed)
                    )
            except Exception as exc:  # noqa: BLE001 - shown in words; nothing was written
                show_error(self, self.tr("Could not save the rating"), exc)

        dialog.accepted.connect(rated)
        self.dialog = dialog
        dialog.open()

    def lend(self) -> None:
        from civicdesk.ui.editors.subrecords import LoanEditor

        editor = LoanEditor(
            self, self.db, None, self.undo_stack, self.changed, fixed={"tool_id": self._page().tool_id}
        )
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = editor
        editor.open()

    def mark_returned(self) -> None:
        out = [loan for loan in self._page().loans if loan.is_out]
        if not out:
            return
        loan = out[0]
        from civicdesk.services.loans import KitLoanService

        service = KitLoanService(self.db)
        self.undo_stack.push(
            EditRecord(
                service,
                loan.loan_id,
                {"returned_on": None},
                {"returned_on": self.today().isoformat()},
                self.tr("loan"),
                self.changed,
            )
        )
        from civicdesk.ui.editors.lend_anyway import tell_next

        self.dialog = tell_next(self, self.db, loan.tool_id, service.moved_up) or self.dialog

    def open_trusted(self) -> None:
        from civicdesk.ui.tools.trusted import TrustedBorrowersDialog

        dialog = TrustedBorrowersDialog(self, self.db, self.undo_stack, self.changed)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()

    def toggle_hidden(self) -> None:
        page = self._page()
        self.undo_stack.push(
            EditRecord(
                ToolService(self.db),
                page.tool_id,
                {"hidden": page.hidden},
                {"hidden": not page.hidden},
                page.name,
                self.changed,
            )
        )

    def _open_editor(self, tool_id: str | None) -> None:
        from civicdesk.ui.editors import open_editor

        self.dialog = open_editor(self, self.db, "tool", tool_id, self.undo_stack, self.changed)

    def suggest(self) -> None:
        dialog = SuggestDialog(self, self.db)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open_tool.connect(self.open_tool)
        self.dialog = dialog
        dialog.open()

    def print_kit_list(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the kit list"),
            str(Path.home() / "kit-list.pdf"),
            self.tr("PDF files (*.pdf)"),
        )
        if not path:
            return
        from civicdesk.reports.kit_list import write_kit_list

        self.kit_list_button.setEnabled(False)

        def done(count: int) -> None:
            self.kit_list_button.setEnabled(True)
            self.count_label.setText(
                self.tr("Saved the kit list (%Ln item(s)) to %1", "", count).replace("%1", path)
            )

        def failed(exc: BaseException) -> None:
            self.kit_list_button.setEnabled(True)
            show_error(self, self.tr("Could not save the kit list"), exc)

        self.runner.run(write_kit_list, self.db, Path(path), self.today(), current_language(),
                        on_done=done, on_error=failed)


def make_view(context: ViewContext) -> ToolStore:
    """The Tools view, wired to the window (a factory of civicdesk.ui.registry)."""
    store = ToolStore(context.db, context.undo_stack, context.record_changed, context.window)
    store.loaded.connect(context.loaded)
    return store
