"""Kit reservations: overlaps refused by name, the waiting list, trusted borrowers, overdue kit, and a
clash made on two laptops becoming one item in Needs review."""

from __future__ import annotations

from datetime import date

import pytest

from civicdesk.errors import ValidationError
from civicdesk.services.conflicts import ConflictService, choice_words
from civicdesk.services.reservations import ReservationClashError, Reservations
from civicdesk.services.tools import LoanService, ToolService
from tests.unit.builders_helpers import HART, KINGTON, exchange, two_sites

SATURDAY = "2027-06-12"
TODAY = date(2027, 6, 1)


def service(db):
    return Reservations(db, today=lambda: TODAY)


def test_overlap_refused_naming_the_first_then_the_waiting_list_moves_up(tmp_path):
    s = two_sites(tmp_path)
    r = service(s["kington"])
    first = r.reserve([s["gazebo"]], "Kington Residents' Association", SATURDAY, SATURDAY, "street party")[0]
    with pytest.raises(ReservationClashError) as refused:
        r.reserve([s["gazebo"]], "Hart Bridge Tenants", SATURDAY, SATURDAY, "fun day")
    assert refused.value.clashing_id == first.id
    assert "Gazebo is already reserved for Kington Residents' Association, 12 Jun 2027 (street party)" in str(
        refused.value
    )
    third = r.reserve([s["gazebo"]], "Hart Bridge Tenants", "2027-06-11", SATURDAY, "fun day", wait=True)[0]
    assert (third.status, third.place) == ("waiting", 1)
    moved = r.cancel(first.id)
    assert [m.id for m in moved] == [third.id]
    assert [(q.borrower, q.status) for q in r.queue(s["gazebo"])] == [("Hart Bridge Tenants", "booked")]


def test_waiting_list_is_reordered_and_moves_up_on_early_return(tmp_path):
    s = two_sites(tmp_path)
    r = service(s["kington"])
    held = r.reserve([s["gazebo"]], "Scouts", "2027-06-01", "2027-06-20")[0]
    a = r.reserve([s["gazebo"]], "Choir", "2027-06-10", "2027-06-12", wait=True)[0]
    b = r.reserve([s["gazebo"]], "Cubs", "2027-06-09", "2027-06-10", wait=True)[0]
    assert [q.borrower for q in r.queue(s["gazebo"]) if q.status == "waiting"] == ["Choir", "Cubs"]
    assert [q.id for q in r.move(b.id, -1)] == [b.id, a.id]
    r.lend(held.id, TODAY)
    moved = r.return_kit(held.id, date(2027, 6, 8))  # back early: both waiting ones now fit? only in order
    assert [m.borrower for m in moved] == ["Cubs"]  # Cubs (9–10 Jun) first; Choir overlaps Cubs on the 10th
    assert [(q.borrower, q.status) for q in r.queue(s["gazebo"])] == [
        ("Cubs", "booked"),
        ("Choir", "waiting"),
    ]


def test_valuable_kit_only_for_trusted_borrowers(tmp_path):
    s = two_sites(tmp_path)
    ToolService(s["kington"]).update(s["gazebo"], {"valuable": True})
    r = service(s["kington"])
    with pytest.raises(ValidationError, match="valuable and goes only to trusted borrowers"):
        r.reserve([s["gazebo"]], "Strangers", SATURDAY, SATURDAY)
    r.trust("Scouts")
    assert r.reserve([s["gazebo"]], "scouts", SATURDAY, SATURDAY)[0].status == "booked"


def test_no_loan_with_kit_overdue_unless_the_holder_overrides(tmp_path):
    s = two_sites(tmp_path)
    mower = ToolService(s["kington"]).create({"name": "Mower", "kind": "shared kit"}).id
    loans = LoanService(s["kington"])
    loans.create({"tool_id": mower, "borrower": "Scouts", "out_on": "2026-01-01", "due_on": "2026-01-08"})
    with pytest.raises(ValidationError, match=r"Scouts still has Mower \(due back 8 Jan 2026\)"):
        loans.create({"tool_id": s["gazebo"], "borrower": "Scouts", "out_on": "2026-02-01"})
    loan = loans.create(
        {
            "tool_id": s["gazebo"],
            "borrower": "Scouts",
            "out_on": "2026-02-01",
            "override": {"by": "Sam (chair)", "on": "2026-02-01", "reason": "fun day"},
        }
    )
    assert loans.get(loan.id).override["by"] == "Sam (chair)"


def test_a_kit_is_reserved_all_or_nothing(tmp_path):
    s = two_sites(tmp_path)
    urn = ToolService(s["kington"]).create({"name": "Tea urn", "kind": "shared kit"}).id
    r = service(s["kington"])
    r.reserve([urn], "Choir", SATURDAY, SATURDAY)
    with pytest.raises(ReservationClashError, match="Tea urn"):
        r.reserve([s["gazebo"], urn], "Scouts", SATURDAY, SATURDAY)
    assert r.queue(s["gazebo"]) == []


def test_two_laptops_reserving_the_gazebo_for_the_same_saturday_is_one_clash_in_words(tmp_path):
    s = two_sites(tmp_path)
    kington, hart = s["kington"], s["hart"]
    ours = service(kington).reserve([s["gazebo"]], KINGTON, SATURDAY, SATURDAY, "street party")[0]
    theirs = service(hart).reserve([s["gazebo"]], HART, SATURDAY, SATURDAY, "fun day")[0]
    exchange(hart, kington)
    exchange(hart, kington)  # the same bundle again adds nothing
    items = ConflictService(kington).open_items()
    assert len(items) == 1
    item = items[0]
    assert item.title == "Gazebo: two reservations for the same days"
    assert (item.current_text, item.other_text) == (
        f"{KINGTON}, 12 Jun 2027 (street party)",
        f"{HART}, 12 Jun 2027 (fun day)",
    )
    assert item.other_by == HART
    keep, use = choice_words(item)
    assert keep == f"Keep {KINGTON}, 12 Jun 2027 (street party); the other joins the waiting list"
    ConflictService(kington).keep_current(item.id)
    queue = service(kington).queue(s["gazebo"])
    assert [(q.id, q.status) for q in queue] == [(ours.id, "booked"), (theirs.id, "waiting")]
    exchange(kington, hart)  # settled here: at Hart Bridge the clash closes without anyone deciding
    exchange(kington, hart)
    assert ConflictService(hart).open_items() == []
    assert [q.status for q in service(hart).queue(s["gazebo"])] == ["booked", "waiting"]


def test_undoing_the_decision_puts_the_reservation_back(tmp_path):
    s = two_sites(tmp_path)
    service(s["kington"]).reserve([s["gazebo"]], KINGTON, SATURDAY, SATURDAY)
    service(s["hart"]).reserve([s["gazebo"]], HART, SATURDAY, SATURDAY)
    exchange(s["hart"], s["kington"])
    conflicts = ConflictService(s["kington"])
    item = conflicts.open_items()[0]
    before = conflicts.keep_other(item.id)
    assert [q.borrower for q in service(s["kington"]).queue(s["gazebo"]) if q.status == "waiting"] == [
        KINGTON
    ]
    conflicts.reopen(item.id, before)
    assert [q.status for q in service(s["kington"]).queue(s["gazebo"])] == ["booked", "booked"]
