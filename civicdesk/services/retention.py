"""Retention: how long an inactive volunteer's details are kept, and who is due for removal."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import func, select

from civicdesk.core.dates import add_months
from civicdesk.db.database import Database
from civicdesk.db.models import CONSENT_FIELDS, Loan, Person, Role, Site
from civicdesk.errors import CivicDeskError

RETENTION_DEFAULT_YEARS = 3
RETENTION_SETTING = "retention_years"  # key in the `site.settings` JSON of this installation


def retention_years(db: Database) -> int:
    """How many years an inactive person's details are kept (this installation's setting)."""
    with db.read() as session:
        settings = session.scalars(select(Site.settings)).first() or {}
    value = settings.get(RETENTION_SETTING)
    return int(value) if isinstance(value, int) and value > 0 else RETENTION_DEFAULT_YEARS


def set_retention_years(db: Database, years: int) -> None:
    if not isinstance(years, int) or not 1 <= years <= 50:
        raise CivicDeskError("the retention period must be a whole number of years from 1 to 50")
    with db.write() as session:
        site = session.scalars(select(Site)).one()
        site.settings = {**(site.settings or {}), RETENTION_SETTING: years}


@dataclass
class RetentionEntry:
    id: str
    name: str
    reasons: list[str]  # "inactive", "safeguarding_expired", "deleted"
    last_activity: str | None
    safeguarding_renewal_due: str | None
    has_role: bool

    @property
    def to_anonymise(self) -> bool:
        """Whether anonymising is the suggestion; an expired DBS check alone asks for a renewal."""
        return "inactive" in self.reasons or "deleted" in self.reasons


@dataclass
class RetentionReport:
    retention_years: int
    today: str
    inactive_before: str
    people: list[RetentionEntry] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        return {r: sum(r in p.reasons for p in self.people) for r in ("inactive", "safeguarding_expired",
                                                                       "deleted")}

    def as_json(self) -> dict[str, Any]:
        return {"retention_years": self.retention_years, "today": self.today,
                "inactive_before": self.inactive_before, "counts": self.counts(),
                "people": [asdict(p) for p in self.people]}


def retention_report(db: Database, today: date | None = None, years: int | None = None) -> RetentionReport:
    """People whose details we should think about removing, and why.

    "inactive": no current role and nothing happened with them (edits, roles starting or
    ending, loans, consents recorded) for the retention period; "safeguarding_expired": their
    DBS check's renewal date has passed; "deleted": taken off the lists but still held.
    """
    today = today or date.today()
    years = years or retention_years(db)
    cutoff = add_months(today, -12 * years).isoformat()
    now = today.isoformat()
    with db.read() as session:
        people = session.execute(
            select(Person.id, Person.name, Person.created_at, Person.updated_at, Person.safeguarding,
                   Person.deleted, *(getattr(Person, f) for f in CONSENT_FIELDS))
            .where(Person.erased.is_(False))
        ).all()
        roles = session.execute(select(Role.person_id, Role.since, Role.until).where(Role.deleted.is_(False)))
        latest: dict[str, str] = {}
        current: set[str] = set()
        for pid, since, until in roles:
            if until is None or until >= now:
                current.add(pid)
            for day in (since, until):
                if day and day <= now and day > latest.get(pid, ""):
                    latest[pid] = day
        borrower = func.json_extract(Loan.borrower, "$.person_id")
        for pid, out_on, returned_on in session.execute(
            select(borrower, Loan.out_on, Loan.returned_on)
            .where(Loan.deleted.is_(False), borrower.is_not(None))
        ):
            if returned_on is None:
                current.add(pid)  # still has our kit: an active relationship
            for day in (out_on, returned_on):
                if day and day > latest.get(pid, ""):
                    latest[pid] = day
    report = RetentionReport(years, now, cutoff)
    for pid, name, created_at, updated_at, safeguarding, deleted, *consents in people:
        days = [latest.get(pid, ""), (created_at or "")[:10], (updated_at or "")[:10]]
        days += [(c or {}).get("on") or "" for c in consents]
        last = max(days) or None
        due = (safeguarding or {}).get("renewal_due") or None
        reasons = []
        if deleted:
            reasons.append("deleted")
        elif pid not in current and (last is None or last < cutoff):
            reasons.append("inactive")
        if due and due < now and not deleted:
            reasons.append("safeguarding_expired")
        if reasons:
            report.people.append(RetentionEntry(pid, name, reasons, last, due, pid in current))
    report.people.sort(key=lambda p: (p.name.casefold(), p.id))
    return report
