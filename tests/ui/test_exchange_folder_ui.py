"""A watched exchange folder: a bundle dropped into it opens the preview once; nothing is applied silently."""

from __future__ import annotations

import shutil

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel

from civicdesk.services.overview import stats
from civicdesk.services.spaces import SpaceService
from civicdesk.startup import open_database
from civicdesk.sync.export import export_bundle
from civicdesk.sync.receive import BundleImporter
from civicdesk.ui.bundles import PreviewDialog, SendDialog
from civicdesk.ui.exchange import ExchangeFolderDialog, saved_folder
from tests.ui.conftest import open_window


def test_a_bundle_dropped_in_the_folder_opens_the_preview_once(qtbot, village, tmp_path, monkeypatch):
    outbox, exchange = tmp_path / "outbox", tmp_path / "usb-stick"
    outbox.mkdir()
    exchange.mkdir()
    bundle = outbox / "from-the-hall.civicdesk"
    export_bundle(village, bundle, passphrase=None, allow_unencrypted_personal=True)
    tenants = open_database(tmp_path / "tenants.sqlite3")
    expected = BundleImporter(tenants).preview(bundle.read_bytes())
    window = open_window(qtbot, tenants)
    other = open_database(tmp_path / "allotments.sqlite3")
    SpaceService(other).create({"name": "Riverside Allotments", "category": "outdoors"})
    shown: list[str] = []

    def look_then_cancel(dialog: PreviewDialog) -> int:
        shown.append(dialog.findChild(QLabel, "bundle_counts").text())
        if len(shown) == 1:  # a second bundle lands while this preview is open: it waits its turn
            export_bundle(other, exchange / "allotments.civicdesk", passphrase=None)
            qtbot.wait(900)
            assert len(shown) == 1
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(PreviewDialog, "exec", look_then_cancel)
    watcher = window.bundles.exchange
    watcher.poll_ms, watcher.settle_seconds = 100, 0.3
    watcher.set_folder(exchange)
    (exchange / "notes.txt").write_text("not a bundle")
    shutil.copyfile(bundle, exchange / bundle.name)
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=20_000)
    assert shown[1].startswith("1 new · 0 updated")
    assert shown[0] == (
        f"{expected.new} new · {expected.updated} updated · {expected.deleted} deleted · "
        f"{len(expected.conflicts)} to review · {expected.unchanged} unchanged"
    )
    assert expected.new > 300
    assert stats(tenants)["spaces"] == 0  # cancelled in the preview: nothing applied

    shutil.copyfile(bundle, exchange / "same-again.civicdesk")
    (exchange / bundle.name).touch()
    qtbot.wait(900)
    watcher.start(exchange)  # as after a restart: the digests seen are remembered
    qtbot.wait(700)
    assert len(shown) == 2
    watcher.set_folder(None)
    tenants.dispose()
    other.dispose()


def test_choosing_and_clearing_the_folder_and_sending_into_it(qtbot, village, tmp_path, monkeypatch):
    exchange = tmp_path / "Nextcloud" / "civicdesk"
    exchange.mkdir(parents=True)
    window = open_window(qtbot, village)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(exchange))

    def choose(dialog: ExchangeFolderDialog) -> int:
        button = next(b for b in dialog.findChildren(type(dialog.clear_button)) if "Choose" in b.text())
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert dialog.path.text() == str(exchange) and dialog.clear_button.isEnabled()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExchangeFolderDialog, "exec", choose)
    window.bundles.choose_exchange_folder()
    assert saved_folder() == exchange
    assert window.bundles.exchange.folder is not None

    offered: list[str] = []

    def fill_send(dialog: SendDialog) -> int:
        qtbot.keyClicks(dialog.passphrase, "correct horse battery")
        qtbot.keyClicks(dialog.again, "correct horse battery")
        dialog._check()
        return dialog.result()

    monkeypatch.setattr(SendDialog, "exec", fill_send)
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda _w, _t, default, _f: offered.append(default) or ("", "")
    )
    window.bundles.send()
    assert offered and offered[0].startswith(str(exchange))  # outgoing bundles go to the shared folder

    def stop(dialog: ExchangeFolderDialog) -> int:
        qtbot.mouseClick(dialog.clear_button, Qt.MouseButton.LeftButton)
        assert dialog.path.text() == ""
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExchangeFolderDialog, "exec", stop)
    window.bundles.choose_exchange_folder()
    assert saved_folder() is None and window.bundles.exchange.folder is None
