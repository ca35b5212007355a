"""This installation: the group's name and area, and whether the database is still empty."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from civicdesk.core.keys import fingerprint
from civicdesk.db.database import Database
from civicdesk.db.models import Conflict, Group, Person, Site, Space


@dataclass(frozen=True)
class SiteInfo:
    site_id: str
    group_name: str
    area: str
    fingerprint: str


def info(db: Database) -> SiteInfo:
    with db.read() as session:
        site = session.scalars(select(Site)).one()
        return SiteInfo(
            site.site_id, site.group_name, site.area, fingerprint(site.public_key) if site.public_key else ""
        )


def set_identity(db: Database, group_name: str, area: str = "") -> None:
    with db.write() as session:
        site = session.scalars(select(Site)).one()
        site.group_name = " ".join(group_name.split())
        site.area = " ".join(area.split())


def is_empty(db: Database) -> bool:
    """True until the first space, group or person exists (deleted ones count: data was there)."""
    with db.read() as session:
        return not any(session.scalar(select(func.count()).select_from(m)) for m in (Space, Group, Person))


def open_conflicts(db: Database) -> int:
    with db.read() as session:
        return (
            session.scalar(select(func.count()).select_from(Conflict).where(Conflict.resolved_at.is_(None)))
            or 0
        )


def peer_names(db: Database) -> list[str]:
    """Groups we have received a bundle from (and so can send only what is new to them)."""
    from civicdesk.db.models import Peer

    with db.read() as session:
        return sorted(session.scalars(select(Peer.name)))
