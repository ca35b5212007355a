"""What the money says about a space: income against costs, months of reserves, backlog against reserves.

These are facts computed from what the treasurer entered (and from payments against invoices,
counted as hire income), shown as evidence beside the committee's own ratings; they never
change a rating. A figure that cannot be worked out (no costs entered, no reserves stated) is
None and is said in words, not shown as zero.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from civicdesk.core.dates import add_months
from civicdesk.db.database import Database
from civicdesk.db.money_models import BacklogItem, Invoice, MoneyEntry, Payment
from civicdesk.services.money import pounds


@dataclass(frozen=True)
class YearFigures:
    year: int
    income_pence: int
    costs_pence: int


@dataclass(frozen=True)
class FinanceFacts:
    space_id: str
    since: str  # the 12 months ending today
    until: str
    income_pence: int
    costs_pence: int
    income_by_category: dict[str, int]
    costs_by_category: dict[str, int]
    reserves_pence: int | None
    reserves_on: str | None
    backlog_pence: int  # open works
    urgent_backlog_pence: int  # urgent and high
    backlog_items: int
    unpaid_pence: int
    overdue_pence: int
    overdue_invoices: int
    years: list[YearFigures] = field(default_factory=list)

    @property
    def has_figures(self) -> bool:
        entered = self.income_pence or self.costs_pence or self.backlog_items
        return bool(entered or self.reserves_pence is not None)

    @property
    def surplus_pence(self) -> int:
        return self.income_pence - self.costs_pence

    @property
    def months_of_reserves(self) -> float | None:
        if self.reserves_pence is None or self.costs_pence <= 0:
            return None
        return round(self.reserves_pence / (self.costs_pence / 12), 1)

    @property
    def backlog_to_reserves(self) -> float | None:
        if not self.backlog_pence or not self.reserves_pence:
            return None
        return round(self.backlog_pence / self.reserves_pence, 1)

    def in_words(self) -> dict[str, str]:
        """One line per fact, as the health check form and report show it."""
        if not self.has_figures:
            return {"money": "No income, costs or reserves entered yet"}
        gap = self.surplus_pence
        balance = (
            f"a surplus of {pounds(gap, False)}"
            if gap > 0
            else f"a shortfall of {pounds(-gap, False)}"
            if gap < 0
            else "breaking even"
        )
        words = {
            "income_costs": (
                f"Income {pounds(self.income_pence, False)} against costs "
                f"{pounds(self.costs_pence, False)} in the last 12 months: {balance}"
            ),
        }
        months = self.months_of_reserves
        if self.reserves_pence is None:
            words["reserves"] = "Reserves: not stated"
        elif months is None:
            words["reserves"] = f"Reserves {pounds(self.reserves_pence, False)} (no running costs entered)"
        else:
            words["reserves"] = (
                f"Reserves {pounds(self.reserves_pence, False)}: {months:g} months of running costs"
            )
        if self.backlog_items:
            ratio = self.backlog_to_reserves
            against = f", {ratio:g} times the reserves" if ratio is not None else ""
            words["backlog"] = (
                f"Backlog of works {pounds(self.backlog_pence, False)} ({self.backlog_items} "
                f"item{'s' if self.backlog_items != 1 else ''}{against})"
            )
        else:
            words["backlog"] = "Backlog of works: none listed"
        if self.overdue_invoices:
            words["overdue"] = (
                f"{self.overdue_invoices} invoice{'s' if self.overdue_invoices != 1 else ''} overdue, "
                f"{pounds(self.overdue_pence)} owed"
            )
        return words


def _sum_into(totals: dict[str, int], key: str, amount: int) -> None:
    totals[key] = totals.get(key, 0) + amount


def _money_rows(session: Session, space_id: str) -> tuple[list[MoneyEntry], list[tuple[str, int]]]:
    entries = list(
        session.scalars(
            select(MoneyEntry).where(MoneyEntry.space_id == space_id, MoneyEntry.deleted.is_(False))
        )
    )
    payments = [
        (str(day), int(amount))
        for day, amount in session.execute(
            select(Payment.paid_on, Payment.amount_pence)
            .join(Invoice, Invoice.id == Payment.invoice_id)
            .where(Invoice.space_id == space_id, Payment.deleted.is_(False), Invoice.deleted.is_(False))
        )
    ]
    return entries, payments


def finance_facts(db: Database, space_id: str, today: date, years: int = 5) -> FinanceFacts:
    """The facts of the 12 months ending `today`, and income and costs per calendar year."""
    since = add_months(today, -12)
    lo, hi = since.isoformat(), today.isoformat()
    first_year = today.year - years + 1
    with db.read() as session:
        entries, payments = _money_rows(session, space_id)
        backlog = list(
            session.scalars(
                select(BacklogItem).where(
                    BacklogItem.space_id == space_id,
                    BacklogItem.deleted.is_(False),
                    BacklogItem.done_on.is_(None),
                )
            )
        )
        invoices = list(
            session.scalars(select(Invoice).where(Invoice.space_id == space_id, Invoice.deleted.is_(False)))
        )
        paid: dict[str, int] = {}
        for invoice_id, amount in session.execute(
            select(Payment.invoice_id, Payment.amount_pence)
            .join(Invoice, Invoice.id == Payment.invoice_id)
            .where(Invoice.space_id == space_id, Payment.deleted.is_(False))
        ):
            paid[invoice_id] = paid.get(invoice_id, 0) + int(amount)

    income: dict[str, int] = {}
    costs: dict[str, int] = {}
    per_year = {y: [0, 0] for y in range(first_year, today.year + 1)}
    reserves: tuple[str, int] | None = None
    for entry in entries:
        if entry.kind == "reserves":
            if entry.dated <= hi and (reserves is None or entry.dated >= reserves[0]):
                reserves = (entry.dated, entry.amount_pence)
            continue
        year = int(entry.dated[:4])
        if year in per_year:
            per_year[year][0 if entry.kind == "income" else 1] += entry.amount_pence
        if lo < entry.dated <= hi:
            _sum_into(income if entry.kind == "income" else costs, entry.category, entry.amount_pence)
    for day, amount in payments:
        year = int(day[:4])
        if year in per_year:
            per_year[year][0] += amount
        if lo < day <= hi:
            _sum_into(income, "hire", amount)

    unpaid = overdue = overdue_count = 0
    for invoice in invoices:
        owed = max(0, invoice.total_pence - paid.get(invoice.id, 0))
        unpaid += owed
        if owed and invoice.due_on < hi:
            overdue += owed
            overdue_count += 1
    return FinanceFacts(
        space_id=space_id,
        since=lo,
        until=hi,
        income_pence=sum(income.values()),
        costs_pence=sum(costs.values()),
        income_by_category=dict(sorted(income.items(), key=lambda kv: -kv[1])),
        costs_by_category=dict(sorted(costs.items(), key=lambda kv: -kv[1])),
        reserves_pence=reserves[1] if reserves else None,
        reserves_on=reserves[0] if reserves else None,
        backlog_pence=sum(b.estimated_pence for b in backlog),
        urgent_backlog_pence=sum(b.estimated_pence for b in backlog if b.urgency in ("urgent", "high")),
        backlog_items=len(backlog),
        unpaid_pence=unpaid,
        overdue_pence=overdue,
        overdue_invoices=overdue_count,
        years=[YearFigures(y, inc, cost) for y, (inc, cost) in sorted(per_year.items())],
    )
