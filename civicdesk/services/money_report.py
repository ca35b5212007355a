"""One space's money at a glance, as plain data: the figures of `civicdesk money report` and the pack.

Hirers are named as the consent rules allow (a person who did not agree to be listed appears by
initials), since the report may be printed or passed to a treasurer.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from civicdesk.core.consent import party_name, referenced_people
from civicdesk.db.database import Database
from civicdesk.services import invoices
from civicdesk.services.finance_facts import finance_facts
from civicdesk.services.money import backlog_of
from civicdesk.services.spaces import SpaceService


def printed_hirers(db: Database, parties: list[dict[str, Any]]) -> list[str]:
    """The names of invoice hirers as they may be printed."""
    with db.read() as session:
        people = referenced_people(session, parties)
    return [party_name(p, people) for p in parties]


def money_report(db: Database, space_id: str, today: date) -> dict[str, Any]:
    """The shape documented in README ("money report --json")."""
    space = SpaceService(db).get(space_id)
    facts = finance_facts(db, space_id, today)
    owed = invoices.unpaid(db, today, space_id)
    names = printed_hirers(db, [i.hirer for i in owed])
    return {
        "space": {"id": space.id, "name": space.name},
        "today": today.isoformat(),
        "period": {"from": facts.since, "to": facts.until},
        "income": {"total_pence": facts.income_pence, "by_category": facts.income_by_category},
        "costs": {"total_pence": facts.costs_pence, "by_category": facts.costs_by_category},
        "surplus_pence": facts.surplus_pence,
        "reserves": {
            "pence": facts.reserves_pence,
            "stated_on": facts.reserves_on,
            "months_of_costs": facts.months_of_reserves,
        },
        "backlog": {
            "total_pence": facts.backlog_pence,
            "urgent_pence": facts.urgent_backlog_pence,
            "times_reserves": facts.backlog_to_reserves,
            "items": [
                {
                    "id": b.id,
                    "title": b.title,
                    "kind": b.kind,
                    "estimated_pence": b.estimated_pence,
                    "urgency": b.urgency,
                    "due_year": b.due_year,
                }
                for b in backlog_of(db, space_id)
            ],
        },
        "invoices": {
            "unpaid_pence": facts.unpaid_pence,
            "overdue_pence": facts.overdue_pence,
            "unpaid": [
                {
                    "id": i.id,
                    "number": i.number,
                    "hirer": name,
                    "issued_on": i.issued_on,
                    "due_on": i.due_on,
                    "total_pence": i.total_pence,
                    "outstanding_pence": i.outstanding_pence,
                    "days_overdue": i.days_overdue(today),
                }
                for i, name in zip(owed, names, strict=True)
            ],
        },
        "years": [
            {"year": y.year, "income_pence": y.income_pence, "costs_pence": y.costs_pence}
            for y in facts.years
        ],
        "evidence": facts.in_words(),
    }
