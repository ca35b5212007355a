"""The one place that decides what of a volunteer may leave their record: print, map, export, bundle.

A consent counts only if it was recorded as given (`{"given": True, ...}`); missing, empty or
withdrawn all mean no, and an erased person never appears anywhere. A bundle carries a person's
personal details only if they agreed to sharing in bundles (`consent_bundles.given`); otherwise
the person travels as initials and consents only, so roles and links still point somewhere.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

# Fields that identify or describe a volunteer privately. `name` is also personal but is
# reduced to initials rather than dropped, because other records point at the person.
PERSONAL_FIELDS = ("email", "phone", "address", "skills", "availability", "safeguarding", "notes")

# What an erased person's fields become; erasure also blanks the name.
ERASED_VALUES: dict[str, Any] = {
    "name": "",
    "email": "",
    "phone": "",
    "address": {},
    "skills": [],
    "availability": "",
    "safeguarding": {},
    "notes": "",
}


def _get(person: Any, field: str) -> Any:
    if isinstance(person, Mapping):
        return person.get(field)
    return getattr(person, field, None)


def _given(person: Any, consent_field: str) -> bool:
    consent = _get(person, consent_field) or {}
    return isinstance(consent, Mapping) and consent.get("given") is True


def may_print(person: Any) -> bool:
    """The person agreed to be listed by name in printed directories, maps and exports."""
    if _get(person, "erased") or _get(person, "deleted"):
        return False
    return _given(person, "consent_directory")


def may_share(person: Any) -> bool:
    """True if the person's personal details may go into a bundle for another group."""
    if _get(person, "erased"):
        return False
    return _given(person, "consent_bundles")


def may_list_as_builder(person: Any) -> bool:
    """The person agreed to be listed as a builder: their offers of help may be shown at all."""
    if _get(person, "erased") or _get(person, "deleted"):
        return False
    return _given(person, "consent_builder")


def builder_name(person: Any, group_name: str, printed: bool) -> str:
    """How a builder is named: on screen here by name; in print only with directory consent, else
    "a volunteer of Kington Residents' Association"; someone whose details did not travel to us
    (no bundle consent, so we hold their initials) as "A. K., a volunteer of …"."""
    volunteer = f"a volunteer of {group_name}" if group_name else "a volunteer"
    if _get(person, "erased") or not may_list_as_builder(person):
        return volunteer
    if printed:
        return printed_name(person) if may_print(person) else volunteer
    name = str(_get(person, "name") or "")
    if not may_share(person) and name == initials(name):
        return f"{name}, {volunteer}"
    return name


def may_show_email(person: Any) -> bool:
    """The email address may be listed alongside the person's name."""
    return may_print(person) and _given(person, "consent_email")


def may_show_phone(person: Any) -> bool:
    """The phone number may be listed alongside the person's name."""
    return may_print(person) and _given(person, "consent_phone")


def may_contact_by_email(person: Any) -> bool:
    """The group may email this person (it says nothing about printing the address)."""
    return not (_get(person, "erased") or _get(person, "deleted")) and _given(person, "consent_email")


def may_contact_by_phone(person: Any) -> bool:
    """The group may phone this person (it says nothing about printing the number)."""
    return not (_get(person, "erased") or _get(person, "deleted")) and _given(person, "consent_phone")


def initials(name: str, compact: bool = False) -> str:
    """ "Aisha Khan" → "A. K.": enough to tell volunteers apart on a list, not to find them.

    `compact` gives "A.K." (hyphenated names count as two), for labels on a crowded picture.
    """
    if compact:
        letters = [p[0].upper() for p in str(name or "").replace("-", " ").split() if p[:1].isalpha()]
        return ".".join(letters) + "." if letters else "?"
    return " ".join(f"{part[0].upper()}." for part in str(name or "").split() if part[:1].isalnum())


