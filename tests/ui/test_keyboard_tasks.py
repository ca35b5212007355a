"""Every task by keyboard alone: each key goes to whichever widget has the focus, as it does for a
person who cannot use a mouse. Only the operating system's file chooser is answered for them
(and, after a dialog closes, the window is given back the keyboard as a window manager would)."""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMessageBox

from civicdesk.services import pickers
from civicdesk.services.health import QUESTIONS, HealthService
from civicdesk.services.spaces import SpaceService
from civicdesk.sync.export import build_bundle, export_bundle
from civicdesk.sync.receive import BundleImporter
from civicdesk.ui.bundles import PreviewDialog
from civicdesk.ui.directory.dialog import DirectoryDialog
from civicdesk.ui.editors.space import SpaceEditor
from civicdesk.ui.health.check_form import HealthCheckDialog
from tests.ui.conftest import open_window
from tests.ui.keyboard import Keyboard, active_dialog, back_in, focused, when_shown
from tests.unit.sync_helpers import make_site


def _window(qtbot, db):
    window = open_window(qtbot, db)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window and QApplication.focusWidget() is not None)
    return window


def _names_listed(window) -> list[str]:
    model = window.views["spaces"].table.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def add_space_by_keyboard(qtbot, keys: Keyboard, window, name: str) -> None:
    """Ctrl+1 (Spaces), Ctrl+N, type the name, Tab, type the category, Enter."""
    keys.ctrl(Qt.Key.Key_1)
    keys.ctrl(Qt.Key.Key_N)
    editor = active_dialog(qtbot, SpaceEditor)
    assert editor.windowTitle() == "New space"
    assert focused().accessibleName() == "Name"  # the cursor starts in the first field
    keys.type(name)
    keys.tab()
    assert focused().accessibleName() == "Category"
    keys.type("civic")  # a closed list: typing a choice's first letters picks it
    assert focused().currentText() == "Civic"
    keys.enter()  # Save is the default button
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=5_000)
    back_in(qtbot, window)


def test_add_a_space_by_keyboard(qtbot, village):
    window = _window(qtbot, village)
    keys = Keyboard(qtbot)
    add_space_by_keyboard(qtbot, keys, window, "Keyboard Hall")
    qtbot.waitUntil(lambda: "Keyboard Hall" in _names_listed(window), timeout=10_000)
    [made] = pickers.choices(village, "space", "Keyboard Hall")
    assert SpaceService(village).get(made.record_id).category == "civic"
    window.runner.wait()


def test_record_a_health_check_by_keyboard(qtbot, village):
    window = _window(qtbot, village)
    keys = Keyboard(qtbot)
    keys.ctrl(Qt.Key.Key_1)
    table = window.views["spaces"].table
    keys.tab_to(lambda widget: widget is table)  # from the sidebar, Tab goes on into the list
    keys.press(Qt.Key.Key_Home)
    keys.press(Qt.Key.Key_Down, times=2)
    name = table.currentIndex().data()
    keys.enter()  # Enter opens the chosen row, as a double-click does
    editor = active_dialog(qtbot, SpaceEditor)
    assert editor.windowTitle() == f"Space: {name}"
    keys.alt("h")  # the "Health and compliance" tab
    assert editor.ui.tabs.tabText(editor.ui.tabs.currentIndex()) == "&Health and compliance"
    keys.alt("r")  # "Record a health check…"
    check = active_dialog(qtbot, HealthCheckDialog)
    assert focused() is check.answers[QUESTIONS[0]]
    for _question in QUESTIONS:  # the fourth answer of each of the seven questions
        keys.press(Qt.Key.Key_Down, times=4)
        keys.tab()
    assert focused() is check.checked_on  # today, as it is
    keys.tab_to(lambda widget: widget is check.assessor)
    keys.type("Amal Haddad")
    assert check.score_label.text().startswith("Score: 75 out of 100")
    keys.enter()  # Save
    qtbot.waitUntil(lambda: not check.isVisible(), timeout=5_000)
    saved = HealthService(village).latest(editor.record_id)
    assert saved is not None and saved.assessor == "Amal Haddad"
    assert saved.answers == dict.fromkeys(QUESTIONS, 4) and saved.score == 75
    back_in(qtbot, editor)
    assert editor.windowTitle() == f"Space: {name}"
    keys.press(Qt.Key.Key_Escape)  # and close the editor, nothing changed in it
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=5_000)
    window.runner.wait()


