"""Record editors, driven as a volunteer would: typing, ticking, clicking Save, undoing."""

from __future__ import annotations

from datetime import date

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QPushButton

from civicdesk.services.groups import GroupService, MeetingService
from civicdesk.services.people import PersonService
from civicdesk.services.spaces import SpaceService
from civicdesk.services.tools import ToolService, ToolUseService
from civicdesk.ui.editors import open_editor


@pytest.fixture
def stack(qapp) -> QUndoStack:
    return QUndoStack()


@pytest.fixture
def changes() -> list[tuple[str, str]]:
    return []


@pytest.fixture
def editor(qtbot, db, stack, changes):
    opened = []

    def open_(record_type: str, record_id: str | None = None):
        dialog = open_editor(None, db, record_type, record_id, stack, lambda t, i: changes.append((t, i)))
        opened.append(dialog)
        return dialog

    yield open_
    # Editors delete themselves when closed; close (and so delete) those a test left open,
    # dropping whatever a test typed into them.
    for dialog in opened:
        if shiboken6.isValid(dialog):
            dialog.done(QDialog.DialogCode.Rejected)


def is_open(dialog) -> bool:
    """Closed editors delete themselves, so a closed one may already be gone."""
    return shiboken6.isValid(dialog) and dialog.isVisible()


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def save(qtbot, dialog) -> None:
    click(qtbot, dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save))


def choose(qtbot, combo, text: str) -> None:
    """Pick an entry of a drop-down list by typing its first letters, as the keyboard allows."""
    combo.setFocus()
    qtbot.keyClicks(combo, text)
    assert combo.currentText() == text


def test_space_with_a_bad_postcode_is_not_saved_until_it_is_fixed(qtbot, db, editor, stack, changes):
    dialog = editor("space")
    assert dialog.windowTitle() == "New space"
    qtbot.keyClicks(dialog.ui.name, "Townsend Hall")
    choose(qtbot, dialog.ui.category, "Civic")
    qtbot.keyClicks(dialog.ui.address.line1, "1 Chapel Lane")
    qtbot.keyClicks(dialog.ui.address.postcode, "LS99 ZZZ")
    save(qtbot, dialog)

    assert is_open(dialog)
    assert SpaceService(db).count() == 0
    assert stack.count() == 0
    message = dialog.ui.address.error
    assert not message.isHidden()
    assert "not a UK postcode" in message.text()
    assert dialog.ui.address.postcode.accessibleDescription() == message.text()
    # The tab holding the wrong field comes to the front.
    assert dialog.ui.tabs.currentWidget() is dialog.ui.where_tab

    dialog.ui.address.postcode.clear()
    qtbot.keyClicks(dialog.ui.address.postcode, "ls7 3ab")
    save(qtbot, dialog)

    assert not is_open(dialog)
    assert SpaceService(db).count() == 1
    (space,) = SpaceService(db).find_by_name("Townsend Hall")
    assert space.category == "civic"
    assert space.address == {"lines": ["1 Chapel Lane"], "locality": "", "town": "", "postcode": "LS7 3AB"}
    assert stack.count() == 1 and stack.undoText() == "Add space “Townsend Hall”"
    assert changes == [("space", space.id)]


def test_missing_name_and_category_are_shown_next_to_their_fields(qtbot, db, editor):
    dialog = editor("space")
    save(qtbot, dialog)
    labels = [w.text() for w in dialog.findChildren(type(dialog.general_error)) if w.isVisible()]
    assert "Please enter the space's name" in labels
    assert any(text.startswith("Please choose a category") for text in labels)
    assert SpaceService(db).count() == 0


def test_opening_hours_and_accessibility_are_saved(qtbot, db, editor):
    space = SpaceService(db).create({"name": "Library", "category": "public"})
    dialog = editor("space", space.id)
    hours = dialog.ui.opening_hours
    check, opens, closes = hours.days["sat"]
    click(qtbot, check)
    assert opens.isEnabled()
    opens.setFocus()
    qtbot.keyClick(opens, Qt.Key.Key_Up)  # the hour goes from 09 to 10
    click(qtbot, dialog.ui.accessibility.boxes["hearing_loop"])
    save(qtbot, dialog)
    stored = SpaceService(db).get(space.id)
    assert stored.opening_hours == {"sat": [["10:00", "17:00"]]}
    assert stored.accessibility == {"hearing_loop": True}


