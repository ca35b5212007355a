"""The bundle preview and Needs review in words, as a committee member sees and uses them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QPushButton, QWidget

from civicdesk.core.field_labels import field_label
from civicdesk.services.spaces import SpaceService
from civicdesk.sync.receive import BundleImporter
from civicdesk.ui.bundles import PreviewDialog
from civicdesk.ui.editors import EDITABLE_TYPES, editor_class
from tests.ui.conftest import open_window
from tests.unit.review_helpers import START, three_to_review, twenty_changes
from tests.unit.sync_helpers import make_site


def test_the_preview_groups_records_and_opens_each_onto_its_details(qtbot, tmp_path):
    hall, bundle, _ids = twenty_changes(tmp_path)
    dialog = PreviewDialog(BundleImporter(hall, now=lambda: START + 4000).preview(bundle))
    qtbot.addWidget(dialog)
    dialog.show()
    lines = dialog.changes.lines()
    assert lines[0] == "Will wait in Needs review (3)"
    assert "  Chapel Street Hall (space) · Hire cost" in lines
    assert "    Waits: £12 an hour (ours). Everyone will see: £15 an hour." in lines
    assert "Changed (7)" in lines
    assert "  Chapel Street Hall (space) — 3 details, 1 to review" in lines
    assert "    Hire cost: £12 an hour → £15 an hour (ours waits in Needs review)" in lines
    assert "    Opening hours: — → Tue 09:30–17:00; Sat 10:00–13:00" in lines
    assert not any("hire_cost" in line or "{" in line for line in lines)
    # Twenty changes fit: every record is open, and no Open all / Close all is needed.
    changed = dialog.changes.groups["updated"]
    assert all(changed.child(i).isExpanded() for i in range(changed.childCount()))
    assert not dialog.changes.expand_button.isVisible()
    hall.dispose()


def test_many_changes_start_closed_per_record_and_open_with_one_click(qtbot, tmp_path):
    hall = make_site(tmp_path / "hall.sqlite3", "Hall")
    tenants = make_site(tmp_path / "tenants.sqlite3", "Tenants")
    from civicdesk.sync.export import build_bundle

    ours = SpaceService(hall, now=lambda: START)
    ids = [ours.create({"name": f"Hall {n}", "category": "civic"}).id for n in range(30)]
    BundleImporter(tenants, now=lambda: START).apply(build_bundle(hall).data)
    for number, space_id in enumerate(ids):
        SpaceService(tenants, now=lambda: START + 1000).update(
            space_id, {"hire_cost": f"£{number} an hour", "capacity": 10 + number})
    dialog = PreviewDialog(BundleImporter(hall, now=lambda: START + 2000).preview(build_bundle(tenants).data))
    qtbot.addWidget(dialog)
    dialog.show()
    changed = dialog.changes.groups["updated"]
    assert changed.isExpanded() and changed.childCount() == 30
    assert not any(changed.child(i).isExpanded() for i in range(30))
    assert dialog.changes.expand_button.isVisible()
    qtbot.mouseClick(dialog.changes.expand_button, Qt.MouseButton.LeftButton)
    assert all(changed.child(i).isExpanded() for i in range(30))
    qtbot.mouseClick(dialog.changes.collapse_button, Qt.MouseButton.LeftButton)
    assert changed.isExpanded() and not changed.child(0).isExpanded()
    assert dialog.changes.tree.isVisible()
    hall.dispose()
    tenants.dispose()


def _button(window, name: str) -> QPushButton:
    return window.views["review"].findChild(QPushButton, name)


def test_needs_review_names_the_choices_confirms_them_with_undo_and_counts_in_the_sidebar(qtbot, tmp_path):
    hall = three_to_review(tmp_path)
    window = open_window(qtbot, hall)
    review_item = window.sidebar.item(list(window.views).index("review"))
    # The count shows before the view is ever opened.
    qtbot.waitUntil(lambda: review_item.text() == "Needs review (3)", timeout=10_000)
    window.show_view("review")
    review = window.views["review"]
    qtbot.waitUntil(lambda: review.table.rowCount() == 3, timeout=10_000)
    keep, use = _button(window, "keep_button"), _button(window, "use_button")
    assert keep.text().replace("&", "") == "Keep £15 an hour (Kington Residents' Association's)"
    assert use.text().replace("&", "") == "Use £12 an hour (ours)"
    review.table.selectRow(2)
    assert keep.text().replace("&", "") == "Keep thriving (ours)"
    review.table.selectRow(0)

    qtbot.mouseClick(use, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: review.table.rowCount() == 2, timeout=10_000)
    notice = window.findChild(QWidget, "undo_notice")
    assert notice.isVisible()
    assert notice.findChild(QWidget, "undo_notice_text").text() == (
        "Used £12 an hour (ours) for Chapel Street Hall · Hire cost.")
    assert review_item.text() == "Needs review (2)"
    # The buttons now name the item that moved up into the first row.
    assert keep.text().replace("&", "") == "Keep 55 (Kington Residents' Association's)"
    assert notice.findChild(QPushButton).width() < 200
    hall_id = next(s.id for s in SpaceService(hall).find_by_name("Chapel Street Hall"))
    assert SpaceService(hall).get(hall_id).hire_cost == "£12 an hour"
    assert window.undo_stack.undoText() == "Use £12 an hour (ours) for Chapel Street Hall · Hire cost"

    qtbot.mouseClick(notice.findChild(QPushButton, "undo_notice_button"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: review.table.rowCount() == 3, timeout=10_000)
    assert review_item.text() == "Needs review (3)" and not notice.isVisible()
    assert SpaceService(hall).get(hall_id).hire_cost == "£15 an hour"
    window.runner.wait()
    hall.dispose()


def test_the_empty_page_keeps_its_explanation_under_its_title(qtbot, db):
    window = open_window(qtbot, db)
    window.show_view("review")
    review = window.views["review"]
    qtbot.waitUntil(lambda: review.message.text().startswith("Nothing needs review."), timeout=10_000)
    window.resize(1366, 768)
    qtbot.wait(50)
    title = next(label for label in review.findChildren(QWidget) if getattr(label, "text", None)
                 and label.text() == "Needs review")
    gap = review.message.geometry().top() - title.geometry().bottom()
    assert 0 <= gap < 24
    assert window.sidebar.item(list(window.views).index("review")).text() == "Needs review"
    window.runner.wait()


def test_every_field_an_editor_shows_is_named_the_same_outside_it(qtbot, db):
    parent, stack = QWidget(), QUndoStack()
    qtbot.addWidget(parent)
    for record_type in EDITABLE_TYPES:
        editor = editor_class(record_type)(parent, db, None, stack, lambda *_: None)
        for field, binding in editor.bindings.items():
            assert field_label(record_type, field) == binding.label, (record_type, field)
