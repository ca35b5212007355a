"""Subject access: finding a person by id or exact name, and everything this database holds about them.

Qt-free, used by `civicdesk privacy …` and the app alike. The JSON and PDF files of an answer are
written by civicdesk.reports.subject_access; erasure and retention have their own modules.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from civicdesk.db.database import Database, utc_now_iso
from civicdesk.db.models import (
    CONSENT_FIELDS,
    ChangeLog,
    Conflict,
    Group,
    HealthCheck,
    Link,
    Loan,
    Person,
    Role,
    Site,
    Space,
    Tool,
)
from civicdesk.errors import CivicDeskError, NotFoundError

SAR_FORMAT = "civicdesk-subject-access"
PERSON_FIELDS = ("name", "email", "phone", "address", "skills", "availability", "safeguarding", "notes")


# -- finding the person ----------------------------------------------------------------------
def find_person(db: Database, text: str) -> str:
    """The id of the person named by `text`: an id, or an exact name that only one person has."""
    text = " ".join(str(text or "").split())
    if not text:
        raise CivicDeskError("say which person: their id or their exact name")
    with db.read() as session:
        if session.get(Person, text) is not None:
            return text
        rows = session.execute(
            select(Person.id, Person.deleted).where(Person.name == text, Person.erased.is_(False))
        ).all()
    if not rows:
        raise NotFoundError(
            f"there is no person with the id or exact name “{text}” (names must match exactly; "
            "try `civicdesk search` to find them)"
        )
    if len(rows) > 1:
        ids = ", ".join(f"{pid}{' (deleted)' if deleted else ''}" for pid, deleted in sorted(rows))
        raise CivicDeskError(f"{len(rows)} people are called “{text}”; give one of their ids instead: {ids}")
    return str(rows[0][0])


def person_in(session: Session, person_id: str) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise NotFoundError(f"no person with id {person_id}")
    return person


# -- subject access ----------------------------------------------------------------------------
def _names(session: Session, model: Any, ids: set[str]) -> dict[str, str]:
    if not ids:
        return {}
    return dict(session.execute(select(model.id, model.name).where(model.id.in_(ids))).all())


def subject_access(db: Database, person_id: str) -> dict[str, Any]:
    """Everything this database holds about one person, as plain JSON-ready data."""
    with db.read() as session:
        person = person_in(session, person_id)
        site = session.scalars(select(Site)).one()
        roles = list(session.scalars(select(Role).where(Role.person_id == person_id).order_by(Role.since)))
        groups = _names(session, Group, {r.group_id for r in roles})
        loans = list(
            session.scalars(
                select(Loan).where(func.json_extract(Loan.borrower, "$.person_id") == person_id)
                .order_by(Loan.out_on)
            )
        )
        held = list(
            session.scalars(select(Tool).where(func.json_extract(Tool.holder, "$.person_id") == person_id))
        )
        tools = _names(session, Tool, {loan.tool_id for loan in loans})
        links = list(
            session.scalars(select(Link).where(or_(Link.from_id == person_id, Link.to_id == person_id)))
        )
        history = list(
            session.scalars(select(ChangeLog).where(ChangeLog.record_id == person_id).order_by(ChangeLog.id))
        )
        conflicts = list(session.scalars(select(Conflict).where(Conflict.record_id == person_id)))
        mentions = _mentions(session, person.name) if person.name else []
        return {
            "format": SAR_FORMAT,
            "format_version": 1,
            "generated_at": utc_now_iso(),
            "held_by": site.group_name,
            "person": {
                "id": person.id,
                **{f: getattr(person, f) for f in PERSON_FIELDS},
                "created_at": person.created_at,
                "updated_at": person.updated_at,
                "deleted": person.deleted,
                "erased": person.erased,
            },
            "consents": {f.removeprefix("consent_"): dict(getattr(person, f) or {}) for f in CONSENT_FIELDS},
            "roles": [
                {"group_id": r.group_id, "group_name": groups.get(r.group_id, ""), "role": r.role,
                 "since": r.since, "until": r.until, "deleted": r.deleted}
                for r in roles
            ],
            "loans": [
                {"tool_id": loan.tool_id, "tool_name": tools.get(loan.tool_id, ""), "out_on": loan.out_on,
                 "due_on": loan.due_on, "returned_on": loan.returned_on, "notes": loan.notes}
                for loan in loans
            ],
            "kit_held": [{"tool_id": t.id, "tool_name": t.name} for t in held],
            "links": [
                {"kind": link.kind, "from_type": link.from_type, "from_id": link.from_id,
                 "to_type": link.to_type, "to_id": link.to_id, "notes": link.notes}
                for link in links if not link.deleted
            ],
            "mentions": mentions,
            "history": [
                {"at": h.at, "author": h.author, "action": h.action, "field": h.field,
                 "old_value": h.old_value, "new_value": h.new_value}
                for h in history
            ],
            "needs_review": [
                {"field": c.field, "kept_value": c.kept_value, "other_value": c.other_value,
                 "detected_at": c.detected_at, "resolved_at": c.resolved_at}
                for c in conflicts
            ],
        }


def _mentions(session: Session, name: str) -> list[dict[str, str]]:
    """Other records that carry the person's exact name as free text (contacts, assessors, owners)."""
    found: list[dict[str, str]] = []
    for gid, gname in session.execute(
        select(Group.id, Group.name).where(func.json_extract(Group.contact, "$.name") == name)
    ):
        found.append({"record_type": "group", "record_id": gid, "title": gname, "field": "contact"})
    for hid, sid in session.execute(
        select(HealthCheck.id, HealthCheck.space_id).where(HealthCheck.assessor == name)
    ):
        found.append({"record_type": "health_check", "record_id": hid, "title": sid, "field": "assessor"})
    for role in ("owner", "operator", "maintainer"):
        column = getattr(Space, role)
        for sid, sname in session.execute(
            select(Space.id, Space.name).where(func.json_extract(column, "$.name") == name)
        ):
            found.append({"record_type": "space", "record_id": sid, "title": sname, "field": role})
    authored = session.scalar(select(func.count()).select_from(ChangeLog).where(ChangeLog.author == name))
    if authored:
        found.append({"record_type": "change_log", "record_id": "", "title": f"{authored} changes",
                      "field": "author"})
    return found
