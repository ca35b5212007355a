"""Groups that run activities, and where and when they meet."""

from __future__ import annotations

from functools import partial
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from civicdesk.core import structured as s
from civicdesk.core import validation as v
from civicdesk.core.validation import FieldError
from civicdesk.db.models import Group, GroupKind, GroupStatus, Meeting, Space
from civicdesk.services.records import RecordService, require_exists

GROUP_KINDS = [k.value for k in GroupKind]
GROUP_STATUSES = [k.value for k in GroupStatus]


def _contact(value: dict[str, Any] | None) -> dict[str, str]:
    value = value or {}
    cleaned = {
        "name": " ".join(str(value.get("name") or "").split()),
        "email": v.email(str(value.get("email") or "")),
        "phone": v.phone(str(value.get("phone") or "")),
    }
    return {k: x for k, x in cleaned.items() if x}


def _registration_number(value: Any) -> str:
    text = "".join(str(value or "").split()).upper()
    if text and (not text.isalnum() or len(text) > 12):
        raise FieldError(f"“{value}” does not look like a charity or company number")
    return text


class GroupService(RecordService[Group]):
    model = Group
    label = "group"
    required = ("name",)
    cleaners = {
        "name": partial(v.required_text, what="the group's name"),
        "kind": partial(v.choice, allowed=GROUP_KINDS, what="kind of group"),
        "charity_number": _registration_number,
        "company_number": _registration_number,
        "description": lambda x: str(x or "").strip(),
        "activities": v.text_list,
        "audiences": v.text_list,
        "languages": v.text_list,
        "contact": _contact,
        "website": v.url,
        "status": partial(v.choice, allowed=GROUP_STATUSES, what="status"),
        "tags": v.text_list,
    }

    def meetings(self, group_id: str) -> list[Meeting]:
        with self.db.read() as session:
            return list(
                session.scalars(
                    select(Meeting).where(Meeting.group_id == group_id, Meeting.deleted.is_(False))
                )
            )


class MeetingService(RecordService[Meeting]):
    """A group meets at a space (or online, with no space) on a weekly-style schedule."""

    model = Meeting
    label = "meeting"
    required = ("group_id",)
    cleaners = {
        "group_id": partial(v.required_text, what="the group that meets"),
        "space_id": lambda x: x or None,
        "schedule": s.schedule,
        "notes": lambda x: str(x or "").strip(),
    }

    def check_references(self, session: Session, values: dict[str, Any]) -> None:
        require_exists(session, Group, values.get("group_id"), "group_id", "group")
        require_exists(session, Space, values.get("space_id"), "space_id", "space")

    def at_space(self, space_id: str) -> list[Meeting]:
        with self.db.read() as session:
            return list(
                session.scalars(
                    select(Meeting).where(Meeting.space_id == space_id, Meeting.deleted.is_(False))
                )
            )
