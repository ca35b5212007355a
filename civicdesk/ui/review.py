"""The "Needs review" view: values from other groups that clashed with ours, for a person to decide."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from civicdesk.core.dates import british_date, british_time
from civicdesk.db.database import Database
from civicdesk.services.conflicts import ConflictService, ReviewItem
from civicdesk.ui.dialogs import show_error
from civicdesk.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from civicdesk.ui.view_api import ViewContext


class ReviewView(QWidget):
    def __init__(self, db: Database, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = ConflictService(db)
        self.runner = runner
        self.items: list[ReviewItem] = []
        self.setObjectName("review")
        title = QLabel(self.tr("Needs review"))
        title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.message = QLabel()
        self.message.setObjectName("empty_state")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("font-size: 12pt;")
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
        self.table.setAccessibleName(self.tr("Changes that need a decision"))
        self.keep_button = QPushButton(self.tr("&Keep the kept version"))
        self.other_button = QPushButton(self.tr("Use the &other version"))
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

    def _show(self, items: list[ReviewItem]) -> None:
        self.items = items
        self.open_count = len(items)
        self.table.setRowCount(len(items))
        for row, item in enumerate(items):
            cells = [
                self.tr("%1 (%2)").replace("%1", item.title).replace("%2", self.tr(item.record_type)),
                self.tr(item.field_label),
                self._version(item.current_text, item.current_by, item.current_when),
                self._version(item.other_text, item.other_by, item.other_when),
                british_date(item.detected_at[:10]),
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
                "Everyone already sees the kept version; choose the other one where it is right."
            )
            self.message.setText(clashed.replace("%1", str(len(items))) + " " + advice)
            self.table.selectRow(0)
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

    def _decide(self, keep: bool) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.items):
            return
        conflict_id = self.items[row].id
        action = self.service.keep_current if keep else self.service.keep_other
        self.runner.run(
            action,
            conflict_id,
            on_done=lambda _r: self.reload(),
            on_error=lambda exc: show_error(self, self.tr("Needs review"), exc),
        )


def make_view(context: ViewContext) -> ReviewView:
    """The review view (a factory of civicdesk.ui.registry)."""
    return ReviewView(context.db, context.runner)
