"""Choosing a record by typing part of its name: the picker of groups, spaces and people in the editors."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from civicdesk.services.pickers import Choice


class RecordPicker(QComboBox):
    """Choose a record by typing part of its name; the list narrows as you type.

    `set_source` gives it a function from typed text to choices (a Qt-free service call).
    With `free_text`, a name that matches no record is kept as typed (an owner who is not one
    of our groups, a borrower who is a neighbour).
    """

    chosen = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMinimumContentsLength(24)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.free_text = False
        self._source: Callable[[str], list[Choice]] | None = None
        completer = QCompleter(self.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self._refresh_typed)
        self.lineEdit().textEdited.connect(lambda _text: self._timer.start())
        self.lineEdit().setPlaceholderText(self.tr("Type to search…"))
        self.activated.connect(lambda _i: self.chosen.emit())

    def set_source(self, source: Callable[[str], list[Choice]], free_text: bool = False) -> None:
        self._source, self.free_text = source, free_text
        self._fill(source(""), keep_text="")

    def _fill(self, choices: list[Choice], keep_text: str) -> None:
        cursor = self.lineEdit().cursorPosition()
        self.blockSignals(True)
        self.clear()
        names = [c.name for c in choices]
        for choice in choices:
            # Namesakes are told apart by their detail (type of place, town, kind of group).
            namesake = names.count(choice.name) > 1 and choice.detail
            text = f"{choice.name} ({choice.detail})" if namesake else choice.name
            self.addItem(text, choice.record_id)
            self.setItemData(self.count() - 1, choice.detail, Qt.ItemDataRole.ToolTipRole)
        self.setCurrentIndex(-1)
        self.setEditText(keep_text)
        self.lineEdit().setCursorPosition(min(cursor, len(keep_text)))
        self.blockSignals(False)

    def _refresh_typed(self) -> None:
        if self._source is not None:
            text = self.currentText()
            self._fill(self._source(text), keep_text=text)

    def selected_id(self) -> str | None:
        """The id of the record whose name is in the box, or None if the text names none."""
        text = self.currentText().strip()
        if not text:
            return None
        index = self.currentIndex()
        if index >= 0 and self.itemText(index) == self.currentText():
            return self.itemData(index)
        found = self.findText(text)  # case-insensitive exact match among what is listed
        if found < 0 and self._source is not None:
            self._fill(self._source(text), keep_text=text)
            found = self.findText(text)
        return self.itemData(found) if found >= 0 else None

    def set_selected(self, record_id: str | None, name: str) -> None:
        index = self.findData(record_id) if record_id else -1
        if record_id and index < 0:
            self.addItem(name, record_id)
            index = self.count() - 1
        self.setCurrentIndex(index)
        self.setEditText(name if index < 0 else self.itemText(index))
        self.lineEdit().setCursorPosition(0)  # show the start of a long name

    def focus_target(self) -> QWidget:
        return self


class PartyEditor(RecordPicker):
    """An owner, operator, maintainer, holder or borrower: one of our groups, or just a name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lineEdit().setPlaceholderText(self.tr("Type a name or choose a group"))

    def value(self) -> dict[str, Any]:
        text = self.currentText().strip()
        group_id = self.selected_id()
        if group_id:
            return {"group_id": group_id, "name": self.currentText().split(" (")[0].strip()}
        return {"name": text} if text else {}

    def set_value(self, value: dict[str, Any] | None) -> None:
        value = value or {}
        self.set_selected(value.get("group_id"), value.get("name", ""))
