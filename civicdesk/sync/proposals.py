"""Accepting a proposal: the change a partner sent for a record it had not been shown, applied."""

from __future__ import annotations

from civicdesk.core.clock import stamp_site
from civicdesk.core.proposals import PROPOSAL
from civicdesk.db.database import Database, utc_now_iso
from civicdesk.db.models import Conflict
from civicdesk.errors import NotFoundError
from civicdesk.sync.apply import apply_plans
from civicdesk.sync.authority import row_of
from civicdesk.sync.merge import merge
from civicdesk.sync.plan import TablePlan, load_full
from civicdesk.sync.rows import SHAPES

ACCEPTED = "accepted"


class _Arrived:
    """What the importer's writer needs to know of where a change came from."""

    def __init__(self, site_id: str, max_stamp: str) -> None:
        self.origin = {"site_id": site_id}
        self.max_stamp = max_stamp
        self.unknown: list[object] = []  # no records of unknown tables come with a proposal


def accept(db: Database, conflict_id: int) -> None:
    """Apply a proposal as the import would have: merged field by field, logged, indexed."""
    with db.write() as session:
        conflict = session.get(Conflict, conflict_id)
        if conflict is None or conflict.resolved_at is not None or conflict.field != PROPOSAL:
            raise NotFoundError(f"there is no open proposal {conflict_id}")
        stored = dict(conflict.other_value or {})
        shape = SHAPES[stored["table"]]
        remote = row_of(shape, stored)
        local = load_full(session, shape, [remote.id]).get(remote.id)
        if local is None:
            raise NotFoundError(f"the record {remote.id} is no longer here")
        outcome = merge(shape, local, remote)
        changed = outcome.changed or outcome.clocks_changed
        plan = TablePlan(shape, updates=[(local, outcome)] if changed else [])
        arrived = _Arrived(stamp_site(conflict.other_clock), conflict.other_clock)
        author = conflict.other_site or "another group"
        apply_plans(session, arrived, {shape.table: plan}, [], author)  # type: ignore[arg-type]
        conflict.resolved_at = utc_now_iso()
        conflict.resolution = ACCEPTED