def test_a_group_meets_at_the_space_on_tuesday_evenings(qtbot, db, editor, stack):
    hall = SpaceService(db).create({"name": "Townsend Hall", "category": "civic"})
    dialog = editor("group")
    # Before the group is saved there is nothing to hang a meeting on.
    assert not dialog.meetings.add_button.isEnabled()
    assert "Save the record first" in dialog.meetings.intro.text()
    qtbot.keyClicks(dialog.ui.name, "Knit and Natter")
    save(qtbot, dialog)
    (group,) = GroupService(db).find_by_name("Knit and Natter")

    dialog = editor("group", group.id)
    dialog.ui.tabs.setCurrentWidget(dialog.ui.meetings_tab)
    click(qtbot, dialog.meetings.add_button)
    meeting = dialog.meetings.editor
    assert is_open(meeting)
    qtbot.keyClicks(meeting.ui.space_id.lineEdit(), "Townsend Hall")
    click(qtbot, meeting.ui.days.boxes["tue"])
    assert (meeting.ui.start.text(), meeting.ui.end.text()) == ("18:00", "20:00")  # the suggestion
    for edit in (meeting.ui.start, meeting.ui.end):
        edit.setFocus()
        qtbot.keyClick(edit, Qt.Key.Key_Up)  # an hour later
    save(qtbot, meeting)

    assert not is_open(meeting)
    (stored,) = MeetingService(db).at_space(hall.id)
    assert stored.group_id == group.id
    assert stored.schedule == {"days": ["tue"], "start": "19:00", "end": "21:00", "frequency": "weekly"}
    table = dialog.meetings.table
    assert table.rowCount() == 1
    assert table.item(0, 0).text() == "Townsend Hall"
    assert table.item(0, 1).text() == "Tuesdays 19:00–21:00"
    assert stack.undoText() == "Add meeting"

    # Undo from the main window's Edit menu takes it away again, and the panel follows.
    stack.undo()
    assert MeetingService(db).at_space(hall.id) == []
    assert table.rowCount() == 0


def test_a_meeting_at_an_unknown_place_is_refused(qtbot, db, editor):
    group = GroupService(db).create({"name": "Walkers"})
    dialog = editor("group", group.id)
    click(qtbot, dialog.meetings.add_button)
    meeting = dialog.meetings.editor
    qtbot.keyClicks(meeting.ui.space_id.lineEdit(), "Nowhere Hall")
    save(qtbot, meeting)
    assert is_open(meeting)
    assert GroupService(db).meetings(group.id) == []
    shown = [w.text() for w in meeting.findChildren(type(meeting.general_error)) if w.isVisible()]
    assert any("no space called “Nowhere Hall”" in text for text in shown)


def test_removing_a_meeting_asks_first_and_can_be_undone(qtbot, db, editor, stack, monkeypatch):
    group = GroupService(db).create({"name": "Choir"})
    hall = SpaceService(db).create({"name": "Church Hall", "category": "religious"})
    MeetingService(db).create({"group_id": group.id, "space_id": hall.id, "schedule": {"days": ["wed"]}})
    dialog = editor("group", group.id)
    panel = dialog.meetings
    panel.table.selectRow(0)
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args, **kw: asked.append(args) or QMessageBox.StandardButton.Yes)
    click(qtbot, panel.remove_button)
    assert asked and GroupService(db).meetings(group.id) == []
    stack.undo()
    assert len(GroupService(db).meetings(group.id)) == 1
    assert panel.table.rowCount() == 1


def test_a_person_gets_a_role_in_a_group(qtbot, db, editor):
    group = GroupService(db).create({"name": "Friends of the Park"})
    person = PersonService(db).create({"name": "Ada Lovelace"})
    dialog = editor("person", person.id)
    click(qtbot, dialog.roles.add_button)
    role = dialog.roles.editor
    qtbot.keyClicks(role.ui.group_id.lineEdit(), "Friends of the Park")
    role.ui.role.lineEdit().clear()
    qtbot.keyClicks(role.ui.role.lineEdit(), "treasurer")
    qtbot.keyClicks(role.ui.since, "01/04/2025")
    save(qtbot, role)
    (stored,) = PersonService(db).roles(person.id)
    assert (stored.group_id, stored.role) == (group.id, "treasurer")
    assert (stored.since, stored.until) == ("2025-04-01", None)
    assert dialog.roles.table.item(0, 0).text() == "Friends of the Park"
    assert dialog.roles.table.item(0, 2).text() == "1 Apr 2025"


