"""Bring a bundle into this database: check everything first, then merge in one transaction.

Nothing is written until the whole bundle has been opened, verified and every row checked. A
real import backs the database up, then plans and applies the merge inside one write
transaction; a dry run plans the same way in a read transaction and writes nothing.
"""

from __future__ import annotations

import gc
import hashlib
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from operator import attrgetter
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from civicdesk.core import search_index
from civicdesk.core.clock import HybridClock, Stamp, wall_clock_ms
from civicdesk.core.erasure import purge_history, scrub_search_index
from civicdesk.core.keys import fingerprint
from civicdesk.db.backup import backup_database, discard, prune
from civicdesk.db.database import BrokenReferenceError, Database, utc_now_iso
from civicdesk.db.ids import new_id
from civicdesk.db.models import SYNCED_MODELS, ChangeLog, Conflict, Peer, Site
from civicdesk.errors import CivicDeskError
from civicdesk.sync import authority, limits, peers, unknown
from civicdesk.sync import bundle_format as fmt
from civicdesk.sync.changes import record_changes
from civicdesk.sync.fast_rows import FastRows
from civicdesk.sync.layout import db_rows
from civicdesk.sync.limits import BundleError
from civicdesk.sync.merge import MergeOutcome, Vector, complete_new, join_vectors, knows, merge, vector_of
from civicdesk.sync.rows import (
    SHAPES,
    ZERO_STAMP,
    RowError,
    RowState,
    StampCheck,
    TableShape,
    is_stamp,
    parse_row,
)
from civicdesk.sync.summary import ConflictNote, ImportSummary, RecordChange

ORDER = [m.__tablename__ for m in SYNCED_MODELS]  # parents first
CHUNK = 500
LOG_COLUMNS = "record_type, record_id, action, field, old_value, new_value, clock, author, at"


@dataclass
class ParsedBundle:
    opened: fmt.OpenedBundle
    tables: dict[str, list[RowState]]
    skipped_tables: list[str]  # tables this version does not know (their rows: `unknown`)
    max_stamp: str
    unknown: list[unknown.UnknownRow] = field(default_factory=list)

    @property
    def origin(self) -> dict[str, str]:
        return dict(self.opened.manifest["origin"])

    @property
    def vector(self) -> Vector:
        vector = self.opened.manifest["vector"]
        if not all(isinstance(k, str) and is_stamp(v) for k, v in vector.items()):
            raise BundleError("manifest.json has a malformed version vector")
        return dict(vector)


def parse_bundle(data: bytes, passphrase: str | None, now_ms: int) -> ParsedBundle:
    """Open, verify and check every row of a bundle, without touching the database."""
    return parse_rows(fmt.open_bundle(data, passphrase), now_ms)


def parse_rows(opened: fmt.OpenedBundle, now_ms: int) -> ParsedBundle:
    """Check every row of an opened (signature- and hash-verified) bundle."""
    stamps = StampCheck(now_ms + limits.FUTURE_TOLERANCE_MS)
    tables: dict[str, list[RowState]] = {}
    skipped: list[str] = []
    kept: list[unknown.UnknownRow] = []
    max_stamp = ZERO_STAMP
    listed = opened.manifest["members"]
    total_rows = 0
    for name, content in sorted(opened.members.items()):
        table = fmt.table_of(name)
        if table is None:
            continue  # files/ attachments: verified by hash, stored by features that use them
        if table not in SHAPES:
            skipped.append(table)  # a table from a newer schema: kept and passed on (sync.unknown)
            rows = unknown.read_member(name, table, content, stamps)
            kept.extend(rows)
            total_rows += len(rows)
            max_stamp = max([max_stamp, *(r.clock for r in rows)])
            declared = listed.get(name, {}).get("rows")
            if declared != len(rows):
                raise BundleError(f"{name} has {len(rows)} rows but its manifest says {declared}")
            continue
        shape = SHAPES[table]
        limits.utf8(content, name)  # the whole member must be UTF-8; lines are then read as bytes
        if content and not content.endswith(b"\n"):
            raise BundleError(f"{name} does not end with a complete line")
        lines = content.split(b"\n")[:-1] if content else []
        total_rows += len(lines)
        if total_rows > limits.MAX_ROWS:
            raise BundleError(f"the bundle has more than {limits.MAX_ROWS:,} rows")
        states: list[RowState] = []
        fast = FastRows(shape, stamps.latest_ms)
        number = 0
        while number < len(lines):
            number = fast.read(lines, number, states[-1].id if states else "", states)
            if number == len(lines):
                break
            # A line the fast path could not vouch for: the strict path says what is wrong.
            line, where = lines[number], f"{name} line {number + 1}"
            if len(line) > limits.MAX_LINE_BYTES:
                raise BundleError(f"{where} is longer than {limits.MAX_LINE_BYTES:,} bytes")
            try:
                state = parse_row(shape, limits.strict_json_line(line, where), where, stamps)
            except RowError as exc:
                raise BundleError(str(exc)) from exc
            if states and state.id <= states[-1].id:
                raise BundleError(f"{where}: rows are not sorted by id (or an id appears twice)")
            max_stamp = max(max_stamp, *state.clocks.values())
            states.append(state)
            number += 1
        max_stamp = max(max_stamp, fast.newest)
        declared = listed.get(name, {}).get("rows")
        if declared != len(states):
            raise BundleError(f"{name} has {len(states)} rows but its manifest says {declared}")
        tables[table] = states
    return ParsedBundle(opened, tables, sorted(skipped), max_stamp, kept)


