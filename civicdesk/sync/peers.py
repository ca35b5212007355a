"""The groups we exchange bundles with: what each already has, as far as we know.

A group has what it told us it has (the vector of the last bundle we had from them, `seen`)
and what we have sent them (`sent`): a changes-only bundle carries only what is newer than
both, so a group we have sent to but never heard from gets what changed since our last
bundle to them, and nothing they already have comes again. A group is remembered the first
time we send to it by name, or receive from it; the first bundle from a group we had only
sent to takes over that entry (the name they gave us) rather than making a second one.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from civicdesk.db.ids import new_id
from civicdesk.db.models import Peer
from civicdesk.sync.merge import Vector, join_vectors


def known_to(peer: Peer | None) -> Vector | None:
    """What the group has as far as we know, or None when we know of nothing (a full bundle)."""
    if peer is None:
        return None
    known = join_vectors(dict(peer.seen_vector or {}), dict(peer.sent_vector or {}))
    return known or None


def find(session: Session, name: str) -> Peer | None:
    return session.scalars(select(Peer).where(Peer.name == name)).first()


def remember_sent(session: Session, name: str, vector: Vector) -> Peer:
    """After a bundle for `name` was written: it now holds everything up to `vector`."""
    peer = find(session, name)
    if peer is None:  # sent to for the first time: known by the name we gave it
        peer = Peer(id=new_id(), name=name, site_id="", public_key=None, key_fingerprint="",
                    sent_vector={}, seen_vector={}, pinned_at=None)
        session.add(peer)
    peer.sent_vector = join_vectors(dict(peer.sent_vector or {}), vector)
    return peer


def only_sent_to(session: Session, group_name: str) -> Peer | None:
    """A group of this name we have sent to and never heard from (no site yet)."""
    if not group_name:
        return None
    return session.scalars(select(Peer).where(Peer.name == group_name, Peer.site_id == "")).first()
