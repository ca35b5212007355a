"""The editor of a group: what it is, how to contact it, and where and when it meets."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QVBoxLayout

from civicdesk.core import validation
from civicdesk.core.validation import FieldError
from civicdesk.services.groups import GROUP_KINDS, GROUP_STATUSES, GroupService
from civicdesk.ui import focus_order
from civicdesk.ui.editors.base import RecordEditor
from civicdesk.ui.editors.relations import MeetingsPanel
from civicdesk.ui.generated.ui_group_editor import Ui_GroupEditor
from civicdesk.ui.words import data_word


class GroupEditor(RecordEditor):
    record_type = "group"
    service_class = GroupService
    form_class = Ui_GroupEditor

    def bind_fields(self) -> None:
        ui = self.ui
        for index, title in enumerate((self.tr("&Details"), self.tr("C&ontact"),
                                       self.tr("Where and when it &meets"))):
            ui.tabs.setTabText(index, title)
        self.bind_line("name", ui.name)
        self.bind_combo("kind", ui.kind, [(k, data_word(k[:1].upper() + k[1:])) for k in GROUP_KINDS])
        ui.kind.setCurrentIndex(ui.kind.findData("informal"))
        self.bind_combo("status", ui.status, [(s, data_word(s.capitalize())) for s in GROUP_STATUSES])
        self.bind_plain("description", ui.description)
        for field in ("activities", "audiences", "languages", "tags"):
            self.bind_list(field, getattr(ui, field))
        self._bind_contact()
        self.bind_line("website", ui.website)
        self.bind_line("charity_number", ui.charity_number)
        self.bind_line("company_number", ui.company_number)
        layout = QVBoxLayout(ui.meetings_container)
        layout.setContentsMargins(0, 0, 0, 0)
        self.meetings = MeetingsPanel(ui.meetings_container, self.db, self.record_id, self.undo_stack,
                                      self.changed)
        layout.addWidget(self.meetings)
        # Made after the dialog's buttons, the panel's controls would come after them: Tab goes
        # from the tab bar into the page shown, then on to Save (hidden pages are passed over).
        focus_order.chain(focus_order.tab_focusable(self.meetings), after=ui.tabs.tabBar())
        ui.name.setFocus()

    def _bind_contact(self) -> None:
        """The contact point is one stored value, but its email or phone is what is wrong."""
        ui = self.ui
        parts = {"name": ui.contact_name, "email": ui.contact_email, "phone": ui.contact_phone}
        shows = {key: self.inline_error(edit, edit.accessibleName()) for key, edit in parts.items()}
        checks = {"email": validation.email, "phone": validation.phone}

        def get() -> dict[str, Any]:
            return {key: edit.text() for key, edit in parts.items()}

        def set_(value: dict[str, Any] | None) -> None:
            for key, edit in parts.items():
                edit.setText((value or {}).get(key, ""))

        self._contact_focus = ui.contact_name

        def show(message: str) -> None:
            for show_part in shows.values():
                show_part("")
            if not message:
                return
            for key, check in checks.items():
                try:
                    check(parts[key].text())
                except FieldError as exc:
                    shows[key](self._sentence(str(exc)))
                    self._contact_focus = parts[key]
                    return
            shows["name"](message)

        self.bind("contact", get, set_, show, lambda: self._contact_focus, self.tr("Contact"))

    def title(self) -> str:
        if self.record_id is None:
            return self.tr("New group")
        return self.tr("Group: %1").replace("%1", self.original.get("name", ""))
