"""The "Needs review" view: values from other groups that clashed with ours, for a person to decide."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from civicdesk.core.dates import british_time
from civicdesk.core.field_labels import record_word
from civicdesk.db.database import Database
from civicdesk.errors import CivicDeskError
from civicdesk.services.conflicts import ConflictService, ReviewItem, choice_words
from civicdesk.sync import proposals
from civicdesk.ui.accessible import name_list
from civicdesk.ui.dates_shown import shown_date
from civicdesk.ui.dialogs import show_error
from civicdesk.ui.review_undo import DecideReviewItem, undo_notice
from civicdesk.ui.tasks import TaskRunner
from civicdesk.ui.words import data_word

if TYPE_CHECKING:
    from civicdesk.ui.view_api import ViewContext

BUTTON_VALUE_CHARS = 40  # a value longer than this is cut on its button (in full in the table)


class ReviewView(QWidget):
    # How many items are open, whenever that is learnt: the sidebar shows it ("Needs review (3)").
    open_count_changed = Signal(int)
    # A decision was made (or taken back): what it was, in words, for the status bar.
    decided = Signal(str)

    def __init__(
        self,
        db: Database,
        runner: TaskRunner,
        parent: QWidget | None = None,
        undo_stack: QUndoStack | None = None,
        changed: Callable[[str, str], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = ConflictService(db)
        self.runner = runner
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self.changed = changed
        self.items: list[ReviewItem] = []
        self.setObjectName("review")
        title = QLabel(self.tr("Needs review"))
        title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.message = QLabel()
        self.message.setObjectName("empty_state")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("font-size: 12pt;")
        self.message.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # The explanation stays under the title; the room below goes to the table or is left empty.
        self.message.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Record"),
                self.tr("Detail"),
                self.tr("Kept version (everyone sees it)"),
                self.tr("Other version"),
                self.tr("Noticed"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab goes on to the Keep and Use buttons
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.table.horizontalHeader()
        # The two values are what a person compares, so they get the room; the rest stays narrow.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(0, 190)
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        self.table.verticalHeader().setVisible(False)
        name_list(self.table, self.tr("Changes that need a decision"))
        self.keep_button = QPushButton(self.tr("&Keep this version"))
        self.other_button = QPushButton(self.tr("&Use the other version"))
        self.keep_button.setObjectName("keep_button")
        self.other_button.setObjectName("use_button")
        self.table.itemSelectionChanged.connect(self._name_choices)
        self.keep_button.clicked.connect(lambda: self._decide(keep=True))
        self.other_button.clicked.connect(lambda: self._decide(keep=False))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.other_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(title)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addStretch(0)  # takes the room only while the table is hidden (nothing to review)
        self.open_count = 0

    # -- what the main window asks of a view (civicdesk.ui.view_api.WorkspaceView) --------
    def activate(self) -> None:
        self.reload()

    def is_ready(self) -> bool:
        return True

    def reload_data(self, current: bool) -> None:
        self.reload()

    def record_changed(self, record_type: str, record_id: str) -> None:
        pass

    def save_state(self) -> None:
        pass

    def reload(self) -> None:
        self.runner.run(
            self.service.open_items,
            on_done=self._show,
            on_error=lambda exc: show_error(self, self.tr("Needs review"), exc),
        )

    def refresh_count(self) -> None:
        """Learn how many items are open (a count, not the items) and say so by open_count_changed."""
        self.runner.run(self.service.count_open, on_done=self.open_count_changed.emit)

    def _show(self, items: list[ReviewItem]) -> None:
        self.items = items
        self.open_count = len(items)  # of the items shown
        self.open_count_changed.emit(len(items))
        self.table.setRowCount(len(items))
        for row, item in enumerate(items):
            cells = [
                self.tr("%1 (%2)").replace("%1", item.title)
                .replace("%2", data_word(record_word(item.record_type))),
                data_word(item.field_label),
                self._version(item.current_text, item.current_by, item.current_when),
                self._version(item.other_text, item.other_by, item.other_when),
                shown_date(item.detected_at[:10]),
            ]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, item.id)
                cell.setToolTip(text)
                cell.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                self.table.setItem(row, column, cell)
        self.table.resizeRowsToContents()
        has_items = bool(items)
        self.table.setVisible(has_items)
        self.keep_button.setVisible(has_items)
        self.other_button.setVisible(has_items)
        if has_items:
            if len(items) == 1:
                clashed = self.tr("One change from another group clashed with yours.")
            else:
                clashed = self.tr("%1 changes from other groups clashed with yours.")
            advice = self.tr(
                "Everyone already sees the kept version; use the other one where it is right."
            )
            self.message.setText(clashed.replace("%1", str(len(items))) + " " + advice)
            self.table.selectRow(0)
            self._name_choices()  # the same row number may now hold another item
        else:
            self.message.setText(
                self.tr(
                    "Nothing needs review.\n\n"
                    "When you receive a bundle from another group and you both changed the same detail "
                    "without seeing each other's change — say, a hall's opening hours — CivicDesk keeps one "
                    "version so that everyone agrees, and lists the other one here. You can then see both "
                    "side by side, with who changed what and when, and choose which to keep."
                )
            )

    def _version(self, text: str, by: str, when: str) -> str:
        """A value, then on its own line who changed it and when."""
        changed = self.tr("changed by %1").replace("%1", by)
        if when:
            changed += self.tr(" on %1").replace("%1", british_time(when))
        return f"{text}\n— {changed}"

    def _selected(self) -> ReviewItem | None:
        row = self.table.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def _name_choices(self) -> None:
        """The buttons say what each choice keeps: "Keep £12 an hour (ours)", "Use £15 an hour (…'s)"."""
        item = self._selected()
        if item is None:
            return
        keep, use = choice_words(item, BUTTON_VALUE_CHARS)
        self.keep_button.setText("&" + keep.replace("&", "&&"))
        self.other_button.setText("&" + use.replace("&", "&&"))
        full_keep, full_use = choice_words(item)
        self.keep_button.setToolTip(full_keep)
        self.other_button.setToolTip(full_use)

    def _decide(self, keep: bool) -> None:
        item = self._selected()
        if item is None:
            return
        if item.proposal:
            self._decide_proposal(item, keep)
            return
        keep_words, use_words = choice_words(item, BUTTON_VALUE_CHARS)
        chosen = keep_words if keep else use_words
        what = self.tr("%1 for %2 · %3").replace("%1", chosen).replace("%2", item.title).replace(
            "%3", item.field_label
        )
        command = DecideReviewItem(self.service, item, keep, what, self._after_step)
        try:
            self.undo_stack.push(command)
        except CivicDeskError as exc:
            show_error(self, self.tr("Needs review"), exc)
            self.reload()
            return
        done = self.tr("Kept %1") if keep else self.tr("Used %1")
        value = keep_words.split(" ", 1)[1] if keep else use_words.split(" ", 1)[1]
        self.decided.emit(
            done.replace("%1", value) + self.tr(" for %1 · %2.").replace("%1", item.title).replace(
                "%2", item.field_label
            )
        )

    def _decide_proposal(self, item: ReviewItem, keep: bool) -> None:
        """Accept or ignore a change from a group that had not been shown the record (not undoable:
        accepting applies their whole change as an import would)."""
        action = self.service.keep_current if keep else partial(proposals.accept, self.service.db)
        keep_words, use_words = choice_words(item)
        done = keep_words if keep else use_words

        def finished(_result: object) -> None:
            self._after_step(item)
            self.decided.emit(self.tr("Done: %1.").replace("%1", done))

        self.runner.run(
            action, item.id, on_done=finished,
            on_error=lambda exc: show_error(self, self.tr("Needs review"), exc),
        )

    def _after_step(self, item: ReviewItem) -> None:
        """After a decision, its undo or its redo: the list and the record's views catch up."""
        self.reload()
        if self.changed is not None:
            self.changed(item.record_type, item.record_id)


def make_view(context: ViewContext) -> ReviewView:
    """The review view (a factory of civicdesk.ui.registry). Its count of open items is said by
    `open_count_changed` (learnt at once, before the view is opened) and shown in the sidebar;
    decisions are confirmed in the window's status bar with an Undo button."""
    view = ReviewView(context.db, context.runner, None, context.undo_stack, context.record_changed)
    window = context.window
    if isinstance(window, QMainWindow):
        view.decided.connect(undo_notice(window, context.undo_stack).show_message)
    set_count = getattr(window, "set_view_count", None)
    if set_count is not None:
        view.open_count_changed.connect(lambda count: set_count(context.spec.name, count))
    view.refresh_count()
    return view
