"""What this site has seen from every site: the version vector its bundles carry and its merges use.

A site has seen, from each site, every stamp up to the one the vector names: its own stamps up
to its clock's last, and whatever each group's bundles said they had seen (kept per group as
`peers.seen_vector`, joined bundle by bundle so a late or replayed one takes nothing back),
since importing a bundle brings in everything its sender had seen that we lacked. The newest
stamps among the records held are joined in too, for data older than these vectors.

It is what makes "Needs review" mean two concurrent edits: a value replaced at a site that had
seen it is not a conflict anywhere, even where that value is still held and the replacing
site's records no longer carry its stamp. It only holds while every changes-only bundle starts
from what its receiver has (the vector of the receiver's own last bundle to us, never what we
sent, which may have been lost); `check_base` refuses one that starts from more than we have.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from civicdesk.core.clock import stamp_site
from civicdesk.db.models import Peer, Site
from civicdesk.sync.limits import BundleError
from civicdesk.sync.merge import Vector, join_vectors, knows


def seen_vector(session: Session, held: Vector) -> Vector:
    """Everything this site has seen: `held` (the newest stamp per site among its records) joined
    with every group's last word on what it had seen and with this site's own clock."""
    seen = dict(held)
    for vector in session.scalars(select(Peer.seen_vector)):
        seen = join_vectors(seen, dict(vector or {}))
    site = session.scalars(select(Site)).one()
    # A restored copy has a new site id but may keep the old id's last stamp: not ours to claim.
    if site.hlc_last and stamp_site(site.hlc_last) == site.site_id:
        seen = join_vectors(seen, {site.site_id: site.hlc_last})
    return seen


def covers(seen: Vector, other: Vector) -> bool:
    """Has `seen` everything `other` names?"""
    return all(knows(seen, stamp) for stamp in other.values())


def check_base(base: Vector | None, seen: Vector, everything: Callable[[], Vector], sender: str) -> None:
    """Refuse a changes-only bundle that starts from more than this site has seen.

    Its sender left out what it believed we had; if we never had it (their earlier bundle was
    lost, or this database was restored from an older backup) importing would leave it missing
    while our vector claimed it. `everything` is the vector over every table, asked for only when
    `seen` (which covers the bundle's tables) falls short.
    """
    if base is None or covers(seen, base) or covers(everything(), base):
        return
    raise BundleError(
        f"this bundle from {sender} holds only what changed since something they believe we have but "
        "that never arrived here (an earlier bundle was lost, or this database was restored from a "
        f"backup); nothing was imported — ask {sender} to send everything"
    )
