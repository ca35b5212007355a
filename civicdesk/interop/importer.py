"""Importing rows into records: validated, matched against what is already there, written at once.

Every source (spreadsheets, Open Referral, GeoJSON, OpenStreetMap) turns its rows into
`Candidate`s. `run_import` cleans each one through the record service (so imported data obeys
the same rules as typed data), finds duplicates (same external id; else name + postcode, fuzzy
through rapidfuzz), and writes everything in ONE write transaction through `RecordWriter` —
a failure, a cancel or a dry run rolls all of it back.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz
from sqlalchemy import select
from sqlalchemy.orm import Session

from civicdesk.core import search_index
from civicdesk.core.record_writer import RecordWriter
from civicdesk.db.bulk import insert_rows, new_synced_row
from civicdesk.db.database import Database, utc_now_iso
from civicdesk.db.ids import new_id
from civicdesk.db.models import MODEL_BY_TYPE, ChangeLog, SyncedMixin
from civicdesk.errors import CivicDeskError, ValidationError
from civicdesk.interop.categories import guess_category
from civicdesk.interop.mapping import Mapping, apply_transforms, assemble
from civicdesk.interop.tabular import Table
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


@dataclass
class Candidate:
    """One incoming record before validation; `row` is the number a person sees in the file."""

    row: int
    values: dict[str, Any]
    columns: dict[str, str] = field(default_factory=dict)  # field -> column/property it came from
    external: dict[str, str] = field(default_factory=dict)  # e.g. {"osm": "way/123"}
    postcode: str = ""  # for duplicate matching when the record itself keeps none
    record_id: str | None = None  # an id of ours (re-importing our own export)
    choice: str | None = None  # merge | skip | create for this row, overriding the default
    fallbacks: dict[str, Any] = field(default_factory=dict)  # used when neither row nor name says


@dataclass
class Problem:
    row: int
    column: str
    message: str
    source: str = ""

    def line(self) -> str:
        where = ", ".join(p for p in (f"row {self.row}" if self.row else "", self.column) if p)
        return f"{self.source}: {where}: {self.message}" if where else f"{self.source}: {self.message}"

    def as_json(self) -> dict[str, Any]:
        return {"row": self.row, "column": self.column, "message": self.message}


@dataclass
class Duplicate:
    row: int
    name: str
    record_id: str
    record_name: str
    score: int
    action: str


@dataclass
class ImportResult:
    source: str
    record_type: str
    dry_run: bool
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    failed: int = 0
    duplicates_in_file: int = 0
    committed: bool = False
    failures: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)
    attribution: str = ""
    counts_by_type: dict[str, dict[str, int]] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        data = {
            "source": self.source,
            "record_type": self.record_type,
            "dry_run": self.dry_run,
            "committed": self.committed,
            "created": self.created,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "skipped": self.skipped,
            "failed": self.failed,
            "duplicates_in_file": self.duplicates_in_file,
            "failures": [p.as_json() for p in self.failures],
            "warnings": [p.as_json() for p in self.warnings],
            "attribution": self.attribution,
        }
        if self.counts_by_type:
            data["by_type"] = self.counts_by_type
        return data

    def summary(self) -> str:
        verb = "Would import" if self.dry_run or not self.committed else "Imported"
        text = (
            f"{verb} from {self.source}: {self.created} new, {self.updated} updated, "
            f"{self.unchanged} unchanged, {self.skipped} skipped, {self.failed} failed"
        )
        if self.duplicates_in_file:
            text += f", {self.duplicates_in_file} repeated rows merged"
        return text + "."


# -- from a table -----------------------------------------------------------------------------
def candidates_from_table(table: Table, mapping: Mapping) -> tuple[list[Candidate], list[Problem]]:
    """Rows turned into candidates with the mapping's transforms; rows that fail are problems."""
    positions = {name: i for i, name in enumerate(table.headers)}
    missing = [c for c, spec in mapping.columns.items() if spec.field and c not in positions]
    if missing:
        raise CivicDeskError(
            f"{table.source}: the mapping names columns the file lacks: {', '.join(missing)}"
        )
    candidates, problems = [], []
    for index, row in enumerate(table.rows):
        number = table.row_number(index)
        misfit = table.ragged(index)
        if misfit:
            problems.append(Problem(number, "", misfit, table.source))
            continue
        flat: dict[str, Any] = dict(mapping.defaults)
        columns: dict[str, str] = {}
        bad = False
        for column, spec in mapping.columns.items():
            if not spec.field:
                continue
            position = positions[column]
            raw = row[position] if position < len(row) else None
            try:
                value = apply_transforms(raw, spec.transforms)
            except ValueError as exc:  # FieldError included
                problems.append(Problem(number, column, str(exc), table.source))
                bad = True
                continue
            if value is not None:
                flat[spec.field] = value
            columns[spec.field.split(".")[0]] = column
            columns[spec.field] = column
        if bad:
            continue
        if all(v in (None, "") for k, v in flat.items() if k not in mapping.defaults):
            continue  # a row with nothing in the mapped columns
        values = assemble(mapping.record_type, flat)
        candidates.append(
            Candidate(
                number,
                values,
                columns,
                postcode=str(flat.get("postcode") or ""),
                fallbacks=dict(mapping.fallbacks),
            )
        )
    return candidates, problems


