"""Which spreadsheet column fills which field, how its values are tidied, and saving that as JSON.

A mapping is guessed from column names (and, failing that, from what the cells look like), shown
to the person to correct, and can be saved and reused (`--mapping MAP.json`; format in
docs/IMPORT.md). Target fields are dotted where a record keeps one structured value
(``address.postcode``, ``contact.email``, ``accessibility.step_free``).
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from civicdesk.core.record_types import MAIN_TYPES
from civicdesk.core.validation import FieldError
from civicdesk.errors import CivicDeskError
from civicdesk.interop.column_guess import guess_by_contents
from civicdesk.interop.tabular import Table

MAPPING_FORMAT = "civicdesk-mapping"
MAPPING_VERSION = 1

# field -> (label shown to people, names a column might have)
TARGETS: dict[str, dict[str, tuple[str, tuple[str, ...]]]] = {
    "space": {
        "name": ("Name", ("name", "library name", "venue", "place", "site name", "space", "building")),
        "category": ("Category", ("category", "type of space")),
        "subtype": ("Kind (sub-type)", ("subtype", "sub type", "kind", "type", "library type")),
        "description": ("Description", ("description", "about", "notes", "details")),
        "address.lines": ("Address lines", ("address", "postal address", "street", "address 1", "addr")),
        "address.locality": ("Locality", ("locality", "area", "district", "village", "neighbourhood")),
        "address.town": ("Town", ("town", "city", "addr:city", "post town")),
        "address.postcode": ("Postcode", ("postcode", "post code", "postal code", "zip", "addr:postcode")),
        "latitude": ("Latitude", ("latitude", "lat", "y")),
        "longitude": ("Longitude", ("longitude", "lon", "lng", "long", "x")),
        "website": ("Website", ("website", "url", "web", "url of library website", "web address", "link")),
        "capacity": ("Capacity", ("capacity", "max people", "seats")),
        "facilities": ("Facilities", ("facilities", "amenities")),
        "hire_cost": ("Hire cost", ("hire cost", "price", "cost", "fee", "rates")),
        "owner": ("Owner", ("owner", "owned by", "landlord")),
        "operator": ("Run by", ("operator", "run by", "managed by", "library service", "authority")),
        "ownership_type": ("Ownership type", ("ownership", "ownership type", "tenure")),
        "status": ("Status", ("status", "state")),
        "tags": ("Tags", ("tags", "keywords", "labels")),
        "opening_hours.notes": (
            "Opening hours (as text)",
            ("opening hours", "hours", "open", "opening times"),
        ),
        "accessibility.step_free": ("Step-free access", ("step free", "wheelchair", "step-free access")),
        "accessibility.accessible_toilet": ("Accessible toilet", ("accessible toilet", "disabled toilet")),
        "accessibility.hearing_loop": ("Hearing loop", ("hearing loop", "induction loop")),
        "accessibility.parking": ("Parking", ("parking", "car park")),
        "acv.nominated_on": ("ACV nominated on", ("acv nominated", "nominated", "nomination date")),
        "acv.listed_on": ("ACV listed on", ("acv listed", "listed on", "acv listing date", "listed")),
        "external.uprn": ("UPRN (property reference)", ("uprn", "unique property reference number")),
    },
    "group": {
        "name": ("Name", ("name", "group", "organisation", "organization", "recipient org:name", "club")),
        "kind": ("Kind", ("kind", "group type")),
        "charity_number": (
            "Charity number",
            ("charity number", "charity no", "registered charity number", "recipient org:charity number"),
        ),
        "company_number": (
            "Company number",
            ("company number", "company no", "recipient org:company number"),
        ),
        "description": ("Description", ("description", "about", "purpose", "notes")),
        "activities": ("Activities", ("activities", "activity", "what we do", "grant programme: title")),
        "audiences": ("Audiences", ("audiences", "audience", "who for", "beneficiaries")),
        "languages": ("Languages", ("languages", "language")),
        "contact.name": ("Contact name", ("contact", "contact name")),
        "contact.email": ("Contact email", ("email", "e-mail", "contact email")),
        "contact.phone": ("Contact phone", ("phone", "telephone", "tel", "contact phone", "mobile")),
        "website": ("Website", ("website", "url", "web", "web address")),
        "status": ("Status", ("status",)),
        "tags": ("Tags", ("tags", "keywords")),
        "postcode": (
            "Postcode (for finding duplicates)",
            ("postcode", "postal code", "recipient org:postal code"),
        ),
    },
    "person": {
        "name": ("Name", ("name", "full name", "volunteer", "person")),
        "email": ("Email", ("email", "e-mail", "email address")),
        "phone": ("Phone", ("phone", "telephone", "tel", "mobile")),
        "address.lines": ("Address lines", ("address", "street", "address 1")),
        "address.town": ("Town", ("town", "city")),
        "address.postcode": ("Postcode", ("postcode", "post code", "postal code")),
        "skills": ("Skills", ("skills", "can help with")),
        "availability": ("Availability", ("availability", "available")),
        "notes": ("Notes", ("notes", "comments")),
        "consent_directory.given": (
            "Listed in directory (yes/no)",
            ("directory", "listed in directory", "consent directory"),
        ),
        "consent_directory.on": ("Directory consent date", ("directory consent date", "consent date")),
        "consent_email.given": ("Contact by email (yes/no)", ("email ok", "contact by email")),
        "consent_phone.given": ("Contact by phone (yes/no)", ("phone ok", "contact by phone")),
        "safeguarding.dbs_type": ("DBS check type", ("dbs", "dbs type")),
        "safeguarding.issued_on": ("DBS issued on", ("dbs issued", "dbs date")),
    },
    "tool": {
        "name": ("Name", ("name", "tool", "item")),
        "kind": ("Kind", ("kind", "type")),
        "description": ("Description", ("description", "about")),
        "how_to_use": ("How to use", ("how to use", "instructions")),
        "cost": ("Cost", ("cost", "price")),
        "link": ("Link", ("link", "url", "website")),
        "holder": ("Held by", ("holder", "held by", "kept by")),
        "condition": ("Condition", ("condition",)),
        "tags": ("Tags", ("tags",)),
    },
}

# Fields that hold dates or yes/no answers get those transforms without being asked.
DATE_FIELDS = {"acv.nominated_on", "acv.listed_on", "consent_directory.on", "safeguarding.issued_on"}
YES_NO_FIELDS = {
    f for t in TARGETS.values() for f in t if f.startswith("accessibility.") or f.endswith(".given")
}
# Fields the importer uses but does not store on the record.
HELPER_FIELDS = {"group": {"postcode"}}

_MOJIBAKE = {  # UTF-8 read as MacRoman and saved again (Excel for Mac): common punctuation
    "åÊ": " ",
    "‰Ûª": "’",
    "‰ÛÏ": "“",
    "‰Û\x9d": "”",
    "‰ÛÜ": "“",
    "‰ÛÒ": "–",
    "‰ÛÓ": "—",
    "‰Û": "’",
}
_YES = {"yes", "y", "true", "t", "1", "x", "✓", "✔", "ok", "yep", "oui"}
_NO = {"no", "n", "false", "f", "0", "-", "none", "nope", "non"}
_MONTHS = {
    m: i
    for i, m in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1
    )
}


def repair_text(value: str) -> str:
    for bad, good in _MOJIBAKE.items():
        if bad in value:
            value = value.replace(bad, good)
    return value


def trim(value: Any) -> Any:
    """Text without mojibake, doubled spaces or edge whitespace (non-breaking spaces too)."""
    if isinstance(value, str):
        return " ".join(repair_text(value).split())
    return value


def yes_no(value: Any) -> bool | None:
    if value in (None, ""):
        return None
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower().rstrip(".!")
    if text in _YES:
        return True
    if text in _NO:
        return False
    raise FieldError(f"“{value}” is not yes or no")


def mixed_date(value: Any) -> str | None:
    """A date from whatever a spreadsheet holds: ISO, 3/12/2012, 02-Sep-16, March 2013, Excel serials."""
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, int | float) and 1 < value < 100_000:
        return (date(1899, 12, 30) + timedelta(days=int(value))).isoformat()
    text = " ".join(str(value).strip().split())
    if re.fullmatch(r"\d{5}", text):
        return mixed_date(int(text))
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}[T ].*", text):
        text = text[:10]
    formats = (
        "%Y-%m-%d",
        "%d/%m/%Y",
        "%d/%m/%y",
        "%d-%m-%Y",
        "%d.%m.%Y",
        "%d %B %Y",
        "%d %b %Y",
        "%d-%b-%y",
        "%d-%b-%Y",
        "%d %b %y",
        "%B %d, %Y",
        "%Y/%m/%d",
    )
    for fmt in formats:
        try:
            return datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            continue
    # Month and year only ("March 2013", "Sept 2010", "Dec-13"): the first of the month.
    match = re.fullmatch(r"([A-Za-z]{3,9})\.?[ -/](\d{2}|\d{4})", text)
    if match and match.group(1)[:3].lower() in _MONTHS:
        year = int(match.group(2))
        year += 2000 if year < 100 else 0
        return date(year, _MONTHS[match.group(1)[:3].lower()], 1).isoformat()
    if re.fullmatch(r"(19|20)\d{2}", text):
        return f"{text}-01-01"
    raise FieldError(f"“{text}” is not a date")


def first_url(value: Any) -> str:
    """Cells with several addresses (two URLs on two lines) keep the first."""
    parts = str(value or "").split()
    for part in parts:
        if "." in part and (part.lower().startswith(("http", "www.")) or "/" in part):
            return part.rstrip(".,;")
    return " ".join(parts)


def postcode_fix(value: Any) -> str:
    """Postcodes typed with letter O for zero (NE27 OHJ) or zero for O (C013 9DA) are put right."""
    text = "".join(str(value or "").upper().split())
    if len(text) < 5:
        return str(value or "")
    outward, inward = text[:-3], text[-3:]
    inward = ("0" if inward[0] == "O" else inward[0]) + inward[1:].replace("0", "O")
    area = re.match(r"^[A-Z0O]{1,2}", outward)
    if area:
        head = area.group(0).replace("0", "O")
        outward = head + outward[len(head) :].replace("O", "0")
    return f"{outward} {inward}"


def to_list(value: Any) -> list[str]:
    if value in (None, ""):
        return []
    return [p.strip() for p in re.split(r"[;,\n]", str(value)) if p.strip()]


TRANSFORMS: dict[str, tuple[str, Callable[[Any], Any]]] = {
    "trim": ("Tidy spaces", trim),
    "date": ("Read as a date", mixed_date),
    "yes_no": ("Read yes/no", yes_no),
    "first_url": ("Keep the first web address", first_url),
    "postcode_fix": ("Fix O/0 in postcodes", postcode_fix),
    "list": ("Split a list (; or ,)", to_list),
    "lower": ("lower case", lambda v: str(v).lower() if v is not None else v),
    "title": ("Title Case", lambda v: str(v).title() if v is not None else v),
}


def default_transforms(target: str | None) -> list[str]:
    transforms = ["trim"]
    if target in DATE_FIELDS:
        transforms.append("date")
    elif target in YES_NO_FIELDS:
        transforms.append("yes_no")
    elif target in ("website", "link"):
        transforms.append("first_url")
    return transforms


def apply_transforms(value: Any, names: list[str]) -> Any:
    for name in names:
        if name not in TRANSFORMS:
            raise CivicDeskError(f"unknown transform “{name}” (known: {', '.join(TRANSFORMS)})")
        if value is None or value == "":
            return None
        value = TRANSFORMS[name][1](value)
    return None if value == "" else value


@dataclass
class ColumnMapping:
    field: str | None
    # dataclasses.field spelt out: the attribute above shadows the name `field` in this class.
    transforms: list[str] = dataclasses.field(default_factory=lambda: ["trim"])


@dataclass
class Mapping:
    """How one file's columns become one record type's fields."""

    record_type: str
    columns: dict[str, ColumnMapping] = field(default_factory=dict)
    defaults: dict[str, Any] = field(default_factory=dict)  # a value for every row
    duplicates: str = "merge"  # merge | skip | create
    match_threshold: int = 90
    sheet: str | None = None
    header: bool | None = None
    fallbacks: dict[str, Any] = field(default_factory=dict)  # for rows that give none (nor a hint)

    def fields(self) -> dict[str, str]:
        """field -> column for every mapped column."""
        return {c.field: name for name, c in self.columns.items() if c.field}

    def to_json(self) -> dict[str, Any]:
        return {
            "format": MAPPING_FORMAT,
            "version": MAPPING_VERSION,
            "record_type": self.record_type,
            "sheet": self.sheet,
            "header": self.header,
            "columns": {n: {"field": c.field, "transforms": c.transforms} for n, c in self.columns.items()},
            "defaults": self.defaults,
            "fallbacks": self.fallbacks,
            "duplicates": self.duplicates,
            "match_threshold": self.match_threshold,
        }

    def save(self, path: Path) -> None:
        Path(path).write_text(
            json.dumps(self.to_json(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8", newline="\n")

    @classmethod
    def from_json(cls, data: Any, where: str = "mapping") -> Mapping:
        if not isinstance(data, dict) or data.get("format") != MAPPING_FORMAT:
            raise CivicDeskError(f'{where}: not a CivicDesk mapping file ("format": "{MAPPING_FORMAT}")')
        if int(data.get("version", 0)) > MAPPING_VERSION:
            raise CivicDeskError(f"{where}: made by a newer CivicDesk (version {data.get('version')})")
        record_type = data.get("record_type")
        if record_type not in MAIN_TYPES:
            raise CivicDeskError(f"{where}: record_type must be one of {', '.join(MAIN_TYPES)}")
        known = set(TARGETS[record_type])
        columns = {}
        for name, spec in (data.get("columns") or {}).items():
            spec = spec if isinstance(spec, dict) else {"field": spec}
            target = spec.get("field")
            if target and target not in known:
                raise CivicDeskError(f"{where}: column “{name}”: “{target}” is not a {record_type} field")
            transforms = list(spec.get("transforms") or default_transforms(target))
            for t in transforms:
                if t not in TRANSFORMS:
                    raise CivicDeskError(f"{where}: column “{name}”: unknown transform “{t}”")
            columns[str(name)] = ColumnMapping(target, transforms)
        duplicates = data.get("duplicates", "merge")
        if duplicates not in ("merge", "skip", "create"):
            raise CivicDeskError(f"{where}: duplicates must be merge, skip or create")
        return cls(
            record_type,
            columns,
            dict(data.get("defaults") or {}),
            duplicates,
            int(data.get("match_threshold", 90)),
            data.get("sheet"),
            data.get("header"),
            dict(data.get("fallbacks") or {}),
        )

    @classmethod
    def load(cls, path: Path) -> Mapping:
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise CivicDeskError(f"{path}: cannot read the mapping file ({exc})") from exc
        return cls.from_json(data, str(path))


def _normal(text: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9:]+", " ", text.lower()).split())


_POSTCODE = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$", re.IGNORECASE)
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_URL = re.compile(r"^(https?://|www\.)\S+", re.IGNORECASE)


def _content_guess(values: list[Any], record_type: str) -> str | None:
    sample = [str(v).strip() for v in values[:200] if v not in (None, "") and str(v).strip()]
    if len(sample) < 3:
        return None

    def share(pattern: re.Pattern[str]) -> float:
        return sum(1 for v in sample if pattern.match(v)) / len(sample)

    if share(_POSTCODE) > 0.6:
        return "postcode" if record_type == "group" else "address.postcode"
    if share(_EMAIL) > 0.6:
        return {"group": "contact.email", "person": "email"}.get(record_type)
    if share(_URL) > 0.6:
        return {"tool": "link"}.get(record_type, "website")
    return None


def _name_score(column: str, synonym: str) -> float:
    """100 for the same words; 85 when the column ends with the synonym ("Venue name"); else fuzzy."""
    if column == synonym:
        return 100.0
    words, wanted = column.replace(":", " ").split(), synonym.replace(":", " ").split()
    if wanted and words[-len(wanted) :] == wanted:
        return 85.0
    return fuzz.ratio(column, synonym) * 0.95


def guess_mapping(table: Table, record_type: str) -> Mapping:
    """Columns matched to fields by name (fuzzy), then by what their cells look like."""
    if record_type not in TARGETS:
        raise CivicDeskError(f"cannot import records of type “{record_type}”")
    targets = TARGETS[record_type]
    scored: list[tuple[float, str, str]] = []
    for column in table.headers:
        name = _normal(column)
        for target, (label, synonyms) in targets.items():
            best = max(_name_score(name, _normal(s)) for s in (*synonyms, label))
            if best >= 80:
                scored.append((best, column, target))
    chosen: dict[str, str] = {}
    used: set[str] = set()
    for _score, column, target in sorted(scored, key=lambda x: -x[0]):
        if column not in chosen and target not in used:
            chosen[column] = target
            used.add(target)
    for column in table.headers:
        if column in chosen:
            continue
        guess = _content_guess(table.column(column), record_type)
        if guess and guess not in used:
            chosen[column] = guess
            used.add(guess)
    if "name" not in used:
        name_column = _name_column(table, set(chosen))
        if name_column:
            chosen[name_column] = "name"
    if not table.has_header:  # no names to go by: addresses, names, phones told by their cells
        rest = {c: table.column(c) for c in table.headers if c not in chosen}
        chosen.update(guess_by_contents(rest, record_type, used))
    columns = {c: ColumnMapping(chosen.get(c), default_transforms(chosen.get(c))) for c in table.headers}
    return Mapping(record_type, columns, header=table.has_header)


def _name_column(table: Table, taken: set[str]) -> str | None:
    """With no column called a name (a file without a header row): the first column of short,
    mostly different words — names differ from row to row, an authority or a type repeats."""
    for column in table.headers:
        if column in taken:
            continue
        cells = [str(v).strip() for v in table.column(column)[:500] if v not in (None, "")]
        sample = [c for c in cells if c]
        if len(sample) < 3 or len(sample) < 0.8 * min(len(table.rows), 500):
            continue
        wordy = sum(1 for v in sample if any(c.isalpha() for c in v) and len(v) <= 80) / len(sample)
        if wordy > 0.9 and len(set(sample)) / len(sample) > 0.8:
            return column
    return None


def assemble(record_type: str, flat: dict[str, Any]) -> dict[str, Any]:
    """Dotted field values put together into the record's structured values."""
    values: dict[str, Any] = {}
    for key, value in flat.items():
        if value is None or key in HELPER_FIELDS.get(record_type, ()):
            continue
        if "." in key:
            head, tail = key.split(".", 1)
            part = values.setdefault(head, {})
            if head == "address" and tail == "lines":
                value = [p.strip() for p in str(value).split(",") if p.strip()]
            part[tail] = value
        else:
            values[key] = value
    return values
