"""The Builders view: who offers what help and where, requests with who could help and why, the help
given (hours for funders), where nobody offers what groups ask for, and kit reservations."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from civicdesk.db.database import Database
from civicdesk.errors import CivicDeskError
from civicdesk.services import builders_board as bb
from civicdesk.services.builders import Builders
from civicdesk.ui import colours
from civicdesk.ui.accessible import name_list
from civicdesk.ui.builders.dialogs import DoneDialog, OfferDialog, RequestDialog
from civicdesk.ui.builders.kit_tab import KitTab
from civicdesk.ui.dates_shown import shown_date
from civicdesk.ui.dialogs import RememberingDialog, show_error
from civicdesk.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from civicdesk.ui.view_api import ViewContext

STATUS_WORDS = {  # shown through self.tr() in the view
    "open": QT_TRANSLATE_NOOP("BuildersView", "Open"),
    "answered": QT_TRANSLATE_NOOP("BuildersView", "Answered"),
    "accepted": QT_TRANSLATE_NOOP("BuildersView", "Accepted"),
    "done": QT_TRANSLATE_NOOP("BuildersView", "Done"),
    "withdrawn": QT_TRANSLATE_NOOP("BuildersView", "Withdrawn"),
}


def _table(parent: QWidget, headings: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headings), parent)
    table.setTabKeyNavigation(False)  # Tab leaves the table; the arrow keys move in it
    table.setHorizontalHeaderLabels(headings)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(True)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    name_list(table, name)
    return table


def _fill(table: QTableWidget, rows: list[list[str]], ids: list[str]) -> None:
    table.setRowCount(len(rows))
    for r, (cells, record_id) in enumerate(zip(rows, ids, strict=True)):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, record_id)
            item.setToolTip(text)
            table.setItem(r, c, item)
    table.resizeColumnsToContents()
    for c in range(table.columnCount() - 1):
        table.setColumnWidth(c, min(table.columnWidth(c), 260))
    table.resizeRowsToContents()


class BuildersView(QWidget):
    loaded = Signal()  # the data shows (once)

    def __init__(
        self,
        db: Database,
        runner: TaskRunner,
        changed: Callable[[str, str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.runner, self.changed = db, runner, changed
        self.board = bb.Board()
        self._ready = False
        self._seen = False
        self.dialog: RememberingDialog | None = None
        self.setObjectName("builders")
        title = QLabel(self.tr("Builders"))
        title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setObjectName("empty_state")
        self.offer_button = QPushButton(self.tr("&Offer help…"), self)
        self.ask_button = QPushButton(self.tr("&Ask for help…"), self)
        self.sheet_button = QPushButton(self.tr("&Print “who can help” sheet…"), self)
        self.hours_button = QPushButton(self.tr("E&xport hours…"), self)
        self.hours_button.setToolTip(
            self.tr("Hours of help given, per piece of help, as a spreadsheet for funders")
        )
        self.offer_button.clicked.connect(self.open_offer)
        self.ask_button.clicked.connect(self.open_request)
        self.sheet_button.clicked.connect(self._print_sheet)
        self.hours_button.clicked.connect(self._export_hours)
        head = QHBoxLayout()
        head.addWidget(title)
        head.addStretch(1)
        for button in (self.offer_button, self.ask_button, self.sheet_button, self.hours_button):
            head.addWidget(button)

        self.tabs = QTabWidget(self)
        self.offers = _table(
            self,
            [
                self.tr("Who"),
                self.tr("Group"),
                self.tr("Offers"),
                self.tr("Where"),
                self.tr("How"),
                self.tr("How often"),
            ],
            self.tr("Offers of help"),
        )
        self.tabs.addTab(self.offers, self.tr("Offers"))
        self.tabs.addTab(self._requests_tab(), self.tr("Requests"))
        self.help = _table(
            self,
            [
                self.tr("Date"),
                self.tr("Who helped"),
                self.tr("Their group"),
                self.tr("Group helped"),
                self.tr("Hours"),
                self.tr("What was done"),
            ],
            self.tr("Help given"),
        )
        self.tabs.addTab(self.help, self.tr("Help given"))
        self.kit = KitTab(db, changed, self)
        self.tabs.addTab(self.kit, self.tr("Kit reservations"))
        self.side = QLabel(self)
        self.side.setWordWrap(True)
        self.side.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.side.setTextFormat(Qt.TextFormat.RichText)
        self.side.setMinimumWidth(260)
        self.side.setMaximumWidth(340)
        self.side.setAccessibleName(self.tr("Who helped most, and gaps"))
        body = QHBoxLayout()
        body.addWidget(self.tabs, 1)
        body.addWidget(self.side)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addLayout(head)
        layout.addWidget(self.summary)
        layout.addLayout(body, 1)

    def _requests_tab(self) -> QWidget:
        page = QWidget(self)
        self.requests = _table(
            page,
            [
                self.tr("Asked by"),
                self.tr("Help wanted"),
                self.tr("Needed by"),
                self.tr("State"),
                self.tr("Answered by"),
            ],
            self.tr("Requests for help"),
        )
        self.requests.itemSelectionChanged.connect(self._show_matches)
        self.matches = QListWidget(page)
        self.matches.setWordWrap(True)
        name_list(self.matches, self.tr("Who could help"))
        self.matches.itemSelectionChanged.connect(self._enable)
        self.answer_button = QPushButton(self.tr("A&nswer with this offer"), page)
        self.accept_button = QPushButton(self.tr("A&ccept"), page)
        self.done_button = QPushButton(self.tr("Mark &done…"), page)
        self.withdraw_button = QPushButton(self.tr("&Withdraw"), page)
        self.answer_button.clicked.connect(self._answer)
        self.accept_button.clicked.connect(lambda: self._step(Builders(self.db).accept))
        self.withdraw_button.clicked.connect(lambda: self._step(Builders(self.db).withdraw))
        self.done_button.clicked.connect(self.open_done)
        right = QWidget(page)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.matches_title = QLabel(self.tr("Who could help"), right)
        self.matches_title.setStyleSheet("font-weight: 600;")
        right_layout.addWidget(self.matches_title)
        right_layout.addWidget(self.matches, 1)
        right_layout.addWidget(self.answer_button)
        splitter = QSplitter(Qt.Orientation.Vertical, page)
        splitter.addWidget(self.requests)
        splitter.addWidget(right)
        buttons = QHBoxLayout()
        for button in (self.accept_button, self.done_button, self.withdraw_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        return page

    # -- WorkspaceView ------------------------------------------------------------------------
    def activate(self) -> None:
        self._seen = True
        self.reload()

    def is_ready(self) -> bool:
        return self._ready

    def reload_data(self, current: bool) -> None:
        if current or self._seen:
            self.reload()

    def record_changed(self, record_type: str, record_id: str) -> None:
        if self._seen and record_type in ("help_offer", "help_request", "help_given", "person", "group"):
            self.reload()

    def save_state(self) -> None:
        pass

    # -- data ---------------------------------------------------------------------------------
    def reload(self) -> None:
        self.runner.run(
            bb.board,
            self.db,
            on_done=self._show,
            on_error=lambda exc: show_error(self, self.tr("Builders"), exc),
        )

    def _show(self, board: bb.Board) -> None:
        self.board = board
        _fill(
            self.offers,
            [
                [
                    o.who,
                    o.group,
                    o.what(),
                    ", ".join(o.areas) or self.tr("anywhere"),
                    ", ".join(o.ways),
                    o.how_often,
                ]
                for o in board.offers
            ],
            [o.id for o in board.offers],
        )
        _fill(
            self.requests,
            [
                [r.group, r.name, shown_date(r.needed_by), self.tr(str(STATUS_WORDS[r.status])),
                 r.answered_by]
                for r in board.requests
            ],
            [r.id for r in board.requests],
        )
        _fill(
            self.help,
            [
                [shown_date(h.done_on), h.helper, h.helper_group, h.helped_group, f"{h.hours:g}", h.what]
                for h in board.help
            ],
            [h.id for h in board.help],
        )
        for table, what in (
            (self.offers, self.tr("Offers of help")),
            (self.requests, self.tr("Requests for help")),
            (self.help, self.tr("Help given")),
        ):
            name_list(table, what)
        hours = sum(h.hours for h in board.help)
        if board.empty:
            self.summary.setText(
                self.tr(
                    "No offers or requests yet. Groups and volunteers can offer their skills and kit to "
                    "other groups (a volunteer needs their consent to be listed as a builder), and ask for "
                    "help; offers travel to partner groups in bundles, so a borough's groups see one pool "
                    "of builders."
                )
            )
        else:
            self.summary.setText(
                self.tr("%1 offers of help · %2 requests open · %3 hours of help given")
                .replace("%1", str(len(board.offers)))
                .replace("%2", str(sum(r.status not in ("done", "withdrawn") for r in board.requests)))
                .replace("%3", f"{hours:g}")
            )
        self.side.setText(self._side_text(board))
        self._show_matches()
        self.kit.reload()
        if not self._ready:
            self._ready = True
            self.loaded.emit()

    def _side_text(self, board: bb.Board) -> str:
        muted = f"color: {colours.MUTED};"
        # Each string on its own line: the translation tools cannot read self.tr() inside an f-string.
        most = self.tr("Who has helped most")
        none_yet = self.tr("No help logged yet.")
        volunteers = self.tr("Volunteers")
        nobody = self.tr("Nobody offers")
        all_offered = self.tr("Every skill asked for is offered.")
        parts = [f"<p><b>{most}</b></p>"]
        top = board.hours_by_group[:5]
        parts.append(
            "<br>".join(f"{name} — {hours:g} h" for name, hours in top)
            or f"<span style='{muted}'>{none_yet}</span>"
        )
        if board.hours_by_person:
            parts.append(
                f"<p><b>{volunteers}</b><br>"
                + "<br>".join(f"{name} — {hours:g} h" for name, hours in board.hours_by_person[:5])
                + "</p>"
            )
        parts.append(f"<p><b>{nobody}</b><br>")
        parts.append("<br>".join(board.gaps[:8]) or f"<span style='{muted}'>{all_offered}</span>")
        parts.append("</p>")
        return "".join(parts)

    def _request(self) -> bb.RequestRow | None:
        row = self.requests.currentRow()
        if not self.requests.selectedItems() or not 0 <= row < len(self.board.requests):
            return None
        return self.board.requests[row]

    def select_request(self, name: str) -> None:
        for row, r in enumerate(self.board.requests):
            if r.name == name:
                self.requests.selectRow(row)

    def _show_matches(self) -> None:
        self.matches.clear()
        request = self._request()
        if request is not None and request.status in ("open", "answered"):
            for m in bb.matches(self.db, request.id):
                text = (
                    self.tr("%1 (%2): %3")
                    .replace("%1", m.offer.who)
                    .replace("%2", m.offer.group)
                    .replace("%3", ", ".join(m.reasons))
                )
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, m.offer.id)
                self.matches.addItem(item)
            if not self.matches.count():
                self.matches.addItem(QListWidgetItem(self.tr("No offer fits yet.")))
        name_list(self.matches, self.tr("Who could help"))
        self._enable()

    def _enable(self) -> None:
        r = self._request()
        offer = self.matches.currentItem()
        active = r is not None and r.status not in ("done", "withdrawn")
        self.answer_button.setEnabled(
            active and offer is not None and bool(offer.data(Qt.ItemDataRole.UserRole))
        )
        self.accept_button.setEnabled(active and r is not None and r.status == "answered")
        self.done_button.setEnabled(active and r is not None and r.offer_id is not None)
        self.withdraw_button.setEnabled(active)

    def _step(self, action: Callable[[str], object]) -> None:
        r = self._request()
        if r is None:
            return
        try:
            action(r.id)
        except CivicDeskError as exc:
            show_error(self, self.tr("Builders"), exc)
            return
        self._after_write("help_request", r.id, r.name)

    def _answer(self) -> None:
        item = self.matches.currentItem()
        if item is not None and item.data(Qt.ItemDataRole.UserRole):
            offer_id = str(item.data(Qt.ItemDataRole.UserRole))
            self._step(lambda request_id: Builders(self.db).answer(request_id, offer_id))

    def _after_write(self, record_type: str, record_id: str, request_name: str = "") -> None:
        self.changed(record_type, record_id)

        def shown(board: bb.Board) -> None:
            self._show(board)
            if request_name:
                self.select_request(request_name)

        self.runner.run(bb.board, self.db, on_done=shown)

    # -- dialogs ------------------------------------------------------------------------------
    def _open(self, dialog: RememberingDialog, record_type: str) -> RememberingDialog:
        self.dialog = dialog

        def saved() -> None:
            record = getattr(dialog, "result_record", None)
            if record is not None:
                self._after_write(record_type, record.id, getattr(record, "name", "") or "")

        dialog.accepted.connect(saved)
        dialog.open()
        return dialog

    def open_offer(self) -> RememberingDialog:
        return self._open(OfferDialog(self, self.db), "help_offer")

    def open_request(self) -> RememberingDialog:
        return self._open(RequestDialog(self, self.db), "help_request")

    def open_done(self) -> RememberingDialog | None:
        r = self._request()
        if r is None:
            return None
        dialog = self._open(DoneDialog(self, self.db, r.id, r.name), "help_given")
        dialog.accepted.connect(lambda: self.select_request(r.name))
        return dialog

    def _print_sheet(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the “who can help” sheet"),
            str(Path.home() / "who-can-help.pdf"),
            self.tr("PDF (*.pdf)"),
        )
        if path:
            from civicdesk.reports.builders_sheet import write_builders_sheet

            self.runner.run(
                write_builders_sheet,
                self.db,
                Path(path),
                date.today(),
                on_done=lambda n: self.summary.setText(
                    self.tr("Saved the sheet with %1 offers to %2").replace("%1", str(n)).replace("%2", path)
                ),
                on_error=lambda exc: show_error(self, self.tr("Who can help"), exc),
            )

    def _export_hours(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export hours of help"),
            str(Path.home() / "hours-of-help.csv"),
            self.tr("CSV (*.csv)"),
        )
        if path:
            from civicdesk.reports.help_hours import write_help_hours

            self.runner.run(
                write_help_hours,
                self.db,
                Path(path),
                on_done=lambda n: self.summary.setText(
                    self.tr("Saved %1 rows of help given to %2").replace("%1", str(n)).replace("%2", path)
                ),
                on_error=lambda exc: show_error(self, self.tr("Export hours"), exc),
            )


def make_view(context: ViewContext) -> BuildersView:
    """The builders view (a factory of civicdesk.ui.registry)."""
    view = BuildersView(context.db, context.runner, context.record_changed)
    view.loaded.connect(context.loaded)
    view.activate()  # built on first show (lazy): load at once
    return view
