"""Importing rows into records: validated, matched against what is already there, written at once.

Every source (spreadsheets, Open Referral, GeoJSON, OpenStreetMap) turns its rows into
`Candidate`s. `run_import` cleans each one through the record service (so imported data obeys
the same rules as typed data, a bad cell left out unless it makes the record), matches it only on
strong evidence (interop/matching.py; weaker evidence is listed as a possible duplicate and the
row kept apart), and writes everything in ONE write transaction through `RecordWriter` —
a failure, a cancel or a dry run rolls all of it back.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from civicdesk.core import search_index
from civicdesk.core.record_writer import RecordWriter
from civicdesk.db.bulk import insert_rows, new_synced_row
from civicdesk.db.database import Database, utc_now_iso
from civicdesk.db.ids import new_id
from civicdesk.db.models import MODEL_BY_TYPE, ChangeLog, SyncedMixin
from civicdesk.errors import CivicDeskError
from civicdesk.interop.candidates import Candidate, clean_candidate
from civicdesk.interop.matching import Match, MatchIndex, Place
from civicdesk.interop.results import Duplicate, ImportResult, Problem
from civicdesk.services.groups import GroupService
from civicdesk.services.people import PersonService
from civicdesk.services.records import RecordService
from civicdesk.services.spaces import SpaceService
from civicdesk.services.tools import ToolService

SERVICES: dict[str, type[RecordService[Any]]] = {
    "space": SpaceService,
    "group": GroupService,
    "person": PersonService,
    "tool": ToolService,
}
# More new records than this are written with executemany instead of one by one.
BULK_THRESHOLD = 200
CHOICES = ("merge", "skip", "create")


# -- duplicates --------------------------------------------------------------------------------
def _numbers(record_type: str, values: dict[str, Any]) -> dict[str, str]:
    if record_type != "group":
        return {}
    return {k: str(values[k]) for k in ("charity_number", "company_number") if values.get(k)}


def _place(record_type: str, values: dict[str, Any], postcode: str = "", external: Any = None) -> Place:
    operator: Any = values.get("operator") if isinstance(values.get("operator"), dict) else {}
    return Place.of(
        values.get("name", ""),
        values.get("address") if isinstance(values.get("address"), dict) else None,
        postcode,
        external if external is not None else values.get("external_ids"),
        _numbers(record_type, values),
        " ".join(str(x) for x in (values.get("website") or "", operator.get("name") or "") if x),
    )


def _load_index(session: Session, record_type: str, threshold: int) -> tuple[MatchIndex, dict[str, str]]:
    model = MODEL_BY_TYPE[record_type]
    index = MatchIndex(threshold)
    names: dict[str, str] = {}
    columns = [model.id, model.name, model.deleted]  # type: ignore[attr-defined]
    for extra in ("address", "external_ids", "charity_number", "company_number", "website", "operator"):
        if hasattr(model, extra):
            columns.append(getattr(model, extra))
    for row in session.execute(select(*columns).where(model.deleted.is_(False))).mappings():
        index.add(row["id"], _place(record_type, dict(row)))
        names[row["id"]] = row["name"]
    return index, names


# -- writing -----------------------------------------------------------------------------------
def merge_values(old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    """What a merge writes: imported values that are not blank; structured values merged by part."""
    merged: dict[str, Any] = {}
    for key, value in new.items():
        if value in (None, "", [], {}) or (key == "name" and old.get("name")):
            continue  # a matched record keeps its name: the match may have been on a near spelling
        current = old.get(key)
        if isinstance(value, list) and isinstance(current, list):
            value = list(dict.fromkeys([*current, *value]))  # keep what was there, add what is new
        elif isinstance(value, dict) and isinstance(current, dict):
            value = {**current, **{k: v for k, v in value.items() if v not in (None, "", [], {})}}
        merged[key] = value
    return merged


def _column_defaults(model: type[SyncedMixin]) -> dict[str, Any]:
    defaults: dict[str, Any] = {}
    for column in model.__table__.columns:
        default = column.default
        if default is None:
            defaults[column.name] = None
        elif default.is_callable:
            defaults[column.name] = default.arg(None)
        else:
            defaults[column.name] = default.arg
    return defaults


def _bulk_create(
    session: Session, writer: RecordWriter, model: type[SyncedMixin], rows: list[dict[str, Any]]
) -> None:
    """Many new records at once: one clock stamp, executemany, history lines and search entries."""
    stamp, at = writer.tick(), utc_now_iso()
    base = _column_defaults(model)
    records = []
    for values in rows:
        base_row = {k: (v.copy() if isinstance(v, dict | list) else v) for k, v in base.items()}
        records.append(new_synced_row(values.get("id") or new_id(), stamp, at, **{**base_row, **values}))
    insert_rows(session, model.__table__, records)
    log_rows = [
        {
            "id": None,
            "record_type": model.RECORD_TYPE,
            "record_id": r["id"],
            "action": "create",
            "field": "",
            "old_value": None,
            "new_value": {k: rows[i][k] for k in sorted(rows[i])},
            "clock": stamp,
            "author": writer.author,
            "at": at,
        }
        for i, r in enumerate(records)
    ]
    insert_rows(session, ChangeLog.__table__, log_rows)
    search_index.bulk_index(session, ((model.RECORD_TYPE, r["id"], r.get) for r in records))


class _DryRunRollbackError(Exception):
    """Ends a dry run's transaction without keeping anything."""


