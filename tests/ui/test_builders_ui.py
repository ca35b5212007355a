"""The Builders view driven as a committee member would, on two groups' laptops: offer help, see it
arrive, ask, match, mark done; reserve the gazebo, be refused, wait, move up; a clash in Needs review."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from civicdesk.services.reservations import Reservations
from tests.ui.conftest import open_window
from tests.unit.builders_helpers import HART, KINGTON, exchange, two_sites

SATURDAY = "12/06/2027"


def builders_view(qtbot, db):
    window = open_window(qtbot, db)
    window.show_view("builders")
    lazy = window.views["builders"]
    qtbot.waitUntil(lazy.is_ready, timeout=10_000)
    return window, lazy.inner


def dialog_after(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None, timeout=5_000)
    return QApplication.activeModalWidget()


def press_ok(qtbot, dialog):
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def cells(table, row):
    return [table.item(row, c).text() for c in range(table.columnCount())]


def test_offer_travels_is_matched_with_its_reason_and_the_hours_reach_both_sites(qtbot, tmp_path):
    s = two_sites(tmp_path)
    window, view = builders_view(qtbot, s["kington"])
    offer = dialog_after(qtbot, view.offer_button)
    qtbot.keyClicks(offer.who, "Aisha")
    assert offer.who.currentText() == "Aisha Khan"
    qtbot.keyClicks(offer.skills, "first aid")
    qtbot.keyClicks(offer.areas, "Hart Bridge")
    qtbot.mouseClick(offer.ways["come and run it"], Qt.MouseButton.LeftButton)
    press_ok(qtbot, offer)
    qtbot.waitUntil(lambda: view.offers.rowCount() == 1, timeout=5_000)
    assert cells(view.offers, 0)[:4] == ["Aisha Khan", KINGTON, "first aid", "Hart Bridge"]
    window.close()

    exchange(s["kington"], s["hart"])
    window, view = builders_view(qtbot, s["hart"])
    # Aisha did not agree to her details being shared: her initials and her group.
    assert cells(view.offers, 0)[:2] == [f"A. K., a volunteer of {KINGTON}", KINGTON]
    request = dialog_after(qtbot, view.ask_button)
    qtbot.keyClicks(request.group, HART)
    qtbot.keyClicks(request.what, "first aid cover for the fun day on 14 June")
    qtbot.keyClicks(request.skills, "first aid")
    qtbot.keyClicks(request.area, "Hart Bridge")
    qtbot.keyClicks(request.needed_by, "14/06/2027")
    press_ok(qtbot, request)
    qtbot.waitUntil(lambda: view.requests.rowCount() == 1 and view.matches.count() == 1, timeout=5_000)
    assert cells(view.requests, 0)[:4] == [
        HART,
        "first aid cover for the fun day on 14 June",
        "14 Jun 2027",
        "Open",
    ]
    match = view.matches.item(0).text()
    assert match == f"A. K., a volunteer of {KINGTON} ({KINGTON}): offers first aid, works in Hart Bridge"

    view.matches.setCurrentRow(0)
    qtbot.mouseClick(view.answer_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: cells(view.requests, 0)[3] == "Answered", timeout=5_000)
    qtbot.mouseClick(view.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: cells(view.requests, 0)[3] == "Accepted", timeout=5_000)
    done = dialog_after(qtbot, view.done_button)
    done.hours.selectAll()
    qtbot.keyClicks(done.hours, "3")
    done.done_on.clear()
    qtbot.keyClicks(done.done_on, "14/06/2027")
    press_ok(qtbot, done)
    qtbot.waitUntil(lambda: view.help.rowCount() == 1, timeout=5_000)
    assert cells(view.help, 0)[:5] == ["14 Jun 2027", f"A. K., a volunteer of {KINGTON}", KINGTON, HART, "3"]
    window.close()

    exchange(s["hart"], s["kington"])
    window, view = builders_view(qtbot, s["kington"])
    assert cells(view.help, 0)[:5] == ["14 Jun 2027", "Aisha Khan", KINGTON, HART, "3"]
    assert cells(view.requests, 0)[3] == "Done"
    assert "3 hours of help given" in view.summary.text()
    assert f"{KINGTON} — 3 h" in view.side.text()
    window.close()


def test_reserve_the_gazebo_refused_naming_the_first_then_the_waiting_list_moves_up(
    qtbot, tmp_path, monkeypatch
):
    s = two_sites(tmp_path)
    window, view = builders_view(qtbot, s["kington"])
    view.tabs.setCurrentWidget(view.kit)
    kit = view.kit
    kit.choose("Gazebo")

    def reserve(who: str, wait: bool = False):
        dialog = dialog_after(qtbot, kit.reserve_button)
        qtbot.keyClicks(dialog.borrower, who)
        qtbot.keyClicks(dialog.from_on, SATURDAY)
        qtbot.keyClicks(dialog.purpose, "street party" if who == KINGTON else "fun day")
        if wait:
            qtbot.mouseClick(dialog.wait, Qt.MouseButton.LeftButton)
        press_ok(qtbot, dialog)
        return dialog

    reserve(KINGTON)
    qtbot.waitUntil(lambda: kit.table.rowCount() == 1, timeout=5_000)
    assert cells(kit.table, 0) == ["Reserved", KINGTON, "12 Jun 2027", "street party"]

    refused = reserve(HART)
    assert refused.isVisible()  # the dialog stays open, saying why
    assert f"Gazebo is already reserved for {KINGTON}, 12 Jun 2027 (street party)" in refused.error.text()
    qtbot.mouseClick(
        refused.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton
    )

    reserve("Hart Bridge Scouts", wait=True)
    qtbot.waitUntil(lambda: kit.table.rowCount() == 2, timeout=5_000)
    assert cells(kit.table, 1)[:2] == ["Waiting, #1", "Hart Bridge Scouts"]

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    kit.table.selectRow(0)
    qtbot.mouseClick(kit.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: kit.table.rowCount() == 1, timeout=5_000)
    assert cells(kit.table, 0)[:2] == ["Reserved", "Hart Bridge Scouts"]
    assert "Booked from the waiting list: Hart Bridge Scouts, 12 Jun 2027 (fun day)" in kit.note.text()
    window.close()


def test_the_same_saturday_reserved_on_two_laptops_is_one_clash_in_needs_review(qtbot, tmp_path):
    s = two_sites(tmp_path)
    Reservations(s["kington"]).reserve([s["gazebo"]], KINGTON, "2027-06-12", "2027-06-12", "street party")
    Reservations(s["hart"]).reserve([s["gazebo"]], HART, "2027-06-12", "2027-06-12", "fun day")
    exchange(s["hart"], s["kington"])
    window = open_window(qtbot, s["kington"])
    window.show_view("review")
    review = window.views["review"]
    qtbot.waitUntil(lambda: review.open_count == 1, timeout=10_000)
    row = cells(review.table, 0)
    assert row[0].startswith("Gazebo: two reservations for the same days")
    assert row[1] == "Reserved for"
    assert row[2].startswith(f"{KINGTON}, 12 Jun 2027 (street party)\n")
    assert row[3].startswith(f"{HART}, 12 Jun 2027 (fun day)\n— changed by {HART}")
    assert review.keep_button.text().replace("&", "").startswith(f"Keep {KINGTON}, 12 Jun 2027")
    qtbot.mouseClick(review.keep_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: review.open_count == 0, timeout=10_000)
    queue = Reservations(s["kington"]).queue(s["gazebo"])
    assert [(q.borrower, q.status) for q in queue] == [(KINGTON, "booked"), (HART, "waiting")]
    window.close()
