"""The editor of a tool: what it is and how to use it, who holds it, who uses it, who borrowed it."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QVBoxLayout, QWidget

from civicdesk.services.tools import TOOL_KINDS, ToolService
from civicdesk.ui import focus_order
from civicdesk.ui.editors.base import RecordEditor
from civicdesk.ui.editors.relations import LoansPanel, ToolUsesPanel
from civicdesk.ui.generated.ui_tool_editor import Ui_ToolEditor
from civicdesk.ui.words import data_word


class ToolEditor(RecordEditor):
    record_type = "tool"
    service_class = ToolService
    form_class = Ui_ToolEditor

    def bind_fields(self) -> None:
        ui = self.ui
        for index, title in enumerate((self.tr("&Details"), self.tr("K&it and use"),
                                       self.tr("Groups &using it"), self.tr("Loan&s"))):
            ui.tabs.setTabText(index, title)
        self.bind_line("name", ui.name)
        self.bind_combo("kind", ui.kind, [(k, data_word(k[:1].upper() + k[1:])) for k in TOOL_KINDS])
        self.bind_plain("description", ui.description)
        self.bind_plain("how_to_use", ui.how_to_use)
        self.bind_line("link", ui.link)
        self.bind_line("cost", ui.cost)
        self.bind_list("tags", ui.tags)
        self.bind("hidden", ui.hidden.isChecked, lambda v: ui.hidden.setChecked(bool(v)),
                  lambda _message: None, lambda: ui.hidden, self.tr("Hidden from the directory"))
        self.bind_party("holder", ui.holder)
        self.bind_line("condition", ui.condition)
        self.bind_line("setup_time", ui.setup_time)
        self.bind_list("purposes", ui.purposes)
        self.bind_list("skills", ui.skills)
        self.bind_plain("accessibility_notes", ui.accessibility_notes)
        self._bind_valuable()
        panels: list[QWidget] = []
        for container, panel_class, name in ((ui.uses_container, ToolUsesPanel, "uses"),
                                             (ui.loans_container, LoansPanel, "loans")):
            layout = QVBoxLayout(container)
            layout.setContentsMargins(0, 0, 0, 0)
            panel = panel_class(container, self.db, self.record_id, self.undo_stack, self.changed)
            layout.addWidget(panel)
            setattr(self, name, panel)
            panels.append(panel)
        # Made after the dialog's buttons, the panels' controls would come after them: Tab goes
        # from the tab bar into the page shown, then on to Save (hidden pages are passed over).
        parts = [widget for panel in panels for widget in focus_order.tab_focusable(panel)]
        focus_order.chain(parts, after=ui.tabs.tabBar())
        ui.name.setFocus()

    def _bind_valuable(self) -> None:
        """Valuable kit is lent and reserved only to the list of trusted borrowers (services.kit_rules)."""
        ui = self.ui
        self.valuable = QCheckBox(self.tr("&Valuable — lend only to trusted borrowers"), ui.kit_tab)
        self.valuable.setObjectName("valuable")
        self.valuable.setAccessibleName(self.tr("Valuable — lend only to trusted borrowers"))
        self.valuable.setToolTip(self.tr(
            "Loans and reservations of this kit are refused for anyone not on the list of trusted "
            "borrowers (Trusted borrowers… on the tool's page)"))
        ui.kit_form.addRow(self.valuable)
        QWidget.setTabOrder(ui.accessibility_notes, self.valuable)
        self.bind("valuable", self.valuable.isChecked, lambda v: self.valuable.setChecked(bool(v)),
                  lambda _message: None, lambda: self.valuable,
                  self.tr("Valuable (only for trusted borrowers)"))

    def title(self) -> str:
        if self.record_id is None:
            return self.tr("New tool")
        return self.tr("Tool: %1").replace("%1", self.original.get("name", ""))
