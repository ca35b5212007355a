"""The example neighbourhood's money: the same every time, and some halls thrive while others struggle."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from civicdesk.db.models import Space
from civicdesk.db.money_models import MoneyEntry
from civicdesk.services import demo
from civicdesk.services.finance_facts import finance_facts

TODAY = date(2026, 11, 30)


def _facts(db):
    with db.read() as session:
        ids = sorted(set(session.scalars(select(MoneyEntry.space_id))))
        names = {sid: name for sid, name in session.execute(select(Space.id, Space.name))}
    return {names[i]: finance_facts(db, i, TODAY) for i in ids}


def test_some_halls_thrive_and_some_struggle(db):
    demo.generate(db, "village", seed=1, today=TODAY)
    facts = _facts(db)
    assert len(facts) >= 8
    balance = [f.surplus_pence / f.costs_pence for f in facts.values()]
    assert any(b > 0.15 for b in balance), "a thriving hall earns well over its costs"
    assert any(b < -0.1 for b in balance), "a struggling hall spends more than it earns"
    struggling = [f for f in facts.values() if f.months_of_reserves is not None and f.months_of_reserves < 2]
    assert struggling and any((f.backlog_to_reserves or 0) > 5 for f in struggling)
    assert any(f.overdue_invoices for f in facts.values())


def test_the_same_seed_gives_the_same_money(db, tmp_path):
    from civicdesk.startup import open_database

    demo.generate(db, "village", seed=3, today=TODAY)
    other = open_database(tmp_path / "again.sqlite3")
    demo.generate(other, "village", seed=3, today=TODAY)
    first = {n: (f.income_pence, f.costs_pence, f.backlog_pence) for n, f in _facts(db).items()}
    assert first == {n: (f.income_pence, f.costs_pence, f.backlog_pence) for n, f in _facts(other).items()}
    other.dispose()


def test_a_year_of_quarterly_entries_adds_up_to_the_same_yearly_entry():
    from civicdesk.services.demo_money import DemoMoney

    spaces = [{"id": f"s{i}", "category": "civic", "status": "stable"} for i in range(5)]
    quarterly = DemoMoney(2, TODAY, "stamp").rows(spaces, [], [])["money_entries"]
    yearly = DemoMoney(2, TODAY, "stamp", by_year=True).rows(spaces, [], [])["money_entries"]
    assert len(yearly) < len(quarterly) / 3

    def totals(rows):
        found: dict[tuple[str, str, str], int] = {}
        for r in rows:
            key = (r["space_id"], r["kind"], r["dated"][:4])
            found[key] = found.get(key, 0) + r["amount_pence"]
        return found

    assert totals(yearly) == totals(quarterly)