def test_print_a_directory_to_pdf_by_keyboard(qtbot, village, tmp_path, monkeypatch):
    window = _window(qtbot, village)
    keys = Keyboard(qtbot)
    add_space_by_keyboard(qtbot, keys, window, "Keyboard Hall")
    out = tmp_path / "noticeboard.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "PDF files (*.pdf)"))
    keys.ctrl(Qt.Key.Key_P)  # File › Print directory…
    dialog = active_dialog(qtbot, DirectoryDialog)
    assert focused() is dialog.layout_box
    keys.alt("c")  # Categories: the list of ticks
    assert focused() is dialog.categories
    keys.press(Qt.Key.Key_End)  # the last category (clubs and association halls)…
    keys.press(Qt.Key.Key_Space)  # …left out: a new preview is made
    qtbot.waitUntil(lambda: not dialog.save_button.isEnabled(), timeout=5_000)
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=60_000)
    assert "associations" not in dialog.options().categories and "civic" in dialog.options().categories
    keys.alt("s")  # Save PDF… (a button pressed by its letter shows itself pressed first)
    qtbot.waitUntil(out.exists, timeout=5_000)
    text = "".join(page.extract_text() for page in PdfReader(str(out)).pages)
    assert "Keyboard Hall" in text
    keys.press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5_000)
    window.runner.wait()


def test_receive_a_bundle_and_resolve_needs_review_by_keyboard(qtbot, tmp_path, monkeypatch):
    # The hall and the tenants both change the hire cost; the tenants receive the hall's bundle.
    hall = make_site(tmp_path / "hall.sqlite3", "Chapel Street Hall")
    tenants = make_site(tmp_path / "tenants.sqlite3", "Brook Street Tenants")
    space = SpaceService(hall).create({"name": "Chapel Street Hall", "category": "civic"})
    BundleImporter(tenants).apply(build_bundle(hall).data)
    SpaceService(hall).update(space.id, {"hire_cost": "£12 an hour"})
    SpaceService(tenants).update(space.id, {"hire_cost": "£15 an hour"})
    bundle = tmp_path / "from-the-hall.civicdesk"
    export_bundle(hall, bundle, passphrase="correct horse battery")

    window = _window(qtbot, tenants)
    keys = Keyboard(qtbot)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bundle), ""))
    seen: list[str] = []

    def passphrase(dialog) -> None:  # the app's own prompt: typed, then Enter
        seen.append(dialog.labelText())
        keys.type("correct horse battery")
        keys.enter()

    def preview(dialog) -> None:
        seen.append(dialog.windowTitle())
        keys.alt("a")  # Apply

    def applied(dialog) -> None:
        seen.append(dialog.text())
        keys.enter()  # OK

    # These dialogs wait for an answer in their own loop: the keys are pressed once each shows.
    when_shown(QInputDialog, passphrase)
    when_shown(PreviewDialog, preview)
    when_shown(QMessageBox, applied)
    keys.ctrl(Qt.Key.Key_R, shift=True)  # File › Receive a bundle…
    qtbot.waitUntil(lambda: len(seen) == 3, timeout=30_000)
    assert "is locked" in seen[0] and seen[1] == "Bundle from Chapel Street Hall"
    assert "1 to review" in seen[2]
    back_in(qtbot, window)

    keys.ctrl(Qt.Key.Key_0)  # View › Needs review
    review = window.views["review"]
    qtbot.waitUntil(lambda: review.open_count == 1, timeout=10_000)
    keys.tab_to(lambda widget: widget is review.table)  # read the clash…
    assert "£15" in review.table.item(0, 2).text() + review.table.item(0, 3).text()
    keys.tab_to(lambda widget: widget is review.other_button)  # …then Tab to the other version
    assert review.other_button.text().startswith("&Use £12 an hour")
    keys.press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: review.open_count == 0, timeout=10_000)
    assert SpaceService(tenants).get(space.id).hire_cost == "£12 an hour"
    window.runner.wait()
    for db in (hall, tenants):
        db.dispose()
