"""Make a bundle of this database: everything, or only what a named peer has not seen yet.

People's personal details go in only with their consent to sharing in bundles; everyone else
travels as initials (clocked at zero, so a real name elsewhere always wins) with their
consents, so roles and loans that point at them still make sense at the other end.
"""

from __future__ import annotations

import base64
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from civicdesk import __version__
from civicdesk.core.consent import PERSONAL_FIELDS, initials, may_share
from civicdesk.db.database import Database
from civicdesk.db.migrate import head_revision
from civicdesk.db.models import SYNCED_MODELS, Site
from civicdesk.errors import CivicDeskError
from civicdesk.portable import partial_path, replace_file
from civicdesk.sync import bundle_format as fmt
from civicdesk.sync import finances, peers, seen, unknown
from civicdesk.sync.limits import canonical_json
from civicdesk.sync.merge import Vector, vector_of
from civicdesk.sync.rows import SHAPES, ZERO_STAMP, RowState, TableShape, shape_of, to_bundle_row

# The oldest schema whose reader understands this bundle layout (rows/, field_clocks, extra).
MIN_READER_SCHEMA = "0002"
# Fields of other records that may name a person (a tool's holder, a loan's borrower, a hirer).
PERSON_REFERENCES = {
    "tools": ("holder",), "loans": ("borrower",), "bookings": ("hirer",), "invoices": ("hirer",),
}
WITHHELD = frozenset(PERSONAL_FIELDS)


@dataclass
class BuiltBundle:
    data: bytes  # the signed ZIP, not yet encrypted
    manifest: dict[str, Any]
    rows: int
    shared_people: int  # people whose personal details are inside
    withheld_people: int  # people sent as initials only
    peer: str | None = None
    counts: dict[str, int] = field(default_factory=dict)
    # Money records left out: the group it is for is not trusted with finances (sync.finances).
    finances_withheld: int = 0
    finances_included: bool = False

    @property
    def personal_data(self) -> bool:
        return self.shared_people > 0


def load_states(conn: Connection, shape: TableShape) -> list[RowState]:
    """Every row of a table (tombstones too), ordered by id."""
    raw = conn.connection.driver_connection
    assert raw is not None
    sql = f"SELECT {', '.join(shape.columns)} FROM {shape.table} ORDER BY id"
    return [shape.from_db(row) for row in raw.execute(sql)]


def _stamp_is_new_to(stamp: str, base: Vector) -> bool:
    return stamp != ZERO_STAMP and stamp > base.get(stamp.split(".", 2)[2], "")


def _row_is_new_to(state: RowState, base: Vector) -> bool:
    return any(_stamp_is_new_to(s, base) for s in state.clocks.values())


def _redact_reference(state: RowState, names: Iterable[str], withheld: dict[str, str]) -> RowState:
    """Swap the name of a non-consenting person held in a party field for their initials."""
    values, clocks = dict(state.values), dict(state.clocks)
    for name in names:
        party = values.get(name) or {}
        if isinstance(party, dict) and party.get("person_id") in withheld:
            # An invoice's hirer may carry a postal address: it stays home with the name.
            kept = {k: v for k, v in party.items() if k != "address"}
            values[name] = {**kept, "name": withheld[party["person_id"]]}
            clocks[name] = ZERO_STAMP
    return RowState(state.id, state.created_at, state.clock, values, clocks)


def _withhold_person(state: RowState, shape: TableShape) -> RowState:
    # Fields from a newer schema are unknown here, so they may be personal: they stay home too.
    values = {k: v for k, v in state.values.items() if k not in WITHHELD and k in shape.checks}
    values["name"] = initials(state.values.get("name", ""))
    clocks = {
        k: s for k, s in state.clocks.items()
        if k not in WITHHELD and any(f in shape.checks for f in shape.fields_of(k))
    }
    clocks["name"] = ZERO_STAMP
    return RowState(state.id, state.created_at, state.clock, values, clocks)


