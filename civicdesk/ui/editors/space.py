"""The editor of a space: details, where it is, opening hours and access, who owns and runs it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QHBoxLayout, QPushButton, QSplitter, QVBoxLayout, QWidget

from civicdesk.errors import CivicDeskError
from civicdesk.services.spaces import CATEGORIES, OWNERSHIP_TYPES, STATUSES, SpaceService
from civicdesk.ui import focus_order
from civicdesk.ui.editors.base import RecordEditor
from civicdesk.ui.generated.ui_space_editor import Ui_SpaceEditor
from civicdesk.ui.words import data_word


class SpaceEditor(RecordEditor):
    record_type = "space"
    service_class = SpaceService
    form_class = Ui_SpaceEditor

    def bind_fields(self) -> None:
        ui = self.ui
        for index, title in enumerate(
            (self.tr("&Details"), self.tr("&Where"), self.tr("O&pening and access"), self.tr("Owner&ship"))
        ):
            ui.tabs.setTabText(index, title)
        self.bind_line("name", ui.name)
        categories = [(c, data_word(c.capitalize())) for c in CATEGORIES]
        self.bind_combo("category", ui.category, [("", self.tr("Choose a category…")), *categories])
        self.bind_line("subtype", ui.subtype)
        self.bind_combo("status", ui.status, [(s, data_word(s.capitalize())) for s in STATUSES])
        ui.status.setCurrentIndex(ui.status.findData("stable"))
        self.bind_plain("description", ui.description)
        self.bind_optional_number("capacity", ui.capacity)
        self.bind_list("facilities", ui.facilities)
        self.bind_line("hire_cost", ui.hire_cost)
        self.bind_list("tags", ui.tags)
        self.bind_structured("address", ui.address, self.tr("Address"))
        self.bind_line("website", ui.website)
        self.bind_line("latitude", ui.latitude)
        self.bind_line("longitude", ui.longitude)
        self.bind_structured("opening_hours", ui.opening_hours, self.tr("Opening hours"))
        self.bind_structured("accessibility", ui.accessibility, self.tr("Accessibility"))
        for field in ("owner", "operator", "maintainer"):
            self.bind_party(field, getattr(ui, field))
        ownership = [(o, data_word(o.capitalize())) for o in OWNERSHIP_TYPES]
        self.bind_combo("ownership_type", ui.ownership_type, [("", self.tr("Not known")), *ownership])
        self.bind_structured("acv", ui.acv, self.tr("Asset of Community Value"))
        if self.record_id is not None:
            tab = self._health_tab(self.record_id)
            ui.tabs.addTab(tab, self.tr("&Health and compliance"))
            # Made after the dialog's buttons, the tab's controls would come after them: Tab goes
            # from the tab bar down the page (its button, the chart, what is due), then on to Save.
            record = tab.findChild(QPushButton, "record_health_check")
            parts = [focus_order.tab_focusable(part) for part in self._health_parts]
            focus_order.chain([self._funder, record, *parts[0], *parts[1]], after=ui.tabs.tabBar())
            from civicdesk.ui.money.panel import MoneyPanel

            money = MoneyPanel(self.db, self.record_id, self.undo_stack, self.changed)
            ui.tabs.addTab(money, self.tr("&Money"))
            book = ui.buttons.addButton(self.tr("Boo&k…"), QDialogButtonBox.ButtonRole.HelpRole)
            book.setObjectName("book_room")
            book.setToolTip(self.tr("Book a room of this space"))
            book.clicked.connect(self._book)
        ui.name.setFocus()

    def _book(self) -> None:
        """Book a room here; the booking is a step on the window's undo stack."""
        from civicdesk.services.bookings import BookingService
        from civicdesk.ui.diary.dialog import BookingDialog
        from civicdesk.ui.diary.undo import BookingStep

        assert self.record_id is not None
        dialog = BookingDialog(self.db, self.record_id, self)
        if dialog.exec() and dialog.booking_id:
            label = self.tr("Book %1").replace("%1", dialog.title.text() or self.tr("a room"))
            step = BookingStep(BookingService(self.db), label, dialog.booking_id, None,
                               lambda booking_id: self.changed("booking", booking_id))
            self.undo_stack.push(step)

    def _health_tab(self, space_id: str) -> QWidget:
        """The space's health history with its trend chart, a new check, and what is due."""
        from civicdesk.ui.health import CompliancePanel, HealthCheckDialog, HealthHistoryWidget
        from civicdesk.ui.money.funder_button import FunderPackButton

        tab = QWidget()
        history = HealthHistoryWidget(self.db, space_id, tab)
        record = QPushButton(self.tr("&Record a health check…"))
        record.setObjectName("record_health_check")

        def new_check() -> None:
            name = self.original.get("name", "")
            dialog = HealthCheckDialog(self.db, space_id, name, self.undo_stack, self.changed, self)
            dialog.open()

        record.clicked.connect(new_check)
        # A check recorded, or taken back or put back from the Edit menu, changes the history
        # and the space's status.
        self.undo_stack.indexChanged.connect(history.reload)
        self.undo_stack.indexChanged.connect(self._follow_stored_status)
        compliance = CompliancePanel(self.db, space_id, self.undo_stack, self.changed, tab)
        # A certificate attached changes what the Health dashboard shows.
        changed = self.changed
        compliance.changed.connect(lambda: changed("space", space_id))
        layout = QVBoxLayout(tab)
        row = QHBoxLayout()
        row.addStretch(1)
        self._funder = FunderPackButton(self.db, space_id, self.original.get("name", ""), tab)
        row.addWidget(self._funder)
        row.addWidget(record)
        layout.addLayout(row)
        # The chart and the list of what is due share the tab; the handle between them moves.
        split = QSplitter(Qt.Orientation.Vertical, tab)
        split.setChildrenCollapsible(False)
        split.addWidget(history)
        split.addWidget(compliance)
        layout.addWidget(split, 1)
        self._health_parts = (history, compliance)
        return tab

    def _follow_stored_status(self) -> None:
        assert self.record_id is not None
        try:
            stored = self.service.get(self.record_id).status
        except CivicDeskError:
            return  # deleted meanwhile (a bundle): Save will say so
        self.take_stored("status", stored)

    def title(self) -> str:
        if self.record_id is None:
            return self.tr("New space")
        return self.tr("Space: %1").replace("%1", self.original.get("name", ""))
