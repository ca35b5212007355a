"""Data protection in the app: a person's export and erasure, and the retention view's anonymise."""

from __future__ import annotations

import json

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QFileDialog, QMessageBox

from civicdesk.core.site_record import ensure_site
from civicdesk.services import retention
from civicdesk.services.people import PersonService
from civicdesk.ui.editors import open_editor
from civicdesk.ui.privacy.view import DataProtectionView
from civicdesk.ui.tasks import TaskRunner

ADDRESS = {"lines": ["12 Mill Lane"], "town": "Westminster", "postcode": "SW1A 1AA"}


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


@pytest.fixture
def aisha(db):
    ensure_site(db, "Hall")
    return PersonService(db).create({"name": "Aisha Khan", "email": "aisha@example.org", "address": ADDRESS,
                                     "safeguarding": {"dbs_type": "basic", "issued_on": "2020-01-01",
                                                      "renewal_due": "2023-01-01"}})


@pytest.fixture
def person_page(qtbot, db, aisha):
    stack, changes = QUndoStack(), []
    dialog = open_editor(None, db, "person", aisha.id, stack, lambda t, i: changes.append((t, i)))
    yield dialog, stack, changes
    dialog.privacy.runner.wait()
    if shiboken6.isValid(dialog):
        dialog.close()


def test_export_everything_from_the_person_page_writes_both_files(qtbot, monkeypatch, tmp_path, person_page):
    dialog, _stack, _changes = person_page
    out = tmp_path / "aisha.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    click(qtbot, dialog.export_button)
    qtbot.waitUntil(lambda: bool(told), timeout=10_000)
    assert json.loads((tmp_path / "aisha.json").read_text(encoding="utf-8"))["person"]["name"] == "Aisha Khan"
    assert out.read_bytes().startswith(b"%PDF") and "aisha.pdf" in told[0]


def test_erase_from_the_person_page_asks_first_and_names_what_happens(qtbot, monkeypatch, db, aisha,
                                                                     person_page):
    dialog, stack, changes = person_page
    asked = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Cancel)
    click(qtbot, dialog.erase_button)
    assert "cannot be undone" in asked[0] and "history of changes is purged" in asked[0]
    assert PersonService(db).get(aisha.id).name == "Aisha Khan"  # cancelled: nothing happened

    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Yes)
    click(qtbot, dialog.erase_button)
    qtbot.waitUntil(lambda: bool(changes), timeout=10_000)
    stored = PersonService(db).get(aisha.id, include_deleted=True)
    assert stored.erased and stored.deleted and stored.name == "" and changes == [("person", aisha.id)]
    assert stack.count() == 0


def test_the_view_lists_expired_checks_and_anonymises_after_confirmation(qtbot, monkeypatch, db, aisha):
    runner = TaskRunner()
    view = DataProtectionView(db, runner)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.table.rowCount() == 1, timeout=10_000)
    assert view.table.item(0, 0).text() == "Aisha Khan"
    assert "DBS check expired" in view.table.item(0, 1).text()
    assert view.years.value() == 3 and not view.anonymise_button.isEnabled()

    view.table.selectRow(0)  # an expired check alone: renew it, do not anonymise a volunteer
    assert view.export_button.isEnabled() and not view.anonymise_button.isEnabled()
    assert "renew it and record the new renewal date" in view.hint.text()

    PersonService(db).delete(aisha.id)  # deleted but still held: now anonymising is the suggestion
    view.reload()
    qtbot.waitUntil(lambda: "Deleted" in view.table.item(0, 1).text(), timeout=10_000)
    view.table.selectRow(0)
    assert view.anonymise_button.isEnabled() and view.hint.text() == ""
    asked = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(view.data_changed, timeout=10_000):
        click(qtbot, view.anonymise_button)
    assert "postcode district" in asked[0] and "cannot be undone" in asked[0]
    stored = PersonService(db).get(aisha.id, include_deleted=True)
    assert stored.erased and stored.address == {"town": "Westminster", "postcode": "SW1A"}
    qtbot.waitUntil(lambda: view.table.rowCount() == 0, timeout=10_000)
    assert "Nobody to review" in view.message.text()
    runner.wait()


def test_the_retention_period_is_changed_in_the_view(qtbot, db, aisha):
    runner = TaskRunner()
    view = DataProtectionView(db, runner)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.table.rowCount() == 1, timeout=10_000)
    view.years.selectAll()
    qtbot.keyClicks(view.years, "7")
    qtbot.keyClick(view.years, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: retention.retention_years(db) == 7, timeout=5_000)
    runner.wait()


def test_the_main_window_has_a_data_protection_view(qtbot, window):
    window.sidebar.setCurrentRow(list(window.views).index("privacy"))
    view = window.views["privacy"]
    qtbot.waitUntil(lambda: view.table.rowCount() > 0, timeout=10_000)
    assert window.sidebar.currentItem().text() == "Data protection"
    assert all("DBS" in view.table.item(r, 1).text() for r in range(view.table.rowCount()))