# -- planning -----------------------------------------------------------------------------------
@dataclass
class TablePlan:
    shape: TableShape
    inserts: list[RowState] = field(default_factory=list)  # records new here, completed
    updates: list[tuple[RowState, MergeOutcome]] = field(default_factory=list)
    # Changes to records the sender gives no sign of having seen: asked, not applied (authority).
    proposals: list[authority.Proposal] = field(default_factory=list)


def _raw(session: Session) -> Any:
    raw = session.connection().connection.driver_connection
    assert raw is not None
    return raw


def _light_clocks(session: Session, shape: TableShape) -> dict[str, dict[str, str]]:
    """{id: full clock map} for every row of a table, without loading the values."""
    found: dict[str, dict[str, str]] = {}
    for row_id, row_clock, stored, extra in _raw(session).execute(
        f"SELECT id, clock, field_clocks, extra FROM {shape.table}"
    ):
        found[row_id] = shape.resolve_clocks(row_clock, json.loads(stored or "{}"), json.loads(extra or "{}"))
    return found


def _nothing_new(local: dict[str, str], remote: RowState, local_vector: Vector) -> bool:
    """True when every remote field is one we already have or have seen and replaced.

    An older remote stamp we have never seen (newer than anything we hold from its site) is a
    concurrent edit that lost: it still needs the full merge, so it reaches "Needs review".
    """
    for key, stamp in remote.clocks.items():
        mine = local.get(key, ZERO_STAMP)
        if stamp > mine or (stamp == mine == ZERO_STAMP and key in remote.values):
            return False
        if stamp != mine and not knows(local_vector, stamp):
            return False
    return True


def _load_full(session: Session, shape: TableShape, ids: list[str]) -> dict[str, RowState]:
    found: dict[str, RowState] = {}
    raw = _raw(session)
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        sql = (
            f"SELECT {', '.join(shape.columns)} FROM {shape.table} WHERE id IN ({','.join('?' * len(chunk))})"
        )
        for row in raw.execute(sql, chunk):
            state = shape.from_db(row)
            found[state.id] = state
    return found


def check_references(session: Session, parsed: ParsedBundle) -> None:
    """Every id a bundle row points at must be in the bundle or already here."""
    raw = _raw(session)
    in_bundle = {t: {s.id for s in states} for t, states in parsed.tables.items()}
    for table, states in parsed.tables.items():
        for fk in SHAPES[table].model.__table__.foreign_keys:
            column, target = fk.parent.name, fk.column.table.name
            wanted = {s.get(column) for s in states} - {None} - in_bundle.get(target, set())
            missing = set(wanted)
            ids = sorted(wanted)
            for start in range(0, len(ids), CHUNK):
                chunk = ids[start : start + CHUNK]
                sql = f"SELECT id FROM {target} WHERE id IN ({','.join('?' * len(chunk))})"
                missing -= {row[0] for row in raw.execute(sql, chunk)}
            if missing:
                record = next(s.id for s in states if s.get(column) in missing)
                raise BundleError(
                    f"rows/{table}.ndjson: the record {record} refers to a {target} record that is "
                    "neither in the bundle nor in this database; ask the sender for a full bundle"
                )


