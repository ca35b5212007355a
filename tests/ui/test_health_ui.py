"""The Health widgets driven as a committee member would: by keyboard and mouse."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox

from civicdesk.core.dates import add_months
from civicdesk.services.compliance import ComplianceService
from civicdesk.services.health import QUESTIONS, HealthService
from civicdesk.services.spaces import SpaceService
from civicdesk.ui.health import CompliancePanel, HealthCheckDialog, HealthDashboard, HealthHistoryWidget

TODAY = date(2026, 3, 15)


@pytest.fixture
def hold(qtbot):
    """Register a widget with qtbot and keep it alive until teardown, then destroy it here.

    A widget in a Python reference cycle, once the test drops it, may be freed by the cycle
    collector on whichever thread allocates next: a TaskRunner worker. Its C++ destructor then
    runs off the GUI thread, its timers stay registered, and the next event loop jumps into
    freed memory (the segfault seen only when the whole file ran). Held here, it dies here.
    """
    held = []

    def add(widget):
        qtbot.addWidget(widget)
        held.append(widget)
        return widget

    yield add
    for widget in held:
        if shiboken6.isValid(widget):
            runner = getattr(widget, "runner", None)
            if runner is not None:
                runner.wait()
            shiboken6.delete(widget)


@pytest.fixture
def hall(db):
    space = SpaceService(db).create({"name": "Orchard Village Hall", "category": "civic"})
    HealthService(db).add_check(space.id, {q: 3 for q in QUESTIONS}, checked_on="2025-09-01", today=TODAY)
    return space


def test_fill_a_health_check_by_keyboard_and_see_the_chart_grow(qtbot, hold, db, hall):
    history = HealthHistoryWidget(db, hall.id)
    hold(history)
    qtbot.waitUntil(lambda: history.point_count() == 1)

    dialog = HealthCheckDialog(db, hall.id, hall.name, QUndoStack(), lambda *_: None, today=TODAY)
    hold(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.answers["condition"])
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled()
    # refreshed, growing, daily, open to all, valued, breaking even, secure
    for steps in (5, 4, 5, 5, 4, 3, 5):
        combo = QApplication.focusWidget()
        assert isinstance(combo, QComboBox)
        for _ in range(steps):
            qtbot.keyClick(combo, Qt.Key.Key_Down)
        qtbot.keyClick(combo, Qt.Key.Key_Tab)
        if combo is dialog.answers["usage"]:
            assert "answer 4 more" in dialog.score_label.text()
    assert dialog.score_label.text() == "Score: 85.7 out of 100 — thriving"
    assert dialog.answers["finances"].currentText() == "breaking even"
    assert save.isEnabled()

    with qtbot.waitSignal(dialog.check_added) as saved:
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert saved.args[0].score == 85.7
    assert SpaceService(db).get(hall.id).status == "thriving"
    with qtbot.waitSignal(history.loaded):
        history.reload()
    assert history.point_count() == 2
    assert "score 85.7, thriving" in history.summary.text()


def test_a_check_recorded_by_mistake_is_taken_back_by_undo_with_the_status_it_gave(qtbot, hold, db, hall):
    """Edit ▸ Undo removes the check from the history and puts the space's status back; Redo
    records it again."""
    spaces = SpaceService(db)
    assert spaces.get(hall.id).status == "stable"  # from the check of September (all middling)
    stack, told = QUndoStack(), []
    dialog = HealthCheckDialog(db, hall.id, hall.name, stack, lambda *seen: told.append(seen), today=TODAY)
    hold(dialog)
    dialog.show()
    for combo in dialog.answers.values():  # the worst answer to every question: at risk
        combo.setCurrentIndex(1)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    with qtbot.waitSignal(dialog.check_added):
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert spaces.get(hall.id).status == "at risk"
    assert stack.undoText() == "Record a health check of Orchard Village Hall"
    history = HealthHistoryWidget(db, hall.id)
    hold(history)
    qtbot.waitUntil(lambda: history.point_count() == 2)

    stack.undo()
    assert spaces.get(hall.id).status == "stable"
    assert [c.checked_on for c in HealthService(db).space_history(hall.id)] == ["2025-09-01"]
    with qtbot.waitSignal(history.loaded):
        history.reload()
    assert history.point_count() == 1
    stack.redo()
    assert spaces.get(hall.id).status == "at risk"
    assert len(HealthService(db).space_history(hall.id)) == 2
    assert told == [("space", hall.id)] * 3  # recorded, taken back, put back: views refreshed each time


def test_taking_back_a_check_leaves_a_status_set_since_by_hand_alone(db, hall):
    from civicdesk.ui.undo import RecordHealthCheck

    health, spaces = HealthService(db), SpaceService(db)
    before = spaces.get(hall.id).status
    summary = health.add_check(hall.id, {q: 1 for q in QUESTIONS}, checked_on="2026-03-01", today=TODAY)
    command = RecordHealthCheck(health, summary, before, hall.name, lambda *_: None)
    spaces.update(hall.id, {"status": "closed"})
    command.undo()
    assert spaces.get(hall.id).status == "closed"
    assert health.space_history(hall.id)[-1].checked_on == "2025-09-01"


def test_mark_a_gas_certificate_done_moves_next_due_a_year_on(qtbot, hold, db, hall):
    ComplianceService(db).add_item(hall.id, "Gas safety certificate", last_done=TODAY - timedelta(days=400))
    panel = CompliancePanel(db, hall.id, QUndoStack(), lambda *_: None, today=TODAY)
    hold(panel)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    assert panel.model.index(0, 3).data() == "overdue by 35 days"
    assert not panel.done_button.isEnabled()
    panel.table.selectRow(0)
    with qtbot.waitSignal(panel.loaded):
        qtbot.mouseClick(panel.done_button, Qt.MouseButton.LeftButton)
    next_due = add_months(TODAY, 12)
    assert panel.model.index(0, 2).data() == next_due.strftime("%d %b %Y")
    assert panel.model.index(0, 3).data() == "in date"
    assert ComplianceService(db).items_for(hall.id, TODAY)[0].next_due == "2027-03-15"


def test_marking_done_and_adding_an_item_are_undone_from_the_edit_menu(qtbot, hold, db, hall):
    """A certificate marked done by mistake goes back to overdue; an item added goes away."""
    service = ComplianceService(db)
    service.add_item(hall.id, "Gas safety certificate", last_done=TODAY - timedelta(days=400))
    stack, told = QUndoStack(), []
    panel = CompliancePanel(db, hall.id, stack, lambda *seen: told.append(seen), today=TODAY)
    hold(panel)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    panel.table.selectRow(0)
    with qtbot.waitSignal(panel.loaded):
        qtbot.mouseClick(panel.done_button, Qt.MouseButton.LeftButton)
    assert panel.model.index(0, 3).data() == "in date"
    assert stack.undoText() == "Mark Gas safety certificate done"

    with qtbot.waitSignal(panel.loaded):
        stack.undo()
    assert panel.model.index(0, 3).data() == "overdue by 35 days"
    assert service.items_for(hall.id, TODAY)[0].last_done == (TODAY - timedelta(days=400)).isoformat()
    with qtbot.waitSignal(panel.loaded):
        stack.redo()
    assert panel.model.index(0, 3).data() == "in date"

    qtbot.waitUntil(lambda: panel.kind.count() > 0)
    panel.kind.setCurrentIndex(panel.kind.findData("Fire risk assessment"))
    with qtbot.waitSignal(panel.loaded):
        qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert panel.model.rowCount() == 2 and stack.undoText() == "Add Fire risk assessment"
    with qtbot.waitSignal(panel.loaded):
        stack.undo()
    assert [row.kind for row in service.items_for(hall.id, TODAY)] == ["Gas safety certificate"]
    assert panel.model.rowCount() == 1
    assert told and set(told) == {("space", hall.id)}  # the dashboard is told of each step


def test_add_an_item_of_the_groups_own_kind(qtbot, hold, db, hall, monkeypatch):
    from civicdesk.ui.health import compliance_panel

    panel = CompliancePanel(db, hall.id, QUndoStack(), lambda *_: None, today=TODAY)
    hold(panel)
    qtbot.waitUntil(lambda: panel.kind.count() > 0)
    monkeypatch.setattr(compliance_panel.NewKindDialog, "exec", lambda self: self.DialogCode.Accepted)
    own_kind = ("Defibrillator pads", 24, "any")
    monkeypatch.setattr(compliance_panel.NewKindDialog, "values", lambda self: own_kind)
    with qtbot.waitSignal(panel.loaded):
        qtbot.mouseClick(panel.new_kind_button, Qt.MouseButton.LeftButton)
    assert panel.kind.currentData() == "Defibrillator pads"
    assert "your own" in panel.kind.currentText()
    with qtbot.waitSignal(panel.loaded):
        qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert [panel.model.index(r, 0).data() for r in range(panel.model.rowCount())] == ["Defibrillator pads"]


def test_dashboard_shows_an_acv_listing_from_4_years_9_months_ago(qtbot, hold, qtmodeltester, db, hall):
    listed = add_months(TODAY, -57)
    SpaceService(db).update(hall.id, {"acv": {"listed_on": listed.isoformat()}})
    ComplianceService(db).add_item(hall.id, "Insurance", last_done="2025-03-01")
    other = SpaceService(db).create({"name": "Mill Lane Allotments", "category": "outdoors"})
    board = HealthDashboard(db, today=TODAY)
    hold(board)
    with qtbot.waitSignal(board.loaded, timeout=10_000):
        pass
    acv = board.models["acv_expiring_within_180_days"]
    assert [acv.index(r, 0).data() for r in range(acv.rowCount())] == ["Orchard Village Hall"]
    assert acv.index(0, 2).data() == str((add_months(listed, 60) - TODAY).days)
    assert board.tabs.tabText(3) == "ACV listing ending (1)"
    assert board.models["overdue"].rowCount() == 1
    unchecked = board.models["unchecked"]
    assert [unchecked.index(r, 0).data() for r in range(unchecked.rowCount())] == ["Mill Lane Allotments"]
    for model in board.models.values():
        qtmodeltester.check(model)

    table = board.tables["overdue"]
    board.tabs.setCurrentWidget(table)
    table.selectRow(0)
    with qtbot.waitSignal(board.open_record) as opened:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened.args == ["space", hall.id]
    assert other.id != hall.id


def test_dashboard_filters_by_category(qtbot, hold, db, hall):
    SpaceService(db).create({"name": "Mill Lane Allotments", "category": "outdoors"})
    board = HealthDashboard(db, today=TODAY)
    hold(board)
    qtbot.waitUntil(lambda: board.category.count() > 1 and board.board is not None)
    assert board.models["unchecked"].rowCount() == 1
    with qtbot.waitSignal(board.loaded):
        board.category.setCurrentIndex(board.category.findData("civic"))
    assert board.models["unchecked"].rowCount() == 0
    assert board.board is not None and board.board.filters.category == "civic"


def test_kit_not_returned_is_listed_and_opens_its_tool(qtbot, hold, qtmodeltester, db):
    from civicdesk.services.people import PersonService
    from civicdesk.services.tools import LoanService, ToolService

    shy = PersonService(db).create({"name": "Priya Quietly"})  # did not agree to be listed
    gazebo = ToolService(db).create({"name": "Big gazebo", "kind": "shared kit",
                                     "holder": {"name": "Scouts"}})
    LoanService(db).create({"tool_id": gazebo.id, "out_on": "2026-03-01", "due_on": "2026-03-08",
                            "borrower": {"person_id": shy.id, "name": shy.name}})
    board = HealthDashboard(db, today=TODAY)
    hold(board)
    with qtbot.waitSignal(board.loaded, timeout=10_000):
        pass
    loans = board.models["overdue_loans"]
    qtmodeltester.check(loans)
    assert [loans.index(0, c).data() for c in range(loans.columnCount())] == [
        "Big gazebo", "P. Q.", "8 Mar 2026", "7", "Scouts"]
    assert board.tabs.tabText(5) == "Kit not returned (1)"
    assert "1 pieces of kit not returned" in board.summary.text()

    table = board.tables["overdue_loans"]
    board.show()
    board.tabs.setCurrentWidget(table)
    qtbot.waitExposed(board)
    rect = table.visualRect(table.model().index(0, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(board.open_record) as opened:
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == ["tool", gazebo.id]
