"""Invoices with money still owed, for the Health dashboard: one SQL query over every space.

The hirer is named as the consent rules allow, since the dashboard may be printed or shown on a
screen in a committee meeting. The dashboard's space filters (category, owner) narrow it.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from sqlalchemy import text

from civicdesk.core.consent import party_name, referenced_people
from civicdesk.db.database import Database


@dataclass(frozen=True)
class UnpaidRow:
    space_id: str
    space_name: str
    category: str
    owner: str
    invoice_id: str
    number: str
    hirer: str  # as consent allows
    issued_on: str
    due_on: str
    total_pence: int
    outstanding_pence: int
    days_overdue: int  # 0 when not yet due
    record_type: str = "space"

    @property
    def overdue(self) -> bool:
        return self.days_overdue > 0

    def as_json(self) -> dict[str, Any]:
        values = asdict(self)
        values.pop("record_type")
        return values


def unpaid_invoices(db: Database, today: date, spaces_cte: str, params: dict[str, Any]) -> list[UnpaidRow]:
    """Unpaid invoices of the spaces in `spaces_cte` (the dashboard's filtered spaces), most overdue first."""
    sql = (
        f"{spaces_cte} SELECT s.id, s.name, s.category, s.owner_name, i.id, i.number, i.hirer, i.issued_on, "
        "i.due_on, i.total_pence, i.total_pence - coalesce(p.paid, 0) AS owed "
        "FROM invoices i JOIN s ON s.id = i.space_id "
        "LEFT JOIN (SELECT invoice_id, sum(amount_pence) AS paid FROM payments WHERE deleted = 0 "
        "GROUP BY invoice_id) p ON p.invoice_id = i.id "
        "WHERE i.deleted = 0 AND i.total_pence > coalesce(p.paid, 0) ORDER BY i.due_on, i.number"
    )
    with db.read() as session:
        rows = session.execute(text(sql), params).all()
        parties = [_party(r[6]) for r in rows]
        people = referenced_people(session, parties)
    found = [
        UnpaidRow(r[0], r[1], r[2], r[3], r[4], r[5], party_name(party, people), r[7], r[8], int(r[9]),
                  int(r[10]), max(0, (today - date.fromisoformat(r[8])).days))
        for r, party in zip(rows, parties, strict=True)
    ]
    return sorted(found, key=lambda row: (-row.days_overdue, row.due_on, row.number))


def _party(value: Any) -> dict[str, Any]:
    import json

    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            return {}
    return value if isinstance(value, dict) else {}
