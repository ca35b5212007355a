"""Plan a merge: what each table of a checked bundle would insert, update or only propose here."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from civicdesk.db.models import SYNCED_MODELS
from civicdesk.sync import authority, seen
from civicdesk.sync.limits import BundleError
from civicdesk.sync.merge import MergeOutcome, Vector, complete_new, knows, merge, vector_of
from civicdesk.sync.parse import ParsedBundle
from civicdesk.sync.rows import (
    SHAPES,
    ZERO_STAMP,
    RowState,
    TableShape,
)

ORDER = [m.__tablename__ for m in SYNCED_MODELS]  # parents first
CHUNK = 500


@dataclass
class TablePlan:
    shape: TableShape
    inserts: list[RowState] = field(default_factory=list)  # records new here, completed
    updates: list[tuple[RowState, MergeOutcome]] = field(default_factory=list)
    # Changes to records the sender gives no sign of having seen: asked, not applied (authority).
    proposals: list[authority.Proposal] = field(default_factory=list)


def raw_connection(session: Session) -> Any:
    raw = session.connection().connection.driver_connection
    assert raw is not None
    return raw


def _light_clocks(session: Session, shape: TableShape) -> dict[str, dict[str, str]]:
    """{id: full clock map} for every row of a table, without loading the values."""
    found: dict[str, dict[str, str]] = {}
    for row_id, row_clock, stored, extra in raw_connection(session).execute(
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


def _held_vector(tables: Iterable[dict[str, dict[str, str]]]) -> Vector:
    """The newest stamp per site among the rows' clocks ({id: clocks} per table)."""
    return vector_of(s for rows in tables for clocks in rows.values() for s in clocks.values())


def load_full(session: Session, shape: TableShape, ids: list[str]) -> dict[str, RowState]:
    found: dict[str, RowState] = {}
    raw = raw_connection(session)
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
    raw = raw_connection(session)
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
    # What we have seen, not only the stamps we hold: a value replaced here after we saw it is
    # not a concurrent edit when it comes back from a site that still holds it (sync.seen).
    local_vector = seen.seen_vector(session, _held_vector(light.values()))
    seen.check_base(
        parsed.base,
        local_vector,
        lambda: seen.seen_vector(session, _held_vector(_light_clocks(session, SHAPES[t]) for t in ORDER)),
        parsed.origin["group_name"] or "the sender",
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
        locals_ = load_full(session, shape, [r.id for r in to_merge])
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