@dataclass
class Batch:
    """Candidates of one record type; batches of one import are written in one transaction."""

    record_type: str
    candidates: list[Candidate]
    lenient: bool = False


def run_import(
    db: Database, record_type: str, candidates: list[Candidate], *, lenient: bool = False, **options: Any
) -> ImportResult:
    """Validate, match and write candidates of one record type in one transaction."""
    return run_batches(db, [Batch(record_type, candidates, lenient)], **options)


def run_batches(
    db: Database,
    batches: list[Batch],
    *,
    source: str,
    duplicates: str = "merge",
    threshold: int = 90,
    dry_run: bool = False,
    skip_invalid: bool = False,
    early_problems: list[Problem] | None = None,
    warnings: list[Problem] | None = None,
    attribution: str = "",
    author: str = "import",
    after_write: Callable[[Session, RecordWriter, ImportResult], None] | None = None,
    report: Callable[[int, int, str], None] | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> ImportResult:
    """Validate every batch, then write them all in ONE transaction (rolled back on a dry run)."""
    for batch in batches:
        if batch.record_type not in SERVICES:
            raise CivicDeskError(f"cannot import records of type “{batch.record_type}”")
    if duplicates not in CHOICES:
        raise CivicDeskError("duplicates must be merge, skip or create")
    result = ImportResult(source, "+".join(b.record_type for b in batches), dry_run, attribution=attribution)
    result.failures = [Problem(p.row, p.column, p.message, source, p.hint) for p in early_problems or []]
    result.warnings = [Problem(p.row, p.column, p.message, source, p.hint) for p in warnings or []]
    total = sum(len(b.candidates) for b in batches)
    prepared = []
    for batch in batches:
        service = SERVICES[batch.record_type](db, author=author)
        has_external = "external_ids" in service.model.__table__.columns
        cleaned: list[tuple[Candidate, dict[str, Any]]] = []
        for number, candidate in enumerate(batch.candidates):
            values, failures, notes = clean_candidate(service, candidate, batch.lenient)
            result.warnings += [Problem(p.row, p.column, p.message, source, p.hint) for p in notes]
            if values is None:
                result.failures += [Problem(p.row, p.column, p.message, source, p.hint) for p in failures]
                continue
            if candidate.external and has_external:
                values["external_ids"] = {**values.get("external_ids", {}), **candidate.external}
            cleaned.append((candidate, values))
            result.ready += 1
            if report and number % 500 == 0:
                report(number, total * 2, "checking rows")
        prepared.append((service, cleaned))
    result.failed = len({p.row for p in result.failures})
    if result.failures and not skip_invalid and not dry_run:
        return result  # nothing written: the person fixes the file or chooses to skip bad rows
    try:
        with db.write() as session:
            writer = RecordWriter(session, author)
            for service, cleaned in prepared:
                before = (result.created, result.updated, result.unchanged, result.skipped)
                _write(
                    session, writer, service, cleaned, result, duplicates, threshold, report, cancelled, total
                )
                after = (result.created, result.updated, result.unchanged, result.skipped)
                result.counts_by_type[service.model.RECORD_TYPE] = dict(
                    zip(
                        ("created", "updated", "unchanged", "skipped"),
                        (a - b for a, b in zip(after, before, strict=True)),
                        strict=True,
                    )
                )
            if after_write is not None:
                after_write(session, writer, result)
            if dry_run:
                raise _DryRunRollbackError
    except _DryRunRollbackError:
        pass
    else:
        result.committed = True
    if len(batches) == 1:
        result.counts_by_type = {}
    return result


def _write(
    session: Session,
    writer: RecordWriter,
    service: RecordService[Any],
    cleaned: list[tuple[Candidate, dict[str, Any]]],
    result: ImportResult,
    duplicates: str,
    threshold: int,
    report: Callable[[int, int, str], None] | None,
    cancelled: Callable[[], bool],
    total: int,
) -> None:
    record_type = service.model.RECORD_TYPE
    model = service.model
    index, names = _load_index(session, record_type, threshold)
    pending: list[dict[str, Any]] = []
    pending_rows: list[Candidate] = []
    updates: dict[str, dict[str, Any]] = {}  # record id -> what this file says, rows merged in order
    for number, (candidate, values) in enumerate(cleaned):
        if cancelled():
            raise CivicDeskError("the import was cancelled; nothing was changed")
        if report and number % 200 == 0:
            report(total + number, total * 2, "importing")
        place = _place(record_type, values, candidate.postcode, {**candidate.external,
                                                                  **(values.get("external_ids") or {})})
        match = None
        if candidate.record_id and candidate.record_id in names:
            match = Match(candidate.record_id, 100, True, "same CivicDesk id")
        match = match or index.find(place)
        choice = candidate.choice or duplicates
        possible = None
        if match is not None and not match.strong:
            # Weak evidence never merges on its own: only a person's explicit choice does.
            if candidate.choice != "merge":
                possible, match = match, None
            else:
                choice = "merge"
        if match is None or choice == "create":
            if candidate.record_id and candidate.record_id not in names:
                values = {**values, "id": candidate.record_id}
            else:
                values = {**values, "id": new_id()}
            if possible is not None:
                _note_possible(result, candidate, values, place, possible, index, names, pending_rows)
            pending.append(values)
            pending_rows.append(candidate)
            index.add(("new", len(pending) - 1), place)
            result.created += 1
            continue
        key, score = match.key, match.score
        if isinstance(key, tuple):  # a repeat of a row earlier in this same file
            earlier = pending[key[1]]
            pending[key[1]] = {**earlier, **merge_values(earlier, values)}
            result.duplicates_in_file += 1
            continue
        result.duplicates.append(
            Duplicate(candidate.row, values.get("name", ""), key, names.get(key, ""), score, choice,
                      address=place.address, record_address=index.places[key].address, reason=match.reason)
        )
        if choice == "skip":
            result.skipped += 1
        elif key in updates:
            updates[key] = {**updates[key], **merge_values(updates[key], values)}
            result.duplicates_in_file += 1
        else:
            updates[key] = values
    ids = list(updates)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        records = session.scalars(select(model).where(model.id.in_(chunk)))
        for record in records:
            incoming = updates[record.id]
            current = {f: getattr(record, f) for f in {*incoming, "name"} if hasattr(record, f)}
            if service.update_in(
                session, record, merge_values(current, incoming), writer, already_clean=True
            ):
                result.updated += 1
            else:
                result.unchanged += 1
    if len(pending) > BULK_THRESHOLD:
        _bulk_create(session, writer, model, pending)
    else:
        for values in pending:
            record_id = values.pop("id", None)
            writer.create(model, values, record_id=record_id)


def _note_possible(
    result: ImportResult,
    candidate: Candidate,
    values: dict[str, Any],
    place: Place,
    match: Match,
    index: MatchIndex,
    names: dict[str, str],
    pending_rows: list[Candidate],
) -> None:
    """A row kept as its own record, listed next to the record it might be."""
    other = index.places[match.key]
    earlier = isinstance(match.key, tuple)
    result.possible_duplicates.append(
        Duplicate(
            candidate.row,
            values.get("name", ""),
            "" if earlier else match.key,
            other.name if earlier else names.get(match.key, other.name),
            match.score,
            "create",
            address=place.address,
            record_address=other.address,
            record_row=pending_rows[match.key[1]].row if earlier else 0,
            reason=match.reason,
            new_id=str(values.get("id") or ""),
        )
    )
