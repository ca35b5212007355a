"""Undoable record changes: every create, edit and delete in a session goes on one QUndoStack.

Commands call services (never SQL). Undoing a create or redoing a delete sets the tombstone;
undoing a delete restores the record, so ids stay stable and history stays complete.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QApplication

from civicdesk.errors import CivicDeskError
from civicdesk.services.health import CheckSummary, HealthService
from civicdesk.services.records import RecordService
from civicdesk.ui.dialogs import show_error

Changed = Callable[[str, str], None]  # (record_type, record_id) -> refresh views


# Words in this context (lupdate reads translate("Context", "text") calls).
translate = QCoreApplication.translate


class _RecordCommand(QUndoCommand):
    """A step that can fail later: the record may have changed under it since (a bundle deleted
    it, a person was erased). Then the user is told, and the step leaves the stack, so Undo and
    Redo stay in step with what is stored. The first run, when the command is pushed, is not
    guarded: its errors (a field that does not validate) go to the editor that pushed it, and
    the step is not kept on the stack."""

    service: RecordService[Any]
    changed: Changed
    _pushed = False

    def _run(self, step: Callable[[], str], record_type: str | None = None) -> None:
        if not self._pushed:
            self._pushed = True
            try:
                record_id = step()
            except BaseException:
                self.setObsolete(True)  # so push() drops it: no half-done step stays on the stack
                raise
        else:
            try:
                record_id = step()
            except CivicDeskError as exc:
                self.setObsolete(True)
                show_error(QApplication.activeWindow(),
                           translate("undo", "This step can no longer be done"), exc)
                return
        self.changed(record_type or self.service.model.RECORD_TYPE, record_id)

    def _delete(self, record_id: str) -> str:
        self.service.delete(record_id)
        return record_id


class CreateRecord(_RecordCommand):
    """Create on first redo; tombstone on undo; restore on later redos."""

    def __init__(
        self, service: RecordService[Any], values: dict[str, Any], label: str, changed: Changed
    ) -> None:
        super().__init__(translate("undo", "Add %1").replace("%1", label))
        self.service, self.values, self.changed = service, values, changed
        self.record_id: str | None = None

    def redo(self) -> None:
        self._run(self._create_or_restore)

    def _create_or_restore(self) -> str:
        if self.record_id is None:
            self.record_id = self.service.create(self.values).id
        else:
            self.service.restore(self.record_id)
        return self.record_id

    def undo(self) -> None:
        assert self.record_id is not None
        record_id = self.record_id
        self._run(lambda: self._delete(record_id))


class EditRecord(_RecordCommand):
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
        super().__init__(translate("undo", "Edit %1").replace("%1", label))
        self.service, self.record_id, self.changed = service, record_id, changed
        self.new = {k: v for k, v in new.items() if old.get(k) != v}
        self.old = {k: old.get(k) for k in self.new}

    def redo(self) -> None:
        self._run(lambda: self.service.update(self.record_id, self.new).id)

    def undo(self) -> None:
        self._run(lambda: self.service.update(self.record_id, self.old).id)


class DeleteRecord(_RecordCommand):
    def __init__(self, service: RecordService[Any], record_id: str, label: str, changed: Changed) -> None:
        super().__init__(translate("undo", "Delete %1").replace("%1", label))
        self.service, self.record_id, self.changed = service, record_id, changed

    def redo(self) -> None:
        self._run(lambda: self._delete(self.record_id))

    def undo(self) -> None:
        self._run(lambda: self.service.restore(self.record_id).id)


class RecordHealthCheck(_RecordCommand):
    """A health check just recorded; undo takes it back, and with it the status it gave the space.

    The check is recorded before the command is pushed (so its errors go to the dialog and
    nothing reaches the stack), and the first redo only refreshes the views.
    """

    service: HealthService

    def __init__(
        self, service: HealthService, summary: CheckSummary, status_before: str, label: str, changed: Changed
    ) -> None:
        super().__init__(translate("undo", "Record a health check of %1").replace("%1", label))
        self.service, self.summary, self.changed = service, summary, changed
        self.status_before = status_before
        self._recorded = True

    def redo(self) -> None:
        self._run(self._reinstate, "space")

    def _reinstate(self) -> str:
        if self._recorded:
            self._recorded = False  # recorded just now, by the dialog
        else:
            self.service.reinstate_check(self.summary.id)
        return self.summary.space_id

    def undo(self) -> None:
        self._run(self._withdraw, "space")

    def _withdraw(self) -> str:
        self.service.withdraw_check(self.summary.id, self.status_before)
        return self.summary.space_id
