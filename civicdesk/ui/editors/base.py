"""The shared behaviour of record editors: load, check with the service, save through the undo stack.

A concrete editor names its record type, service and Designer form, and binds each form input to a
record field. Saving asks the service to clean the values; what is wrong is shown in red under
the field it concerns and nothing is saved. What is right becomes one undoable command.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ClassVar, cast

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QWidget,
)

from civicdesk.core.validation import FieldError
from civicdesk.db.database import Database
from civicdesk.errors import CivicDeskError, ValidationError
from civicdesk.services import pickers
from civicdesk.services.records import RecordService
from civicdesk.ui.dialogs import RememberingDialog, show_error
from civicdesk.ui.editors.widgets import DateField, PartyEditor, error_label, set_error
from civicdesk.ui.undo import Changed, CreateRecord, EditRecord


@dataclass
class Binding:
    """How one record field is read from and written to the form, and where its errors go."""

    get: Callable[[], Any]
    set: Callable[[Any], None]
    show_error: Callable[[str], None]
    focus: Callable[[], QWidget]
    label: str


class RecordEditor(RememberingDialog):
    """Base of every record editor dialog; subclasses implement `bind_fields`."""

    record_type: ClassVar[str] = ""
    service_class: ClassVar[type[RecordService[Any]]]
    form_class: ClassVar[type]
    show_history: ClassVar[bool] = True

    def __init__(self, parent: QWidget | None, db: Database, record_id: str | None, undo_stack: QUndoStack,
                 changed: Changed, fixed: dict[str, Any] | None = None) -> None:
        super().__init__(parent)
        self.settings_key = f"editors/{self.record_type}"
        self.db, self.record_id, self.undo_stack, self.changed = db, record_id, undo_stack, changed
        self.service = self.service_class(db)
        self.fixed = dict(fixed or {})  # values set by whoever opened us, e.g. the group of a meeting
        self.bindings: dict[str, Binding] = {}
        self.original: dict[str, Any] = {}
        self._as_shown: tuple[dict[str, Any], dict[str, str]] | None = None  # the form when first shown
        self._line_fields: dict[QObject, str] = {}
        self.ui = self.form_class()
        self.ui.setupUi(self)
        self.general_error = error_label(self, self.tr("Problem saving"))
        self.ui.outer.insertWidget(self.ui.outer.count() - 1, self.general_error)

        buttons: QDialogButtonBox = self.ui.buttons
        self.save_button: QPushButton = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        # HelpRole puts it apart from Save and Cancel, at the far side, in every platform layout.
        self.history_button = buttons.addButton(self.tr("Histor&y…"), QDialogButtonBox.ButtonRole.HelpRole)
        self.history_button.clicked.connect(self.show_history_dialog)
        self.history_button.setVisible(self.show_history and record_id is not None)
        save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save_shortcut.activated.connect(self.save)

        self.bind_fields()
        if record_id is not None:
            self.load()
        self.setWindowTitle(self.title())

    # -- what subclasses provide -----------------------------------------------------------
    def bind_fields(self) -> None:
        raise NotImplementedError

    def title(self) -> str:
        return self.windowTitle()

    def record_label(self, values: dict[str, Any]) -> str:
        """How the undo menu and messages name this record, e.g. space “Village Hall”."""
        name = values.get("name") or self.original.get("name") or ""
        return f"{self.service.label} “{name}”" if name else self.service.label

    # -- binding helpers --------------------------------------------------------------------
    def bind(self, field: str, get: Callable[[], Any], set_: Callable[[Any], None],
             show_error_: Callable[[str], None], focus: Callable[[], QWidget], label: str) -> None:
        self.bindings[field] = Binding(get, set_, show_error_, focus, label)

    def inline_error(self, widget: QWidget, label: str) -> Callable[[str], None]:
        """A red line inserted in the form right under `widget`; returns its setter."""
        message = error_label(self, self.tr("Problem with %1").replace("%1", label))
        for form in self.findChildren(QFormLayout):
            row, _role = cast(tuple[int, QFormLayout.ItemRole], form.getWidgetPosition(widget))
            if row >= 0:
                form.insertRow(row + 1, QLabel(""), message)
                form.setRowVisible(row + 1, False)

                def show(text: str, form: QFormLayout = form) -> None:
                    set_error(message, widget, text)
                    position = cast(tuple[int, QFormLayout.ItemRole], form.getWidgetPosition(message))
                    form.setRowVisible(position[0], bool(text))

                return show
        return lambda text: set_error(message, widget, text)

    @staticmethod
    def _label_of(widget: QWidget) -> str:
        return (widget.accessibleName() or widget.objectName()).replace("&", "")

    def bind_line(self, field: str, edit: QLineEdit, to_text: Callable[[Any], str] | None = None) -> None:
        label = self._label_of(edit)
        self.bind(field, edit.text, lambda v: edit.setText((to_text or _text)(v)),
                  self.inline_error(edit, label), lambda: edit, label)
        self._line_fields[edit] = field
        edit.installEventFilter(self)

    def bind_list(self, field: str, edit: QLineEdit) -> None:
        self.bind_line(field, edit, lambda v: ", ".join(v or []))

    def bind_plain(self, field: str, edit: QPlainTextEdit) -> None:
        label = self._label_of(edit)
        self.bind(field, edit.toPlainText, lambda v: edit.setPlainText(v or ""),
                  self.inline_error(edit, label), lambda: edit, label)

    def bind_combo(self, field: str, combo: QComboBox, options: list[tuple[Any, str]]) -> None:
        """A fixed choice: `options` are (stored value, words shown) pairs."""
        for value, text in options:
            combo.addItem(text, value)
        label = self._label_of(combo)

        def set_value(value: Any) -> None:
            index = combo.findData(value)
            if index < 0 and value not in (None, ""):
                combo.addItem(str(value), value)  # a value from a newer version or an import
                index = combo.count() - 1
            combo.setCurrentIndex(max(index, 0))

        self.bind(field, combo.currentData, set_value, self.inline_error(combo, label), lambda: combo, label)

    def bind_optional_number(self, field: str, spin: QSpinBox) -> None:
        """A spin box whose minimum shows "Not known" and means no value."""
        label = self._label_of(spin)
        self.bind(field, lambda: None if spin.value() == spin.minimum() else spin.value(),
                  lambda v: spin.setValue(spin.minimum() if v is None else int(v)),
                  self.inline_error(spin, label), lambda: spin, label)

    def bind_structured(self, field: str, widget: Any, label: str | None = None) -> None:
        """A widget with value / set_value / show_error / focus_target (see widgets.py)."""
        self.bind(field, widget.value, widget.set_value, widget.show_error, widget.focus_target,
                  label or self._label_of(widget))

    def bind_date(self, field: str, widget: DateField) -> None:
        label = self._label_of(widget)
        show = self.inline_error(widget, label)
        self.bind(field, widget.value, widget.set_value, show, lambda: widget, label)

    def bind_party(self, field: str, editor: PartyEditor) -> None:
        """An owner, holder or borrower: one of our groups picked by name, or any name typed."""
        editor.set_source(lambda text: pickers.choices(self.db, "group", text), free_text=True)
        label = self._label_of(editor)
        show = self.inline_error(editor, label)
        self.bind(field, editor.value, editor.set_value, show, lambda: editor, label)

    # -- load and save ----------------------------------------------------------------------
    def load(self) -> None:
        assert self.record_id is not None
        record = self.service.get(self.record_id)
        for field, binding in self.bindings.items():
            value = getattr(record, field)
            self.original[field] = value
            binding.set(value)
        for field in self.fixed:
            self.original[field] = getattr(record, field)

    def take_stored(self, field: str, value: Any) -> None:
        """A field changed elsewhere while the editor is open (a health check sets a space's
        status): show the stored value, unless the form's was changed here and not saved yet."""
        binding = self.bindings[field]
        chosen_here = binding.get() != self.original.get(field)
        self.original[field] = value  # what Save compares with, and what undoing the Save writes back
        if chosen_here:
            return  # the person's own unsaved choice stays on the form, and Save writes it
        binding.set(value)
        if self._as_shown is not None:
            self._as_shown[0][field] = value  # not an unsaved change of theirs

    def collect(self) -> tuple[dict[str, Any], dict[str, str]]:
        """The values on the form, and problems found before the service is asked."""
        values, problems = dict(self.fixed), {}
        for field, binding in self.bindings.items():
            try:
                values[field] = binding.get()
            except FieldError as exc:
                problems[field] = str(exc)
        return values, problems

    def show_errors(self, errors: dict[str, str]) -> None:
        first: QWidget | None = None
        unplaced = []
        for field, binding in self.bindings.items():
            message = errors.get(field, "")
            binding.show_error(self._sentence(message))
            if message and first is None:
                first = binding.focus()
        for field, message in errors.items():
            if field not in self.bindings:
                unplaced.append(f"{field.replace('_', ' ')}: {message}")
        set_error(self.general_error, self, self._sentence("; ".join(unplaced)))
        if first is not None:
            self._reveal(first)
            first.setFocus()

    @staticmethod
    def _sentence(message: str) -> str:
        return message[:1].upper() + message[1:] if message else ""

    def _reveal(self, widget: QWidget) -> None:
        """Bring the tab holding `widget` to the front."""
        tabs = getattr(self.ui, "tabs", None)
        if isinstance(tabs, QTabWidget):
            for index in range(tabs.count()):
                if tabs.widget(index).isAncestorOf(widget):
                    tabs.setCurrentIndex(index)
                    return

    def save(self) -> bool:
        """Check, then create or edit through the undo stack and close; False if not saved."""
        values, problems = self.collect()
        creating = self.record_id is None
        try:
            cleaned = self.service.clean(values, creating=creating)
        except ValidationError as exc:
            problems = {**exc.errors, **problems}
            cleaned = {}
        if problems:
            self.show_errors(problems)
            return False
        self.show_errors({})
        try:
            if creating:
                command = CreateRecord(self.service, cleaned, self.record_label(cleaned), self.changed)
                # The command's redo does the write; a broken reference must be caught first.
                self._check_references(cleaned)
                self.undo_stack.push(command)
                self.record_id = command.record_id
            else:
                edit = EditRecord(self.service, self.record_id, self.original, cleaned,
                                  self.record_label(cleaned), self.changed)
                if edit.new:
                    self._check_references(edit.new)  # only links being changed, as update does
                    self.undo_stack.push(edit)
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return False
        except CivicDeskError as exc:
            show_error(self, self.tr("Could not save"), exc)
            return False
        self.accept()
        return True

    # -- closing without saving -------------------------------------------------------------
    def showEvent(self, event) -> None:  # noqa: ANN001
        super().showEvent(event)
        if self._as_shown is None:  # after the subclass has filled in defaults and fixed values
            self._as_shown = self.collect()

    def has_unsaved_changes(self) -> bool:
        """Is the form different from how it was when it opened (including half-typed values)?"""
        return self._as_shown is not None and self.collect() != self._as_shown

    def reject(self) -> None:
        """Cancel, Esc or the close button: offer to save what was changed, never drop it silently."""
        if self.isVisible() and self.has_unsaved_changes():
            values, _problems = self.collect()
            button = QMessageBox.StandardButton
            answer = QMessageBox.question(
                self,
                self.tr("Unsaved changes"),
                self.tr("Save your changes to %1 before closing?").replace("%1", self.record_label(values)),
                button.Save | button.Discard | button.Cancel,
                button.Save,
            )
            if answer == button.Save:
                self.save()  # closes when saved; a problem keeps the form open with it shown
                return
            if answer != button.Discard:
                return
        super().reject()

    def _check_references(self, values: dict[str, Any]) -> None:
        with self.db.read() as session:
            self.service.check_references(session, values)

    # -- checking a field as the user leaves it ---------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and watched in self._line_fields:
            edit = watched
            if isinstance(edit, QLineEdit) and edit.isModified():
                self._check_one(self._line_fields[edit])
        return super().eventFilter(watched, event)

    def _check_one(self, field: str) -> None:
        binding = self.bindings[field]
        try:
            self.service.clean({field: binding.get()}, creating=False)
        except ValidationError as exc:
            binding.show_error(self._sentence(exc.errors.get(field, "")))
        except FieldError as exc:
            binding.show_error(self._sentence(str(exc)))
        else:
            binding.show_error("")

    # -- history ----------------------------------------------------------------------------
    def show_history_dialog(self) -> None:
        from civicdesk.ui.editors.history import HistoryDialog

        if self.record_id is None:
            return
        labels = {field: b.label for field, b in self.bindings.items()}
        self.history = HistoryDialog(self, self.service.history(self.record_id), labels)
        self.history.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.history.open()


def _text(value: Any) -> str:
    return "" if value is None else str(value)
