"""What a funder pack says about one space, read in a few short sessions: users, money, health, duties.

Hirers are named as the consent rules allow and private bookings are never named at all (they
count towards hours only); groups are named as recorded, since a group is not a person.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from civicdesk.core.dates import add_months
from civicdesk.db.database import Database
from civicdesk.db.models import Group, Meeting, Space
from civicdesk.services.acv import AcvStatus, acv_status
from civicdesk.services.bookings import BookingService
from civicdesk.services.compliance import ComplianceService, ItemRow
from civicdesk.services.finance_facts import FinanceFacts, finance_facts
from civicdesk.services.health import CheckSummary, HealthService
from civicdesk.services.money import BacklogView, backlog_of
from civicdesk.services.spaces import SpaceService


@dataclass(frozen=True)
class UseSummary:
    months: list[tuple[str, float]]  # ("2026-01", booked hours) for the last 12 months
    bookings: int  # occurrences in the last 12 months
    regular_hirers: list[tuple[str, int]]  # (printed name, times in 12 months), most first
    private_bookings: int
    groups_meeting: list[str]

    @property
    def hours(self) -> float:
        return round(sum(h for _, h in self.months), 1)

    @property
    def hours_per_week(self) -> float:
        return round(self.hours / 52.0, 1)


@dataclass(frozen=True)
class FunderData:
    space: Space
    today: date
    use: UseSummary
    money: FinanceFacts
    backlog: list[BacklogView]
    checks: list[CheckSummary]
    items: list[ItemRow]
    acv: AcvStatus
    prepared_by: str


def use_of(db: Database, space_id: str, today: date) -> UseSummary:
    first = add_months(today, -12)
    found = BookingService(db).occurrences(first, today, space_id=space_id)
    hours: dict[str, float] = {}
    month = date(first.year, first.month, 1)
    while month <= today:
        hours[month.strftime("%Y-%m")] = 0.0
        month = add_months(month, 1)
    hirers: Counter[str] = Counter()
    private = 0
    for occ in found:
        key = occ.start.strftime("%Y-%m")
        if key in hours:
            hours[key] += (occ.end - occ.start).total_seconds() / 3600
        if occ.private:
            private += 1
        elif occ.printed_hirer:
            hirers[occ.printed_hirer] += 1
    with db.read() as session:
        groups = sorted(set(session.scalars(
            select(Group.name).join(Meeting, Meeting.group_id == Group.id)
            .where(Meeting.space_id == space_id, Meeting.deleted.is_(False), Group.deleted.is_(False))
        )))
    regular = [(name, n) for name, n in hirers.most_common() if n >= 6]  # about monthly or more
    months = [(k, round(v, 1)) for k, v in hours.items()][-12:]
    return UseSummary(months, len(found), regular, private, groups)


def gather(db: Database, space_id: str, today: date) -> FunderData:
    from civicdesk.services import site

    space = SpaceService(db).get(space_id)
    return FunderData(
        space=space,
        today=today,
        use=use_of(db, space_id, today),
        money=finance_facts(db, space_id, today),
        backlog=backlog_of(db, space_id),
        checks=HealthService(db).space_history(space_id),
        items=ComplianceService(db).items_for(space_id, today),
        acv=acv_status(space.acv, today),
        prepared_by=site.info(db).group_name,
    )
