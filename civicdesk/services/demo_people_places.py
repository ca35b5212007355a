"""An example neighbourhood's places, groups and people: spaces, groups, people, meetings, roles."""

from __future__ import annotations

import json
import random
import unicodedata
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import cache
from typing import Any

from faker import Faker

from civicdesk.core.dates import add_months
from civicdesk.db.bulk import new_synced_row
from civicdesk.db.database import utc_now_iso
from civicdesk.db.ids import seeded_id
from civicdesk.paths import resource_path
from civicdesk.services import demo_place

# Ofcom keeps these numbers for drama: they will never reach a real person.
DRAMA_PHONES = (
    "0113 496 0{:03d}",
    "0114 496 0{:03d}",
    "0115 496 0{:03d}",
    "0116 496 0{:03d}",
    "0117 496 0{:03d}",
    "0121 496 0{:03d}",
    "0161 496 0{:03d}",
    "020 7946 0{:03d}",
)
NO_BUILDING = {"digital", "routes", "occasions"}
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


@dataclass(frozen=True)
class DemoSize:
    spaces: int
    groups: int
    people: int
    tools: int
    health_checks: int
    districts: int


@cache
def vocabulary() -> dict[str, Any]:
    with resource_path("data", "demo_vocabulary.json").open(encoding="utf-8") as handle:
        return dict(json.load(handle))


def _ascii(text: str) -> str:
    return "".join(
        c for c in unicodedata.normalize("NFKD", text) if c.isascii() and (c.isalnum() or c == ".")
    )


