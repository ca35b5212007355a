"""Open Referral UK 3.0 export (JSON and CSV data package); checking it is oruk_validation's.

Groups are organisations, each meeting of a group is a service (a group that meets nowhere yet
is one service), spaces are locations and meeting times are schedules. What ORUK has no field
for travels as attributes of the CivicDesk taxonomy (`oruk_taxonomy`), so importing our export
gives back the same records. People are never exported: not even a group's contact name, which
is often a volunteer's own.
"""

from __future__ import annotations

import csv
import json
import uuid
from functools import cache
from pathlib import Path
from typing import Any

import orjson
from sqlalchemy import select

from civicdesk import __version__
from civicdesk.core.structured import ACCESSIBILITY_FEATURES, format_schedule
from civicdesk.db.database import Database, utc_now_iso
from civicdesk.db.models import Group, Meeting, Space
from civicdesk.interop import oruk_taxonomy as taxonomy
from civicdesk.paths import resource_path

ATTRIBUTION = (
    "Open Referral UK 3.0 format. Human Services Data Specification: an Open Referral resource "
    "(https://openreferral.org/), CC BY-SA 4.0."
)
# Ids of the parts we make up (addresses, schedules…) derive from ours, so re-exports are stable.
_NAMESPACE = uuid.UUID("6f0f5d8e-3b7a-4c43-9f2e-6b8f4a1c2d55")
_DAY_CODES = {"mon": "MO", "tue": "TU", "wed": "WE", "thu": "TH", "fri": "FR", "sat": "SA", "sun": "SU"}
_STATUS = {"active": "active", "dormant": "inactive", "closed": "defunct"}
# The CSV tables we write, in the order of the official datapackage.json.
CSV_RESOURCES = (
    "organization",
    "service",
    "attribute",
    "service_at_location",
    "location",
    "phone",
    "contact",
    "address",
    "schedule",
    "accessibility",
    "taxonomy_term",
    "organization_identifier",
    "taxonomy",
)


def schema_dir() -> Path:
    return resource_path("schemas", "openreferral", "oruk-3.0")


def derived_id(*parts: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, ":".join(parts)))


def _drop_empty(values: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in values.items() if v not in (None, "", [])}


# -- building the records ---------------------------------------------------------------------
def _external(record: Group | Space, *native: str) -> dict[str, Any]:
    """Identifiers with no ORUK field: our own Open Referral id (the record's id) is not repeated."""
    external = dict(record.external_ids or {})
    if external.get("oruk") == record.id:
        del external["oruk"]
    return {k: v for k, v in external.items() if k not in native}


def organization(group: Group) -> dict[str, Any]:
    contact = group.contact or {}
    identifiers = []
    for scheme, kind, number in (
        ("GB-CHC", "Charity number", group.charity_number),
        ("GB-COH", "Company number", group.company_number),
    ):
        if number:
            identifiers.append(
                {
                    "id": derived_id("identifier", group.id, scheme),
                    "organization_id": group.id,
                    "identifier_scheme": scheme,
                    "identifier_type": kind,
                    "identifier": number,
                }
            )
    kept = {
        "kind": group.kind,
        "status": group.status,
        "activities": group.activities,
        "audiences": group.audiences,
        "languages": group.languages,
        "tags": group.tags,
        "external_ids": _external(group),
    }
    return _drop_empty(
        {
            "id": group.id,
            "name": group.name,
            "description": description_of(group.description, group.activities, group.name),
            "email": contact.get("email"),
            "website": group.website,
            "organization_identifiers": identifiers,
            "attributes": taxonomy.attributes("organization", group.id, kept),
        }
    )


def description_of(description: str, activities: list[str] | None, name: str) -> str:
    """ORUK requires a description: a group without one is described by its activities or name."""
    return description or ", ".join(activities or []) or name


def _schedule(meeting: Meeting, service_id: str, sal_id: str | None) -> dict[str, Any] | None:
    value = meeting.schedule or {}
    if not value.get("days") and not value.get("start") and not value.get("end"):
        return None
    frequency = value.get("frequency", "weekly")
    freq, interval = {"weekly": ("WEEKLY", 1), "fortnightly": ("WEEKLY", 2), "monthly": ("MONTHLY", 1)}.get(
        frequency, (None, None)
    )
    return _drop_empty(
        {
            "id": derived_id("schedule", meeting.id),
            "service_id": service_id,
            "service_at_location_id": sal_id,
            "freq": freq,
            "interval": interval,
            "byday": ",".join(_DAY_CODES[d] for d in value.get("days", []) if d in _DAY_CODES),
            "opens_at": f"{value['start']}:00" if value.get("start") else None,
            "closes_at": f"{value['end']}:00" if value.get("end") else None,
            "description": format_schedule(value),
            "notes": meeting.notes,
        }
    )


