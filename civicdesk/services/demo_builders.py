"""The example neighbourhood's network of builders: volunteers listed as builders, their offers of
help, groups' requests and the help already given. The same seed gives the same rows, drawn from
a random generator of their own so the rest of the example stays as it was."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from civicdesk.db.bulk import new_synced_row
from civicdesk.db.ids import seeded_id

SKILLS = [
    "first aid",
    "safeguarding training",
    "PAT testing",
    "bookkeeping",
    "grant writing",
    "running a repair café",
    "food hygiene",
    "social media",
    "event planning",
    "DBS checks",
    "setting up a gazebo",
    "minute-taking",
]
WAYS = ["advice by phone", "come and run it", "lend", "train"]
OFTEN = ["once a month", "a few times a year", "weekends", "evenings", "when asked"]
NEEDS = [
    ("first aid cover for the fun day", ["first aid"]),
    ("start a repair café", ["running a repair café"]),
    ("training for our new volunteers", ["safeguarding training"]),
    ("help with our first grant application", ["grant writing"]),
    ("PAT testing before the summer fair", ["PAT testing"]),
    ("someone to set up the accounts", ["bookkeeping"]),
    ("food hygiene for the lunch club", ["food hygiene"]),
    ("a hand putting up the gazebo", ["setting up a gazebo"]),
]


class DemoBuilders:
    def __init__(self, seed: int, today: date, stamp: str, now_iso: str) -> None:
        self.rng = random.Random(f"builders-{seed}")
        self.today, self.stamp, self.now_iso = today, stamp, now_iso
        self.id_ms = 1_767_225_600_000 + 10**9 + seed % 1000  # after every other example id

    def row(self, **values: Any) -> dict[str, Any]:
        self.id_ms += 1
        return new_synced_row(seeded_id(self.rng, self.id_ms), self.stamp, self.now_iso, **values)

    def build(
        self,
        people: list[dict[str, Any]],
        groups: list[dict[str, Any]],
        roles: list[dict[str, Any]],
        districts: list[str],
    ) -> dict[str, list[dict[str, Any]]]:
        """Offers, requests and help given; marks the builders' consent on their (not yet written) rows."""
        rng = self.rng
        active = [g for g in groups if g["status"] == "active"]
        group_of: dict[str, str] = {}
        for role in roles:
            group_of.setdefault(role["person_id"], role["group_id"])
        with_group = [p for p in people if p["id"] in group_of]
        count = max(6, len(groups) // 25)
        builders = rng.sample(with_group, k=min(len(with_group), count))
        offers = []
        for index, person in enumerate(builders):
            person["consent_builder"] = {
                "given": True,
                "on": (self.today - timedelta(days=rng.randint(5, 300))).isoformat(),
                "how": "form",
                "recorded_by": "Membership secretary",
            }
            skills = [SKILLS[index % len(SKILLS)], *rng.sample(SKILLS, k=rng.randint(0, 1))]
            offers.append(
                self.row(
                    group_id=group_of[person["id"]],
                    person_id=person["id"],
                    skills=sorted(set(skills)),
                    tool_ids=[],
                    areas=rng.sample(districts, k=1) if rng.random() < 0.5 and districts else [],
                    ways=sorted(rng.sample(WAYS, k=rng.randint(1, 2))),
                    how_often=rng.choice(OFTEN),
                    withdrawn=False,
                )
            )
        for group in rng.sample(active, k=min(len(active), max(2, count // 3))):  # groups offer too
            offers.append(
                self.row(
                    group_id=group["id"],
                    person_id=None,
                    skills=[rng.choice(SKILLS)],
                    tool_ids=[],
                    areas=[],
                    ways=["lend", "come and run it"],
                    how_often="when asked",
                    withdrawn=False,
                )
            )
        requests, given = [], []
        for index in range(max(4, count * 2 // 3)):
            name, skills = NEEDS[index % len(NEEDS)]
            group = rng.choice(active)
            fitting = [o for o in offers if set(o["skills"]) & set(skills) and o["group_id"] != group["id"]]
            status = "open"
            offer = None
            if fitting and index % 3 != 2:
                offer = rng.choice(fitting)
                status = "done" if index % 3 == 0 else "accepted"
            needed = self.today + timedelta(
                days=rng.randint(-120, 120) if status == "done" else rng.randint(10, 150)
            )
            if status == "done":
                needed = self.today - timedelta(days=rng.randint(7, 200))
            area = rng.choice(districts) if districts and index % 4 == 1 else ""
            request = self.row(
                group_id=group["id"],
                name=name,
                skills=skills,
                tool_id=None,
                area=area,
                needed_by=needed.isoformat(),
                status=status,
                offer_id=offer["id"] if offer else None,
            )
            requests.append(request)
            if offer is not None and status == "done":
                given.append(
                    self.row(
                        request_id=request["id"],
                        offer_id=offer["id"],
                        helper_group_id=offer["group_id"],
                        helper_person_id=offer["person_id"],
                        helped_group_id=group["id"],
                        done_on=needed.isoformat(),
                        hours=float(rng.choice([1, 1.5, 2, 3, 4, 6])),
                        what=name,
                    )
                )
        return {"help_offers": offers, "help_requests": requests, "help_given": given}