class PeoplePlaces:
    """Generates the rows of the places, groups and people, from one seeded random source."""

    def __init__(self, size: DemoSize, seed: int, today: date, stamp: str) -> None:
        self.size, self.today, self.stamp = size, today, stamp
        self.rng = random.Random(seed)
        self.fake = Faker("en_GB")
        self.fake.seed_instance(seed)
        self.words = vocabulary()
        self.now_iso = utc_now_iso()
        # Ids look like UUIDv7 from a fixed instant so the same seed gives the same ids.
        self.id_ms = int(datetime(2026, 1, 1, tzinfo=UTC).timestamp() * 1000) + seed % 1000
        self.first = [self.fake.first_name() for _ in range(400)]
        self.last = [self.fake.last_name() for _ in range(400)]
        self.town = demo_place.town_name(self.rng)
        self.districts = self._districts()

    # -- small helpers ------------------------------------------------------------------------
    def new_id(self) -> str:
        # One millisecond per record keeps ids ascending, so bulk inserts append to the index.
        self.id_ms += 1
        return seeded_id(self.rng, self.id_ms)

    def row(self, **values: Any) -> dict[str, Any]:
        return new_synced_row(self.new_id(), self.stamp, self.now_iso, **values)

    def days_ago(self, low: int, high: int) -> str:
        return (self.today - timedelta(days=self.rng.randint(low, high))).isoformat()

    def _districts(self) -> list[dict[str, Any]]:
        if self.size.districts == 1:
            names = [self.town]
        else:
            names = sorted(
                {
                    f"{self.rng.choice(self.last)} {self.rng.choice(self.words['place_suffixes'])}"
                    for _ in range(self.size.districts * 2)
                }
            )[: self.size.districts]
        districts = []
        # One town's postcodes share its postcode area (LS3, LS17), not CO4P and ZE7A side by side.
        outwards = demo_place.postcode_districts(self.rng, len(names))
        for name, outward in zip(names, outwards, strict=True):
            streets = [
                f"{self.rng.choice(self.last)} {self.rng.choice(self.words['street_suffixes'])}"
                for _ in range(25)
            ]
            lat, lon = 53.80 + self.rng.uniform(-0.08, 0.08), -1.55 + self.rng.uniform(-0.12, 0.12)
            districts.append({"name": name, "outward": outward, "streets": streets, "lat": lat, "lon": lon})
        return districts

    def address(self) -> tuple[dict[str, Any], float, float]:
        d = self.rng.choice(self.districts)
        inward = (
            f"{self.rng.randint(1, 9)}{self.rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
            f"{self.rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        )
        address = {
            "lines": [f"{self.rng.randint(1, 180)} {self.rng.choice(d['streets'])}"],
            "locality": d["name"] if d["name"] != self.town else "",
            "town": self.town,
            "postcode": f"{d['outward']} {inward}",
        }
        return (
            address,
            round(d["lat"] + self.rng.gauss(0, 0.006), 6),
            round(d["lon"] + self.rng.gauss(0, 0.009), 6),
        )

    # -- records ------------------------------------------------------------------------------
    def space_name(self, category: str, subtype: str, district: str) -> str:
        rng = self.rng
        if subtype == "pub":
            adjective, noun = (rng.choice(words) for words in self.words["pub_words"])
            return f"The {adjective} {noun}"
        if subtype in ("church", "chapel"):
            return f"{rng.choice(demo_place.DEDICATIONS)} {subtype.title()}"
        if category == "digital":
            return f"{rng.choice(self.districts[0]['streets'])} {subtype}"
        title = " ".join(word[:1].upper() + word[1:] for word in subtype.split())
        if category in ("routes", "occasions") or rng.random() < 0.5:
            return f"{district} {title}"
        street = rng.choice(rng.choice(self.districts)["streets"])
        return f"{street.rsplit(' ', 1)[0]} {title}"

    def spaces(self) -> list[dict[str, Any]]:
        weights = self.words["category_weights"]
        if self.size.districts == 1:  # a village: the places a parish has
            kinds = demo_place.village_places(self.rng, self.size.spaces, weights)
        else:
            categories = self.rng.choices(list(weights), weights=list(weights.values()), k=self.size.spaces)
            kinds = [(c, self.rng.choice(self.words["subtypes"][c])) for c in categories]
        rows: list[dict[str, Any]] = []
        used: set[str] = set()
        for category, subtype in kinds:
            address, lat, lon = self.address()
            district = address["locality"] or self.town
            digital = category == "digital"
            building = category not in NO_BUILDING
            ownership = self.rng.choice(["public", "private", "community", "faith", "charity"])
            hours: dict[str, Any] = {}
            if building:
                start, end = self.rng.choice([("09:00", "17:00"), ("10:00", "22:00"), ("08:30", "21:00")])
                hours = {d: [[start, end]] for d in DAYS[: self.rng.choice([5, 6, 7])]}
            acv: dict[str, Any] = {}
            if category in ("civic", "traditional") and self.rng.random() < 0.08:  # listed after nominated
                acv = {"nominated_on": self.days_ago(1700, 2200), "listed_on": self.days_ago(30, 1650)}
            name = self.space_name(category, subtype, district)
            for _ in range(8):  # three "Working Men's Clubs" in one village read like a mistake
                if name not in used:
                    break
                name = self.space_name(category, subtype, district)
            # A second of a kind is told apart by its area, or in a village by its street.
            name = demo_place.unique(name, used, lambda: self.rng.choice(self.districts)["name"]
                                     if self.size.districts > 1 else
                                     self.rng.choice(self.districts[0]["streets"]))
            rows.append(
                self.row(
                    name=name,
                    category=category,
                    subtype=subtype,
                    description=f"A {subtype} in {district} used by local groups.",
                    address={} if digital else address,
                    latitude=None if digital else lat,
                    longitude=None if digital else lon,
                    website=f"https://{_ascii(district).lower()}.example.org/{len(rows)}"
                    if digital or self.rng.random() < 0.4
                    else "",
                    opening_hours=hours,
                    accessibility={
                        k: self.rng.random() < 0.6
                        for k in (
                            "step_free",
                            "accessible_toilet",
                            "hearing_loop",
                            "baby_change",
                            "parking",
                            "public_transport",
                        )
                    }
                    if building
                    else {},
                    capacity=self.rng.choice([30, 60, 80, 120, 200, 350]) if building else None,
                    facilities=self.rng.sample(
                        ["kitchen", "stage", "wifi", "garden", "meeting room", "car park"],
                        k=self.rng.randint(0, 3),
                    )
                    if building
                    else [],
                    hire_cost=f"£{self.rng.choice([10, 12, 15, 20, 25, 40])} an hour" if building else "",
                    owner={"name": f"{self.town} Council"} if ownership == "public" else {},
                    operator={},
                    maintainer={},
                    ownership_type=ownership,
                    status="stable",
                    acv=acv,
                    tags=[category, subtype],
                    photos=[],
                    external_ids={},
                )
            )
        return rows

    @staticmethod
    def kind_of(activity: str, rng: random.Random) -> str:
        """A believable kind of group for what it does."""
        if "Association" in activity:
            return "residents' association"
        if activity in ("Food Bank", "Community Larder", "Carers' Support Group", "Dementia Café"):
            return "charity"
        if activity.endswith("Club") or activity.endswith("Society"):
            return "club"
        return rng.choice(["informal", "informal", "charity", "CIC"])

    def group_names(self) -> list[tuple[str, str, str]]:
        """Unique (name, district, activity): each district has at most one group per activity."""
        pairs = [(d["name"], a) for d in self.districts for a in self.words["activities"]]
        self.rng.shuffle(pairs)
        first = [(f"{d} {a}", d, a) for d, a in pairs]
        names = list(first)
        number = 2
        while len(names) < self.size.groups:  # more groups than pairs: second, third… branches
            names += [(f"{n} ({number})", d, a) for n, d, a in first[: self.size.groups - len(names)]]
            number += 1
        return names[: self.size.groups]

    def groups(self, extra: list[list[str]]) -> list[dict[str, Any]]:
        rows = []
        for index, (generated, district, activity) in enumerate(self.group_names()):
            name, description, language = generated, f"{activity} for {district}.", "English"
            kind = self.kind_of(activity, self.rng)
            if index < len(extra):
                name, description, language = extra[index]
                activity = "Community and culture"
                kind = self.rng.choice(["charity", "informal", "faith group"])
            rows.append(
                self.row(
                    name=name,
                    kind=kind,
                    charity_number=str(self.rng.randint(1_000_000, 1_199_999) if kind == "charity" else ""),
                    company_number="",
                    description=description,
                    activities=[activity],
                    audiences=self.rng.sample(self.words["audiences"], k=2),
                    languages=[language],
                    contact={"email": f"hello@{_ascii(name).lower()[:20] or 'group'}.example.org"},
                    website="",
                    status=self.rng.choices(["active", "dormant", "closed"], [90, 7, 3])[0],
                    tags=[],
                    external_ids={},
                )
            )
        return rows

    def consent(self, chance: float) -> dict[str, Any]:
        if self.rng.random() >= chance:
            return {}
        return {
            "given": True,
            "on": self.days_ago(10, 1000),
            "how": self.rng.choice(["form", "email", "verbal"]),
            "recorded_by": "Membership secretary",
        }

    def people(self) -> list[dict[str, Any]]:
        rows = []
        for _ in range(self.size.people):
            first, last = self.rng.choice(self.first), self.rng.choice(self.last)
            address, _, _ = self.address()
            checked = self.rng.random() < 0.3
            issued = self.days_ago(30, 1400) if checked else None
            mailbox = f"{_ascii(first).lower()}.{_ascii(last).lower()}{self.rng.randint(1, 99)}"
            rows.append(
                self.row(
                    name=f"{first} {last}",
                    email=f"{mailbox}@example.org",
                    phone=self.rng.choice(DRAMA_PHONES).format(self.rng.randint(0, 999)),
                    address=address,
                    skills=self.rng.sample(self.words["skills"], k=self.rng.randint(0, 3)),
                    availability=self.rng.choice(self.words["availability"]),
                    safeguarding={
                        "dbs_type": self.rng.choice(["basic", "standard", "enhanced"]),
                        "issued_on": issued,
                        "renewal_due": add_months(date.fromisoformat(issued), 36).isoformat(),
                    }
                    if issued
                    else {},
                    consent_directory=self.consent(0.65),
                    consent_bundles=self.consent(0.55),
                    consent_email=self.consent(0.8),
                    consent_phone=self.consent(0.5),
                    notes="",
                    erased=False,
                )
            )
        return rows

    def meetings(self, groups: list[dict[str, Any]], spaces: list[dict[str, Any]]) -> list[dict[str, Any]]:
        venues = [s["id"] for s in spaces if s["category"] not in ("routes", "occasions")]
        rows = []
        for group in groups:
            for _ in range(self.rng.choice([1, 1, 1, 2])):
                hour = self.rng.choice([9, 10, 13, 14, 18, 19])
                rows.append(
                    self.row(
                        group_id=group["id"],
                        space_id=self.rng.choice(venues),
                        schedule={
                            "days": sorted(self.rng.sample(DAYS, k=1), key=DAYS.index),
                            "start": f"{hour:02d}:00",
                            "end": f"{hour + 2:02d}:00",
                            "frequency": self.rng.choice(["weekly", "weekly", "fortnightly", "monthly"]),
                        },
                        notes="",
                    )
                )
        return rows

    def roles(self, people: list[dict[str, Any]], groups: list[dict[str, Any]]) -> list[dict[str, Any]]:
        rows = []
        person_ids = [p["id"] for p in people]
        for group in groups:
            for role in ("chair", "treasurer", "secretary"):
                rows.append(
                    self.row(
                        person_id=self.rng.choice(person_ids),
                        group_id=group["id"],
                        role=role,
                        since=self.days_ago(100, 3000),
                        until=None,
                    )
                )
        for person_id in person_ids:
            if self.rng.random() < 0.8:
                rows.append(
                    self.row(
                        person_id=person_id,
                        group_id=self.rng.choice(groups)["id"],
                        role="volunteer",
                        since=self.days_ago(10, 2000),
                        until=None,
                    )
                )
        return rows
