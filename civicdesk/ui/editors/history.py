"""A record's change history in plain words: when, who, what, and the value before and after."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from civicdesk.core import wording
from civicdesk.core.dates import british_time
from civicdesk.services.records import HistoryEntry
from civicdesk.ui.dialogs import RememberingDialog
from civicdesk.ui.generated.ui_history_dialog import Ui_HistoryDialog
from civicdesk.ui.words import data_word

# Words in this context (lupdate reads translate("Context", "text") calls).
translate = QCoreApplication.translate


def when(at: str) -> str:
    """A stored UTC time as local day/month/year hours:minutes."""
    return british_time(at)


def describe(field: str, value: Any) -> str:
    """A stored value as a volunteer would say it."""
    return wording.describe(field, value, data_word)


def what(entry: HistoryEntry, labels: dict[str, str]) -> str:
    if entry.action == "create":
        return translate("history", "Added")
    if entry.action == "delete":
        return translate("history", "Deleted")
    if entry.action == "restore":
        return translate("history", "Brought back")
    if entry.action == "merge":
        changed = translate("history", "Changed by another group: %1")
        return changed.replace("%1", labels.get(entry.field, entry.field))
    label = labels.get(entry.field) or entry.field.replace("_", " ")
    return translate("history", "Changed %1").replace("%1", label.lower())


class HistoryDialog(RememberingDialog):
    """Read-only table of a record's changes, oldest first."""

    settings_key = "editors/history"

    def __init__(self, parent: QWidget | None, entries: list[HistoryEntry], labels: dict[str, str]) -> None:
        super().__init__(parent)
        self.ui = Ui_HistoryDialog()
        self.ui.setupUi(self)
        self.ui.buttons.rejected.connect(self.reject)
        table = self.ui.table
        headers = [self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Was"), self.tr("Now")]
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().hide()
        table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            if entry.action == "create":
                old, new = "", describe("name", (entry.new_value or {}).get("name", ""))
            elif entry.action in ("delete", "restore"):
                old = new = ""
            else:
                old, new = describe(entry.field, entry.old_value), describe(entry.field, entry.new_value)
            cells = [when(entry.at), entry.author or self.tr("this computer"), what(entry, labels), old, new]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(row, column, item)
        header = table.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        table.resizeRowsToContents()
        if entries:
            table.scrollToBottom()

    def rows(self) -> list[list[str]]:
        """What the table shows, row by row."""
        table = self.ui.table
        columns = range(table.columnCount())
        return [[table.item(r, c).text() for c in columns] for r in range(table.rowCount())]
