"""Turning a read Open Referral feed into our records: groups, spaces and meetings, each keeping its id.

Ids. A record's identity is its Open Referral id, never its name: two services called "Choir"
at one hall stay two meetings. An id that is a UUID (any case) becomes our id as it is, in its
canonical lower-case form, so re-importing a file, ours or another publisher's, updates the
records it made instead of adding copies, and our own export comes back with every id. An id
that is not a UUID ("org-17", a 40-digit number) cannot be our id (ours are UUIDs, and ids from
two publishers could clash), so it is mapped deterministically to a UUIDv5 of the kind of record
and that id (the same file gives the same records every time) and kept as it was, in the
record's external ids under "oruk", where matching also looks for it.

What ORUK has no field for comes back from the attributes of the CivicDesk taxonomy
(`oruk_taxonomy`); a record without them (another publisher's) gets today's best guesses.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

from civicdesk.core.structured import ACCESSIBILITY_FEATURES
from civicdesk.interop import oruk_taxonomy as taxonomy
from civicdesk.interop.candidates import Candidate
from civicdesk.interop.categories import guess_category

if TYPE_CHECKING:
    from civicdesk.interop.oruk_feed import Feed

_NAMESPACE = uuid.UUID("5a0c2f7e-8d1b-4e6a-9c3f-2b7d4e8a1f60")
_DAYS = {"MO": "mon", "TU": "tue", "WE": "wed", "TH": "thu", "FR": "fri", "SA": "sat", "SU": "sun"}
_GROUP_STATUS = {
    "active": "active",
    "inactive": "dormant",
    "defunct": "closed",
    "temporarily closed": "dormant",
}
_NUMBERS = {"GB-CHC": "charity_number", "GB-COH": "company_number"}
_FEATURE_BY_LABEL = {label.casefold(): key for key, label in ACCESSIBILITY_FEATURES.items()}


def our_id(kind: str, their_id: str) -> str:
    """Our id for a record with this Open Referral id (see the module's first lines)."""
    text = str(their_id).strip()
    try:
        value = uuid.UUID(text)
    except ValueError:
        return str(uuid.uuid5(_NAMESPACE, f"{kind}:{text}"))
    canonical = str(value)
    if text.lower() in (
        canonical,
        "{" + canonical + "}",
        canonical.replace("-", ""),
        "urn:uuid:" + canonical,
    ):
        return canonical
    return str(uuid.uuid5(_NAMESPACE, f"{kind}:{text}"))


class Attributes:
    """A feed's attributes by the record they describe, read through our taxonomy."""

    def __init__(self, feed: Feed) -> None:
        self.terms = dict(feed.rows("taxonomy_term"))
        self.by_link: dict[str, list[dict[str, Any]]] = {}
        for _aid, row in feed.rows("attribute"):
            self.by_link.setdefault(str(row.get("link_id") or ""), []).append(row)

    def of(self, entity: str, record_id: str) -> dict[str, Any]:
        return taxonomy.read_attributes(entity, self.by_link.get(record_id, []), self.terms)


def _phone(feed: Feed, row_id: str, number: str) -> str:
    cleaned = number.strip().strip("\"'").strip()
    if cleaned != number.strip():
        feed.warn("phone", row_id, "number", f"quotes around {number} removed")
    return cleaned


def _phones(feed: Feed) -> dict[str, str]:
    """The first phone number of each organisation, through its contacts or its services' contacts."""
    phones: dict[str, str] = {}
    contacts = dict(feed.rows("contact"))
    services = dict(feed.rows("service"))
    for phone_id, phone in feed.rows("phone"):
        contact = contacts.get(str(phone.get("contact_id") or ""), {})
        owner = str(contact.get("organization_id") or "")
        service = services.get(str(contact.get("service_id") or ""))
        if service:
            owner = str(service.get("organization_id") or owner)
        if owner and phone.get("number"):
            phones.setdefault(owner, _phone(feed, phone_id, str(phone["number"])))
    return phones


def _numbers(feed: Feed) -> dict[str, dict[str, str]]:
    """Charity and company numbers (and other schemes' identifiers) of each organisation."""
    found: dict[str, dict[str, str]] = {}
    for _iid, row in feed.rows("organization_identifier"):
        org, number = str(row.get("organization_id") or ""), str(row.get("identifier") or "").strip()
        scheme = str(row.get("identifier_scheme") or "").strip().upper()
        kind = str(row.get("identifier_type") or "").casefold()
        if not (org and number):
            continue
        if scheme not in _NUMBERS:
            scheme = "GB-CHC" if "charity" in kind else ("GB-COH" if "company" in kind else scheme)
        found.setdefault(org, {})[_NUMBERS.get(scheme, scheme.lower() or "identifier")] = number
    return found


def groups(feed: Feed, attributes: Attributes) -> list[Candidate]:
    services_by_org: dict[str, list[str]] = {}
    for _sid, service in feed.rows("service"):
        if service.get("organization_id") and service.get("name"):
            services_by_org.setdefault(str(service["organization_id"]), []).append(str(service["name"]))
    phones, numbers = _phones(feed), _numbers(feed)
    candidates = []
    for org_id, org in feed.rows("organization"):
        file, number = feed.where[("organization", org_id)]
        kept = attributes.of("organization", org_id)
        ours = bool(kept)
        activities = kept.get("activities", []) if ours else services_by_org.get(org_id, [])
        description = str(org.get("description") or "")
        if ours and description == (", ".join(activities) or str(org.get("name") or "")):
            description = ""  # the stand-in our export writes for a group with no description
        identifiers = numbers.get(org_id, {})
        external = {k: v for k, v in identifiers.items() if k not in _NUMBERS.values()}
        values: dict[str, Any] = {
            "name": org.get("name", ""),
            "description": description,
            "website": org.get("website", ""),
            "activities": activities,
            "contact": {"email": org.get("email", ""), "phone": phones.get(org_id, "")},
            "charity_number": identifiers.get("charity_number", ""),
            "company_number": identifiers.get("company_number", ""),
            **{k: kept[k] for k in ("kind", "status", "audiences", "languages", "tags") if k in kept},
            "external_ids": {**external, **kept.get("external_ids", {})},
        }
        if not ours:
            status = _org_status(feed, org_id)
            if status:
                values["status"] = status
        columns = {
            "name": f"{file} name",
            "website": f"{file} website",
            "contact": f"{file} email/phone",
            "description": f"{file} description",
            "charity_number": "organization_identifier identifier",
            "company_number": "organization_identifier identifier",
        }
        candidates.append(
            Candidate(
                number, values, columns, external={"oruk": org_id}, record_id=our_id("organization", org_id)
            )
        )
    return candidates


def _org_status(feed: Feed, org_id: str) -> str:
    statuses = {
        str(s.get("status") or "").lower()
        for _i, s in feed.rows("service")
        if s.get("organization_id") == org_id
    }
    if not statuses or "active" in statuses:
        return ""
    return _GROUP_STATUS.get(sorted(statuses)[0], "")


def _address(address: dict[str, Any], ours: bool) -> dict[str, Any]:
    if ours:  # our export: address_1 is the lines joined, region the locality
        lines = [p for p in str(address.get("address_1") or "").split(", ") if p]
        return {
            "lines": lines,
            "locality": address.get("region", ""),
            "town": address.get("city", ""),
            "postcode": address.get("postal_code", ""),
        }
    lines = [str(address[k]) for k in ("address_1", "address_2") if address.get(k)]
    return {"lines": lines, "town": address.get("city", ""), "postcode": address.get("postal_code", "")}


def _accessibility(feed: Feed) -> dict[str, dict[str, bool]]:
    found: dict[str, dict[str, bool]] = {}
    for _aid, row in feed.rows("accessibility"):
        key = _FEATURE_BY_LABEL.get(str(row.get("description") or "").strip().casefold())
        if key:
            found.setdefault(str(row.get("location_id") or ""), {})[key] = True
    return found


def spaces(feed: Feed, attributes: Attributes) -> list[Candidate]:
    addresses: dict[str, dict[str, Any]] = {}
    for _aid, address in feed.rows("address"):
        addresses.setdefault(str(address.get("location_id") or ""), address)
    features = _accessibility(feed)
    candidates = []
    for loc_id, loc in feed.rows("location"):
        file, number = feed.where[("location", loc_id)]
        kept = attributes.of("location", loc_id)
        ours = bool(kept)
        address = addresses.get(loc_id, {})
        lines = [str(address[k]) for k in ("address_1", "address_2") if address.get(k)]
        name = loc.get("name") or (lines[0] if lines else f"Location {loc_id[:8]}")
        postcode = str(address.get("postal_code") or "")
        if postcode and str(address.get("country") or "GB").upper() not in ("GB", "UK", "IM", "JE", "GG"):
            feed.warn(
                "address",
                str(address.get("id") or ""),
                "postal_code",
                f"“{postcode}” is outside the UK ({address.get('country')}); left out",
            )
            address = {**address, "postal_code": ""}
        values: dict[str, Any] = {
            "name": name,
            "description": loc.get("description", ""),
            "latitude": loc.get("latitude"),
            "longitude": loc.get("longitude"),
            "address": kept.pop("address", None) or (_address(address, ours) if address else {}),
        }
        access = dict(features.get(loc_id, {}))
        for key in kept.pop("no_access", []):
            access[key] = False
        if access:
            values["accessibility"] = access
        external = {"oruk": loc_id, **kept.pop("external_ids", {})}
        if str(loc.get("external_identifier_type") or "").upper() == "UPRN" and loc.get(
            "external_identifier"
        ):
            external["uprn"] = str(loc["external_identifier"])
        if ours:
            values.update(kept)
        else:
            virtual = loc.get("location_type") == "virtual"
            guess = guess_category(str(name), str(loc.get("description") or ""))
            category, subtype = ("digital", "online") if virtual else (guess or ("civic", "service location"))
            values.update({"category": category, "subtype": subtype})
        columns = {
            "latitude": f"{file} latitude",
            "longitude": f"{file} longitude",
            "address": "address postal_code",
            "name": f"{file} name",
        }
        candidates.append(
            Candidate(number, values, columns, external=external, record_id=our_id("location", loc_id))
        )
    return candidates


def _schedule(row: dict[str, Any], frequency: str = "") -> dict[str, Any]:
    days = [
        _DAYS[d.strip().upper()[-2:]]
        for d in str(row.get("byday") or "").split(",")
        if d.strip().upper()[-2:] in _DAYS
    ]
    freq, interval = str(row.get("freq") or "").upper(), str(row.get("interval") or "1")
    if not frequency:
        frequency = (
            "monthly" if freq == "MONTHLY" else ("fortnightly" if interval in ("2", "2.0") else "weekly")
        )
    start, end = str(row.get("opens_at") or "")[:5], str(row.get("closes_at") or "")[:5]
    return {"days": days, "start": start, "end": end, "frequency": frequency}


def meetings(feed: Feed, attributes: Attributes) -> list[dict[str, Any]]:
    """Each delivery of a service: {id, org, location, schedule, notes, schedule_id}.

    Our meetings are services marked as such: one meeting each, whose id is the service's. Another
    publisher's service becomes a meeting at each location it is delivered at: with one location
    the meeting's id is the service's, with several each takes its service-at-location's id.
    """
    schedules: dict[str, dict[str, Any]] = {}
    for sched_id, row in feed.rows("schedule"):
        for key in (row.get("service_at_location_id"), row.get("service_id")):
            if key:
                schedules.setdefault(str(key), {**row, "id": sched_id})
    deliveries: dict[str, list[tuple[str, dict[str, Any]]]] = {}
    for sal_id, sal in feed.rows("service_at_location"):
        deliveries.setdefault(str(sal.get("service_id") or ""), []).append((sal_id, sal))
    result = []
    for service_id, service in feed.rows("service"):
        if not service.get("organization_id"):
            continue
        kept = attributes.of("service", service_id)
        places = deliveries.get(service_id, [])
        if kept.get("record") == "meeting":
            places = places[:1] or [("", {})]
        for sal_id, sal in places:
            row = schedules.get(sal_id) or schedules.get(service_id) or {}
            schedule = _schedule(row, kept.get("frequency", "")) if row else {}
            if not row and kept.get("frequency"):
                schedule = {"days": [], "start": "", "end": "", "frequency": kept["frequency"]}
            result.append(
                {
                    "id": our_id("service", service_id if len(places) == 1 else sal_id),
                    "org": str(service["organization_id"]),
                    "location": str(sal.get("location_id") or "") or None,
                    "schedule": schedule,
                    "notes": kept.get("notes", str(row.get("notes") or "")),
                    "schedule_id": str(row.get("id") or service_id),
                }
            )
    return result