def test_consent_is_saved_with_its_date_and_how_it_was_given_and_can_be_withdrawn(qtbot, db, editor):
    person = PersonService(db).create({"name": "Grace Hopper"})
    dialog = editor("person", person.id)
    given, on, how, recorded_by, _error = dialog.ui.consent.rows["consent_directory"]
    click(qtbot, given)
    assert on.value() == date.today().strftime("%d/%m/%Y")  # ticking dates it today
    on.clear()
    qtbot.keyClicks(on, "03/02/2026")
    choose(qtbot, how, "Form")
    qtbot.keyClicks(recorded_by, "Sam Secretary")
    save(qtbot, dialog)
    stored = PersonService(db).get(person.id)
    assert stored.consent_directory == {"given": True, "on": "2026-02-03", "how": "form",
                                        "recorded_by": "Sam Secretary"}
    assert stored.consent_email == {}  # untouched consents stay unanswered

    dialog = editor("person", person.id)
    given, on, *_rest = dialog.ui.consent.rows["consent_directory"]
    click(qtbot, given)
    save(qtbot, dialog)
    stored = PersonService(db).get(person.id)
    assert stored.consent_directory["given"] is False
    assert stored.consent_directory["on"] == date.today().isoformat()


def test_consent_without_a_date_is_refused_next_to_it(qtbot, db, editor):
    person = PersonService(db).create({"name": "Grace Hopper"})
    dialog = editor("person", person.id)
    given, on, _how, _by, error = dialog.ui.consent.rows["consent_email"]
    click(qtbot, given)
    on.clear()
    save(qtbot, dialog)
    assert not error.isHidden() and "date consent was given" in error.text()
    assert dialog.ui.tabs.currentWidget() is dialog.ui.consent_tab
    assert PersonService(db).get(person.id).consent_email == {}


def test_a_wrong_contact_email_is_shown_under_the_email(qtbot, db, editor):
    dialog = editor("group")
    qtbot.keyClicks(dialog.ui.name, "Book Club")
    qtbot.keyClicks(dialog.ui.contact_email, "not-an-email")
    qtbot.keyClicks(dialog.ui.contact_phone, "0113 496 0000")
    save(qtbot, dialog)
    assert GroupService(db).count() == 0
    assert "not an email address" in dialog.ui.contact_email.accessibleDescription()
    assert dialog.ui.contact_phone.accessibleDescription() == ""


def test_undo_reverts_an_edit_and_history_lists_it(qtbot, db, editor, stack):
    space = SpaceService(db).create({"name": "Old Library", "category": "public"})
    dialog = editor("space", space.id)
    assert dialog.windowTitle() == "Space: Old Library"
    dialog.ui.name.clear()
    qtbot.keyClicks(dialog.ui.name, "New Library")
    dialog.activateWindow()  # shortcuts go to the active window
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog.ui.name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Ctrl+S saves
    assert not is_open(dialog)
    assert SpaceService(db).get(space.id).name == "New Library"
    assert stack.undoText() == "Edit space “New Library”"

    stack.undo()
    assert SpaceService(db).get(space.id).name == "Old Library"

    dialog = editor("space", space.id)
    click(qtbot, dialog.history_button)
    rows = dialog.history.rows()
    assert rows[0][2] == "Added"
    assert rows[1][2:] == ["Changed name", "Old Library", "New Library"]
    assert rows[2][2:] == ["Changed name", "New Library", "Old Library"]


def test_saving_without_changes_adds_nothing_to_undo(qtbot, db, editor, stack):
    space = SpaceService(db).create({"name": "Park", "category": "outdoors", "accessibility": {}})
    dialog = editor("space", space.id)
    save(qtbot, dialog)
    assert not is_open(dialog)
    assert stack.count() == 0
    assert len(SpaceService(db).history(space.id)) == 1


