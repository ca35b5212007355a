"""The figures shown beside the committee's health check answers: usage from the diary, money from the
accounts, each placed by the question it bears on.

They are evidence, never a rating: the form and the report label them "From the diary" / "From
the accounts" and the committee's answer stays theirs. A space without bookings or money entered
says so in words rather than showing zeros.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from civicdesk.db.database import Database
from civicdesk.services.finance_facts import FinanceFacts, finance_facts
from civicdesk.services.usage import UsageFacts, usage_facts

EVIDENCE_LABEL = "Figures from the diary and the accounts — evidence only; the ratings are the committee's"


@dataclass(frozen=True)
class HealthEvidence:
    usage: UsageFacts
    money: FinanceFacts
    # question key → lines, e.g. {"usage": ["Booked 14.5 hours a week", …], "finances": […]}
    by_question: dict[str, list[str]] = field(default_factory=dict)

    def lines(self) -> list[str]:
        return [line for lines in self.by_question.values() for line in lines]


def usage_lines(usage: UsageFacts) -> dict[str, list[str]]:
    if not usage.has_bookings:
        return {"usage": ["No bookings in the diary for the last 12 months"]}
    week = f"{usage.hours_per_week:g} hour{'' if usage.hours_per_week == 1 else 's'} a week"
    lines = [f"Booked {usage.booked_hours:,.0f} hours in 12 months: {week}"]
    if usage.occupancy is not None:
        lines.append(f"{round(usage.occupancy * 100):g}% of opening hours booked")
    else:
        lines.append("Occupancy: no opening hours recorded")
    plural = "" if usage.regular_hirers == 1 else "s"
    groups = f", {usage.groups} of them groups we list" if usage.groups else ""
    lines.append(f"{usage.hirers} hirers{groups}; {usage.regular_hirers} regular hirer{plural}")
    earlier = sum(m.hours for m in usage.months[:6])
    later = sum(m.hours for m in usage.months[6:])
    trend = [
        f"Bookings {usage.trend}: {later:,.0f} hours in the last six months, {earlier:,.0f} in the six before"
    ]
    return {"usage": lines, "trend": trend}


def money_lines(money: FinanceFacts) -> dict[str, list[str]]:
    words = money.in_words()
    if "money" in words:
        return {"finances": [words["money"]]}
    finances = [words["income_costs"], words["reserves"]]
    if "overdue" in words:
        finances.append(words["overdue"])
    return {"finances": finances, "condition": [words["backlog"]]}


def health_evidence(db: Database, space_id: str, today: date | None = None) -> HealthEvidence:
    day = today or date.today()
    usage = usage_facts(db, space_id, day)
    money = finance_facts(db, space_id, day)
    by_question: dict[str, list[str]] = {}
    for part in (usage_lines(usage), money_lines(money)):
        for key, lines in part.items():
            by_question.setdefault(key, []).extend(lines)
    return HealthEvidence(usage, money, by_question)
