"""Money in the window: trusting a group with our finances when sending, and the funder pack button."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from civicdesk.services.money import MoneyEntryService
from civicdesk.services.spaces import SpaceService
from civicdesk.sync import finances
from civicdesk.ui.bundles import SendDialog
from civicdesk.ui.money.funder_button import FunderPackButton


def test_money_is_left_out_unless_the_group_is_trusted_and_the_choice_is_remembered(qtbot, db):
    dialog = SendDialog(["Library"], None, db)
    qtbot.addWidget(dialog)
    assert not dialog.finances.isEnabled()  # "any group": money never goes
    dialog.peer.setCurrentIndex(dialog.peer.findData("Library"))
    assert dialog.finances.isEnabled() and not dialog.finances.isChecked()  # default: not trusted
    qtbot.mouseClick(dialog.finances, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.passphrase, "correct horse battery")
    qtbot.keyClicks(dialog.again, "correct horse battery")
    dialog.save_button.click()
    assert finances.is_trusted(db, "Library")

    again = SendDialog(["Library"], None, db)
    qtbot.addWidget(again)
    again.peer.setCurrentIndex(again.peer.findData("Library"))
    assert again.finances.isChecked()


def test_the_funder_pack_button_saves_the_pdf(qtbot, db, tmp_path, monkeypatch):
    hall = SpaceService(db).create({"name": "Orchard Village Hall", "category": "civic"})
    MoneyEntryService(db).create({"space_id": hall.id, "kind": "income", "category": "grant",
                                  "amount_pence": "500", "dated": "2026-01-10"})
    out = tmp_path / "pack.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    told = []
    monkeypatch.setattr(QMessageBox, "information",
                        lambda *a, **k: told.append(a[2]) or QMessageBox.StandardButton.Close)
    button = FunderPackButton(db, hall.id, hall.name)
    qtbot.addWidget(button)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(told), timeout=20_000)
    assert Path(out).read_bytes().startswith(b"%PDF") and str(out) in told[0]
