"""Lending kit: a return recorded on the loan moves the waiting list up (and Undo puts it back), the
overdue rule's override is recorded, and the list of trusted borrowers — in the service and on the
command line (`kit lend`, `kit return TOOL`, `kit trust`, `kit trusted`)."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from civicdesk.cli import main
from civicdesk.errors import CivicDeskError, ValidationError
from civicdesk.services import kit_rules
from civicdesk.services.loans import KitLoanService as LoanService
from civicdesk.services.reservations import Reservations
from civicdesk.services.tools import ToolService
from civicdesk.services.trusted_borrowers import TrustedBorrowerService
from tests.unit.builders_helpers import two_sites

AHEAD = date.today() + timedelta(days=30)  # the days reserved are ahead of the real today


def day(n: int) -> str:
    return (AHEAD + timedelta(days=n)).isoformat()


def test_returning_a_plain_loan_early_books_the_first_on_the_waiting_list_and_undo_puts_it_back(tmp_path):
    s = two_sites(tmp_path)
    db, gazebo = s["kington"], s["gazebo"]
    loans = LoanService(db)
    loan = loans.create({"tool_id": gazebo, "borrower": "Scouts", "out_on": day(0), "due_on": day(20)})
    r = Reservations(db)
    fun_day = r.reserve([gazebo], "Hart Bridge Tenants", day(10), day(10), "fun day", wait=True)[0]
    assert fun_day.status == "waiting"

    loans.update(loan.id, {"returned_on": day(5)})  # as the loan editor saves it

    assert [m.id for m in loans.moved_up] == [fun_day.id]
    assert loans.moved_up[0].words().startswith("Hart Bridge Tenants, ")
    assert r.get(fun_day.id).status == "booked"
    assert r.next_for(gazebo).id == fun_day.id

    loans.update(loan.id, {"returned_on": None})  # Undo: the kit is out again until day 20
    assert r.get(fun_day.id).status == "waiting"
    assert r.get(fun_day.id).place == 1


def test_returning_the_loan_of_a_reservation_returns_the_reservation_too(tmp_path):
    s = two_sites(tmp_path)
    db, gazebo = s["kington"], s["gazebo"]
    r = Reservations(db)
    held = r.reserve([gazebo], "Scouts", date.today().isoformat(), day(20))[0]
    choir = r.reserve([gazebo], "Choir", day(3), day(4), wait=True)[0]
    loan_id = r.lend(held.id)
    loans = LoanService(db)
    loans.update(loan_id, {"returned_on": day(1)})
    assert r.get(held.id).status == "returned"
    assert [m.id for m in loans.moved_up] == [choir.id]
    loans.update(loan_id, {"returned_on": None})
    assert (r.get(held.id).status, r.get(choir.id).status) == ("out", "waiting")


def test_the_overdue_refusal_is_its_own_kind_and_the_override_needs_who_and_why(tmp_path):
    s = two_sites(tmp_path)
    db = s["kington"]
    mower = ToolService(db).create({"name": "Mower", "kind": "shared kit"}).id
    LoanService(db).create({"tool_id": mower, "borrower": "Scouts", "out_on": "2026-01-01",
                            "due_on": "2026-01-08"})
    with pytest.raises(kit_rules.OverdueKitError, match="Scouts still has Mower"):
        LoanService(db).check_rules({"tool_id": s["gazebo"], "borrower": {"name": "Scouts"}})
    with pytest.raises(ValidationError, match="say why"):
        kit_rules.override("Sam", " ", date(2026, 2, 1))
    told = kit_rules.override_words(kit_rules.override("Sam (chair)", "fun day", date(2026, 2, 1)))
    assert told == "Lent despite overdue kit: agreed by Sam (chair) on 1 Feb 2026 (fun day)"


def test_trusted_borrowers_are_added_once_and_taken_off_again(tmp_path):
    s = two_sites(tmp_path)
    db = s["kington"]
    ToolService(db).update(s["gazebo"], {"valuable": True})
    service = TrustedBorrowerService(db)
    service.trust("Scouts")
    with pytest.raises(CivicDeskError, match="Scouts is already on the list of trusted borrowers"):
        service.trust("scouts")
    assert [t.name for t in service.listing()] == ["Scouts"]
    Reservations(db).reserve([s["gazebo"]], "Scouts", day(1), day(1))
    service.untrust("SCOUTS")
    assert service.listing() == []
    with pytest.raises(ValidationError, match="not on the list of trusted borrowers"):
        Reservations(db).reserve([s["gazebo"]], "Scouts", day(5), day(5))


def _cli(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_command_line_trusts_lends_with_an_override_and_returns_moving_the_list_up(tmp_path, capsys):
    s = two_sites(tmp_path)
    db = s["kington"]
    path, gazebo = str(db.path), s["gazebo"]  # by id: the starter tools have a gazebo too
    ToolService(db).update(s["gazebo"], {"valuable": True})
    mower = ToolService(db).create({"name": "Mower", "kind": "shared kit"}).id
    LoanService(db).create({"tool_id": mower, "borrower": "Scouts", "out_on": "2026-01-01",
                            "due_on": "2026-01-08"})

    code, _out, err = _cli(capsys, "--db", path, "kit", "lend", gazebo, "--to", "Scouts")
    assert code == 1 and "valuable and goes only to trusted borrowers" in err
    code, out, _err = _cli(capsys, "--db", path, "kit", "trust", "Scouts")
    assert code == 0 and "Scouts is now a trusted borrower" in out
    code, out, _err = _cli(capsys, "--db", path, "kit", "trusted", "--json")
    assert [t["name"] for t in json.loads(out)["trusted"]] == ["Scouts"]

    code, _out, err = _cli(capsys, "--db", path, "kit", "lend", gazebo, "--to", "Scouts", "--due", day(20))
    assert code == 1 and "Scouts still has Mower (due back 8 Jan 2026)" in err
    assert "to lend anyway, add --override-overdue REASON --by NAME" in err
    code, _out, err = _cli(capsys, "--db", path, "kit", "lend", gazebo, "--to", "Scouts",
                           "--override-overdue", "fun day")
    assert code == 1 and "--by NAME" in err
    code, out, _err = _cli(capsys, "--db", path, "kit", "lend", gazebo, "--to", "Scouts", "--due", day(20),
                           "--override-overdue", "the fun day needs it", "--by", "Sam (chair)", "--json")
    assert code == 0
    lent = json.loads(out)
    assert lent["override"] == {"by": "Sam (chair)", "on": date.today().isoformat(),
                                "reason": "the fun day needs it"}
    assert LoanService(db).get(lent["loan_id"]).override["by"] == "Sam (chair)"

    _cli(capsys, "--db", path, "kit", "reserve", gazebo, "--from", day(10), "--to", day(10),
         "--for", "Scouts", "--purpose", "camp", "--wait")
    code, _out, err = _cli(capsys, "--db", path, "kit", "lend", gazebo, "--to", "Choir")
    assert code == 1 and "Gazebo is out on loan to Scouts" in err
    code, out, _err = _cli(capsys, "--db", path, "kit", "return", gazebo, "--on", day(2))
    assert code == 0 and f"Returned: Gazebo  [loan {lent['loan_id']}]" in out
    assert "Now booked from the waiting list: Gazebo for Scouts" in out

    code, out, _err = _cli(capsys, "--db", path, "kit", "trust", "Scouts", "--off")
    assert code == 0 and "no longer a trusted borrower" in out
