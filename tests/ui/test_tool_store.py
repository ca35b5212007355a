"""The tool store, driven as a volunteer would: filter the cards, open a tool, rate, lend, hide, ask."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialogButtonBox

from civicdesk.services import kit
from civicdesk.services.catalogue import starter_id
from civicdesk.services.groups import GroupService
from civicdesk.services.tools import ToolService, ToolUseService
from civicdesk.ui.tools.model import ToolCardModel
from civicdesk.ui.tools.store import ToolStore

GAZEBO = starter_id("gazebo")


@pytest.fixture
def stack(qapp) -> QUndoStack:
    return QUndoStack()


@pytest.fixture
def clock() -> list[date]:
    return [date.today()]


@pytest.fixture
def store(qtbot, db, stack, clock):
    widget = ToolStore(db, stack, lambda _t, _i: None, today=lambda: clock[0])
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


def choose(qtbot, combo, text: str) -> None:
    combo.setFocus()
    qtbot.keyClicks(combo, text)
    assert combo.currentText() == text


def open_card(qtbot, store, name: str) -> None:
    """Find a tool by typing its name, then click its card."""
    store.search.clear()
    qtbot.keyClicks(store.search, name)
    assert store.visible_names()[0] == name
    rect = store.grid.visualRect(store.proxy.index(0, 0))
    with qtbot.waitSignal(store.page_shown, timeout=10_000):
        qtbot.mouseClick(store.grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert store.page.title.text() == name


def test_filter_the_catalogue_to_free_ways_to_meet_neighbours(qtbot, store, db):
    total = len(store.visible_names())
    choose(qtbot, store.purpose, "Meet neighbours")
    choose(qtbot, store.cost, "Free")
    names = store.visible_names()
    assert "Asset-mapping walk" in names and "Door-knocking welcome" in names
    assert "Street party" not in names  # under £50
    cards = {c.name: c for c in store.model.cards}
    assert all("meet neighbours" in cards[n].purposes and cards[n].cost == "free" for n in names)
    assert store.count_label.text() == f"{len(names)} of {total} tools"


def test_rate_a_tool_for_a_group_then_undo(qtbot, store, db, stack):
    group = GroupService(db).create({"name": "Friends of the Park"})
    open_card(qtbot, store, "Gazebo")
    assert "Not rated yet" in store.page.rating.text()
    click(qtbot, store.page.rate_button)
    dialog = store.dialog
    qtbot.keyClicks(dialog.group.lineEdit(), "Friends of the Park")
    click(qtbot, dialog.star_buttons[3])
    qtbot.keyClicks(dialog.review, "Sturdy, but needs four people in wind.")
    with qtbot.waitSignal(store.page_shown, timeout=10_000):
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
    (use,) = ToolService(db).uses(GAZEBO)
    assert (use.group_id, use.rating, use.review) == (group.id, 4, "Sturdy, but needs four people in wind.")
    assert "4.0" in store.page.rating.text() and "★★★★☆" in store.page.rating.text()
    assert "Sturdy, but needs four people in wind." in store.page.body.toPlainText()
    with qtbot.waitSignal(store.page_shown, timeout=10_000):
        stack.undo()
    assert ToolService(db).uses(GAZEBO) == []
    assert "Not rated yet" in store.page.rating.text()


def test_rating_again_changes_the_groups_rating_instead_of_adding_one(qtbot, store, db):
    group = GroupService(db).create({"name": "Scouts"})
    ToolUseService(db).create({"tool_id": GAZEBO, "group_id": group.id, "rating": 2})
    open_card(qtbot, store, "Gazebo")
    click(qtbot, store.page.rate_button)
    dialog = store.dialog
    qtbot.keyClicks(dialog.group.lineEdit(), "Scouts")
    click(qtbot, dialog.star_buttons[4])
    with qtbot.waitSignal(store.page_shown, timeout=10_000):
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
    assert [u.rating for u in ToolService(db).uses(GAZEBO)] == [5]


def test_lend_the_gazebo_and_see_it_overdue_a_week_later(qtbot, store, db, clock):
    open_card(qtbot, store, "Gazebo")
    assert store.page.lend_button.isVisible() and not store.page.return_button.isVisible()
    click(qtbot, store.page.lend_button)
    loan = store.dialog
    qtbot.keyClicks(loan.ui.borrower.lineEdit(), "Mrs Patel at number 4")
    due = clock[0] + timedelta(days=7)
    qtbot.keyClicks(loan.ui.due_on, due.strftime("%d/%m/%Y"))
    with qtbot.waitSignal(store.page_shown, timeout=10_000):
        click(qtbot, loan.ui.buttons.button(QDialogButtonBox.StandardButton.Save))
    assert "OVERDUE" not in store.page.body.toPlainText() and store.page.return_button.isVisible()
    assert kit.overdue_loans(db, clock[0]) == []

    clock[0] = due + timedelta(days=7)  # a week after it was due back
    with qtbot.waitSignal(store.page_shown, timeout=10_000):
        store.reload()
    assert "OVERDUE by 7 days" in store.page.body.toPlainText()
    (late,) = kit.overdue_loans(db, clock[0])
    assert (late.loan.tool_name, late.loan.borrower) == ("Gazebo", "Mrs Patel at number 4")
    assert late.loan.days_overdue == 7
    see_it_on_the_health_dashboard(qtbot, db, clock[0])

    with qtbot.waitSignal(store.page_shown, timeout=10_000):
        click(qtbot, store.page.return_button)
    assert "OVERDUE" not in store.page.body.toPlainText()
    assert kit.overdue_loans(db, clock[0]) == []


def see_it_on_the_health_dashboard(qtbot, db, today: date) -> None:
    """The Health view lists the gazebo under kit not returned; double-clicking it opens the tool."""
    from civicdesk.ui.health import HealthDashboard

    board = HealthDashboard(db, today=today)
    qtbot.addWidget(board)
    board.show()
    with qtbot.waitSignal(board.loaded, timeout=10_000):
        pass
    loans = board.models["overdue_loans"]
    assert [loans.index(0, c).data() for c in range(3)] == [
        "Gazebo", "Mrs Patel at number 4", (today - timedelta(days=7)).strftime("%d %b %Y")]
    table = board.tables["overdue_loans"]
    board.tabs.setCurrentWidget(table)
    qtbot.waitExposed(board)
    rect = table.visualRect(table.model().index(0, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(board.open_record) as opened:
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == ["tool", GAZEBO]
    # Destroyed here, on the GUI thread (see `hold` in test_health_ui.py).
    board.runner.wait()
    shiboken6.delete(board)


def test_hide_a_tool_and_show_it_again(qtbot, store, db, stack):
    open_card(qtbot, store, "Tea urn")
    with qtbot.waitSignal(store.page_shown, timeout=10_000):
        click(qtbot, store.page.hide_button)
    assert ToolService(db).get(starter_id("tea-urn")).hidden
    click(qtbot, store.page.back_button)
    # The cards reload in the background; still searching "Tea urn", it goes once hidden.
    qtbot.waitUntil(lambda: store.visible_names() == [], timeout=10_000)
    click(qtbot, store.show_hidden)
    assert store.visible_names() == ["Tea urn"]
    click(qtbot, store.show_hidden)
    stack.undo()
    assert not ToolService(db).get(starter_id("tea-urn")).hidden
    qtbot.waitUntil(lambda: store.visible_names() == ["Tea urn"], timeout=10_000)


def test_edit_opens_the_tool_editor(qtbot, store):
    open_card(qtbot, store, "Projector and screen")
    click(qtbot, store.page.edit_button)
    assert store.dialog.ui.name.text() == "Projector and screen"


def test_suggestions_for_a_group_change_after_a_rating(qtbot, store, db):
    groups = GroupService(db)
    walkers = groups.create({"name": "North Walkers", "activities": ["Walking Group"]})
    others = groups.create({"name": "South Walkers", "activities": ["Walking Group"]})
    click(qtbot, store.suggest_button)
    dialog = store.dialog
    dialog.choose("group", walkers.id)
    choose(qtbot, dialog.purpose, "Share things")
    before = [dialog.results.item(i).text() for i in range(dialog.results.count())]
    assert before and "Seed and plant swap" not in before[0]

    ToolUseService(db).create({"tool_id": starter_id("seed-swap"), "group_id": others.id, "rating": 5})
    click(qtbot, dialog.go)
    after = [dialog.results.item(i).text() for i in range(dialog.results.count())]
    assert after != before
    assert after[0].startswith("1. Seed and plant swap") and "South Walkers" in after[0]
    with qtbot.waitSignal(store.page_shown, timeout=10_000):
        dialog.results.itemActivated.emit(dialog.results.item(0))
    assert store.page.title.text() == "Seed and plant swap"


def test_the_card_models_follow_the_rules(qtmodeltester, store, db):
    from civicdesk.services import tool_store

    model = ToolCardModel()
    model.set_cards(tool_store.cards(db))
    qtmodeltester.check(model)
    qtmodeltester.check(store.proxy)


def test_the_kit_list_is_saved_where_the_user_chooses(qtbot, store, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QFileDialog

    out = tmp_path / "kit.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "PDF files (*.pdf)"))
    click(qtbot, store.kit_list_button)
    qtbot.waitUntil(lambda: "Saved the kit list" in store.count_label.text(), timeout=10_000)
    assert out.read_bytes().startswith(b"%PDF")


def test_rating_again_starts_from_the_groups_review_instead_of_wiping_it(qtbot, store, db):
    group = GroupService(db).create({"name": "Scouts"})
    ToolUseService(db).create({"tool_id": GAZEBO, "group_id": group.id, "rating": 2,
                               "review": "Good, but book the volunteers early."})
    open_card(qtbot, store, "Gazebo")
    click(qtbot, store.page.rate_button)
    dialog = store.dialog
    qtbot.keyClicks(dialog.group.lineEdit(), "Scouts")
    qtbot.keyClick(dialog.group.lineEdit(), Qt.Key.Key_Return)
    assert dialog.review.toPlainText() == "Good, but book the volunteers early." and dialog.rating == 2
    click(qtbot, dialog.star_buttons[4])
    with qtbot.waitSignal(store.page_shown, timeout=10_000):
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
    assert [(u.rating, u.review) for u in ToolService(db).uses(GAZEBO)] == [
        (5, "Good, but book the volunteers early.")]