def plan_merge(
    session: Session, parsed: ParsedBundle
) -> tuple[dict[str, TablePlan], list[tuple[str, MergeOutcome]], int]:
    """What the bundle would change, table by table; also the lost values and unchanged count."""
    light = {t: _light_clocks(session, SHAPES[t]) for t in ORDER if t in parsed.tables}
    local_vector = vector_of(
        s for rows in light.values() for clocks in rows.values() for s in clocks.values()
    )
    remote_vector = parsed.vector
    plans: dict[str, TablePlan] = {}
    lost: list[tuple[str, MergeOutcome]] = []
    unchanged = 0
    for table in ORDER:
        if table not in parsed.tables:
            continue
        shape = SHAPES[table]
        plan = plans[table] = TablePlan(shape)
        existing = light[table]
        to_merge: list[RowState] = []
        for remote in parsed.tables[table]:
            local_clocks = existing.get(remote.id)
            if local_clocks is None:
                plan.inserts.append(remote)
            elif _nothing_new(local_clocks, remote, local_vector):
                unchanged += 1
            else:
                to_merge.append(remote)
        complete_new(shape, plan.inserts)  # parsed rows are ours to complete
        locals_ = _load_full(session, shape, [r.id for r in to_merge])
        for remote in to_merge:
            local = locals_[remote.id]
            outcome = merge(shape, local, remote, local_vector, remote_vector)
            if (outcome.changed or outcome.clocks_changed) and not authority.has_seen(remote_vector, local):
                plan.proposals.append(authority.Proposal(table, local, remote))
                continue
            if outcome.lost:
                lost.append((table, outcome))
            if outcome.changed or outcome.clocks_changed:
                plan.updates.append((local, outcome))
            else:
                unchanged += 1
    return plans, lost, unchanged


def _title(state: RowState) -> str:
    get = state.get
    return str(get("name") or get("kind") or get("checked_on") or state.id)


def _new_records(shape: TableShape, inserts: list[RowState]) -> list[RecordChange]:
    """The summary's entries for records new here; most have a name, which is their title.

    A record still as read is asked through its decoded line's attributes (no dicts made).
    """
    rtype = shape.model.RECORD_TYPE
    first = next((f for f in ("name", "kind", "checked_on") if f in shape.checks), None)
    title_of = attrgetter(first) if first else attrgetter("id")
    records = []
    for s in inserts:
        if s.pristine:
            line = s.decoded
            title, deleted = title_of(line), line.deleted  # type: ignore[union-attr]
        else:
            title, deleted = s.values.get(first or "id", s.id), s.values.get("deleted")
        if type(title) is not str or not title:
            title = _title(s)
        records.append(RecordChange(rtype, s.id, title, "deleted" if deleted is True else "new", []))
    return records


def summarise(
    parsed: ParsedBundle, plans: dict[str, TablePlan], lost: list[tuple[str, MergeOutcome]], unchanged: int
) -> ImportSummary:
    origin = parsed.origin
    summary = ImportSummary(
        origin["site_id"],
        origin["group_name"],
        fingerprint(parsed.opened.public_key),
        first_contact=True,
        incremental=parsed.opened.manifest.get("base") is not None,
        dry_run=True,
        unchanged=unchanged,
        skipped_tables=parsed.skipped_tables,
        unknown_records=len(parsed.unknown),
    )
    sender = origin["group_name"] or "the other group"
    lost_of = {outcome.state.id: outcome.lost for _table, outcome in lost}
    words: dict[tuple[str, str], Any] = {}  # (record id, clock key) -> FieldChange that waits
    for plan in plans.values():
        rtype = plan.shape.model.RECORD_TYPE
        new = _new_records(plan.shape, plan.inserts)
        gone = sum(1 for r in new if r.change == "deleted")  # tombstones of records never seen here
        summary.new += len(new) - gone
        summary.deleted += gone
        summary.records.extend(new)
        for proposal in plan.proposals:
            change = "delete" if proposal.deletes else "change"
            title = _title(proposal.local)
            summary.proposals.append(RecordChange(rtype, proposal.local.id, title, change, proposal.fields))
        for local, outcome in plan.updates:
            was, now = bool(local.values.get("deleted")), bool(outcome.state.values.get("deleted"))
            change = "deleted" if now and not was else "restored" if was and not now else "updated"
            if change == "deleted":
                summary.deleted += 1
            else:
                summary.updated += 1
            fields = sorted(outcome.changed)
            details = record_changes(rtype, plan.shape, outcome, lost_of.get(local.id, []), sender)
            words.update({(local.id, d.field): d for d in details if d.waits})
            title = _title(outcome.state)
            summary.records.append(RecordChange(rtype, local.id, title, change, fields, details))
    for table, outcome in lost:
        rtype = SHAPES[table].model.RECORD_TYPE
        if not any((outcome.state.id, item.key) in words for item in outcome.lost):  # ours all stay
            details = record_changes(rtype, SHAPES[table], outcome, outcome.lost, sender)
            words.update({(outcome.state.id, d.field): d for d in details if d.waits})
        for item in outcome.lost:
            summary.conflicts.append(
                ConflictNote(
                    rtype,
                    outcome.state.id,
                    _title(outcome.state),
                    item.key,
                    item.kept_value,
                    item.other_value,
                    words.get((outcome.state.id, item.key)),
                )
            )
    return summary


