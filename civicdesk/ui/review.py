"""The "Needs review" view: values from other groups that clashed with ours, for a person to decide."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from civicdesk.db.database import Database
from civicdesk.services.conflicts import ConflictService, ReviewItem
from civicdesk.ui.dialogs import show_error
from civicdesk.ui.tasks import TaskRunner


def _shown(value: Any) -> str:
    if value in (None, "", [], {}):
        return "—"
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


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
                self.tr("Kept (everyone sees)"),
                self.tr("The other version"),
                self.tr("Noticed"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
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
                f"{item.title} ({item.record_type})",
                item.field.replace("_", " "),
                f"{_shown(item.current_value)}\n{item.current_by}, {item.current_when}",
                f"{_shown(item.other_value)}\n{item.other_by}, {item.other_when}",
                item.detected_at[:10],
            ]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, item.id)
                self.table.setItem(row, column, cell)
        self.table.resizeRowsToContents()
        has_items = bool(items)
        self.table.setVisible(has_items)
        self.keep_button.setVisible(has_items)
        self.other_button.setVisible(has_items)
        if has_items:
            self.message.setText(
                self.tr(
                    "%1 changes from other groups clashed with yours. Everyone already sees the kept "
                    "version; choose the other one where it is right."
                ).replace("%1", str(len(items)))
            )
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
