"""Record editors: the dialogs the main window opens to add or change a space, group, person or tool.

    dialog = open_editor(window, db, "space", record_id_or_None, undo_stack, changed)

Saving pushes one undoable command on `undo_stack`; `changed(record_type, record_id)` is called
whenever a record is written (and again on undo and redo) so the window can refresh its views.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QWidget

from civicdesk.core.record_types import MAIN_TYPES
from civicdesk.db.database import Database

if TYPE_CHECKING:
    from civicdesk.ui.editors.base import RecordEditor

EDITABLE_TYPES = MAIN_TYPES


def editor_class(record_type: str) -> type[RecordEditor]:
    """The dialog class for a record type (imported on first use: the main window starts faster)."""
    if record_type == "space":
        from civicdesk.ui.editors.space import SpaceEditor

        return SpaceEditor
    if record_type == "group":
        from civicdesk.ui.editors.group import GroupEditor

        return GroupEditor
    if record_type == "person":
        from civicdesk.ui.editors.person import PersonEditor

        return PersonEditor
    if record_type == "tool":
        from civicdesk.ui.editors.tool import ToolEditor

        return ToolEditor
    raise ValueError(f"no editor for {record_type!r} (editable: {', '.join(EDITABLE_TYPES)})")


def open_editor(parent: QWidget, db: Database, record_type: str, record_id: str | None,
                undo_stack: QUndoStack, changed: Callable[[str, str], None]) -> QDialog:
    """Open (window-modal, not blocking) the editor of a record, or of a new one when record_id is None."""
    dialog = editor_class(record_type)(parent, db, record_id, undo_stack, changed)
    # Closed editors go away rather than pile up under the window, listening to the undo stack.
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


__all__ = ["EDITABLE_TYPES", "editor_class", "open_editor"]
