"""Volunteers: their contact details, skills, checks, consents and roles in groups."""

from __future__ import annotations

from functools import partial
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from civicdesk.core import structured as s
from civicdesk.core import validation as v
from civicdesk.db.models import Group, Person, Role
from civicdesk.services.records import RecordService, require_exists

ROLE_NAMES = [
    "chair",
    "vice-chair",
    "treasurer",
    "secretary",
    "trustee",
    "coordinator",
    "safeguarding lead",
    "volunteer",
    "member",
]


class PersonService(RecordService[Person]):
    model = Person
    label = "person"
    required = ("name",)
    cleaners = {
        "name": partial(v.required_text, what="the person's name"),
        "email": v.email,
        "phone": v.phone,
        "address": s.address,
        "skills": v.text_list,
        "availability": lambda x: " ".join(str(x or "").split()),
        "safeguarding": s.safeguarding,
        "consent_directory": s.consent,
        "consent_bundles": s.consent,
        "consent_email": s.consent,
        "consent_phone": s.consent,
        "consent_builder": s.consent,
        "notes": lambda x: str(x or "").strip(),
        "erased": bool,
    }

    def roles(self, person_id: str) -> list[Role]:
        with self.db.read() as session:
            return list(
                session.scalars(select(Role).where(Role.person_id == person_id, Role.deleted.is_(False)))
            )


class RoleService(RecordService[Role]):
    model = Role
    label = "role"
    required = ("person_id", "group_id", "role")
    cleaners = {
        "person_id": partial(v.required_text, what="the person"),
        "group_id": partial(v.required_text, what="the group"),
        "role": partial(v.required_text, what="the role (for example treasurer)"),
        "since": v.iso_date,
        "until": v.iso_date,
    }
    date_order = (("since", "until", "the end date is before the start date"),)

    def check_references(self, session: Session, values: dict[str, Any]) -> None:
        require_exists(session, Person, values.get("person_id"), "person_id", "person")
        require_exists(session, Group, values.get("group_id"), "group_id", "group")

    def in_group(self, group_id: str) -> list[Role]:
        with self.db.read() as session:
            return list(
                session.scalars(select(Role).where(Role.group_id == group_id, Role.deleted.is_(False)))
            )
