"""Example money for the halls of a generated neighbourhood: some thrive, some get by, some struggle.

Each hall, community centre and place of worship gets a fortune from its own seeded random
source (so the rest of the example data is the same with or without it): three years of income
and running costs entered quarterly, the reserves stated each 31 March, a backlog of works, and a
few recent invoices to groups that meet there, some paid, some overdue. A thriving hall earns a
fifth to a half more than it spends and holds most of a year in reserve; a struggling one spends
more than it earns, holds a month or two, and has an urgent roof or boiler it cannot pay for.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from typing import Any

from civicdesk.db.bulk import new_synced_row
from civicdesk.db.database import utc_now_iso
from civicdesk.db.ids import seeded_id

MONEY_CATEGORIES = ("civic", "religious", "associations")
FORTUNES = (("thriving", 0.35), ("steady", 0.35), ("struggling", 0.30))
INCOME_RATIO = {"thriving": (1.2, 1.5), "steady": (0.95, 1.1), "struggling": (0.6, 0.85)}
RESERVE_MONTHS = {"thriving": (8, 18), "steady": (3, 8), "struggling": (0, 2)}
INCOME_SHARE = {"hire": 0.55, "grant": 0.15, "donation": 0.1, "event": 0.12, "bar": 0.08}
COST_SHARE = {
    "energy": 0.38,
    "insurance": 0.14,
    "repairs": 0.16,
    "cleaning": 0.18,
    "water": 0.05,
    "licences": 0.09,
}
WORKS = (
    ("Roof repairs and new guttering", "roof", 18_000, 90_000),
    ("Replace the boiler", "heating", 6_000, 14_000),
    ("Ramp and automatic door at the main entrance", "accessibility", 8_000, 25_000),
    ("Accessible toilet", "accessibility", 12_000, 30_000),
    ("Rewire and new consumer unit", "electrics", 7_000, 20_000),
    ("Double glazing for the main hall", "windows", 10_000, 35_000),
    ("Kitchen refit", "kitchen", 6_000, 18_000),
)
URGENCY_BY_FORTUNE = {
    "thriving": ("low", "medium"),
    "steady": ("medium", "high"),
    "struggling": ("urgent", "high"),
}
DUE_IN = {"urgent": (0, 0), "high": (0, 1), "medium": (1, 3), "low": (2, 5)}  # years from now
WINTER = {1: 1.45, 2: 0.8, 3: 0.55, 4: 1.2}  # energy by quarter: heating in Jan–Mar and Oct–Dec


class DemoMoney:
    def __init__(self, seed: int, today: date, stamp: str, by_year: bool = False) -> None:
        # by_year: one entry per category a year instead of a quarter (the city: 18,000 halls)
        self.by_year = by_year
        self.rng = random.Random(f"money-{seed}")
        self.today, self.stamp, self.now = today, stamp, utc_now_iso()
        self.id_ms = int(datetime(2026, 1, 2, tzinfo=UTC).timestamp() * 1000) + seed % 1000

    def _row(self, **values: Any) -> dict[str, Any]:
        self.id_ms += 1
        return new_synced_row(seeded_id(self.rng, self.id_ms), self.stamp, self.now, **values)

    def fortune(self) -> str:
        pick, total = self.rng.random(), 0.0
        for name, share in FORTUNES:
            total += share
            if pick < total:
                return name
        return FORTUNES[-1][0]

    def rows(
        self, spaces: list[dict[str, Any]], meetings: list[dict[str, Any]], groups: list[dict[str, Any]]
    ) -> dict[str, list[dict[str, Any]]]:
        """{"money_entries", "backlog_items", "invoices", "payments"}: rows for the bulk writer."""
        group_names = {g["id"]: g["name"] for g in groups}
        meets_at: dict[str, list[str]] = {}
        for meeting in meetings:
            if meeting.get("space_id"):
                meets_at.setdefault(meeting["space_id"], []).append(meeting["group_id"])
        out: dict[str, list[dict[str, Any]]] = {
            "money_entries": [],
            "backlog_items": [],
            "invoices": [],
            "payments": [],
        }
        number = 0
        for space in spaces:
            if space["category"] not in MONEY_CATEGORIES or space.get("status") == "closed":
                continue
            fortune = self.fortune()
            yearly_costs = self.rng.randint(60, 260) * 100_00  # £6,000 – £26,000
            entries: list[dict[str, Any]] = []
            self._entries(entries, space["id"], fortune, yearly_costs)
            out["money_entries"] += self._yearly(entries) if self.by_year else entries
            self._backlog(out["backlog_items"], space["id"], fortune)
            hirers = [(g, group_names[g]) for g in meets_at.get(space["id"], []) if g in group_names]
            number = self._invoices(out, space["id"], fortune, hirers, number)
        return out

    def _yearly(self, entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """A year's entries of one kind and category as one, dated on the last of them."""
        merged: dict[tuple[str, str, str], dict[str, Any]] = {}
        for entry in entries:
            if entry["kind"] == "reserves":
                merged[(entry["dated"], "reserves", "")] = entry
                continue
            key = (entry["dated"][:4], entry["kind"], entry["category"])
            if key in merged:
                merged[key] = {
                    **merged[key],
                    "amount_pence": merged[key]["amount_pence"] + entry["amount_pence"],
                    "dated": max(merged[key]["dated"], entry["dated"]),
                }
            else:
                merged[key] = entry
        return list(merged.values())

    def _quarters(self) -> list[tuple[date, int]]:
        """(mid-quarter date, quarter 1–4) for the three years to today, oldest first."""
        found = []
        for year in range(self.today.year - 2, self.today.year + 1):
            for quarter in (1, 2, 3, 4):
                day = date(year, quarter * 3 - 1, 15)
                if day <= self.today:
                    found.append((day, quarter))
        return found

    def _entries(self, rows: list[dict[str, Any]], space_id: str, fortune: str, yearly_costs: int) -> None:
        low, high = INCOME_RATIO[fortune]
        ratio = self.rng.uniform(low, high)
        for day, quarter in self._quarters():
            drift = 1 + 0.04 * (day.year - self.today.year)  # costs a little lower in earlier years
            for category, share in COST_SHARE.items():
                season = WINTER[quarter] if category == "energy" else 1.0
                amount = int(yearly_costs * drift * share * season / 4 * self.rng.uniform(0.85, 1.15))
                rows.append(
                    self._row(
                        space_id=space_id,
                        kind="cost",
                        category=category,
                        amount_pence=amount,
                        dated=day.isoformat(),
                        description="",
                        booking_id=None,
                    )
                )
            summer = 0.7 if quarter == 3 else 1.1  # a quiet summer
            for category, share in INCOME_SHARE.items():
                if category == "grant" and quarter != 2:
                    continue  # one grant a year, paid in the spring
                part = share * 4 if category == "grant" else share * summer
                amount = int(yearly_costs * drift * ratio * part / 4 * self.rng.uniform(0.8, 1.2))
                rows.append(
                    self._row(
                        space_id=space_id,
                        kind="income",
                        category=category,
                        amount_pence=amount,
                        dated=(day + timedelta(days=3)).isoformat(),
                        description="",
                        booking_id=None,
                    )
                )
        low_m, high_m = RESERVE_MONTHS[fortune]
        for year in range(self.today.year - 2, self.today.year + 1):
            stated = date(year, 3, 31)
            if stated > self.today:
                continue
            months = self.rng.uniform(low_m, high_m) * (1 + 0.1 * (year - self.today.year))
            rows.append(
                self._row(
                    space_id=space_id,
                    kind="reserves",
                    category="reserves",
                    amount_pence=int(yearly_costs / 12 * max(months, 0.2)),
                    dated=stated.isoformat(),
                    description="Reserves at the year end",
                    booking_id=None,
                )
            )

    def _backlog(self, rows: list[dict[str, Any]], space_id: str, fortune: str) -> None:
        count = {"thriving": (0, 2), "steady": (1, 3), "struggling": (2, 4)}[fortune]
        for index, (title, kind, low, high) in enumerate(self.rng.sample(WORKS, k=self.rng.randint(*count))):
            urgency = URGENCY_BY_FORTUNE[fortune][0 if index == 0 else 1]
            estimate = self.rng.randint(low // 500, high // 500) * 500_00
            rows.append(
                self._row(
                    space_id=space_id,
                    title=title,
                    kind=kind,
                    estimated_pence=estimate,
                    urgency=urgency,
                    due_year=self.today.year + self.rng.randint(*DUE_IN[urgency]),
                    done_on=None,
                    notes="",
                )
            )

    def _invoices(
        self,
        out: dict[str, list[dict[str, Any]]],
        space_id: str,
        fortune: str,
        hirers: list[tuple[str, str]],
        number: int,
    ) -> int:
        for group_id, name in hirers[:3]:
            number += 1
            issued = self.today - timedelta(days=self.rng.randint(10, 75))
            hours = self.rng.choice((4, 6, 8, 10))
            rate = self.rng.choice((12_00, 15_00, 18_00, 22_00))
            invoice = self._row(
                space_id=space_id,
                number=f"DEMO-{number:04d}",
                issued_on=issued.isoformat(),
                due_on=(issued + timedelta(days=14)).isoformat(),
                hirer={"group_id": group_id, "name": name},
                booking_id=None,
                lines=[
                    {
                        "description": f"Hall hire, {hours} hours this month",
                        "quantity": hours,
                        "unit_pence": rate,
                    }
                ],
                total_pence=hours * rate,
                notes="",
            )
            out["invoices"].append(invoice)
            unpaid_chance = {"thriving": 0.1, "steady": 0.3, "struggling": 0.6}[fortune]
            if self.rng.random() >= unpaid_chance:
                paid = issued + timedelta(days=self.rng.randint(2, 20))
                out["payments"].append(
                    self._row(
                        invoice_id=invoice["id"],
                        paid_on=min(paid, self.today).isoformat(),
                        amount_pence=hours * rate,
                        method=self.rng.choice(("bank transfer", "cash", "cheque")),
                        reference="",
                        receipt_number=f"DEMO-R{number:04d}",
                    )
                )
        return number