def build_bundle(db: Database, peer_name: str | None = None) -> BuiltBundle:
    """The bundle bytes for the current state; incremental when a peer is named."""
    with db.read() as session:
        site = session.scalars(select(Site)).one()
        # For a named group: only what is newer than what they told us they have (sync.peers);
        # everything until they have sent us a bundle.
        peer = peers.find(session, peer_name) if peer_name is not None else None
        base = peers.known_to(peer) if peer_name is not None else None
        with_money, money_base = finances.trusted(peer), finances.base_for(peer)
        conn = session.connection()
        tables = {m.__tablename__: load_states(conn, shape_of(m)) for m in SYNCED_MODELS}
        private_key, public_key = site.private_key, site.public_key
        # Records of tables this version does not know go on as they came (sync.unknown).
        kept = unknown.members(session, None if base is None else lambda s: _stamp_is_new_to(s, base))
        origin = {"site_id": site.site_id, "group_name": site.group_name}
        # What we have seen from every site, not only the stamps we still hold (sync.seen).
        vector = seen.seen_vector(
            session, vector_of(s for states in tables.values() for st in states for s in st.clocks.values())
        )
    assert private_key is not None and public_key is not None

    # Names to withhold are known up front: a loan may point at a person in any row.
    withheld_names = {
        st.id: initials(st.values.get("name", ""))
        for st in tables["people"]
        if not st.values.get("erased") and not may_share(st.values)
    }
    # An erased person's own row is already blank; a loan or tool that still names them must not
    # carry the name they asked to have forgotten.
    reference_names = withheld_names | {st.id: "" for st in tables["people"] if st.values.get("erased")}
    shared = withheld = total = 0
    members: dict[str, bytes] = {}
    listed: dict[str, dict[str, int]] = {}
    money_withheld = 0
    for table, states in tables.items():
        shape = SHAPES[table]
        lines: list[bytes] = []
        if table in finances.TABLES and not with_money:
            money_withheld += len(states)
            continue
        table_base = money_base if table in finances.TABLES else base
        for state in states:
            if table_base is not None and not _row_is_new_to(state, table_base):
                continue
            if table == "people" and state.id in withheld_names:
                withheld += 1
                state = _withhold_person(state, shape)
            elif table == "people" and not state.values.get("erased"):
                shared += 1
            elif table in PERSON_REFERENCES:
                state = _redact_reference(state, PERSON_REFERENCES[table], reference_names)
            lines.append(canonical_json(to_bundle_row(shape, state)) + b"\n")
        if lines:
            name = f"rows/{table}.ndjson"
            members[name] = b"".join(lines)
            listed[name] = {"rows": len(lines)}
            total += len(lines)
    for name, kept_lines in kept.items():
        members[name], listed[name] = b"".join(kept_lines), {"rows": len(kept_lines)}
        total += len(kept_lines)
    manifest = {
        "format": fmt.FORMAT,
        "format_version": fmt.FORMAT_VERSION,
        "app_version": __version__,
        "schema_version": head_revision(),
        "min_reader_schema": MIN_READER_SCHEMA,
        "origin": origin,
        "public_key": base64.b64encode(public_key).decode("ascii"),
        # The newest stamp in the state, not a fresh one: the same state gives the same bytes.
        "created_at": max(vector.values(), default=ZERO_STAMP),
        "vector": vector,
        "base": base,
        "personal_data": shared > 0,
        "withheld_people": withheld,
        "members": listed,
    }
    data = fmt.write_bundle(manifest, members, private_key)
    counts = {t: v["rows"] for t, v in ((n[5:-7], e) for n, e in listed.items())}
    return BuiltBundle(data, manifest, total, shared, withheld, peer_name, counts, money_withheld, with_money)


def record_sent(db: Database, peer_name: str, vector: Vector) -> None:
    """Remember what we sent a group: the next changes-only bundle for them starts from it."""
    with db.write() as session:
        peers.remember_sent(session, peer_name, vector)
        finances.remember_sent(session, peer_name, vector)


def write_file(path: Path, data: bytes) -> None:
    """Write next to the target and rename, so a half-written bundle never carries the name."""
    path = Path(path)
    partial = partial_path(path)
    try:
        with partial.open("wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        replace_file(partial, path)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise CivicDeskError(f"could not write the bundle to {path}: {exc.strerror or exc}") from exc


@dataclass
class ExportResult:
    path: Path
    built: BuiltBundle
    encrypted: bool


def export_bundle(
    db: Database,
    out: Path,
    passphrase: str | None = None,
    peer: str | None = None,
    allow_unencrypted_personal: bool = False,
) -> ExportResult:
    """Build, encrypt when needed and write a bundle file.

    Without a passphrase, a bundle holding personal details is refused unless
    `allow_unencrypted_personal` says the person insisted.
    """
    built = build_bundle(db, peer)
    if passphrase is None and built.personal_data and not allow_unencrypted_personal:
        raise CivicDeskError(
            f"this bundle holds the personal details of {built.shared_people} people who agreed to "
            "sharing, so it must be encrypted: give a passphrase (--passphrase-file FILE), or add "
            "--force to --no-encrypt if you really mean to send it unencrypted"
        )
    data = fmt.encrypt(built.data, passphrase) if passphrase is not None else built.data
    write_file(out, data)
    if peer is not None:
        record_sent(db, peer, built.manifest["vector"])
    return ExportResult(Path(out), built, passphrase is not None)
