"""What goes into a printed directory: the spaces, who meets there, and only consented contacts.

"Open to all" (the --open-to-all filter): a space whose latest health check rates its openness
4 or 5 ("open to all" end of the scale); a space never checked counts as open to all when it is
publicly or community owned, or is a public, outdoor, route or occasion space by nature.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from civicdesk.core.structured import DAY_NAMES, DAYS, format_address, format_opening_hours
from civicdesk.db.database import Database
from civicdesk.db.models import Category
from civicdesk.errors import CivicDeskError
from civicdesk.reports.words import PrintWords
from civicdesk.services.directory_rows import DirectoryRows, read_directory_rows

CATEGORIES = [c.value for c in Category]
CATEGORY_TITLES = {
    "civic": "Halls, libraries and community centres",
    "religious": "Places of worship",
    "traditional": "Pubs, cafés and local shops",
    "digital": "Online groups",
    "private": "Private venues",
    "public": "Public services and venues",
    "outdoors": "Parks, gardens and green spaces",
    "routes": "Walks and routes",
    "occasions": "Yearly occasions",
    "associations": "Clubs and association halls",
}
OPEN_FROM = 4  # openness answers 4 and 5 mean "open to all"
OPEN_BY_NATURE = {"public", "outdoors", "routes", "occasions"}
OPEN_OWNERSHIP = {"public", "community"}
SECTIONS_BY = ("category", "area")


@dataclass(frozen=True)
class DirectoryOptions:
    layout: str = "a4"
    categories: tuple[str, ...] = ()
    group: str = ""
    open_to_all: bool = False
    sections: str = "category"
    title: str = ""
    logo: str = ""
    printed_on: date | None = None
    map: bool = False  # number the entries and add map pages (reports/map_page.py)
    basemap: str = ""  # an MBTiles file to draw under the map
    language: str = "en"  # the printed words' language (reports/words.py); names print as they are


@dataclass(frozen=True)
class MeetingLine:
    group: str
    when: str
    description: str = ""
    contact: str = ""


@dataclass(frozen=True)
class DirectoryEntry:
    id: str
    name: str
    kind: str
    area: str
    address: str
    hours: str
    accessibility: tuple[str, ...]
    website: str
    run_by: str
    meetings: tuple[MeetingLine, ...]
    latitude: float | None = None
    longitude: float | None = None


@dataclass
class Section:
    title: str
    entries: list[DirectoryEntry] = field(default_factory=list)


@dataclass
class DirectoryData:
    title: str
    area: str
    updated: str
    sections: list[Section]

    @property
    def entry_count(self) -> int:
        return sum(len(s.entries) for s in self.sections)


# The words of a printed meeting time, looked up in the chosen language: "Mondays", "Monthly".
SCHEDULE_DAYS = {day: DAY_NAMES[day] + "s" for day in DAYS}
FREQUENCY_WORDS = {"fortnightly": "Fortnightly", "monthly": "Monthly", "occasionally": "Occasionally",
                   "yearly": "Yearly"}


def printed_schedule(value: dict[str, Any] | None, words: Callable[[str], str] = str) -> str:
    """When a group meets, as printed: "Monthly, Sundays 10:00–12:00" ("Co miesiąc, w niedziele …")."""
    value = value or {}
    days = ", ".join(words(SCHEDULE_DAYS[d]) for d in value.get("days", []) if d in SCHEDULE_DAYS)
    times = f"{value.get('start')}–{value.get('end')}" if value.get("start") and value.get("end") else ""
    frequency = str(value.get("frequency") or "weekly")
    how_often = "" if frequency == "weekly" else words(FREQUENCY_WORDS.get(frequency, frequency.capitalize()))
    text = ", ".join(p for p in (how_often, " ".join(p for p in (days, times) if p)) if p)
    return text[:1].upper() + text[1:]


def compact_hours(value: dict[str, Any] | None, words: Callable[[str], str] = str) -> str:
    """Opening hours with runs of days that share their times joined: "Mon–Sat 09:00–17:00"."""
    value = value or {}
    if any(d not in DAYS for d in value if d != "notes"):
        return format_opening_hours(value)
    parts: list[str] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            spans = ", ".join(f"{a}–{b}" for a, b in value[run[0]])
            first, last = words(run[0].title()), words(run[-1].title())
            days = first if len(run) == 1 else f"{first}–{last}"
            parts.append(f"{days} {spans}")

    for day in DAYS:
        if value.get(day) and run and value[day] == value[run[-1]]:
            run.append(day)
            continue
        flush()
        run = [day] if value.get(day) else []
    flush()
    if value.get("notes"):
        parts.append(value["notes"])
    return "; ".join(parts)


def check_options(options: DirectoryOptions) -> None:
    unknown = [c for c in options.categories if c not in CATEGORIES]
    if unknown:
        raise CivicDeskError(
            f"unknown category “{unknown[0]}”; choose from: {', '.join(CATEGORIES)}"
        )
    if options.sections not in SECTIONS_BY:
        raise CivicDeskError(f"sections can be by {' or '.join(SECTIONS_BY)}, not “{options.sections}”")


def _open_to_all(space: Any, openness: int | None) -> bool:
    if openness is not None:
        return openness >= OPEN_FROM
    return space.ownership_type in OPEN_OWNERSHIP or space.category in OPEN_BY_NATURE


def load(db: Database, options: DirectoryOptions) -> DirectoryData:
    """Read everything one directory needs (in one short session) and lay it out in sections."""
    check_options(options)
    rows = read_directory_rows(db)
    if options.group and not any(g.name == options.group for g in rows.groups.values()):
        raise CivicDeskError(f"there is no active group called “{options.group}”")
    return _assemble(options, rows)


def _assemble(options: DirectoryOptions, rows: DirectoryRows) -> DirectoryData:
    site, spaces, groups = rows.site, rows.spaces, rows.groups
    meetings, openness, contacts = rows.meetings, rows.openness, rows.contacts
    words = PrintWords(options.language)
    by_space: dict[str, list[MeetingLine]] = defaultdict(list)
    group_spaces: dict[str, set[str]] = defaultdict(set)
    for meeting in meetings:
        group = groups.get(meeting.group_id)
        if group is None:
            continue
        group_spaces[group.name].add(meeting.space_id)
        public = group.contact or {}
        contact = " · ".join(
            p for p in (contacts.get(group.id, ""), public.get("phone", ""), public.get("email", ""),
                        group.website) if p
        )
        by_space[meeting.space_id].append(
            MeetingLine(group.name, printed_schedule(meeting.schedule, words), group.description, contact)
        )
    wanted = group_spaces.get(options.group, set()) if options.group else None
    sections: dict[str, Section] = {}
    updated = ""
    for space in spaces:
        if options.categories and space.category not in options.categories:
            continue
        if wanted is not None and space.id not in wanted:
            continue
        if options.open_to_all and not _open_to_all(space, openness.get(space.id)):
            continue
        address = space.address or {}
        area = address.get("locality") or address.get("town") or (words("Online") if space.website else "")
        key = space.category if options.sections == "category" else (area or words("Elsewhere"))
        title = words(CATEGORY_TITLES[space.category]) if options.sections == "category" else key
        run_by = (space.operator or {}).get("name") or (space.owner or {}).get("name") or ""
        entry = DirectoryEntry(
            id=space.id,
            name=space.name,
            kind=space.subtype[:1].upper() + space.subtype[1:] if space.subtype else "",
            area=area,
            address=format_address(address),
            hours=compact_hours(space.opening_hours, words),
            accessibility=tuple(k for k, v in (space.accessibility or {}).items() if v),
            website=space.website,
            run_by=run_by,
            meetings=tuple(sorted(by_space.get(space.id, []), key=lambda m: m.group.casefold())),
            latitude=space.latitude,
            longitude=space.longitude,
        )
        sections.setdefault(key, Section(title)).entries.append(entry)
        updated = max(updated, space.updated_at)
    order = CATEGORIES if options.sections == "category" else sorted(sections, key=str.casefold)
    ordered = [sections[k] for k in order if k in sections]
    for section in ordered:
        section.entries.sort(key=lambda e: e.name.casefold())
    towns = Counter(((s.address or {}).get("town") or "") for s in spaces)
    towns.pop("", None)
    area = (site.area if site else "") or (towns.most_common(1)[0][0] if towns else "")
    title = options.title or (site.group_name if site and site.group_name else "") or words("Local directory")
    return DirectoryData(title=title, area=area, updated=updated[:10], sections=ordered)
