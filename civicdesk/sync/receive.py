"""Bring a bundle into this database: check everything first, then merge in one transaction.

Nothing is written until the whole bundle has been opened, verified and every row checked. A
real import backs the database up, then plans and applies the merge inside one write
transaction; a dry run plans the same way in a read transaction and writes nothing.
"""

from __future__ import annotations

import gc
import hashlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from civicdesk.core.clock import HybridClock, Stamp, wall_clock_ms
from civicdesk.core.keys import fingerprint
from civicdesk.core.reservation_clash import flag_clashes
from civicdesk.db.backup import backup_database, discard, prune
from civicdesk.db.database import BrokenReferenceError, Database, utc_now_iso
from civicdesk.db.ids import new_id
from civicdesk.db.models import ChangeLog, Peer, Site
from civicdesk.errors import CivicDeskError
from civicdesk.sync import bundle_format as fmt
from civicdesk.sync import limits, peers
from civicdesk.sync.apply import apply_plans
from civicdesk.sync.limits import BundleError
from civicdesk.sync.merge import join_vectors
from civicdesk.sync.parse import ParsedBundle, parse_bundle, parse_rows
from civicdesk.sync.plan import check_references, plan_merge
from civicdesk.sync.reservation_preview import tell_reservations
from civicdesk.sync.rows import ZERO_STAMP
from civicdesk.sync.summarise import summarise
from civicdesk.sync.summary import ImportSummary


def _check_peer(session: Session, opened: fmt.OpenedBundle) -> Peer | None:
    """The pinned peer for the bundle's site; refuses a changed key."""
    origin = opened.manifest["origin"]
    site = session.scalars(select(Site)).one()
    if origin["site_id"] == site.site_id:
        raise BundleError("this bundle was made by this database itself; there is nothing to import")
    peer = session.scalars(select(Peer).where(Peer.site_id == origin["site_id"])).first()
    if peer is not None and peer.public_key != opened.public_key:
        was = fingerprint(peer.public_key) if peer.public_key else "none"
        raise BundleError(
            f"the signing key of “{peer.name}” has changed (it was {was}, this bundle has "
            f"{fingerprint(opened.public_key)}); the import was stopped — phone them to check"
        )
    return peer


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cycle collector while tens of thousands of small, acyclic rows are built.

    Each collection would walk every live object (the whole app), so it costs more the bigger
    the process; the rows are freed by reference counting anyway.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def bundle_digest(opened: fmt.OpenedBundle) -> str:
    """36 hex digits of the signed manifest's SHA-256: names one bundle in the change log."""
    return hashlib.sha256(opened.manifest_bytes).hexdigest()[:36]


