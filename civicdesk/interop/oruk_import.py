"""Open Referral (HSDS 3.0 / ORUK) import from JSON (full, list, tabular or our export) or a CSV package.

Organisations become groups, locations become spaces, services become a group's activities and,
where they are delivered at a location, meetings with their schedule. Real feeds are imperfect:
out-of-range coordinates, stray quotes and ids that point nowhere are reported as warnings and
the record is imported without the bad value, never a crash.
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
from civicdesk.interop.categories import guess_category
from civicdesk.interop.importer import Batch, Candidate, ImportResult, Problem, run_batches
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
_DAYS = {"MO": "mon", "TU": "tue", "WE": "wed", "TH": "thu", "FR": "fri", "SA": "sat", "SU": "sun"}


class Feed:
    """Rows of every table in a feed, each remembering the file and row it came from."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.tables: dict[str, dict[str, dict[str, Any]]] = {}
        self.where: dict[tuple[str, str], tuple[str, int]] = {}
        self.warnings: list[Problem] = []

    def add(self, kind: str, row: dict[str, Any], file: str, number: int) -> None:
        row_id = str(row.get("id") or f"{file}#{number}")
        table = self.tables.setdefault(kind, {})
        table[row_id] = {**table.get(row_id, {}), **{k: v for k, v in row.items() if v not in (None, "")}}
        self.where.setdefault((kind, row_id), (file, number))

    def warn(self, kind: str, row_id: str, column: str, message: str) -> None:
        file, number = self.where.get((kind, row_id), (self.source, 0))
        self.warnings.append(Problem(number, f"{file} {column}".strip(), message))

    def rows(self, kind: str) -> list[tuple[str, dict[str, Any]]]:
        return list(self.tables.get(kind, {}).items())


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


# -- converting -------------------------------------------------------------------------------
def _phone(feed: Feed, row_id: str, number: str) -> str:
    cleaned = number.strip().strip("\"'").strip()
    if cleaned != number.strip():
        feed.warn("phone", row_id, "number", f"quotes around {number} removed")
    return cleaned


def _groups(feed: Feed) -> list[Candidate]:
    services_by_org: dict[str, list[str]] = {}
    for _sid, service in feed.rows("service"):
        if service.get("organization_id") and service.get("name"):
            services_by_org.setdefault(str(service["organization_id"]), []).append(str(service["name"]))
    phones: dict[str, str] = {}
    contacts = dict(feed.rows("contact"))
    for phone_id, phone in feed.rows("phone"):
        contact = contacts.get(str(phone.get("contact_id") or ""), {})
        owner = str(contact.get("organization_id") or "")
        for _sid, service in feed.rows("service"):
            if service.get("id") == contact.get("service_id"):
                owner = str(service.get("organization_id") or owner)
        if owner and phone.get("number"):
            phones.setdefault(owner, _phone(feed, phone_id, str(phone["number"])))
    candidates = []
    for org_id, org in feed.rows("organization"):
        file, number = feed.where[("organization", org_id)]
        values = {
            "name": org.get("name", ""),
            "description": org.get("description", ""),
            "website": org.get("website", ""),
            "activities": services_by_org.get(org_id, []),
            "contact": {"email": org.get("email", ""), "phone": phones.get(org_id, "")},
        }
        columns = {
            "name": f"{file} name",
            "website": f"{file} website",
            "contact": f"{file} email/phone",
            "description": f"{file} description",
        }
        candidates.append(Candidate(number, values, columns, external={"oruk": org_id}))
    return candidates


