"""Write a planned merge: rows, history, search index, erasures, proposals and conflicts."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from civicdesk.core import search_index
from civicdesk.core.erasure import purge_history, scrub_search_index
from civicdesk.db.database import utc_now_iso
from civicdesk.db.models import ChangeLog, Conflict
from civicdesk.sync import authority, booking_clashes, unknown
from civicdesk.sync.layout import db_rows
from civicdesk.sync.merge import MergeOutcome
from civicdesk.sync.parse import ParsedBundle
from civicdesk.sync.plan import TablePlan, raw_connection
from civicdesk.sync.rows import SHAPES

LOG_COLUMNS = "record_type, record_id, action, field, old_value, new_value, clock, author, at"


def apply_plans(
    session: Session, parsed: ParsedBundle, plans: dict[str, TablePlan],
    lost: list[tuple[str, MergeOutcome]], author: str,
) -> None:
    raw = raw_connection(session)
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
    booking_clashes.record_clashes(session, _bookings_touched(plans), author, at)
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


def _bookings_touched(plans: dict[str, TablePlan]) -> set[str]:
    """Bookings the bundle added or changed, or whose skipped or moved dates it did."""
    touched: set[str] = set()
    for table, key in (("bookings", "id"), ("booking_exceptions", "booking_id")):
        plan = plans.get(table)
        if plan is not None:
            states = [*plan.inserts, *(o.state for _, o in plan.updates)]
            touched |= {str(st.id if key == "id" else st.values.get(key)) for st in states}
    return touched


def _encode_log(value: Any) -> Any:
    return json.dumps(value, ensure_ascii=False) if value is not None else None
