"""Money settings…, as a treasurer sets the hall up for invoicing: the charity number, the bank
details, the invoice number prefix and the payment terms, then a printed invoice that shows them."""

from __future__ import annotations

import subprocess
from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel

from civicdesk.reports.invoice_pdf import write_invoice
from civicdesk.services import invoices, money_settings
from civicdesk.services.spaces import SpaceService
from civicdesk.ui.money.panel import MoneyPanel
from civicdesk.ui.money.settings_dialog import MoneySettingsDialog


def _panel(qtbot, db):
    hall = SpaceService(db).create({"name": "Orchard Village Hall", "category": "civic"})
    panel = MoneyPanel(db, hall.id, QUndoStack(), lambda *_: None)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitUntil(lambda: panel.state is not None)
    return hall, panel


def _fill(qtbot, widget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)


def _open_settings(qtbot, panel, drive) -> dict:
    seen: dict = {}

    def step() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, MoneySettingsDialog):
            QTimer.singleShot(20, step)
            return
        drive(dialog, seen)

    QTimer.singleShot(0, step)
    qtbot.mouseClick(panel.buttons["settings"], Qt.MouseButton.LeftButton)
    return seen


def test_set_the_halls_details_and_see_them_on_the_printed_invoice(qtbot, db, tmp_path):
    hall, panel = _panel(qtbot, db)
    assert panel.buttons["settings"].text() == "Money se&ttings…"

    def wrong_then_right(dialog: MoneySettingsDialog, seen: dict) -> None:
        _fill(qtbot, dialog.payee, "Orchard Village Hall Trust")
        _fill(qtbot, dialog.charity_number, "1123456")
        _fill(qtbot, dialog.address, "1 Orchard Lane")
        for line in ("Kington", "KT1 2AB"):
            qtbot.keyClick(dialog.address, Qt.Key.Key_Return)
            qtbot.keyClicks(dialog.address, line)
        _fill(qtbot, dialog.account_name, "Orchard Village Hall")
        _fill(qtbot, dialog.sort_code, "12345")  # a digit short
        _fill(qtbot, dialog.account_number, "12345678")
        _fill(qtbot, dialog.invoice_prefix, "ovh")
        _fill(qtbot, dialog.payment_terms_days, "30")
        save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.click()
        seen["open"] = dialog.isVisible()
        seen["shown"] = [label.text() for label in dialog.findChildren(QLabel) if label.isVisible()]
        seen["saved_before"] = money_settings.load(db).charity_number
        _fill(qtbot, dialog.sort_code, "123456")
        save.click()
        seen["closed"] = not dialog.isVisible()

    seen = _open_settings(qtbot, panel, wrong_then_right)
    assert seen["open"] and "a sort code is six digits, such as 12-34-56" in seen["shown"]
    assert seen["saved_before"] == ""  # nothing saved while one value is wrong
    assert seen["closed"]
    settings = money_settings.load(db)
    assert (settings.sort_code, settings.invoice_prefix, settings.payment_terms_days) == (
        "12-34-56",
        "OVH",
        30,
    )

    # Opened again, it shows what was saved.
    def look(dialog: MoneySettingsDialog, seen: dict) -> None:
        seen["values"] = dialog.values()
        dialog.reject()

    assert _open_settings(qtbot, panel, look)["values"]["charity_number"] == "1123456"

    invoice = invoices.issue(
        db,
        hall.id,
        {"name": "Kington Choir"},
        [{"description": "Hall hire", "quantity": 2, "unit_pence": 1500}],
        date(2027, 3, 1),
    )
    assert invoice.number == "OVH-0001" and invoice.due_on == "2027-03-31"
    pdf = write_invoice(db, invoice.id, tmp_path / "invoice.pdf")
    text = " ".join(
        subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout.split()
    )
    for expected in (
        "Orchard Village Hall Trust",
        "Registered charity number 1123456",
        "Kington KT1 2AB",
        "OVH-0001",
        "payment within 30 days",
        "31 March 2027",
        "sort code 12-34-56",
        "account 12345678",
    ):
        assert expected in text, expected
