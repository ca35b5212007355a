"""Send a bundle from one group's window and receive it in another's, then settle a clash."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox

from civicdesk.services.overview import stats
from civicdesk.services.spaces import SpaceService
from civicdesk.startup import open_database
from civicdesk.sync.export import build_bundle
from civicdesk.sync.receive import BundleImporter
from civicdesk.ui.bundles import PreviewDialog, SendDialog
from tests.ui.conftest import open_window


def test_send_then_receive_with_a_passphrase(qtbot, village, tmp_path, monkeypatch):
    sender = open_window(qtbot, village)
    out = tmp_path / "to-tenants.civicdesk"

    def fill_send(dialog: SendDialog) -> int:
        qtbot.keyClicks(dialog.passphrase, "correct horse battery")
        qtbot.keyClicks(dialog.again, "correct horse battery")
        dialog._check()
        return dialog.result()

    monkeypatch.setattr(SendDialog, "exec", fill_send)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Close)
    sender.bundles.send()
    qtbot.waitUntil(out.exists, timeout=20_000)
    sender.runner.wait()
    assert out.read_bytes().startswith(b"age-encryption.org/")

    tenants = open_database(tmp_path / "tenants.sqlite3")
    receiver = open_window(qtbot, tenants)
    previews = []

    def accept(dialog: PreviewDialog) -> int:
        previews.append(dialog.apply_button.isEnabled())
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PreviewDialog, "exec", accept)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("correct horse battery", True))
    receiver.open_file(out)
    qtbot.waitUntil(lambda: stats(tenants)["spaces"] == 40, timeout=30_000)
    assert previews == [True]
    qtbot.waitUntil(lambda: receiver.counts_label.text().startswith("40 spaces"), timeout=10_000)
    tenants.dispose()


def test_a_wrong_passphrase_is_said_plainly_and_changes_nothing(qtbot, village, tmp_path, monkeypatch):
    from civicdesk.sync.export import export_bundle

    out = tmp_path / "b.civicdesk"
    export_bundle(village, out, passphrase="the right one")
    tenants = open_database(tmp_path / "tenants.sqlite3")
    receiver = open_window(qtbot, tenants)
    warnings = []
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("the wrong one", True))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    receiver.open_file(out)
    qtbot.waitUntil(lambda: bool(warnings), timeout=20_000)
    assert "passphrase" in warnings[0].lower() and "Traceback" not in warnings[0]
    assert stats(tenants)["spaces"] == 0
    tenants.dispose()


def test_needs_review_shows_both_versions_and_the_other_can_be_chosen(qtbot, tmp_path):
    hall = open_database(tmp_path / "hall.sqlite3")
    tenants = open_database(tmp_path / "tenants.sqlite3")
    space = SpaceService(hall).create({"name": "Chapel Street Hall", "category": "civic"})
    BundleImporter(tenants).apply(build_bundle(hall).data)
    SpaceService(hall).update(space.id, {"hire_cost": "£12 an hour"})
    SpaceService(tenants).update(space.id, {"hire_cost": "£15 an hour"})
    BundleImporter(tenants).apply(build_bundle(hall).data)
    window = open_window(qtbot, tenants)
    window.show_view("review")
    review = window.views["review"]
    qtbot.waitUntil(lambda: review.open_count == 1, timeout=10_000)
    texts = {review.table.item(0, c).text() for c in range(5)}
    assert any("£12" in t for t in texts) and any("£15" in t for t in texts)
    kept = SpaceService(tenants).get(space.id).hire_cost
    review.other_button.click()
    qtbot.waitUntil(lambda: review.open_count == 0, timeout=10_000)
    assert SpaceService(tenants).get(space.id).hire_cost != kept
    assert "Nothing needs review" in review.message.text()
    for db in (hall, tenants):
        db.dispose()
