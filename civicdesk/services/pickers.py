"""Short lists for choosing a record by name, and a record's related rows with names filled in.

Editors show "Village Hall" rather than an id: these queries join in the names so that widgets
never need a session of their own.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from civicdesk.core.record_types import BY_NAME, MAIN_TYPES
from civicdesk.db.database import Database
from civicdesk.db.models import Group, Loan, Meeting, Role, Space, Tool, ToolUse
from civicdesk.services.search import search_in

_PICKABLE: dict[str, Any] = {name: BY_NAME[name].model for name in MAIN_TYPES}


@dataclass(frozen=True)
class Choice:
    """One record offered in a picker: its id, its name and a hint telling namesakes apart."""

    record_id: str
    name: str
    detail: str = ""


def _detail(record: Any) -> str:
    if isinstance(record, Space):
        town = (record.address or {}).get("town", "")
        return " · ".join(p for p in (record.subtype or record.category, town) if p)
    if isinstance(record, Group | Tool):
        return record.kind or ""
    return ""


def choices(db: Database, record_type: str, text: str = "", limit: int = 50) -> list[Choice]:
    """Records of one type whose name matches what was typed (any word, as a prefix), by name.

    With nothing typed, the first `limit` records in name order.
    """
    model = _PICKABLE[record_type]
    with db.read() as session:
        if text.strip():
            hits = search_in(session, text, limit=limit, record_types=[record_type])
            return [Choice(h.record_id, h.title, h.subtitle) for h in hits]
        rows = session.scalars(
            select(model).where(model.deleted.is_(False)).order_by(model.name).limit(limit)
        )
        return [Choice(r.id, r.name, _detail(r)) for r in rows]


def name_of(db: Database, record_type: str, record_id: str | None) -> str:
    """The name of a record, or "" when there is no such record."""
    if not record_id:
        return ""
    with db.read() as session:
        record = session.get(_PICKABLE[record_type], record_id)
        return record.name if record is not None else ""


@dataclass(frozen=True)
class MeetingRow:
    meeting_id: str
    space_id: str | None
    space_name: str
    schedule: dict[str, Any]
    notes: str


def meetings_of_group(db: Database, group_id: str) -> list[MeetingRow]:
    """Where and when a group meets, with the spaces' names (online meetings have none)."""
    with db.read() as session:
        rows = session.execute(
            select(Meeting, Space.name)
            .outerjoin(Space, Space.id == Meeting.space_id)
            .where(Meeting.group_id == group_id, Meeting.deleted.is_(False))
            .order_by(Meeting.created_at)
        ).all()
        return [MeetingRow(m.id, m.space_id, name or "", dict(m.schedule or {}), m.notes) for m, name in rows]


@dataclass(frozen=True)
class RoleRow:
    role_id: str
    group_id: str
    group_name: str
    role: str
    since: str | None
    until: str | None


def roles_of_person(db: Database, person_id: str) -> list[RoleRow]:
    """A person's roles in groups, current ones first, with the groups' names."""
    with db.read() as session:
        rows = session.execute(
            select(Role, Group.name)
            .join(Group, Group.id == Role.group_id)
            .where(Role.person_id == person_id, Role.deleted.is_(False))
            .order_by(Role.until.is_not(None), Group.name)
        ).all()
        return [RoleRow(r.id, r.group_id, name, r.role, r.since, r.until) for r, name in rows]


@dataclass(frozen=True)
class ToolUseRow:
    use_id: str
    group_id: str
    group_name: str
    rating: int | None
    review: str


def uses_of_tool(db: Database, tool_id: str) -> list[ToolUseRow]:
    """Groups that use a tool with their rating and review, by group name."""
    with db.read() as session:
        rows = session.execute(
            select(ToolUse, Group.name)
            .join(Group, Group.id == ToolUse.group_id)
            .where(ToolUse.tool_id == tool_id, ToolUse.deleted.is_(False))
            .order_by(Group.name)
        ).all()
        return [ToolUseRow(u.id, u.group_id, name, u.rating, u.review) for u, name in rows]


@dataclass(frozen=True)
class LoanRow:
    loan_id: str
    borrower: dict[str, Any]
    out_on: str
    due_on: str | None
    returned_on: str | None
    notes: str


def loans_of_tool(db: Database, tool_id: str) -> list[LoanRow]:
    """Loans of a piece of kit, latest first; the borrower's name as recorded on the loan."""
    with db.read() as session:
        rows = session.scalars(
            select(Loan).where(Loan.tool_id == tool_id, Loan.deleted.is_(False)).order_by(Loan.out_on.desc())
        )
        return [
            LoanRow(r.id, dict(r.borrower or {}), r.out_on, r.due_on, r.returned_on, r.notes) for r in rows
        ]
