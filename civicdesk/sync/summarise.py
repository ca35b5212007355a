"""Tell a planned merge as an ImportSummary: new, updated and deleted records, proposals, conflicts."""

from __future__ import annotations

from operator import attrgetter
from typing import Any

from civicdesk.core.keys import fingerprint
from civicdesk.sync.changes import record_changes
from civicdesk.sync.merge import MergeOutcome
from civicdesk.sync.parse import ParsedBundle
from civicdesk.sync.plan import TablePlan
from civicdesk.sync.rows import (
    SHAPES,
    RowState,
    TableShape,
)
from civicdesk.sync.summary import ConflictNote, ImportSummary, RecordChange


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
