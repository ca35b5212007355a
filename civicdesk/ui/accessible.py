"""Names for screen readers: lists and tables named with what they list; controls left unnamed found."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QObject, Slot
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTextEdit,
    QWidget,
)
from shiboken6 import isValid

# What a person can operate or read as a control: each must be announced by name.
INTERACTIVE = (
    QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QAbstractSlider,
    QTextEdit, QPlainTextEdit,
)


def rows_phrase(what: str, rows: int) -> str:
    """'Spaces, 2,000 rows' — what a list holds and how many, as a screen reader says it."""
    return f"{what}, {rows:,} row" if rows == 1 else f"{what}, {rows:,} rows"


class _RowCountName(QObject):
    """Keeps a list's accessible name at 'WHAT, N rows' as its model changes."""

    def __init__(self, view: QAbstractItemView, what: str) -> None:
        super().__init__(view)
        self.view = view
        self.what = what
        self.model: QAbstractItemModel | None = None
        self.watch()

    def watch(self) -> None:
        model = self.view.model()
        if model is not None and model is not self.model:
            self.model = model
            for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset, model.layoutChanged):
                signal.connect(self.update)
        self.update()

    @Slot()
    def update(self) -> None:
        if not isValid(self.view):  # a table's own model tells of its rows going as the table goes
            return
        model = self.view.model()
        rows = model.rowCount() if model is not None else 0
        self.view.setAccessibleName(rows_phrase(self.what, rows))


def name_list(view: QAbstractItemView, what: str, description: str = "") -> None:
    """Name a list or table after what it lists, its row count kept current ("Spaces, 2,000 rows").

    Call it after the view's model is set (or again after a new model is set).
    """
    keeper = view.findChild(_RowCountName)
    if keeper is None:
        _RowCountName(view, what)
    else:
        keeper.what = what
        keeper.watch()
    if description:
        view.setAccessibleDescription(description)


def spoken_name(widget: QWidget) -> str:
    """The name a screen reader announces: its accessible name, a button's text, or its label's (buddy).

    A combo box's current text is not a name ("All owners" says nothing of what is chosen).
    """
    if widget.accessibleName().strip():
        return widget.accessibleName().strip()
    if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
        return widget.text().replace("&", "").strip()
    window = widget.window()
    for label in window.findChildren(QLabel):
        if label.buddy() is widget and label.text().strip():
            return label.text().replace("&", "").strip()
    return ""


def object_path(widget: QWidget) -> str:
    """Where a widget is, as 'Window/parent/…/widget' of object names (class names where unnamed)."""
    parts = []
    current: QObject | None = widget
    while current is not None:
        parts.append(current.objectName() or type(current).__name__)
        current = current.parent()
    return "/".join(reversed(parts))


def interactive_controls(root: QWidget) -> list[QWidget]:
    """Every interactive control in root and its children, shown or not (root included)."""
    found = [root] if isinstance(root, INTERACTIVE) else []
    return found + [widget for widget in root.findChildren(QWidget) if isinstance(widget, INTERACTIVE)]


def _inner_part(widget: QWidget) -> bool:
    """The parts Qt builds and names itself: scroll bars, headers, a spin box's line edit, a popup."""
    if isinstance(widget, (QScrollBar, QHeaderView)) or widget.objectName().startswith("qt_"):
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QAbstractSpinBox, QComboBox, QLineEdit)):
            return True
        parent = parent.parentWidget()
    return False


def unnamed_controls(root: QWidget) -> tuple[int, list[str]]:
    """How many controls were checked, and the object path of each without a name."""
    controls = [widget for widget in interactive_controls(root) if not _inner_part(widget)]
    return len(controls), [object_path(widget) for widget in controls if not spoken_name(widget)]
