"""Open Referral (HSDS 3.0 / ORUK) import from JSON (full, list, tabular or our export) or a CSV package.

Organisations become groups, locations become spaces, services become a group's activities and,
where they are delivered at a location, meetings with their schedule. Real feeds are imperfect:
out-of-range coordinates, stray quotes and ids that point nowhere are reported as warnings and
the record is imported without the bad value, never a crash. Reading is here; turning rows into
records, each keeping its Open Referral id, is in `oruk_records`.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from civicdesk.core.record_writer import RecordWriter
from civicdesk.db.models import Group, Meeting, Space
from civicdesk.errors import CivicDeskError, ValidationError
from civicdesk.interop import oruk
from civicdesk.interop import oruk_records as records
from civicdesk.interop.importer import Batch, run_batches
from civicdesk.interop.oruk_feed import Feed
from civicdesk.interop.results import ImportResult, Problem
from civicdesk.interop.tabular import decode
from civicdesk.services.groups import MeetingService

# What each table (or nested list) of a feed holds.
KINDS = {
    "organization": "organization",
    "organizations": "organization",
    "service": "service",
    "services": "service",
    "location": "location",
    "locations": "location",
    "service_at_location": "service_at_location",
    "service_at_locations": "service_at_location",
    "schedule": "schedule",
    "schedules": "schedule",
    "address": "address",
    "addresses": "address",
    "phone": "phone",
    "phones": "phone",
    "contact": "contact",
    "contacts": "contact",
    "taxonomy": "taxonomy",
    "taxonomies": "taxonomy",
    "taxonomy_term": "taxonomy_term",
    "taxonomy_terms": "taxonomy_term",
    "program": "program",
    "programs": "program",
    "attribute": "attribute",
    "attributes": "attribute",
    "organization_identifier": "organization_identifier",
    "organization_identifiers": "organization_identifier",
    "accessibility": "accessibility",
}
# Foreign keys checked for ids that point nowhere: column -> table it points into ("*" = any).
REFERENCES = {
    "organization_id": "organization",
    "parent_organization_id": "organization",
    "service_id": "service",
    "location_id": "location",
    "service_at_location_id": "service_at_location",
    "contact_id": "contact",
    "taxonomy_id": "taxonomy",
    "taxonomy_term_id": "taxonomy_term",
    "program_id": "program",
    "link_id": "*",
    "resource_id": "*",
}


# -- reading ----------------------------------------------------------------------------------
def _walk(feed: Feed, kind: str, item: Any, file: str, number: int, parent: tuple[str, str] | None) -> None:
    if not isinstance(item, dict):
        return
    row = {k: v for k, v in item.items() if not isinstance(v, dict | list)}
    if parent and f"{parent[0]}_id" not in row and parent[0] != kind:
        row[f"{parent[0]}_id"] = parent[1]
    feed.add(kind, row, file, number)
    here = (kind, str(item.get("id") or ""))
    for key, value in item.items():
        child = KINDS.get(key)
        if child is None:
            continue
        if kind == "service_at_location" and child == "location" and isinstance(value, dict):
            row.setdefault("location_id", value.get("id"))
            feed.tables[kind][here[1]]["location_id"] = value.get("id")
        if kind == "attribute" and child == "taxonomy_term" and isinstance(value, dict) and value.get("id"):
            feed.tables[kind][here[1]].setdefault("taxonomy_term_id", value.get("id"))
        children = value if isinstance(value, list) else [value]
        for index, sub in enumerate(children, start=1):
            _walk(feed, child, sub, file, index, here if child != "organization" else None)
            if child == "organization" and isinstance(sub, dict) and kind == "service":
                feed.tables[kind][here[1]].setdefault("organization_id", sub.get("id"))


def _guess_kind(item: dict[str, Any]) -> str:
    if "location_type" in item:
        return "location"
    if "status" in item and ("organization_id" in item or "organization" in item):
        return "service"
    if "service" in item or ("service_id" in item and "location_id" in item):
        return "service_at_location"
    # Taxonomies and their terms also have a name and a description; they are not organisations.
    if any(k in item for k in ("term_uri", "taxonomy_id", "term")) or "taxonomy" in item:
        return "taxonomy_term"
    if "taxonomy_terms" in item or ("version" in item and "services" not in item):
        return "taxonomy"
    if "name" in item and ("services" in item or "description" in item):
        return "organization"
    return "other"


def read_json(path: Path) -> Feed:
    try:
        data = json.loads(decode(Path(path).read_bytes())[0])
    except ValueError as exc:
        raise CivicDeskError(f"{path.name}: not a readable JSON file ({exc})") from exc
    feed = Feed(path.name)
    if isinstance(data, dict) and isinstance(data.get("contents"), list):  # a paged list response
        data = data["contents"]
    tabular = (
        isinstance(data, dict)
        and "id" not in data
        and any(k.endswith(".csv") or (k in KINDS and isinstance(v, list)) for k, v in data.items())
    )
    if tabular:
        for key, items in data.items():  # tabular.json or our own export
            kind = KINDS.get(key.removesuffix(".csv"))
            if kind and isinstance(items, list):
                for number, item in enumerate(items, start=1):
                    _walk(feed, kind, item, key, number, None)
        return feed
    items = data if isinstance(data, list) else [data]
    for number, item in enumerate(items, start=1):
        if isinstance(item, dict):
            _walk(feed, _guess_kind(item), item, path.name, number, None)
    return feed


def read_csv_package(folder: Path) -> Feed:
    folder = Path(folder)
    feed = Feed(f"{folder.parent.name}/{folder.name}")
    for path in sorted(folder.glob("*.csv")):
        kind = KINDS.get(path.stem, path.stem)
        text = decode(path.read_bytes())[0]
        for number, row in enumerate(csv.DictReader(text.splitlines()), start=2):
            feed.add(kind, {k: (v or "").strip() for k, v in row.items() if k}, path.name, number)
    return feed


def check_references(feed: Feed) -> None:
    every_id = {row_id for table in feed.tables.values() for row_id in table}
    for kind, table in feed.tables.items():
        for row_id, row in table.items():
            for column, target in REFERENCES.items():
                value = str(row.get(column) or "")
                if not value:
                    continue
                known = every_id if target == "*" else set(feed.tables.get(target, {}))
                if target != "*" and target not in feed.tables:
                    known = set()
                if value not in known:
                    feed.warn(
                        kind,
                        row_id,
                        column,
                        f"“{value}” matches no {target.replace('*', 'record')} in this data; ignored",
                    )


def import_feed(db: Any, feed: Feed, **options: Any) -> ImportResult:
    """Groups, spaces and meetings from a feed, in one transaction; ids kept (see oruk_records)."""
    check_references(feed)
    attributes = records.Attributes(feed)
    groups, spaces = records.groups(feed, attributes), records.spaces(feed, attributes)
    meetings = records.meetings(feed, attributes)
    if not groups and not spaces:
        raise CivicDeskError(f"{feed.source}: no organisations or locations found to import")
    groups, spaces = _not_deleted(db, Group, groups, feed), _not_deleted(db, Space, spaces, feed)

    def add_meetings(session: Session, writer: RecordWriter, result: ImportResult) -> None:
        by_org = _by_external(session, Group)
        by_loc = _by_external(session, Space)
        service = MeetingService(db, author=writer.author)
        for meeting in meetings:
            group_id = by_org.get(meeting["org"])
            space_id = by_loc.get(meeting["location"] or "")
            if group_id is None:
                continue
            values = {
                "group_id": group_id,
                "space_id": space_id,
                "schedule": meeting["schedule"],
                "notes": meeting["notes"],
            }
            try:
                cleaned = service.clean(values, creating=True)
            except ValidationError as exc:
                result.warnings.append(
                    Problem(0, f"schedule {meeting['schedule_id']}", f"{exc} (meeting left out)", feed.source)
                )
                continue
            existing = session.get(Meeting, meeting["id"])
            if existing is None:
                writer.create(Meeting, cleaned, record_id=meeting["id"])
            elif not existing.deleted:  # one deleted here stays deleted
                writer.update(existing, cleaned)

    return run_batches(
        db,
        [Batch("group", groups, lenient=True), Batch("space", spaces, lenient=True)],
        source=feed.source,
        warnings=feed.warnings,
        attribution=oruk.ATTRIBUTION,
        after_write=add_meetings,
        **options,
    )


def _not_deleted(db: Any, model: type[Group] | type[Space], candidates: list[Any], feed: Feed) -> list[Any]:
    """Candidates less those whose record was deleted here: a deletion is not undone by an import."""
    with db.read() as session:
        deleted = set(session.scalars(select(model.id).where(model.deleted.is_(True))))
    for candidate in candidates:
        if candidate.record_id in deleted:
            feed.warnings.append(
                Problem(
                    candidate.row,
                    "id",
                    f"“{candidate.values.get('name', '')}” was deleted here; it stays deleted",
                )
            )
    return [c for c in candidates if c.record_id not in deleted]


def _by_external(session: Session, model: type[Group] | type[Space]) -> dict[str, str]:
    """Our record id for each Open Referral id: the record's own id, or the id it was imported with."""
    found = {}
    for record_id, external in session.execute(
        select(model.id, model.external_ids).where(model.deleted.is_(False))
    ):
        found[record_id] = record_id
        if external and external.get("oruk"):
            found[str(external["oruk"])] = record_id
    return found


def read_feed(path: Path) -> Feed:
    path = Path(path)
    if path.is_dir():
        return read_csv_package(path)
    if path.name == "datapackage.json":
        return read_csv_package(path.parent)
    return read_json(path)