def printed_name(person: Any, compact: bool = False) -> str:
    """How a volunteer is named on anything that leaves the app: their name if they agreed to be
    listed, their initials if not, nothing at all once erased."""
    if _get(person, "erased"):
        return ""
    name = str(_get(person, "name") or "")
    return name if may_print(person) else initials(name, compact)


def party_name(party: Mapping[str, Any] | None, people: Mapping[str, Any]) -> str:
    """The printable name of a holder or borrower (`{"person_id"|"group_id", "name"}`).

    A person of ours goes through `printed_name` (`people` maps their id to the person; someone
    not found there is treated as not having agreed). A group, or a name typed as free text, is
    printed as written.
    """
    party = party or {}
    person_id = party.get("person_id")
    if not person_id:
        return str(party.get("name") or "")
    person = people.get(person_id)
    if person is None:
        return initials(str(party.get("name") or ""))
    return printed_name(person)


def referenced_people(session: Session, parties: Iterable[Mapping[str, Any] | None]) -> dict[str, Any]:
    """The people that holders/borrowers point at, by id: the `people` argument of `party_name`."""
    from sqlalchemy import select

    from civicdesk.db.models import Person

    ids = {str(p["person_id"]) for p in parties if p and p.get("person_id")}
    if not ids:
        return {}
    return {person.id: person for person in session.scalars(select(Person).where(Person.id.in_(ids)))}


def printable_people(session: Session, parties: Iterable[Mapping[str, Any] | None]) -> dict[str, Any]:
    """As `referenced_people`, but only what `party_name` reads (name, erasure, listing consent),
    as plain dicts: for lists of thousands of bookings."""
    from sqlalchemy import select

    from civicdesk.db.models import Person

    ids = sorted({str(p["person_id"]) for p in parties if p and p.get("person_id")})
    found: dict[str, Any] = {}
    columns = (Person.id, Person.name, Person.erased, Person.deleted, Person.consent_directory)
    for start in range(0, len(ids), 500):
        for row in session.execute(select(*columns).where(Person.id.in_(ids[start:start + 500]))):
            found[row.id] = {"name": row.name, "erased": row.erased, "deleted": row.deleted,
                             "consent_directory": row.consent_directory}
    return found


def sql_given(column: str) -> str:
    """An SQL condition true when the consent JSON in `column` records a yes (for lists and searches
    that filter in SQLite rather than load every person)."""
    # json_type, not json_extract: `"given": 1` extracts as 1 too, but only a JSON true is a yes.
    return f"(json_type({column}, '$.given') = 'true')"


def sql_may_print(table: str = "people") -> str:
    """The SQL twin of `may_print` for rows of `table` (the people table or its alias)."""
    return f"({table}.deleted = 0 AND {table}.erased = 0 AND {sql_given(table + '.consent_directory')})"


def sql_may_show_email(table: str = "people") -> str:
    """The SQL twin of `may_show_email`."""
    return f"({sql_may_print(table)} AND {sql_given(table + '.consent_email')})"


def sql_may_show_phone(table: str = "people") -> str:
    """The SQL twin of `may_show_phone`."""
    return f"({sql_may_print(table)} AND {sql_given(table + '.consent_phone')})"


def erased_values() -> dict[str, Any]:
    """Fresh blank values for erasing a person (copies, so callers may change them)."""
    return {k: (v.copy() if isinstance(v, dict | list) else v) for k, v in ERASED_VALUES.items()}


def postcode_district(postcode: str | None) -> str:
    """ "SW1A 1AA" → "SW1A": the outward code, shared by thousands of homes (inward codes are 3 long)."""
    code = "".join(str(postcode or "").upper().split())
    return code[:-3] if len(code) >= 5 else code


def district_address(address: Any) -> dict[str, Any]:
    """What of an address an anonymised person keeps: the town and postcode district, for statistics."""
    if not isinstance(address, Mapping):
        return {}
    kept = {"town": " ".join(str(address.get("town") or "").split()),
            "postcode": postcode_district(address.get("postcode"))}
    return {k: v for k, v in kept.items() if v}
