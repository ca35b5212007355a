"""An example neighbourhood whole: its people and places, then its kit, loans, checks and links."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from civicdesk.core.dates import add_months
from civicdesk.core.record_writer import RecordWriter
from civicdesk.db.models import Tool
from civicdesk.services import demo_place, health
from civicdesk.services.demo_people_places import PeoplePlaces


class DemoGenerator(PeoplePlaces):
    """Adds the kit, its use and loans, health checks, compliance and links to the neighbourhood."""

    def tools(self, starter: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """District copies of the starter kit, for sizes that want more tools than the catalogue."""
        kit = [t for t in starter if t["kind"] == "shared kit"] or starter
        rows = []
        for index in range(max(0, self.size.tools - len(starter))):
            base = kit[index % len(kit)]
            district = self.districts[(index // len(kit)) % len(self.districts)]["name"]
            rows.append(
                self.row(
                    name=f"{base['name']} ({district})",
                    kind=base["kind"],
                    description=f"{base['name']} kept in {district} and lent to groups nearby.",
                    how_to_use="",
                    cost=self.rng.choice(["free", "under £50", "£50–£200", "over £200"]),
                    link="",
                    holder={},
                    purposes=list(base["purposes"]),
                    skills=[],
                    setup_time="",
                    accessibility_notes="",
                    condition=self.rng.choice(["good", "good", "worn", "needs repair"]),
                    starter_slug=None,
                    hidden=False,
                    tags=[district],
                )
            )
        return rows

    def hold_kit(
        self, writer: RecordWriter, session: Any, kit: list[dict[str, Any]], groups: list[dict[str, Any]]
    ) -> None:
        """The starter kit is somewhere: give each piece a holding group and a condition (a local edit)."""
        for item in kit:
            group = self.rng.choice(groups)
            tool = session.get(Tool, item["id"])
            writer.update(
                tool,
                {
                    "holder": {"group_id": group["id"], "name": group["name"]},
                    "condition": self.rng.choice(["good", "good", "worn", "needs repair"]),
                },
            )

    def tool_uses(self, tools: list[dict[str, Any]], groups: list[dict[str, Any]]) -> list[dict[str, Any]]:
        rows = []
        for group in groups:
            for tool in self.rng.sample(tools, k=min(len(tools), self.rng.choice([0, 1, 1, 2, 3]))):
                rows.append(
                    self.row(
                        tool_id=tool["id"],
                        group_id=group["id"],
                        rating=self.rng.randint(2, 5),
                        review=self.rng.choice(self.words["reviews"]),
                    )
                )
        return rows

    def loans(self, tools: list[dict[str, Any]], groups: list[dict[str, Any]]) -> list[dict[str, Any]]:
        rows = []
        for tool in (t for t in tools if t["kind"] == "shared kit"):
            if self.rng.random() < 0.5:
                group = self.rng.choice(groups)
                out = self.days_ago(3, 60)
                due = (date.fromisoformat(out) + timedelta(days=14)).isoformat()
                rows.append(
                    self.row(
                        tool_id=tool["id"],
                        borrower={"group_id": group["id"], "name": group["name"]},
                        out_on=out,
                        due_on=due,
                        returned_on=None,
                        notes="",
                    )
                )
        return rows

    def health_checks(self, spaces: list[dict[str, Any]]) -> list[dict[str, Any]]:
        checkable = [s for s in spaces if s["category"] != "digital"]
        # Leave some spaces never checked, so the dashboard has something to say.
        checkable = checkable[: max(1, int(len(checkable) * 0.85))]
        rows = []
        latest: dict[str, tuple[str, float]] = {}
        for index in range(self.size.health_checks):
            space = (
                checkable[index % len(checkable)] if index < len(checkable) else self.rng.choice(checkable)
            )
            base = self.rng.choice([2, 3, 3, 4, 4, 5])
            answers = {q: max(1, min(5, base + self.rng.choice([-1, 0, 0, 1]))) for q in health.QUESTIONS}
            value = health.score(answers)
            checked_on = self.days_ago(0, 1100)
            rows.append(
                self.row(
                    space_id=space["id"],
                    checked_on=checked_on,
                    **answers,
                    notes="",
                    assessor=f"{self.rng.choice(self.first)} {self.rng.choice(self.last)}",
                    score=value,
                )
            )
            if space["id"] not in latest or latest[space["id"]][0] < checked_on:
                latest[space["id"]] = (checked_on, value)
        for space in spaces:
            if space["id"] in latest:
                space["status"] = health.status_for(latest[space["id"]][1])
            elif space["category"] != "digital":
                space["status"] = "new"
        return rows

    def compliance(self, spaces: list[dict[str, Any]]) -> list[dict[str, Any]]:
        kinds = [k for k in health.compliance_kinds() if k["interval_months"]]
        rows = []
        for space in spaces:
            fitting = demo_place.compliance_kinds_for(space["category"], space["subtype"], kinds)
            if not fitting:
                continue
            for kind in self.rng.sample(fitting, k=min(len(fitting), self.rng.randint(3, 5))):
                months = kind["interval_months"]
                # Up to 30% past the interval: some items are overdue, as in real life.
                last = self.today - timedelta(days=self.rng.randint(0, int(months * 30.4 * 1.3)))
                rows.append(
                    self.row(
                        space_id=space["id"],
                        kind=kind["kind"],
                        last_done=last.isoformat(),
                        interval_months=months,
                        next_due=add_months(last, months).isoformat(),
                        next_due_overridden=False,
                        document={},
                        notes="",
                    )
                )
        return rows

    def links(self, groups: list[dict[str, Any]], spaces: list[dict[str, Any]]) -> list[dict[str, Any]]:
        rows = []
        for _ in range(max(1, len(groups) // 4)):
            a, b = self.rng.sample(groups, k=2)
            rows.append(
                self.row(
                    from_type="group",
                    from_id=a["id"],
                    to_type="group",
                    to_id=b["id"],
                    kind="partners with",
                    notes="",
                )
            )
        for _ in range(max(1, len(spaces) // 10)):
            group, space = self.rng.choice(groups), self.rng.choice(spaces)
            rows.append(
                self.row(
                    from_type="group",
                    from_id=group["id"],
                    to_type="space",
                    to_id=space["id"],
                    kind="runs",
                    notes="",
                )
            )
        return rows
