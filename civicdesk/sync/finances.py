"""Money travels only to groups trusted with our finances: which tables that is, and who is trusted.

Income, costs, reserves, the backlog of works, invoices and payments are the money tables. A
bundle for "any group", or for a group not marked as trusted with finances (the default), leaves
them out entirely and says how many records stayed home. What a trusted group has been sent of
them is remembered on its own (`Peer.finances_sent_vector`), because trust may be given long after
the rest was sent: the first bundle after that carries all the money, not only what changed since.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from civicdesk.db.database import Database
from civicdesk.db.ids import new_id
from civicdesk.db.models import Peer
from civicdesk.errors import NotFoundError
from civicdesk.sync import peers
from civicdesk.sync.merge import Vector, join_vectors

TABLES = frozenset({"money_entries", "backlog_items", "invoices", "payments"})


def trusted(peer: Peer | None) -> bool:
    return peer is not None and bool(peer.trust_finances)


def base_for(peer: Peer | None) -> Vector | None:
    """What a trusted group already has of our money (None: everything goes)."""
    if peer is None:
        return None
    return dict(peer.finances_sent_vector or {}) or None


def remember_sent(session: Session, name: str, vector: Vector) -> None:
    peer = peers.find(session, name)
    if peer is not None and peer.trust_finances:
        peer.finances_sent_vector = join_vectors(dict(peer.finances_sent_vector or {}), vector)


def set_trust(session: Session, name: str, trust: bool, create: bool = False) -> Peer:
    """Mark a group as trusted with our finances, or not; `create` remembers a new name first."""
    peer = peers.find(session, name)
    if peer is None:
        if not create:
            raise NotFoundError(f"there is no group called {name} that we exchange bundles with")
        peer = Peer(
            id=new_id(),
            name=name,
            site_id="",
            public_key=None,
            key_fingerprint="",
            sent_vector={},
            seen_vector={},
            pinned_at=None,
            trust_finances=False,
            finances_sent_vector={},
        )
        session.add(peer)
    if bool(peer.trust_finances) != trust:
        peer.trust_finances = trust
        # Trust taken back and given again later starts afresh: they get everything then.
        peer.finances_sent_vector = {}
    return peer


def is_trusted(db: Database, name: str) -> bool:
    """Whether the group of this name is trusted with our finances (False for one we do not know)."""
    if not name:
        return False
    with db.read() as session:
        return trusted(peers.find(session, name))


def trust(db: Database, name: str, trusted_with_finances: bool) -> None:
    """Say whether a group we send bundles to is trusted with our finances (a new name is remembered)."""
    with db.write() as session:
        set_trust(session, name, trusted_with_finances, create=True)
