"""The "Data protection" view: people whose details may no longer be needed, and one-click anonymise.

It lists people with no role and no activity for the retention period (a setting of this
installation, shown and changed here), people whose DBS check has expired, and deleted people whose
details are still held. Anonymising asks first and cannot be undone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from civicdesk.db.database import Database
from civicdesk.services import erasure, retention
from civicdesk.ui.accessible import name_list
from civicdesk.ui.dates_shown import shown_date
from civicdesk.ui.dialogs import show_error
from civicdesk.ui.privacy.actions import PersonPrivacyActions, confirm_erasure
from civicdesk.ui.tasks import TaskRunner
from civicdesk.ui.words import data_word

if TYPE_CHECKING:
    from civicdesk.ui.view_api import ViewContext

COLUMNS = ("Name", "Why it is listed", "Last activity", "DBS renewal was due", "Has a role")
REASONS = {
    "inactive": "No role and no activity",
    "safeguarding_expired": "DBS check expired",
    "deleted": "Deleted, details still held",
}


def _day(iso: str | None) -> str:
    return shown_date(iso)


class DataProtectionView(QWidget):
    data_changed = Signal()  # after an anonymise: lists and counts elsewhere are stale

    def __init__(self, db: Database, runner: TaskRunner, undo_stack: QUndoStack | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.runner, self.undo_stack = db, runner, undo_stack
        self.entries: list[retention.RetentionEntry] = []
        self.loaded_once = False
        self.setObjectName("privacy")
        title = QLabel(self.tr("Data protection"))
        title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        intro = QLabel(self.tr(
            "The law says to keep people's details only while you need them. Listed here: people with "
            "no role and nothing happening with them for the period below, people whose DBS check has "
            "expired, and people deleted from the lists whose details are still held. An expired DBS "
            "check needs renewing, not anonymising. Anonymise (for inactive or deleted people) keeps "
            "only their town and postcode district, so the neighbourhood's counts still add up."
        ))
        intro.setWordWrap(True)
        self.years = QSpinBox()
        self.years.setRange(1, 50)
        self.years.setSuffix(self.tr(" years"))
        self.years.setAccessibleName(self.tr("Keep details of inactive people for"))
        self.years.editingFinished.connect(self._save_years)
        period = QHBoxLayout()
        period.addWidget(QLabel(self.tr("Keep details of people with no role and no activity for")))
        period.addWidget(self.years)
        period.addStretch(1)
        self.message = QLabel()
        self.message.setObjectName("empty_state")
        self.message.setWordWrap(True)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([data_word(c) for c in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; the arrow keys move in it
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.verticalHeader().setVisible(False)
        name_list(self.table, self.tr("People whose details may no longer be needed"))
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.export_button = QPushButton(self.tr("E&xport everything we hold…"))
        self.anonymise_button = QPushButton(self.tr("&Anonymise…"))
        self.export_button.clicked.connect(self.export_selected)
        self.anonymise_button.clicked.connect(self.anonymise_selected)
        self.hint = QLabel()
        self.hint.setObjectName("privacy_hint")
        self.hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.hint, 1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.anonymise_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(period)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._selection_changed()

    # -- what the main window asks of a view (civicdesk.ui.view_api.WorkspaceView) --------
    def activate(self) -> None:
        pass

    def is_ready(self) -> bool:
        return True

    def reload_data(self, current: bool) -> None:
        pass

    def record_changed(self, record_type: str, record_id: str) -> None:
        pass

    def save_state(self) -> None:
        pass

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.loaded_once:
            self.reload()

    # -- loading ----------------------------------------------------------------------------
    def reload(self) -> None:
        self.loaded_once = True
        self.message.setText(self.tr("Looking through people's records…"))
        self.runner.run(
            retention.retention_report, self.db, on_done=self._show,
            on_error=lambda exc: show_error(self, self.tr("Could not check people's records"), exc),
        )

    def _show(self, report: retention.RetentionReport) -> None:
        self.entries = report.people
        self.years.blockSignals(True)
        self.years.setValue(report.retention_years)
        self.years.blockSignals(False)
        counts = report.counts()
        if not self.entries:
            self.message.setText(self.tr("Nobody to review: everyone listed has a reason to be kept."))
        else:
            self.message.setText(
                self.tr("%1 with no role and no activity since %2 · %3 with an expired DBS check · "
                        "%4 deleted but still held")
                .replace("%1", str(counts["inactive"])).replace("%2", _day(report.inactive_before))
                .replace("%3", str(counts["safeguarding_expired"])).replace("%4", str(counts["deleted"]))
            )
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            cells = (
                entry.name or self.tr("(no name)"),
                ", ".join(data_word(REASONS[r]) for r in entry.reasons),
                _day(entry.last_activity),
                _day(entry.safeguarding_renewal_due),
                self.tr("yes") if entry.has_role else self.tr("no"),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, entry.id)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self._selection_changed()

    def _save_years(self) -> None:
        try:
            retention.set_retention_years(self.db, self.years.value())
        except Exception as exc:  # noqa: BLE001 - shown to the user
            show_error(self, self.tr("Could not save the period"), exc)
            return
        self.reload()

    # -- actions on the selected person -----------------------------------------------------
    def selected(self) -> retention.RetentionEntry | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        person_id = self.table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)
        return next((e for e in self.entries if e.id == person_id), None)

    def _selection_changed(self) -> None:
        entry = self.selected()
        self.export_button.setEnabled(entry is not None)
        self.anonymise_button.setEnabled(entry is not None and entry.to_anonymise)
        if entry is not None and not entry.to_anonymise:
            self.hint.setText(self.tr(
                "%1's DBS check has expired: renew it and record the new renewal date on their record."
            ).replace("%1", entry.name or self.tr("This person")))
        else:
            self.hint.setText("")

    def export_selected(self) -> None:
        entry = self.selected()
        if entry is not None:
            name = entry.name
            # Kept on the view so the export (off the UI thread) lives until it is done.
            self.export_actions = PersonPrivacyActions(self, self.db, entry.id, lambda: name,
                                                       runner=self.runner)
            self.export_actions.export_everything()

    def anonymise_selected(self) -> None:
        entry = self.selected()
        if entry is None or not confirm_erasure(self, entry.name, anonymise=True):
            return
        self.runner.run(erasure.anonymise, self.db, entry.id, on_done=self._anonymised,
                        on_error=lambda exc: show_error(self, self.tr("Could not anonymise"), exc))

    def _anonymised(self, _result: erasure.ErasureResult) -> None:
        if self.undo_stack is not None:
            self.undo_stack.clear()  # an earlier edit undone would write the details back
        self.data_changed.emit()
        self.reload()


def make_view(context: ViewContext) -> DataProtectionView:
    """The data protection view (a factory of civicdesk.ui.registry)."""
    protection = DataProtectionView(context.db, context.runner, context.undo_stack)
    protection.data_changed.connect(context.reload_all)
    return protection
