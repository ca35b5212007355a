"""Money per space: income and running costs as entered, the reserves held, and the backlog of works.

Amounts are whole pence (integers), so sums never drift. An entry is income (hire, grants,
donations, events, bar, other), a running cost (energy, insurance, repairs, …) or a statement
of the reserves held on a date (the latest one counts). The backlog lists maintenance and capital
works — a roof, a boiler, accessibility works — with an estimated cost, an urgency and the year
they are due; a finished item keeps its record with the day it was done.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from civicdesk.core import validation as v
from civicdesk.core.validation import FieldError
from civicdesk.db.database import Database
from civicdesk.db.models import Space
from civicdesk.db.money_models import BacklogItem, MoneyEntry
from civicdesk.errors import NotFoundError, ValidationError
from civicdesk.services.records import RecordService

INCOME_CATEGORIES = ("hire", "grant", "donation", "event", "bar", "other")
COST_CATEGORIES = (
    "energy",
    "insurance",
    "repairs",
    "cleaning",
    "business rates",
    "water",
    "licences",
    "other",
)
KINDS = ("income", "cost", "reserves")
BACKLOG_KINDS = ("roof", "heating", "accessibility", "electrics", "windows", "kitchen", "toilets", "other")
URGENCIES = ("urgent", "high", "medium", "low")  # most pressing first
URGENCY_WORDS = {
    "urgent": "urgent (safety or closure)",
    "high": "high (within a year)",
    "medium": "medium (within three years)",
    "low": "low (when funds allow)",
}
MOST_PENCE = 10**11  # £1,000,000,000: anything larger is a typing slip


def pence(value: Any, what: str = "an amount") -> int:
    """£12.50, "12.5", 1250 pence as an int → 1250; refuses negatives, words and silly sizes."""
    if isinstance(value, bool):
        raise FieldError(f"{what} must be a sum of money such as 12.50")
    if isinstance(value, int):
        amount = value
    else:
        text = str(value or "").strip().replace(",", "").removeprefix("£").strip()
        try:
            number = Decimal(text)
        except InvalidOperation:
            raise FieldError(f"{what} must be a sum of money such as 12.50, not {value!r}") from None
        if not number.is_finite() or number != number.quantize(Decimal("0.01")):
            raise FieldError(f"{what} must be in pounds and pence, such as 12.50")
        amount = int(number * 100)
    if amount < 0:
        raise FieldError(f"{what} cannot be below zero")
    if amount > MOST_PENCE:
        raise FieldError(f"{what} is too large")
    return amount


def pounds(amount: int, pennies: bool = True) -> str:
    """1250 → "£12.50" (or "£13" without pennies); negative sums get a minus sign."""
    sign = "-" if amount < 0 else ""
    whole, part = divmod(abs(int(amount)), 100)
    if not pennies:
        return f"{sign}£{round(abs(amount) / 100):,}"
    return f"{sign}£{whole:,}.{part:02d}"


def _required_date(value: Any) -> str:
    day = v.iso_date(value)
    if day is None:
        raise FieldError("a date is needed (day/month/year)")
    return day


def _year(value: Any) -> int | None:
    year = v.optional_int(value, "the year it is due", 1900, 2200)
    return year


def check_space(session: Any, values: dict[str, Any]) -> None:
    """A money record must belong to a space that exists."""
    if "space_id" in values:
        space = session.get(Space, values["space_id"])
        if space is None or space.deleted:
            raise ValidationError({"space_id": "there is no such space"})


class MoneyEntryService(RecordService[MoneyEntry]):
    model = MoneyEntry
    label = "money entry"
    required = ("space_id", "kind", "amount_pence", "dated")
    cleaners = {
        "kind": lambda x: v.choice(x, list(KINDS), "the kind (income, cost or reserves)"),
        "category": lambda x: " ".join(str(x or "other").lower().split()) or "other",
        "amount_pence": lambda x: pence(x, "the amount"),
        "dated": _required_date,
        "description": lambda x: str(x or "").strip(),
        "booking_id": lambda x: str(x) if x else None,
    }

    def clean(self, values: dict[str, Any], creating: bool) -> dict[str, Any]:
        cleaned = super().clean(values, creating)
        kind, category = cleaned.get("kind"), cleaned.get("category")
        allowed = {"income": INCOME_CATEGORIES, "cost": COST_CATEGORIES}.get(str(kind))
        if allowed is not None and category is not None and category not in allowed:
            raise ValidationError({"category": f"choose one of: {', '.join(allowed)}"})
        if kind == "reserves":
            cleaned["category"] = "reserves"
        return cleaned

    def check_references(self, session: Any, values: dict[str, Any]) -> None:
        check_space(session, values)


class BacklogService(RecordService[BacklogItem]):
    model = BacklogItem
    label = "backlog item"
    required = ("space_id", "title")
    cleaners = {
        "title": lambda x: v.required_text(x, "what the work is"),
        "kind": lambda x: v.choice(x or "other", list(BACKLOG_KINDS), "the kind of work"),
        "estimated_pence": lambda x: pence(x, "the estimated cost"),
        "urgency": lambda x: v.choice(x or "medium", list(URGENCIES), "the urgency"),
        "due_year": _year,
        "done_on": v.iso_date,
        "notes": lambda x: str(x or "").strip(),
    }

    def check_references(self, session: Any, values: dict[str, Any]) -> None:
        check_space(session, values)


@dataclass(frozen=True)
class EntryView:
    id: str
    kind: str
    category: str
    amount_pence: int
    dated: str
    description: str
    booking_id: str | None


@dataclass(frozen=True)
class BacklogView:
    id: str
    title: str
    kind: str
    estimated_pence: int
    urgency: str
    due_year: int | None
    done_on: str | None
    notes: str

    @property
    def open(self) -> bool:
        return self.done_on is None


def _space_or_error(session: Session, space_id: str) -> Space:
    space = session.get(Space, space_id)
    if space is None or space.deleted:
        raise NotFoundError(f"there is no space with id {space_id}")
    return space


def entries_of(db: Database, space_id: str, since: date | None = None) -> list[EntryView]:
    """A space's income, costs and reserve statements, oldest first."""
    with db.read() as session:
        _space_or_error(session, space_id)
        query = select(MoneyEntry).where(MoneyEntry.space_id == space_id, MoneyEntry.deleted.is_(False))
        if since is not None:
            query = query.where(MoneyEntry.dated >= since.isoformat())
        rows = session.scalars(query.order_by(MoneyEntry.dated, MoneyEntry.id))
        return [
            EntryView(r.id, r.kind, r.category, r.amount_pence, r.dated, r.description, r.booking_id)
            for r in rows
        ]


def backlog_of(db: Database, space_id: str, include_done: bool = False) -> list[BacklogView]:
    """A space's works, most urgent and soonest due first."""
    with db.read() as session:
        _space_or_error(session, space_id)
        rows = list(
            session.scalars(
                select(BacklogItem).where(BacklogItem.space_id == space_id, BacklogItem.deleted.is_(False))
            )
        )
    views = [
        BacklogView(r.id, r.title, r.kind, r.estimated_pence, r.urgency, r.due_year, r.done_on, r.notes)
        for r in rows
        if include_done or r.done_on is None
    ]
    rank = {u: i for i, u in enumerate(URGENCIES)}
    return sorted(
        views, key=lambda b: (b.done_on is not None, rank.get(b.urgency, 9), b.due_year or 9999, b.title)
    )
