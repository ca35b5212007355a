"""Lending kit in the window, as a committee member would: mark the gazebo valuable, keep the list of
trusted borrowers, lend anyway over kit overdue (recorded), return early and be told who is next,
and see a reservation clash named in a bundle's preview before importing it."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
import shiboken6
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QMessageBox

from civicdesk.commands.bundle_preview import preview_lines
from civicdesk.core.dates import british_date
from civicdesk.services.catalogue import starter_id
from civicdesk.services.loans import KitLoanService as LoanService
from civicdesk.services.reservations import Reservations
from civicdesk.services.tools import ToolService
from civicdesk.sync.export import build_bundle
from civicdesk.sync.receive import BundleImporter
from civicdesk.ui.bundles import PreviewDialog
from civicdesk.ui.editors.lend_anyway import LendAnywayDialog
from civicdesk.ui.editors.tool import ToolEditor
from civicdesk.ui.tools.store import ToolStore
from civicdesk.ui.tools.trusted import TrustedBorrowersDialog
from tests.ui.reading_order import mnemonics
from tests.unit.builders_helpers import HART, KINGTON, exchange, two_sites

GAZEBO = starter_id("gazebo")
AHEAD = date.today() + timedelta(days=30)


@pytest.fixture
def stack(qapp) -> QUndoStack:
    return QUndoStack()


@pytest.fixture
def store(qtbot, db, stack):
    widget = ToolStore(db, stack, lambda _t, _i: None)
    qtbot.addWidget(widget)
    widget.resize(1100, 720)
    widget.show()
    with qtbot.waitSignal(widget.loaded, timeout=10_000):
        widget.reload()
    yield widget
    if widget.dialog is not None and shiboken6.isValid(widget.dialog):
        widget.dialog.close()
    widget.runner.wait()


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def save(qtbot, editor) -> None:
    click(qtbot, editor.ui.buttons.button(QDialogButtonBox.StandardButton.Save))


def open_gazebo(qtbot, store) -> None:
    store.search.clear()
    qtbot.keyClicks(store.search, "Gazebo")
    rect = store.grid.visualRect(store.proxy.index(0, 0))
    with qtbot.waitSignal(store.page_shown, timeout=10_000):
        qtbot.mouseClick(store.grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert store.page.title.text() == "Gazebo"


def lend_to(qtbot, store, name: str):
    click(qtbot, store.page.lend_button)
    loan = store.dialog
    qtbot.keyClicks(loan.ui.borrower.lineEdit(), name)
    save(qtbot, loan)
    return loan


def test_mark_the_gazebo_valuable_and_lend_it_only_once_the_borrower_is_trusted(qtbot, store, db, stack):
    open_gazebo(qtbot, store)
    click(qtbot, store.page.edit_button)
    editor = store.dialog
    assert isinstance(editor, ToolEditor)
    editor.ui.tabs.setCurrentWidget(editor.ui.kit_tab)
    assert editor.valuable.isVisible() and not editor.valuable.isChecked()
    assert editor.valuable.text().replace("&", "") == "Valuable — lend only to trusted borrowers"
    qtbot.mouseClick(editor.valuable, Qt.MouseButton.LeftButton,
                     pos=QPoint(10, editor.valuable.height() // 2))  # on its box
    assert editor.valuable.isChecked()
    save(qtbot, editor)
    assert ToolService(db).get(GAZEBO).valuable

    loan = lend_to(qtbot, store, "Scouts")
    assert loan.isVisible(), "a loan of valuable kit to someone not trusted is not saved"
    refusal = [w.text() for w in loan.findChildren(QLabel) if "trusted borrowers" in w.text()]
    assert refusal and "Gazebo is valuable and goes only to trusted borrowers" in refusal[0]
    loan.done(0)

    assert store.page.trusted_button.isVisible()
    clashes = [texts for texts in mnemonics(store).values() if len(texts) > 1]
    assert not clashes, clashes  # each Alt letter of the kit's page does one thing
    click(qtbot, store.page.trusted_button)
    trusted = store.dialog
    assert isinstance(trusted, TrustedBorrowersDialog)
    qtbot.keyClicks(trusted.borrower.lineEdit(), "Scouts")
    click(qtbot, trusted.add_button)
    assert trusted.names() == ["Scouts"]
    qtbot.keyClicks(trusted.borrower.lineEdit(), "scouts")
    click(qtbot, trusted.add_button)
    assert trusted.problem.isVisible() and "Scouts is already on the list" in trusted.problem.text()
    assert trusted.names() == ["Scouts"]
    stack.undo()  # the addition is undoable like any other change
    assert trusted.names() == []
    stack.redo()
    assert trusted.names() == ["Scouts"]
    trusted.close()

    with qtbot.waitSignal(store.page_shown, timeout=10_000):
        lend_to(qtbot, store, "Scouts")
    assert store.page.return_button.isVisible()
    loans = ToolService(db).loans(GAZEBO)
    assert [(lo.borrower["name"], lo.returned_on) for lo in loans] == [("Scouts", None)]


def test_lend_anyway_over_kit_overdue_records_who_when_and_why(qtbot, store, db):
    mower = ToolService(db).create({"name": "Mower", "kind": "shared kit"}).id
    LoanService(db).create({"tool_id": mower, "borrower": "Scouts", "out_on": "2026-01-01",
                            "due_on": "2026-01-08"})
    open_gazebo(qtbot, store)
    loan = lend_to(qtbot, store, "Scouts")
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), LendAnywayDialog), timeout=5_000)
    offer = loan.lend_anyway
    refusal = offer.findChild(QLabel, "refusal").text()
    assert refusal.startswith("Scouts still has Mower (due back 8 Jan 2026)")
    click(qtbot, offer.lend_button)  # nobody named: not yet
    assert offer.isVisible() and "Say who agreed" in offer.problem.text()
    qtbot.keyClicks(offer.by, "Sam (chair)")
    click(qtbot, offer.lend_button)
    assert offer.isVisible() and "Say why" in offer.problem.text()
    qtbot.keyClicks(offer.why, "the fun day needs it")
    with qtbot.waitSignal(store.page_shown, timeout=10_000):
        click(qtbot, offer.lend_button)
    [lent] = ToolService(db).loans(GAZEBO)
    assert lent.override == {"by": "Sam (chair)", "on": date.today().isoformat(),
                             "reason": "the fun day needs it"}

    from civicdesk.ui.editors.subrecords import LoanEditor

    shown = LoanEditor(store, db, lent.id, QUndoStack(), lambda *_: None, fixed={"tool_id": GAZEBO})
    qtbot.addWidget(shown)
    shown.show()
    assert shown.override_note.isVisible()
    assert shown.override_note.text() == (f"Lent despite overdue kit: agreed by Sam (chair) on "
                                          f"{british_date(date.today().isoformat())} (the fun day needs it)")
    shown.done(0)


def _waiting_for_the_fun_day(db) -> tuple[str, str]:
    loan = LoanService(db).create({"tool_id": GAZEBO, "borrower": "Scouts",
                                   "out_on": date.today().isoformat(),
                                   "due_on": (AHEAD + timedelta(days=20)).isoformat()})
    fun_day = Reservations(db).reserve([GAZEBO], "Hart Bridge Tenants", AHEAD, AHEAD, "fun day", wait=True)[0]
    assert fun_day.status == "waiting"
    return loan.id, fun_day.id


def _news(qtbot) -> QMessageBox:
    qtbot.waitUntil(lambda: any(w.objectName() == "kit_next" and w.isVisible()
                                for w in QApplication.topLevelWidgets()), timeout=5_000)
    return next(w for w in QApplication.topLevelWidgets() if w.objectName() == "kit_next" and w.isVisible())


def test_returning_early_in_the_loan_editor_books_the_next_and_says_who(qtbot, store, db, stack):
    loan_id, fun_day = _waiting_for_the_fun_day(db)
    open_gazebo(qtbot, store)
    click(qtbot, store.page.edit_button)
    editor = store.dialog
    editor.ui.tabs.setCurrentWidget(editor.ui.loans_tab)
    panel = editor.loans
    panel.table.selectRow(0)
    click(qtbot, panel.edit_button)
    loan = panel.editor
    qtbot.keyClicks(loan.ui.returned_on, date.today().strftime("%d/%m/%Y"))
    save(qtbot, loan)
    news = _news(qtbot)
    assert news.text().startswith("Now booked from the waiting list: Hart Bridge Tenants, ")
    assert "(fun day)" in news.text()
    assert Reservations(db).get(fun_day).status == "booked"
    news.close()
    stack.undo()  # the return taken back: the kit is out again and the fun day waits again
    assert LoanService(db).get(loan_id).returned_on is None
    assert Reservations(db).get(fun_day).status == "waiting"
    editor.done(0)


def test_mark_returned_on_the_tool_page_says_who_is_booked_next(qtbot, store, db):
    _loan_id, fun_day = _waiting_for_the_fun_day(db)
    open_gazebo(qtbot, store)
    with qtbot.waitSignal(store.page_shown, timeout=10_000):
        click(qtbot, store.page.return_button)
    news = _news(qtbot)
    assert "Now booked from the waiting list: Hart Bridge Tenants" in news.text()
    assert Reservations(db).get(fun_day).status == "booked"
    news.close()


def test_a_bundle_bringing_a_clashing_reservation_says_so_before_import(qtbot, tmp_path):
    s = two_sites(tmp_path)
    Reservations(s["kington"]).reserve([s["gazebo"]], KINGTON, "2027-06-12", "2027-06-12", "street party")
    Reservations(s["hart"]).reserve([s["gazebo"]], HART, "2027-06-12", "2027-06-12", "fun day")
    data = build_bundle(s["hart"]).data
    summary = BundleImporter(s["kington"]).preview(data)
    dialog = PreviewDialog(summary)
    qtbot.addWidget(dialog)
    dialog.show()
    said = dialog.findChild(QLabel, "bundle_clashes")
    assert said is not None and said.isVisible()
    words = said.text()
    assert (f"Gazebo: {HART} reserved it for {HART}, 12 Jun 2027 (fun day) — the same days as our "
            f"reservation for {KINGTON}, 12 Jun 2027 (street party)") in words.replace("&#x27;", "'")
    assert "wait in Needs review" in words
    assert "1 to review" in dialog.findChild(QLabel, "bundle_counts").text()
    assert f"Gazebo for {HART}, 12 Jun 2027 (fun day) (reservation)" in "\n".join(dialog.changes.lines())
    assert any("Gazebo: Hart Bridge Tenants reserved it for" in line for line in preview_lines(summary))
    dialog.close()

    exchange(s["hart"], s["kington"])  # imported: the clash is the one item in Needs review
    from civicdesk.services.conflicts import ConflictService

    items = ConflictService(s["kington"]).open_items()
    assert [i.title for i in items] == ["Gazebo: two reservations for the same days"]
    again = BundleImporter(s["kington"]).preview(build_bundle(s["hart"]).data)
    assert again.reservation_clashes == []  # already in Needs review: not told twice


def test_lend_now_from_a_reservation_offers_lend_anyway_in_the_builders_kit_tab(qtbot, tmp_path):
    from tests.ui.conftest import open_window

    s = two_sites(tmp_path)
    db = s["kington"]
    mower = ToolService(db).create({"name": "Mower", "kind": "shared kit"}).id
    LoanService(db).create({"tool_id": mower, "borrower": "Scouts", "out_on": "2026-01-01",
                            "due_on": "2026-01-08"})
    held = Reservations(db).reserve([s["gazebo"]], "Scouts", date.today().isoformat(),
                                    date.today().isoformat(), "camp")[0]
    window = open_window(qtbot, db)
    window.show_view("builders")
    lazy = window.views["builders"]
    qtbot.waitUntil(lazy.is_ready, timeout=10_000)
    kit = lazy.inner.kit
    lazy.inner.tabs.setCurrentWidget(kit)
    kit.kit.setCurrentIndex(kit.kit.findData(s["gazebo"]))  # ours, not the starter gazebo
    kit.select(held.id)
    assert kit.lend_button.isEnabled()
    click(qtbot, kit.lend_button)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), LendAnywayDialog), timeout=5_000)
    offer = kit.lend_anyway
    assert offer.findChild(QLabel, "refusal").text().startswith("Scouts still has Mower")
    qtbot.keyClicks(offer.by, "Sam (chair)")
    qtbot.keyClicks(offer.why, "camp weekend")
    click(qtbot, offer.lend_button)
    qtbot.waitUntil(lambda: Reservations(db).get(held.id).status == "out", timeout=5_000)
    [lent] = ToolService(db).loans(s["gazebo"])
    assert (lent.override["by"], lent.override["reason"]) == ("Sam (chair)", "camp weekend")
    window.close()