def _contacts(group: Group, service_id: str) -> dict[str, Any]:
    """The group's public phone number, as a contact of each of its services. No person is named:
    a contact name is often a volunteer's own, and volunteers never leave in this format."""
    phone = (group.contact or {}).get("phone")
    if not phone:
        return {}
    contact_id = derived_id("contact", service_id)
    number = {"id": derived_id("phone", service_id), "contact_id": contact_id, "number": phone}
    return {"contacts": [{"id": contact_id, "service_id": service_id, "phones": [number]}]}


def group_service_id(group_id: str) -> str:
    """The id of the one service of a group that meets nowhere yet."""
    return derived_id("service", group_id)


def services(group: Group, meetings: list[Meeting], space_names: dict[str, str]) -> list[dict[str, Any]]:
    """One service per meeting (its id is the meeting's), or one for a group that meets nowhere."""
    contact = group.contact or {}
    base = _drop_empty(
        {
            "organization_id": group.id,
            "description": group.description or ", ".join(group.activities or []),
            "url": group.website,
            "email": contact.get("email"),
            "status": _STATUS.get(group.status, "active"),
        }
    )
    if not meetings:
        return [
            {
                "id": group_service_id(group.id),
                "name": group.name,
                **base,
                **_contacts(group, group_service_id(group.id)),
            }
        ]
    result = []
    for meeting in meetings:
        name = group.name
        if len(meetings) > 1 and meeting.space_id in space_names:
            name = f"{group.name} at {space_names[meeting.space_id]}"
        sal_id = derived_id("service_at_location", meeting.id) if meeting.space_id in space_names else None
        service: dict[str, Any] = {"id": meeting.id, "name": name, **base, **_contacts(group, meeting.id)}
        if sal_id:
            service["service_at_locations"] = [
                {"id": sal_id, "service_id": meeting.id, "location_id": meeting.space_id}
            ]
        schedule = _schedule(meeting, meeting.id, sal_id)
        if schedule:
            service["schedules"] = [schedule]
        kept = {
            "record": "meeting",
            "frequency": (meeting.schedule or {}).get("frequency"),
            "notes": meeting.notes,
        }
        service["attributes"] = taxonomy.attributes("service", meeting.id, kept)
        result.append(service)
    return result


def _native_address(space: Space) -> dict[str, Any] | None:
    """The ORUK address of a space, or None when ORUK's required parts cannot hold it exactly."""
    address = space.address or {}
    lines = address.get("lines") or []
    town, postcode = address.get("town") or "", address.get("postcode") or ""
    if not (lines and town and postcode) or any(", " in line for line in lines):
        return None
    # ORUK requires a county (state_province); we keep none, so the town stands in for it.
    return _drop_empty(
        {
            "id": derived_id("address", space.id),
            "location_id": space.id,
            "address_1": ", ".join(lines),
            "city": town,
            "region": address.get("locality"),
            "state_province": town,
            "postal_code": postcode,
            "country": "GB",
            "address_type": "physical",
        }
    )


def location(space: Space) -> dict[str, Any]:
    address = space.address or {}
    has_place = bool(address or space.latitude is not None)
    native = _native_address(space)
    features = space.accessibility or {}
    accessibility = [
        {"id": derived_id("accessibility", space.id, key), "location_id": space.id, "description": label}
        for key, label in ACCESSIBILITY_FEATURES.items()
        if features.get(key)
    ]
    external = space.external_ids or {}
    identifier = ("UPRN", external["uprn"]) if external.get("uprn") else (None, None)
    located = space.latitude is not None and space.longitude is not None
    kept = {
        "category": space.category,
        "subtype": space.subtype,
        "status": space.status,
        "ownership_type": space.ownership_type,
        "website": space.website,
        "opening_hours": space.opening_hours,
        "capacity": space.capacity,
        "facilities": space.facilities,
        "hire_cost": space.hire_cost,
        "owner": space.owner,
        "operator": space.operator,
        "maintainer": space.maintainer,
        "acv": space.acv,
        "tags": space.tags,
        "photos": space.photos,
        "no_access": [k for k in ACCESSIBILITY_FEATURES if k in features and not features[k]],
        "address": None if native else address,
        "external_ids": _external(space, "uprn"),
    }
    return _drop_empty(
        {
            "id": space.id,
            "location_type": "virtual" if space.category == "digital" or not has_place else "physical",
            "name": space.name,
            "description": space.description,
            "latitude": space.latitude if located else None,
            "longitude": space.longitude if located else None,
            "external_identifier": identifier[1],
            "external_identifier_type": identifier[0],
            "addresses": [native] if native else [],
            "accessibility": accessibility,
            "attributes": taxonomy.attributes("location", space.id, kept),
        }
    )