class BundleImporter:
    """Preview or apply bundles into one database."""

    def __init__(self, db: Database, author: str = "", now: Callable[[], int] = wall_clock_ms) -> None:
        self.db = db
        self.author = author
        self.now = now

    def read(self, data: bytes, passphrase: str | None = None) -> ParsedBundle:
        return parse_bundle(data, passphrase, self.now())

    def _already_applied(self, opened: fmt.OpenedBundle) -> ImportSummary | None:
        """A bundle applied before changes nothing now (merging is idempotent, and our state has
        only moved on since), so it is recognised by its signed manifest and not re-read."""
        digest = bundle_digest(opened)
        with self.db.read() as session:
            _check_peer(session, opened)
            seen = session.scalars(
                select(ChangeLog.id).where(ChangeLog.record_id == digest, ChangeLog.action == "import")
            ).first()
        if seen is None:
            return None
        origin = opened.manifest["origin"]
        rows = sum(
            int(e.get("rows") or 0) for e in opened.manifest["members"].values() if isinstance(e, dict)
        )
        return ImportSummary(
            origin["site_id"],
            origin["group_name"],
            fingerprint(opened.public_key),
            first_contact=False,
            incremental=opened.manifest.get("base") is not None,
            dry_run=True,
            unchanged=rows,
        )

    def preview(self, data: bytes, passphrase: str | None = None) -> ImportSummary:
        """A dry run: what would change, without writing anything."""
        opened = fmt.open_bundle(data, passphrase)
        known = self._already_applied(opened)
        if known is not None:
            return known
        with _collector_paused():
            parsed = parse_rows(opened, self.now())
            with self.db.read() as session:
                peer = _check_peer(session, opened)
                check_references(session, parsed)
                summary = summarise(parsed, *plan_merge(session, parsed))
                tell_reservations(session, parsed, summary)
        summary.first_contact = peer is None
        return summary

    def apply(self, data: bytes, passphrase: str | None = None, backup: bool = True) -> ImportSummary:
        """Import in one transaction after a backup; the database is unchanged on any error."""
        opened = fmt.open_bundle(data, passphrase)
        known = self._already_applied(opened)
        if known is not None:
            known.dry_run = False
            return known
        with _collector_paused():
            return self._apply_opened(opened, backup)

    def _apply_opened(self, opened: fmt.OpenedBundle, backup: bool) -> ImportSummary:
        parsed = parse_rows(opened, self.now())
        saved = (backup_database(self.db.path, reason="before-import", passphrase=self.db.passphrase)
                 if backup else None)
        try:
            # References are checked once for the whole database before the commit (a bulk
            # write), not row by row; check_references would only say the same thing first.
            with self.db.write(bulk=True) as session:
                session.connection().exec_driver_sql("PRAGMA cache_size = -65536")
                peer = _check_peer(session, opened)
                plans, lost, unchanged = plan_merge(session, parsed)
                summary = summarise(parsed, plans, lost, unchanged)
                summary.first_contact = peer is None
                tell_reservations(session, parsed, summary)
                group = parsed.origin["group_name"] or parsed.origin["site_id"]
                apply_plans(session, parsed, plans, lost, self.author or group)
                self._remember_peer(session, parsed, peer)
                self._observe(session, parsed.max_stamp)
                # The same kit reserved for the same days here and there: one item in Needs review.
                names = {p.site_id: p.name for p in session.scalars(select(Peer)) if p.site_id}
                flag_clashes(session, {**names, parsed.origin["site_id"]: group})
                session.add(
                    ChangeLog(
                        record_type="bundle",
                        record_id=bundle_digest(opened),
                        action="import",
                        field="",
                        clock=parsed.max_stamp,
                        author=self.author or group,
                        at=utc_now_iso(),
                    )
                )
        except BrokenReferenceError as exc:
            discard(saved)
            raise BundleError(
                f"rows/{exc.table}.ndjson: the record {exc.record_id} refers to a {exc.parent} record "
                "that is neither in the bundle nor in this database; ask the sender for a full bundle"
            ) from exc
        except CivicDeskError:
            discard(saved)  # nothing changed: the copy would only pile up
            raise
        except Exception as exc:  # a database error mid-way: the transaction was rolled back
            discard(saved)
            raise CivicDeskError(
                f"the import failed and was undone; the database is unchanged ({exc})"
            ) from exc
        summary.dry_run = False
        summary.backup = saved
        if saved is not None:
            prune(self.db.path, "before-import")
        return summary

    def _remember_peer(self, session: Session, parsed: ParsedBundle, peer: Peer | None) -> None:
        origin = parsed.origin
        if peer is None:
            peer = peers.only_sent_to(session, origin["group_name"])
            if peer is not None:  # we had sent to them by this name: now we know who they are
                peer.site_id, peer.public_key = origin["site_id"], parsed.opened.public_key
                peer.key_fingerprint, peer.pinned_at = fingerprint(parsed.opened.public_key), utc_now_iso()
        if peer is None:
            name = origin["group_name"] or "Unnamed group"
            taken = set(session.scalars(select(Peer.name)))
            if name in taken:
                name = f"{name} ({origin['site_id'][:8]})"
            peer = Peer(
                id=new_id(),
                name=name,
                site_id=origin["site_id"],
                public_key=parsed.opened.public_key,
                key_fingerprint=fingerprint(parsed.opened.public_key),
                sent_vector={},
                seen_vector={},
                pinned_at=utc_now_iso(),
            )
            session.add(peer)
        peer.seen_vector = join_vectors(dict(peer.seen_vector or {}), parsed.vector)

    def _observe(self, session: Session, max_stamp: str) -> None:
        if max_stamp == ZERO_STAMP:
            return
        site = session.scalars(select(Site)).one()
        last = Stamp.decode(site.hlc_last) if site.hlc_last else None
        clock = HybridClock(site.site_id, last, self.now)
        clock.observe(Stamp.decode(max_stamp))
        site.hlc_last = clock.last.encode()


def read_bundle_file(path: Path) -> bytes:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > limits.MAX_FILE_BYTES:
            raise BundleError(f"{path.name} is too large to be a bundle ({size:,} bytes)")
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise CivicDeskError(f"there is no file {path}") from exc
    except OSError as exc:
        raise CivicDeskError(f"cannot read {path}: {exc.strerror or exc}") from exc