# -- validation -------------------------------------------------------------------------------
def _complete_space(values: dict[str, Any], fallbacks: dict[str, Any]) -> dict[str, Any]:
    if values.get("category"):
        return values
    guess = guess_category(str(values.get("name") or ""), str(values.get("subtype") or ""))
    if guess is None and fallbacks.get("category"):
        guess = (str(fallbacks["category"]), "")
    if guess:
        values = {**values, "category": guess[0]}
        if not values.get("subtype") and guess[1]:
            values["subtype"] = guess[1]
    return values


def clean_candidate(
    service: RecordService[Any], candidate: Candidate, lenient: bool
) -> tuple[dict[str, Any] | None, list[Problem], list[Problem]]:
    """(cleaned values or None, failures, warnings). Lenient: drop bad fields, keep the record."""
    values = dict(candidate.values)
    if service.model.RECORD_TYPE == "space":
        values = _complete_space(values, candidate.fallbacks)
    warnings: list[Problem] = []
    if service.model.RECORD_TYPE == "space" and not values.get("category"):
        message = (
            "no category, and the name does not suggest one: add a category column, or choose one "
            "for such rows (“Category for rows that do not say” on the column page of the import "
            "window; --default category=civic on the command line)"
        )
        return (
            None,
            [Problem(candidate.row, candidate.columns.get("category", "category"), message)],
            warnings,
        )
    for _attempt in range(8):
        try:
            return service.clean(values, creating=True), [], warnings
        except ValidationError as exc:
            errors = exc.errors
        problems = [Problem(candidate.row, candidate.columns.get(f, f), m) for f, m in errors.items()]
        if not lenient or any(f in service.required for f in errors):
            return None, problems, warnings
        for name in errors:
            values = _drop_bad_part(service, values, name)
        warnings += [Problem(p.row, p.column, p.message + " (left out)") for p in problems]
    return None, [Problem(candidate.row, "", "too many problems in this row")], warnings


def _drop_bad_part(service: RecordService[Any], values: dict[str, Any], name: str) -> dict[str, Any]:
    """Without the part of a structured value that fails, or without the field if it is plain."""
    value = values.get(name)
    cleaner = service.cleaners.get(name)
    if isinstance(value, dict) and cleaner:
        for key in list(value):
            trial = {k: v for k, v in value.items() if k != key}
            try:
                cleaner(trial)
            except ValueError:
                continue
            return {**values, name: trial}
    return {k: v for k, v in values.items() if k != name}


# -- duplicates --------------------------------------------------------------------------------
def _norm(text: str) -> str:
    return " ".join(search_index.fold(text).replace("&", " and ").replace("'", "").replace("’", "").split())


def _postcode_of(values: dict[str, Any], fallback: str = "") -> str:
    address = values.get("address") or {}
    return "".join(str(address.get("postcode") or fallback).upper().split())


