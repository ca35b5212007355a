"""The tool store's dialogs: rate a tool for a group, and suggest tools for a group or a space."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from civicdesk.db.database import Database
from civicdesk.errors import CivicDeskError
from civicdesk.services import pickers, recommend, tool_store
from civicdesk.services.catalogue import PURPOSES
from civicdesk.ui import colours
from civicdesk.ui.dialogs import RememberingDialog, show_error
from civicdesk.ui.editors.pickers import RecordPicker
from civicdesk.ui.tools.model import kind_icon
from civicdesk.ui.words import data_word


class RateDialog(RememberingDialog):
    """Which group uses the tool, how many stars it gives and a short review."""

    settings_key = "tool_store/rate"

    def __init__(self, parent: QWidget | None, db: Database, tool_name: str, tool_id: str = "") -> None:
        super().__init__(parent)
        self.db, self.tool_id = db, tool_id
        self.setWindowTitle(self.tr("Rate “%1”").replace("%1", tool_name))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.group = RecordPicker(self)
        self.group.set_source(lambda text: pickers.choices(db, "group", text))
        self.group.setAccessibleName(self.tr("Group"))
        self.group.chosen.connect(self._show_existing)
        form.addRow(self.tr("&Group:"), self.group)
        stars_row = QHBoxLayout()
        self.star_buttons: list[QToolButton] = []
        self.rating = 0
        for value in range(1, 6):
            button = QToolButton(self)
            button.setText("☆")
            button.setAutoRaise(True)
            button.setStyleSheet(f"QToolButton {{ font-size: 20pt; color: {colours.STAR}; }}")
            button.setAccessibleName(self.tr("%1 stars").replace("%1", str(value)))
            button.setToolTip(button.accessibleName())
            button.clicked.connect(lambda _checked=False, v=value: self.set_rating(v))
            self.star_buttons.append(button)
            stars_row.addWidget(button)
        stars_row.addStretch(1)
        form.addRow(self.tr("Rating:"), stars_row)
        self.review = QPlainTextEdit(self)
        self.review.setPlaceholderText(
            self.tr("A sentence or two for other groups: what worked, what to watch")
        )
        self.review.setAccessibleName(self.tr("Review"))
        self.review.setTabChangesFocus(True)
        form.addRow(self.tr("&Review:"), self.review)
        layout.addLayout(form)
        self.error = QLabel(self)
        self.error.setStyleSheet(colours.ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.group_id: str | None = None

    def set_rating(self, value: int) -> None:
        self.rating = value
        for index, button in enumerate(self.star_buttons, start=1):
            button.setText("★" if index <= value else "☆")

    def _show_existing(self) -> None:
        """A group that rated the tool before sees its rating and review, to change rather than lose."""
        group_id = self.group.selected_id()
        existing = tool_store.use_of(self.db, self.tool_id, group_id) if group_id and self.tool_id else None
        if existing is not None:
            self.set_existing(existing.rating, existing.review)

    def set_existing(self, rating: int | None, review: str) -> None:
        self.set_rating(rating or 0)
        self.review.setPlainText(review)

    def accept(self) -> None:
        self.group_id = self.group.selected_id()
        if self.group_id is None:
            self.error.setText(self.tr("Choose the group that uses it from the list."))
            self.error.show()
            self.group.setFocus()
            return
        super().accept()


class SuggestDialog(RememberingDialog):
    """ "Suggest tools for…": pick a group or a space and a purpose; see ranked tools with reasons."""

    settings_key = "tool_store/suggest"
    open_tool = Signal(str)

    def __init__(self, parent: QWidget | None, db: Database) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Suggest tools"))
        self.resize(620, 520)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        which = QHBoxLayout()
        self.for_group = QRadioButton(self.tr("a &group"), self)
        self.for_space = QRadioButton(self.tr("a s&pace"), self)
        self.for_group.setChecked(True)
        choice = QButtonGroup(self)
        for button in (self.for_group, self.for_space):
            choice.addButton(button)
            which.addWidget(button)
            button.toggled.connect(self._switch)
        which.addStretch(1)
        form.addRow(self.tr("Suggest tools for:"), which)
        self.picker = RecordPicker(self)
        self.picker.setAccessibleName(self.tr("Group or space"))
        self.picker.chosen.connect(self.refresh)
        form.addRow(self.tr("&Which:"), self.picker)
        self.purpose = QComboBox(self)
        self.purpose.addItem(self.tr("Any purpose"), "")
        for purpose in PURPOSES:
            self.purpose.addItem(data_word(purpose.capitalize()), purpose)
        self.purpose.setAccessibleName(self.tr("Purpose"))
        self.purpose.currentIndexChanged.connect(self.refresh)
        form.addRow(self.tr("To &help:"), self.purpose)
        layout.addLayout(form)
        self.go = QPushButton(self.tr("&Suggest"), self)
        self.go.clicked.connect(self.refresh)
        layout.addWidget(self.go, 0, Qt.AlignmentFlag.AlignRight)
        self.results = QListWidget(self)
        self.results.setAccessibleName(self.tr("Suggested tools"))
        self.results.setWordWrap(True)
        self.results.setSpacing(3)
        self.results.itemActivated.connect(
            lambda item: self.open_tool.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        layout.addWidget(self.results, 1)
        self.note = QLabel(self.tr("Choose a group or a space to see suggestions."), self)
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.suggestions: list[recommend.Suggestion] = []
        self._switch()

    def _switch(self) -> None:
        kind = "group" if self.for_group.isChecked() else "space"
        self.picker.set_source(lambda text: pickers.choices(self.db, kind, text))
        self.results.clear()

    def choose(self, record_type: str, record_id: str) -> None:
        """Start with a group or space already chosen (from a group's or space's page)."""
        (self.for_group if record_type == "group" else self.for_space).setChecked(True)
        self.picker.set_selected(record_id, pickers.name_of(self.db, record_type, record_id))
        self.refresh()

    def refresh(self) -> None:
        chosen = self.picker.selected_id()
        self.results.clear()
        if chosen is None:
            self.note.setText(self.tr("Choose a group or a space to see suggestions."))
            return
        purpose = self.purpose.currentData() or ""
        try:
            if self.for_group.isChecked():
                self.suggestions = recommend.suggest(self.db, group_id=chosen, purpose=purpose)
            else:
                self.suggestions = recommend.suggest(self.db, space_id=chosen, purpose=purpose)
        except CivicDeskError as exc:
            show_error(self, self.tr("Could not suggest tools"), exc)
            return
        for rank, suggestion in enumerate(self.suggestions, start=1):
            text = f"{rank}. {suggestion.name}\n    " + "; ".join(suggestion.reasons)
            item = QListWidgetItem(kind_icon(suggestion.kind), text)
            item.setData(Qt.ItemDataRole.UserRole, suggestion.tool_id)
            item.setToolTip("\n".join(suggestion.reasons))
            self.results.addItem(item)
        self.note.setText(
            self.tr("Double-click a suggestion to open its page.")
            if self.suggestions
            else self.tr("Nothing to suggest yet: rate the tools your groups use and suggestions follow.")
        )
