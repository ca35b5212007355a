"""This installation's site row: made on first use with a random id and its own signing key."""

from __future__ import annotations

from sqlalchemy import select

from civicdesk.core.keys import generate_keypair
from civicdesk.db.database import Database, utc_now_iso
from civicdesk.db.ids import new_id
from civicdesk.db.models import Site


def ensure_site(db: Database, group_name: str = "") -> Site:
    """Create this installation's site row (random id, signing key) on first use."""
    with db.write() as session:
        site = session.scalars(select(Site)).first()
        if site is None:
            private, public = generate_keypair()
            site = Site(
                site_id=new_id(),
                group_name=group_name,
                created_at=utc_now_iso(),
                hlc_last="",
                private_key=private,
                public_key=public,
            )
            session.add(site)
        db.remember_site(site.site_id)
        return site
