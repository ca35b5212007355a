"""The wizard's duplicates table: each row beside the record it matches or might be, both addresses shown.

A match (same id, or name and postcode) merges unless the person says otherwise; a possible
duplicate (same name elsewhere, a similar name at the same postcode) is kept apart unless the
person chooses "Merge" after comparing the two addresses side by side.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from civicdesk.interop.results import ImportResult
from civicdesk.ui.accessible import name_list

ROW, IN_FILE, HERE, WHY, DO = range(5)


class DuplicatesTable(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 5, parent)
        self.setObjectName("import_duplicates")
        name_list(self, self.tr("Rows that may already be here"))
        self.setHorizontalHeaderLabels(
            [
                self.tr("Row"),
                self.tr("In the file"),
                self.tr("Already here (or an earlier row)"),
                self.tr("Why"),
                self.tr("Do"),
            ]
        )
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for column in (ROW, WHY, DO):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.setWordWrap(True)
        self.verticalHeader().hide()  # the Row column says which row of the file
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)

    def choices(self) -> dict[int, str]:
        """Row number in the file -> merge | skip | create, as chosen in the table."""
        chosen = {}
        for row in range(self.rowCount()):
            combo = self.cellWidget(row, DO)
            item = self.item(row, ROW)
            if isinstance(combo, QComboBox) and item is not None:
                chosen[int(item.text())] = str(combo.currentData())
        return chosen

    def show_result(self, result: ImportResult, choices: dict[int, str]) -> None:
        pairs = [(d, True) for d in result.duplicates] + [(d, False) for d in result.possible_duplicates]
        self.setRowCount(len(pairs))
        for row, (dup, strong) in enumerate(pairs):
            other = dup.record_name + (
                self.tr(" (row %1)").replace("%1", str(dup.record_row)) if dup.record_row else ""
            )
            no_address = self.tr("no address")
            cells = [
                str(dup.row),
                f"{dup.name}\n{dup.address or no_address}",
                f"{other}\n{dup.record_address or no_address}",
                dup.reason if strong else self.tr("possible: %1").replace("%1", dup.reason),
            ]
            for column, text in enumerate(cells):
                self.setItem(row, column, QTableWidgetItem(text))
            combo = QComboBox()
            combo.setObjectName(f"duplicate_{row}")
            combo.setAccessibleName(self.tr("What to do with row %1").replace("%1", str(dup.row)))
            options = (
                (("merge", self.tr("Merge")), ("skip", self.tr("Skip")), ("create", self.tr("Create new")))
                if strong
                else (("create", self.tr("Keep apart")), ("merge", self.tr("Merge")))
            )
            for value, label in options:
                combo.addItem(label, value)
            combo.setCurrentIndex(max(0, combo.findData(choices.get(dup.row, dup.action))))
            self.setCellWidget(row, DO, combo)
        self.resizeRowsToContents()