def test_escape_cancels_without_saving(qtbot, db, editor, monkeypatch):
    asked = []
    discard = QMessageBox.StandardButton.Discard
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or discard)
    dialog = editor("group")
    qtbot.keyClicks(dialog.ui.name, "Never Saved")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == ["Save your changes to group “Never Saved” before closing?"]
    assert not is_open(dialog)
    assert GroupService(db).count() == 0


def test_closing_with_changes_asks_and_keep_editing_loses_nothing(qtbot, db, editor, monkeypatch):
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answers.pop(0))
    space = SpaceService(db).create({"name": "Park", "category": "outdoors"})
    dialog = editor("space", space.id)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # nothing changed: closes without a question
    assert not is_open(dialog) and len(answers) == 2
    dialog = editor("space", space.id)
    dialog.ui.name.clear()
    qtbot.keyClicks(dialog.ui.name, "Park Lane Gardens")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Cancel: keep editing, the text still there
    assert is_open(dialog) and dialog.ui.name.text() == "Park Lane Gardens"
    dialog.close()  # the window's close button asks too; Save saves
    assert not is_open(dialog) and answers == []
    assert SpaceService(db).get(space.id).name == "Park Lane Gardens"


def test_tool_use_rating_and_review(qtbot, db, editor):
    group = GroupService(db).create({"name": "Repair Cafe"})
    tool = ToolService(db).create({"name": "Soldering iron", "kind": "shared kit"})
    dialog = editor("tool", tool.id)
    click(qtbot, dialog.uses.add_button)
    use = dialog.uses.editor
    qtbot.keyClicks(use.ui.group_id.lineEdit(), "Repair Cafe")
    use.ui.rating.setFocus()
    qtbot.keyClick(use.ui.rating, Qt.Key.Key_End)
    qtbot.keyClicks(use.ui.review, "Always works")
    save(qtbot, use)
    (stored,) = ToolService(db).uses(tool.id)
    assert (stored.group_id, stored.rating, stored.review) == (group.id, 5, "Always works")
    assert dialog.uses.table.item(0, 1).text() == "★★★★★"
    assert ToolUseService(db).count() == 1


def lend_gazebo(qtbot, db, editor, borrower: str):
    """Open a new tool's editor and its "Lend this kit" form, the borrower typed in."""
    tool = ToolService(db).create({"name": "Gazebo", "kind": "shared kit"})
    dialog = editor("tool", tool.id)
    click(qtbot, dialog.loans.add_button)
    loan = dialog.loans.editor
    qtbot.keyClicks(loan.ui.borrower.lineEdit(), borrower)
    return tool, dialog, loan


def test_a_loan_to_a_neighbour_by_name(qtbot, db, editor):
    tool, dialog, loan = lend_gazebo(qtbot, db, editor, "Mrs Patel at number 4")
    qtbot.keyClicks(loan.ui.due_on, "31/12/2030")
    save(qtbot, loan)
    (stored,) = ToolService(db).loans(tool.id)
    assert stored.borrower == {"name": "Mrs Patel at number 4"}
    assert stored.out_on == date.today().isoformat() and stored.due_on == "2030-12-31"
    assert dialog.loans.table.item(0, 3).text() == "Not yet"


def test_a_loan_returned_before_it_went_out_is_not_saved_and_the_date_is_pointed_at(qtbot, db, editor):
    tool, _dialog, loan = lend_gazebo(qtbot, db, editor, "Scouts")
    loan.ui.out_on.set_value("2026-06-10")
    qtbot.keyClicks(loan.ui.returned_on, "09/06/2026")
    save(qtbot, loan)
    assert is_open(loan) and ToolService(db).loans(tool.id) == []
    assert loan.ui.returned_on.accessibleDescription() == "The return date is before the day it went out"
    loan.ui.returned_on.set_value("2026-06-12")
    save(qtbot, loan)
    assert not is_open(loan)
    assert [x.returned_on for x in ToolService(db).loans(tool.id)] == ["2026-06-12"]


def test_every_editor_opens_on_example_data(qtbot, village, stack):
    from civicdesk.services import pickers

    for record_type in ("space", "group", "person", "tool"):
        first = pickers.choices(village, record_type, limit=1)[0]
        dialog = open_editor(None, village, record_type, first.record_id, stack, lambda t, i: None)
        assert dialog.ui.name.text() == first.name
        assert dialog.ui.name.accessibleName() == "Name"
        save(qtbot, dialog)  # unchanged example data passes its own validation
        assert not is_open(dialog), f"{record_type} {first.name} did not save unchanged"
    assert stack.count() == 0