# -- applying -----------------------------------------------------------------------------------
def _apply(
    session: Session, parsed: ParsedBundle, plans: dict[str, TablePlan],
    lost: list[tuple[str, MergeOutcome]], author: str,
) -> None:
    raw = _raw(session)
    at = utc_now_iso()
    log_rows: list[tuple[Any, ...]] = []
    to_index: list[tuple[str, str, Callable[[str], Any]]] = []
    erasures: list[tuple[str, str]] = []  # (person id, name before)
    people = plans.get("people")
    erasing = people is not None and any(
        "erased" in o.changed and o.state.values.get("erased") for _, o in people.updates
    )
    if erasing:  # old values of an erased person are overwritten on disk, not just freed
        raw.execute("PRAGMA secure_delete = ON")
    for table, plan in plans.items():
        shape = plan.shape
        rtype = shape.model.RECORD_TYPE
        cols = shape.columns
        if plan.inserts:
            sql = f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
            # A new record gets no history entry of its own: its history begins with its
            # creation, told from its row clock (RecordService.history); the bundle's own entry
            # says when and from whom it came.
            raw.executemany(sql, db_rows(shape, plan.inserts, at))
            if rtype in search_index.SEARCHABLE_TYPES:
                to_index.extend((rtype, state.id, state.reader()) for state in plan.inserts)
        if plan.updates:
            assignments = ", ".join(f"{c} = ?" for c in cols[1:])
            sql = f"UPDATE {table} SET {assignments} WHERE id = ?"
            merged = db_rows(shape, [o.state for _, o in plan.updates], at)
            raw.executemany(sql, [[*row[1:], row[0]] for row in merged])
            for _, o in plan.updates:
                changed = o.changed
                if table == "people" and "erased" in changed and o.state.values.get("erased"):
                    # An erasure arrived: the old values must not survive in our own history.
                    erasures.append((o.state.id, str(changed.get("name", (None, None))[0] or "")))
                    changed = {}
                for name, (old, new) in sorted(changed.items()):
                    stamp = o.state.clocks.get(shape.key_of(name), o.state.clock)
                    log_rows.append(
                        (
                            rtype,
                            o.state.id,
                            "merge",
                            name,
                            _encode_log(old),
                            _encode_log(new),
                            stamp,
                            author,
                            at,
                        )
                    )
                if rtype in search_index.SEARCHABLE_TYPES:
                    state = o.state
                    search_index.index_record(session, rtype, state.id, state.values.get)
    if to_index:
        search_index.bulk_index(session, to_index)
    raw.executemany(f"INSERT INTO change_log ({LOG_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", log_rows)
    for person_id, old_name in erasures:
        roles = [r for (r,) in raw.execute("SELECT id FROM roles WHERE person_id = ?", (person_id,))]
        purge_history(session, person_id, old_name, roles)
        session.add(ChangeLog(record_type="person", record_id=person_id, action="erase", field="",
                              clock=parsed.max_stamp, author=author, at=at))
    if erasing:
        scrub_search_index(session)
        raw.execute("PRAGMA secure_delete = OFF")
    unknown.apply(session, unknown.plan(session, parsed.unknown))
    authority.record_proposals(
        session,
        [p for plan in plans.values() for p in plan.proposals],
        {t: SHAPES[t].model.RECORD_TYPE for t in plans},
        author,
        at,
    )
    open_conflicts = {
        (c.record_id, c.field, c.other_clock)
        for c in session.scalars(select(Conflict).where(Conflict.resolved_at.is_(None)))
    }
    for table, outcome in lost:
        for item in outcome.lost:
            if (outcome.state.id, item.key, item.other_clock) in open_conflicts:
                continue
            session.add(
                Conflict(
                    record_type=SHAPES[table].model.RECORD_TYPE,
                    record_id=outcome.state.id,
                    field=item.key,
                    kept_value=item.kept_value,
                    kept_clock=item.kept_clock,
                    other_value=item.other_value,
                    other_clock=item.other_clock,
                    other_site=author if item.other_clock.endswith(parsed.origin["site_id"]) else "",
                    detected_at=at,
                    resolved_at=None,
                    resolution="",
                )
            )


def _encode_log(value: Any) -> Any:
    return json.dumps(value, ensure_ascii=False) if value is not None else None


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
        saved = backup_database(self.db.path, reason="before-import") if backup else None
        try:
            # References are checked once for the whole database before the commit (a bulk
            # write), not row by row; check_references would only say the same thing first.
            with self.db.write(bulk=True) as session:
                session.connection().exec_driver_sql("PRAGMA cache_size = -65536")
                peer = _check_peer(session, opened)
                plans, lost, unchanged = plan_merge(session, parsed)
                summary = summarise(parsed, plans, lost, unchanged)
                summary.first_contact = peer is None
                group = parsed.origin["group_name"] or parsed.origin["site_id"]
                _apply(session, parsed, plans, lost, self.author or group)
                self._remember_peer(session, parsed, peer)
                self._observe(session, parsed.max_stamp)
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
