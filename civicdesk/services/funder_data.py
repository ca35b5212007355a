"""What a funder pack says about one space, read in a few short sessions: users, money, health, duties.

Hirers are named as the consent rules allow and private bookings are never named at all (they
count towards hours only); groups are named as recorded, since a group is not a person.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from civicdesk.db.database import Database
from civicdesk.db.models import Group, Meeting, Space
from civicdesk.services.acv import AcvStatus, acv_status
from civicdesk.services.bookings import BookingService
from civicdesk.services.compliance import ComplianceService, ItemRow
from civicdesk.services.finance_facts import FinanceFacts, finance_facts
from civicdesk.services.health import CheckSummary, HealthService
from civicdesk.services.money import BacklogView, backlog_of
from civicdesk.services.spaces import SpaceService
from civicdesk.services.usage import REGULAR_FROM_DATES, UsageFacts, usage_facts


@dataclass(frozen=True)
class UseSummary:
    facts: UsageFacts  # hours, occupancy, months (services/usage.py)
    regular_hirers: list[tuple[str, int]]  # (printed name, dates in 12 months), most first
    private_bookings: int
    groups_meeting: list[str]


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
    facts = usage_facts(db, space_id, today)
    found = BookingService(db).occurrences(facts.first_day, facts.last_day, space_id=space_id)
    dates: dict[str, set[date]] = {}
    private = 0
    for occ in found:
        if occ.private:
            private += 1
        elif occ.printed_hirer:
            dates.setdefault(occ.printed_hirer, set()).add(occ.start.date())
    regular = sorted(
        ((name, len(days)) for name, days in dates.items() if len(days) >= REGULAR_FROM_DATES),
        key=lambda pair: (-pair[1], pair[0]),
    )
    with db.read() as session:
        groups = sorted(
            set(
                session.scalars(
                    select(Group.name)
                    .join(Meeting, Meeting.group_id == Group.id)
                    .where(Meeting.space_id == space_id, Meeting.deleted.is_(False), Group.deleted.is_(False))
                )
            )
        )
    return UseSummary(facts, regular, private, groups)


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