def _spaces(feed: Feed) -> list[Candidate]:
    addresses: dict[str, dict[str, Any]] = {}
    for _aid, address in feed.rows("address"):
        addresses.setdefault(str(address.get("location_id") or ""), address)
    candidates = []
    for loc_id, loc in feed.rows("location"):
        file, number = feed.where[("location", loc_id)]
        address = addresses.get(loc_id, {})
        lines = [str(address[k]) for k in ("address_1", "address_2") if address.get(k)]
        name = loc.get("name") or (lines[0] if lines else f"Location {loc_id[:8]}")
        virtual = loc.get("location_type") == "virtual"
        guess = guess_category(str(name), str(loc.get("description") or ""))
        category, subtype = ("digital", "online") if virtual else (guess or ("civic", "service location"))
        postcode = str(address.get("postal_code") or "")
        if postcode and str(address.get("country") or "GB").upper() not in ("GB", "UK", "IM", "JE", "GG"):
            feed.warn(
                "address",
                str(address.get("id") or ""),
                "postal_code",
                f"“{postcode}” is outside the UK ({address.get('country')}); left out",
            )
            postcode = ""
        values: dict[str, Any] = {
            "name": name,
            "category": category,
            "subtype": subtype,
            "description": loc.get("description", ""),
            "latitude": loc.get("latitude"),
            "longitude": loc.get("longitude"),
            "address": {"lines": lines, "town": address.get("city", ""), "postcode": postcode},
        }
        external = {"oruk": loc_id}
        if str(loc.get("external_identifier_type") or "").upper() == "UPRN" and loc.get(
            "external_identifier"
        ):
            external["uprn"] = str(loc["external_identifier"])
        columns = {
            "latitude": f"{file} latitude",
            "longitude": f"{file} longitude",
            "address": "address postal_code",
            "name": f"{file} name",
        }
        candidates.append(Candidate(number, values, columns, external=external))
    return candidates


def _schedule(row: dict[str, Any]) -> dict[str, Any]:
    days = [
        _DAYS[d.strip().upper()[-2:]]
        for d in str(row.get("byday") or "").split(",")
        if d.strip().upper()[-2:] in _DAYS
    ]
    freq, interval = str(row.get("freq") or "").upper(), str(row.get("interval") or "1")
    frequency = "monthly" if freq == "MONTHLY" else ("fortnightly" if interval in ("2", "2.0") else "weekly")
    start, end = str(row.get("opens_at") or "")[:5], str(row.get("closes_at") or "")[:5]
    return {"days": days, "start": start, "end": end, "frequency": frequency}


def _meetings(feed: Feed) -> list[tuple[str, str | None, dict[str, Any], str, str]]:
    """(organisation id, location id or None, schedule, notes, schedule id) per service delivery."""
    services = dict(feed.rows("service"))
    schedules: dict[str, dict[str, Any]] = {}
    for sched_id, row in feed.rows("schedule"):
        for key in (row.get("service_at_location_id"), row.get("service_id")):
            if key:
                schedules.setdefault(str(key), {**row, "id": sched_id})
    result = []
    for sal_id, sal in feed.rows("service_at_location"):
        service = services.get(str(sal.get("service_id") or ""))
        if not service or not service.get("organization_id"):
            continue
        row = schedules.get(sal_id) or schedules.get(str(sal.get("service_id"))) or {}
        result.append(
            (
                str(service["organization_id"]),
                str(sal.get("location_id") or "") or None,
                _schedule(row) if row else {},
                str(row.get("description") or ""),
                str(row.get("id") or ""),
            )
        )
    return result


def import_feed(db: Any, feed: Feed, **options: Any) -> ImportResult:
    """Groups, spaces and meetings from a feed, in one transaction."""
    check_references(feed)
    groups, spaces = _groups(feed), _spaces(feed)
    meetings = _meetings(feed)
    if not groups and not spaces:
        raise CivicDeskError(f"{feed.source}: no organisations or locations found to import")

    def add_meetings(session: Session, writer: RecordWriter, result: ImportResult) -> None:
        by_org = _by_external(session, Group)
        by_loc = _by_external(session, Space)
        service = MeetingService(db, author=writer.author)
        for org_id, loc_id, schedule, notes, sched_id in meetings:
            group_id, space_id = by_org.get(org_id), by_loc.get(loc_id or "")
            if group_id is None:
                continue
            values = {"group_id": group_id, "space_id": space_id, "schedule": schedule, "notes": notes}
            try:
                cleaned = service.clean(values, creating=True)
            except ValidationError as exc:
                result.warnings.append(
                    Problem(0, f"schedule {sched_id}", f"{exc} (meeting left out)", feed.source)
                )
                continue
            existing = session.scalars(
                select(Meeting).where(
                    Meeting.group_id == group_id, Meeting.space_id == space_id, Meeting.deleted.is_(False)
                )
            ).first()
            if existing is None:
                writer.create(Meeting, cleaned)
            else:
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


def _by_external(session: Session, model: type[Group] | type[Space]) -> dict[str, str]:
    found = {}
    for record_id, external in session.execute(
        select(model.id, model.external_ids).where(model.deleted.is_(False))
    ):
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
