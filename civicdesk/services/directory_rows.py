"""What a printed directory reads from the database, in one short session: the one query module
of `reports/directory_data.py`, which lays these rows out and never runs SQL itself.

Consent is applied in SQL (the twins of core/consent.py's rules): only people who may be printed
come back, with their phone and email blanked unless they agreed to each.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import case, func, select, text

from civicdesk.core.consent import sql_may_print, sql_may_show_email, sql_may_show_phone
from civicdesk.db.database import Database
from civicdesk.db.models import Group, HealthCheck, Meeting, Person, Role, Site, Space

# Who a group's printed contact is, in order of preference.
CONTACT_ROLES = ("secretary", "coordinator", "chair")


@dataclass(frozen=True)
class DirectoryRows:
    """The rows a directory is made of, as SQLAlchemy rows (read-only, detached)."""

    site: Any  # the Site row, or None before the site is made
    spaces: Sequence[Any]  # open spaces (not deleted, not closed)
    groups: dict[str, Any]  # active groups by id
    meetings: Sequence[Any]  # (group_id, space_id, schedule) of meetings at a space
    openness: dict[str, int]  # each space's openness at its latest health check
    contacts: dict[str, str]  # each group's printable officer contact line


def _contacts(session: Any, group_ids: set[str]) -> dict[str, str]:
    """The printable contact line of each group: its public contact plus a consenting officer."""
    roles = session.execute(
        select(Role.group_id, Role.role, Person.name,
               case((text(sql_may_show_phone("people")), Person.phone), else_="").label("phone"),
               case((text(sql_may_show_email("people")), Person.email), else_="").label("email"))
        .join(Person, Person.id == Role.person_id)
        .where(Role.deleted.is_(False), text(sql_may_print("people")), Role.role.in_(CONTACT_ROLES),
               Role.until.is_(None))
    ).all()
    best: dict[str, tuple[int, Any]] = {}
    for row in roles:
        if row.group_id not in group_ids:
            continue
        rank = CONTACT_ROLES.index(row.role)
        if row.group_id not in best or rank < best[row.group_id][0]:
            best[row.group_id] = (rank, row)
    return {
        gid: " · ".join(p for p in (f"{row.name} ({row.role})", row.phone, row.email) if p)
        for gid, (_, row) in best.items()
    }


def read_directory_rows(db: Database) -> DirectoryRows:
    """Everything one directory needs, read in one short session."""
    with db.read() as session:
        site = session.scalars(select(Site)).first()
        spaces = session.execute(
            select(Space.id, Space.name, Space.category, Space.subtype, Space.address, Space.website,
                   Space.opening_hours, Space.accessibility, Space.owner, Space.operator,
                   Space.ownership_type, Space.updated_at, Space.latitude, Space.longitude)
            .where(Space.deleted.is_(False), Space.status != "closed")
        ).all()
        groups = {
            row.id: row
            for row in session.execute(
                select(Group.id, Group.name, Group.description, Group.contact, Group.website,
                       Group.updated_at)
                .where(Group.deleted.is_(False), Group.status == "active")
            )
        }
        meetings = session.execute(
            select(Meeting.group_id, Meeting.space_id, Meeting.schedule)
            .where(Meeting.deleted.is_(False), Meeting.space_id.is_not(None))
        ).all()
        latest = (
            select(HealthCheck.space_id, func.max(HealthCheck.checked_on).label("on"))
            .where(HealthCheck.deleted.is_(False))
            .group_by(HealthCheck.space_id)
            .subquery()
        )
        openness = dict(
            session.execute(
                select(HealthCheck.space_id, func.max(HealthCheck.openness))
                .join(
                    latest,
                    (latest.c.space_id == HealthCheck.space_id) & (latest.c.on == HealthCheck.checked_on),
                )
                .where(HealthCheck.deleted.is_(False))  # a check taken back does not count
                .group_by(HealthCheck.space_id)
            ).all()
        )
        contacts = _contacts(session, set(groups))
    return DirectoryRows(site, spaces, groups, meetings, openness, contacts)
