"""The groups we exchange bundles with: what each has told us it has.

A group has what the vector of its latest bundle to us says it had seen (`seen`, joined bundle
by bundle, so one arriving late takes nothing back): a changes-only bundle for them carries only
what is newer than that. What we sent them (`sent`) is remembered but never counted as theirs,
since a bundle may be lost on the way: until they answer, they get everything, and a bundle of
ours that never arrived is sent again in the next one. A group is remembered the first time we
send to it by name, or receive from it; the first bundle from a group we had only sent to takes
over that entry (the name they gave us) rather than making a second one.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from civicdesk.db.ids import new_id
from civicdesk.db.models import Peer
from civicdesk.sync.merge import Vector, join_vectors


def known_to(peer: Peer | None) -> Vector | None:
    """What the group told us it has, or None when it has told us nothing (a full bundle)."""
    if peer is None:
        return None
    return dict(peer.seen_vector or {}) or None


def find(session: Session, name: str) -> Peer | None:
    return session.scalars(select(Peer).where(Peer.name == name)).first()


def remember_sent(session: Session, name: str, vector: Vector) -> Peer:
    """After a bundle for `name` was written: what it held (a record, not what they have)."""
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
