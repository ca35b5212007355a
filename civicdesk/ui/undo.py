"""Undoable record changes: every create, edit and delete in a session goes on one QUndoStack.

Commands call services (never SQL). Undoing a create or redoing a delete sets the tombstone;
undoing a delete restores the record, so ids stay stable and history stays complete.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from civicdesk.services.records import RecordService

Changed = Callable[[str, str], None]  # (record_type, record_id) -> refresh views


def _tr(text: str) -> str:
    return QCoreApplication.translate("undo", text)


class CreateRecord(QUndoCommand):
    """Create on first redo; tombstone on undo; restore on later redos."""

    def __init__(
        self, service: RecordService[Any], values: dict[str, Any], label: str, changed: Changed
    ) -> None:
        super().__init__(_tr("Add %1").replace("%1", label))
        self.service, self.values, self.changed = service, values, changed
        self.record_id: str | None = None

    def redo(self) -> None:
        if self.record_id is None:
            self.record_id = self.service.create(self.values).id
        else:
            self.service.restore(self.record_id)
        self.changed(self.service.model.RECORD_TYPE, self.record_id)

    def undo(self) -> None:
        assert self.record_id is not None
        self.service.delete(self.record_id)
        self.changed(self.service.model.RECORD_TYPE, self.record_id)


class EditRecord(QUndoCommand):
    """Apply new values; undo writes the old ones back (a new, stamped edit)."""

    def __init__(
        self,
        service: RecordService[Any],
        record_id: str,
        old: dict[str, Any],
        new: dict[str, Any],
        label: str,
        changed: Changed,
    ) -> None:
        super().__init__(_tr("Edit %1").replace("%1", label))
        self.service, self.record_id, self.changed = service, record_id, changed
        self.new = {k: v for k, v in new.items() if old.get(k) != v}
        self.old = {k: old.get(k) for k in self.new}

    def redo(self) -> None:
        self.service.update(self.record_id, self.new)
        self.changed(self.service.model.RECORD_TYPE, self.record_id)

    def undo(self) -> None:
        self.service.update(self.record_id, self.old)
        self.changed(self.service.model.RECORD_TYPE, self.record_id)


class DeleteRecord(QUndoCommand):
    def __init__(self, service: RecordService[Any], record_id: str, label: str, changed: Changed) -> None:
        super().__init__(_tr("Delete %1").replace("%1", label))
        self.service, self.record_id, self.changed = service, record_id, changed

    def redo(self) -> None:
        self.service.delete(self.record_id)
        self.changed(self.service.model.RECORD_TYPE, self.record_id)

    def undo(self) -> None:
        self.service.restore(self.record_id)
        self.changed(self.service.model.RECORD_TYPE, self.record_id)
