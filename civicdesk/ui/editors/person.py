"""The editor of a volunteer: contact details, consents, DBS check and roles in groups."""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import QDialogButtonBox, QVBoxLayout

from civicdesk.db.models import CONSENT_FIELDS
from civicdesk.services.people import PersonService
from civicdesk.ui.editors.base import RecordEditor
from civicdesk.ui.editors.relations import RolesPanel
from civicdesk.ui.generated.ui_person_editor import Ui_PersonEditor
from civicdesk.ui.words import data_word


class PersonEditor(RecordEditor):
    record_type = "person"
    service_class = PersonService
    form_class = Ui_PersonEditor

    def bind_fields(self) -> None:
        ui = self.ui
        for index, title in enumerate((self.tr("&Details"), self.tr("C&onsent"), self.tr("Sa&feguarding"),
                                       self.tr("Roles in &groups"))):
            ui.tabs.setTabText(index, title)
        self.bind_line("name", ui.name)
        self.bind_line("email", ui.email)
        self.bind_line("phone", ui.phone)
        self.bind_list("skills", ui.skills)
        self.bind_line("availability", ui.availability)
        self.bind_plain("notes", ui.notes)
        self.bind_structured("address", ui.address, self.tr("Home address"))
        consent = ui.consent
        for field in CONSENT_FIELDS:
            self.bind(
                field,
                partial(consent.field_value, field),
                partial(consent.set_field_value, field),
                partial(consent.show_field_error, field),
                partial(consent.field_focus, field),
                data_word(consent.LABELS[field]),
            )
        self.bind_structured("safeguarding", ui.safeguarding, self.tr("DBS check"))
        layout = QVBoxLayout(ui.roles_container)
        layout.setContentsMargins(0, 0, 0, 0)
        self.roles = RolesPanel(ui.roles_container, self.db, self.record_id, self.undo_stack, self.changed)
        layout.addWidget(self.roles)
        ui.name.setFocus()
        if self.record_id is not None:
            self._add_privacy_buttons(self.record_id)

    def _add_privacy_buttons(self, person_id: str) -> None:
        from civicdesk.ui.privacy.actions import PersonPrivacyActions

        self.privacy = PersonPrivacyActions(self, self.db, person_id, lambda: self.original.get("name", ""),
                                            self.undo_stack)
        role = QDialogButtonBox.ButtonRole.HelpRole
        self.export_button = self.ui.buttons.addButton(self.tr("E&xport everything we hold…"), role)
        self.export_button.clicked.connect(self.privacy.export_everything)
        self.erase_button = self.ui.buttons.addButton(self.tr("Erase…"), role)
        self.erase_button.clicked.connect(self.privacy.erase)
        self.privacy.erased.connect(self._erased)

    def _erased(self, person_id: str) -> None:
        self.changed("person", person_id)
        self.reject()

    def title(self) -> str:
        if self.record_id is None:
            return self.tr("New person")
        return self.tr("Person: %1").replace("%1", self.original.get("name", ""))