def test_a_field_is_checked_when_the_cursor_leaves_it(qtbot, db, editor):
    dialog = editor("person")
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.ui.email.setFocus()
    qtbot.keyClicks(dialog.ui.email, "ada@")
    qtbot.keyClick(dialog.ui.email, Qt.Key.Key_Tab)
    assert "not an email address" in dialog.ui.email.accessibleDescription()
    dialog.ui.email.setFocus()  # back in the field to fix it
    qtbot.keyClicks(dialog.ui.email, "example.org")
    dialog.ui.phone.setFocus()
    assert dialog.ui.email.accessibleDescription() == ""


def test_enter_saves(qtbot, db, editor):
    dialog = editor("group")
    qtbot.keyClicks(dialog.ui.name, "Allotment Society")
    qtbot.keyClick(dialog.ui.name, Qt.Key.Key_Return)
    assert not is_open(dialog)
    assert [g.name for g in GroupService(db).find_by_name("Allotment Society")] == ["Allotment Society"]


def test_marking_a_certificate_done_in_the_space_editor_tells_the_rest_of_the_app(qtbot, db, editor, changes):
    """So the Health dashboard's overdue count is right without pressing Refresh."""
    from datetime import timedelta

    from civicdesk.services.compliance import ComplianceService
    from civicdesk.ui.health import CompliancePanel

    hall = SpaceService(db).create({"name": "Church Hall", "category": "civic"})
    overdue = date.today() - timedelta(days=400)
    ComplianceService(db).add_item(hall.id, "Gas safety certificate", last_done=overdue)
    dialog = editor("space", hall.id)
    panel = dialog.findChild(CompliancePanel)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=5_000)
    panel.table.selectRow(0)
    with qtbot.waitSignal(panel.loaded):
        click(qtbot, panel.done_button)
    assert ("space", hall.id) in changes


def test_an_open_space_editor_shows_the_status_a_health_check_gives_and_undo_takes_back(
    qtbot, db, editor, stack
):
    """Recording a check from the editor's tab changes the space's status on the form too, so the
    editor neither shows a stale status nor counts it as an unsaved change; a status chosen on
    the form and not yet saved is left alone."""
    from civicdesk.ui.health import HealthCheckDialog

    hall = SpaceService(db).create({"name": "Church Hall", "category": "civic", "status": "stable"})
    dialog = editor("space", hall.id)
    assert dialog.ui.status.currentData() == "stable"
    click(qtbot, dialog.findChild(QPushButton, "record_health_check"))
    check = next(w for w in dialog.findChildren(HealthCheckDialog) if w.isVisible())
    for combo in check.answers.values():  # the best answer to every question: thriving
        combo.setCurrentIndex(combo.count() - 1)
    click(qtbot, check.buttons.button(QDialogButtonBox.StandardButton.Save))
    assert SpaceService(db).get(hall.id).status == "thriving"
    assert dialog.ui.status.currentData() == "thriving" and not dialog.has_unsaved_changes()

    stack.undo()
    assert dialog.ui.status.currentData() == "stable" and not dialog.has_unsaved_changes()
    choose(qtbot, dialog.ui.status, "At risk")  # their own choice, not saved yet
    stack.redo()
    assert SpaceService(db).get(hall.id).status == "thriving"
    assert dialog.ui.status.currentData() == "at risk" and dialog.has_unsaved_changes()
    save(qtbot, dialog)
    assert SpaceService(db).get(hall.id).status == "at risk"
    stack.undo()  # undoing the Save gives back the status the check gave, not the one before it
    assert SpaceService(db).get(hall.id).status == "thriving"


def test_a_step_that_fails_when_first_done_is_not_left_on_the_undo_stack(db, stack):
    """Edit ▸ Undo must not offer a step that never happened (it would fail when chosen)."""
    from civicdesk.errors import ValidationError
    from civicdesk.ui.undo import CreateRecord

    with pytest.raises(ValidationError):
        stack.push(CreateRecord(SpaceService(db), {"name": ""}, "space", lambda *_: None))
    assert stack.count() == 0 and not stack.canUndo()