def build_document(db: Database) -> dict[str, Any]:
    """The whole directory as one JSON object of organizations, services and locations, and the
    CivicDesk taxonomy their attributes use."""
    with db.read() as session:
        live_groups = select(Group).where(Group.deleted.is_(False))
        groups = list(session.scalars(live_groups.order_by(Group.name, Group.id)))
        live_spaces = select(Space).where(Space.deleted.is_(False))
        spaces = list(session.scalars(live_spaces.order_by(Space.name, Space.id)))
        meetings: dict[str, list[Meeting]] = {}
        for meeting in session.scalars(
            select(Meeting).where(Meeting.deleted.is_(False)).order_by(Meeting.id)
        ):
            meetings.setdefault(meeting.group_id, []).append(meeting)
    space_names = {s.id: s.name for s in spaces}
    all_services = [s for g in groups for s in services(g, meetings.get(g.id, []), space_names)]
    organizations, locations = [organization(g) for g in groups], [location(s) for s in spaces]
    # Each term is written once, in the taxonomy; attributes point at it by id.
    terms = {t["id"]: t for t in taxonomy.published_terms()}
    for record in (*organizations, *all_services, *locations):
        for attribute in record.get("attributes", []):
            term = attribute.pop("taxonomy_term")
            terms.setdefault(term["id"], term)
    return {
        "profile": "https://github.com/OpenReferralUK/uk-profile",
        "hsds_version": "3.0",
        "generator": f"CivicDesk {__version__}",
        "generated_at": utc_now_iso(),
        "attribution": ATTRIBUTION,
        "organizations": organizations,
        "services": all_services,
        "locations": locations,
        "taxonomies": [{**taxonomy.TAXONOMY, "taxonomy_terms": list(terms.values())}],
    }


def export_json(db: Database, out: Path) -> str:
    document = build_document(db)
    Path(out).write_bytes(orjson.dumps(document, option=orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE))
    return (
        f"Wrote {len(document['organizations'])} organisations, {len(document['services'])} services "
        f"and {len(document['locations'])} locations (Open Referral UK JSON) to {out}"
    )


# -- CSV data package -------------------------------------------------------------------------
@cache
def official_package() -> dict[str, Any]:
    return dict(json.loads((schema_dir() / "datapackage.json").read_text(encoding="utf-8")))


def _rows(document: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    tables: dict[str, list[dict[str, Any]]] = {name: [] for name in CSV_RESOURCES}
    terms: dict[str, dict[str, Any]] = {}
    for record in (*document["organizations"], *document["services"], *document["locations"]):
        tables["attribute"] += record.get("attributes", [])
    for org in document["organizations"]:
        tables["organization"].append(org)
        tables["organization_identifier"] += org.get("organization_identifiers", [])
    for service in document["services"]:
        tables["service"].append(service)
        tables["service_at_location"] += service.get("service_at_locations", [])
        tables["schedule"] += service.get("schedules", [])
        for contact in service.get("contacts", []):
            tables["contact"].append(contact)
            tables["phone"] += contact.get("phones", [])
    for loc in document["locations"]:
        tables["location"].append(loc)
        tables["address"] += loc.get("addresses", [])
        tables["accessibility"] += loc.get("accessibility", [])
    for taxonomy_record in document.get("taxonomies", []):
        tables["taxonomy"].append(taxonomy_record)
        for term in taxonomy_record.get("taxonomy_terms", []):
            terms.setdefault(term["id"], term)
    tables["taxonomy_term"] = sorted(terms.values(), key=lambda t: t["id"])
    return tables


def export_csv(db: Database, out: Path) -> str:
    """A folder of CSV files plus a datapackage.json (the official one, cut to the tables written)."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    document = build_document(db)
    tables = _rows(document)
    resources = {r["name"]: r for r in official_package()["resources"]}
    package = {k: v for k, v in official_package().items() if k != "resources"}
    package.update(
        {
            "name": "civicdesk-oruk-export",
            "title": "Open Referral UK export from CivicDesk",
            "created": document["generated_at"],
            "resources": [],
        }
    )
    for name in CSV_RESOURCES:
        resource = resources[name]
        fields = [f["name"] for f in resource["schema"]["fields"]]
        with (out / resource["path"]).open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle, lineterminator="\r\n")
            writer.writerow(fields)
            for row in tables[name]:
                writer.writerow(["" if row.get(f) is None else row.get(f) for f in fields])
        package["resources"].append(resource)
    (out / "datapackage.json").write_text(
        json.dumps(package, ensure_ascii=False, indent=1) + "\n", encoding="utf-8", newline="\n")
    counts = ", ".join(f"{len(tables[n])} {n}" for n in ("organization", "service", "location"))
    return f"Wrote an Open Referral UK CSV data package ({counts}) to {out}"