class DuplicateIndex:
    """Existing and just-added records, findable by external id, number, name and postcode."""

    def __init__(self, threshold: int = 90) -> None:
        self.threshold = threshold
        self.names: dict[Any, str] = {}
        self.by_external: dict[tuple[str, str], Any] = {}
        self.by_postcode: dict[str, list[Any]] = {}
        self.by_first_word: dict[str, list[Any]] = {}
        self.by_number: dict[str, Any] = {}

    def add(
        self,
        key: Any,
        name: str,
        postcode: str = "",
        external: dict[str, Any] | None = None,
        numbers: Iterable[str] = (),
    ) -> None:
        norm = _norm(name)
        self.names[key] = norm
        for scheme, value in (external or {}).items():
            self.by_external[(scheme, str(value))] = key
        if postcode:
            self.by_postcode.setdefault(postcode, []).append(key)
        if norm:
            self.by_first_word.setdefault(norm.split()[0], []).append(key)
        for number in numbers:
            if number:
                self.by_number[number] = key

    def find(
        self, name: str, postcode: str, external: dict[str, str], numbers: Iterable[str] = ()
    ) -> tuple[Any, int] | None:
        for scheme, value in external.items():
            key = self.by_external.get((scheme, str(value)))
            if key is not None:
                return key, 100
        for number in numbers:
            if number and number in self.by_number:
                return self.by_number[number], 100
        if external:
            return None  # an OSM or Open Referral thing we have not seen is new, whatever its name
        norm = _norm(name)
        if not norm:
            return None
        # Same postcode: a similar name is enough. No postcode to compare: the name must be near exact.
        pools = [(self.by_postcode.get(postcode, []), self.threshold - 10)] if postcode else []
        pools.append(([k for k in self.by_first_word.get(norm.split()[0], [])], max(self.threshold, 95)))
        best: tuple[Any, int] | None = None
        for keys, cutoff in pools:
            for key in keys:
                score = int(fuzz.token_sort_ratio(norm, self.names[key]))
                if score >= cutoff and (best is None or score > best[1]):
                    best = (key, score)
            if best:
                return best
        return None


def _numbers(record_type: str, values: dict[str, Any]) -> list[str]:
    if record_type != "group":
        return []
    return [f"{k}:{values[k]}" for k in ("charity_number", "company_number") if values.get(k)]


def _load_index(session: Session, record_type: str, threshold: int) -> tuple[DuplicateIndex, dict[str, str]]:
    model = MODEL_BY_TYPE[record_type]
    index = DuplicateIndex(threshold)
    names: dict[str, str] = {}
    columns = [model.id, model.name, model.deleted]  # type: ignore[attr-defined]
    for extra in ("address", "external_ids", "charity_number", "company_number"):
        if hasattr(model, extra):
            columns.append(getattr(model, extra))
    for row in session.execute(select(*columns).where(model.deleted.is_(False))).mappings():
        values = dict(row)
        index.add(
            row["id"],
            row["name"],
            _postcode_of(values),
            values.get("external_ids"),
            _numbers(record_type, values),
        )
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
    for column in model.__table__.columns:  # type: ignore[attr-defined]
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
    insert_rows(session, model.__table__, records)  # type: ignore[attr-defined]
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
    result.failures = [Problem(p.row, p.column, p.message, source) for p in early_problems or []]
    result.warnings = [Problem(p.row, p.column, p.message, source) for p in warnings or []]
    total = sum(len(b.candidates) for b in batches)
    prepared = []
    for batch in batches:
        service = SERVICES[batch.record_type](db, author=author)
        has_external = "external_ids" in service.model.__table__.columns  # type: ignore[attr-defined]
        cleaned: list[tuple[Candidate, dict[str, Any]]] = []
        for number, candidate in enumerate(batch.candidates):
            values, failures, notes = clean_candidate(service, candidate, batch.lenient)
            result.warnings += [Problem(p.row, p.column, p.message, source) for p in notes]
            if values is None:
                result.failures += [Problem(p.row, p.column, p.message, source) for p in failures]
                continue
            if candidate.external and has_external:
                values["external_ids"] = {**values.get("external_ids", {}), **candidate.external}
            cleaned.append((candidate, values))
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
    updates: dict[str, dict[str, Any]] = {}  # record id -> what this file says, rows merged in order
    for number, (candidate, values) in enumerate(cleaned):
        if cancelled():
            raise CivicDeskError("the import was cancelled; nothing was changed")
        if report and number % 200 == 0:
            report(total + number, total * 2, "importing")
        postcode = _postcode_of(values, candidate.postcode)
        numbers = _numbers(record_type, values)
        match = None
        if candidate.record_id and candidate.record_id in names:
            match = (candidate.record_id, 100)
        match = match or index.find(values.get("name", ""), postcode, candidate.external, numbers)
        choice = candidate.choice or duplicates
        if match is None or choice == "create":
            if candidate.record_id and candidate.record_id not in names:
                values = {**values, "id": candidate.record_id}
            pending.append(values)
            index.add(
                ("new", len(pending) - 1),
                values.get("name", ""),
                postcode,
                values.get("external_ids"),
                numbers,
            )
            result.created += 1
            continue
        key, score = match
        if isinstance(key, tuple):  # a repeat of a row earlier in this same file
            earlier = pending[key[1]]
            pending[key[1]] = {**earlier, **merge_values(earlier, values)}
            result.duplicates_in_file += 1
            continue
        result.duplicates.append(
            Duplicate(candidate.row, values.get("name", ""), key, names.get(key, ""), score, choice)
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
