"""Shared kit: who holds each piece, what state it is in, who has it now and what is overdue.

Holders and borrowers come with two names: `holder`/`borrower` as recorded (for the app's own
tool page) and `printed_holder`/`printed_borrower` through the consent rules, for anything
printed, exported or shown in a list that may be screenshotted (kit list, health dashboard).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select

from civicdesk.core.consent import party_name, referenced_people
from civicdesk.db.database import Database
from civicdesk.db.models import Loan, Tool, ToolKind


@dataclass(frozen=True)
class LoanView:
    loan_id: str
    tool_id: str
    tool_name: str
    borrower: str
    out_on: str
    due_on: str | None
    returned_on: str | None
    notes: str
    days_overdue: int  # 0 unless still out after its due date
    printed_borrower: str = ""  # the borrower as consent allows them to be printed

    @property
    def is_out(self) -> bool:
        return self.returned_on is None

    @property
    def overdue(self) -> bool:
        return self.days_overdue > 0


@dataclass(frozen=True)
class KitItem:
    tool_id: str
    name: str
    holder: str
    condition: str
    on_loan: LoanView | None  # the loan still out, if any
    printed_holder: str = ""  # the holder as consent allows them to be printed


def days_overdue(due_on: str | None, returned_on: str | None, today: date) -> int:
    if returned_on or not due_on:
        return 0
    return max(0, (today - date.fromisoformat(due_on)).days)


def _view(loan: Loan, tool_name: str, today: date, people: Mapping[str, Any] | None = None) -> LoanView:
    return LoanView(
        loan.id,
        loan.tool_id,
        tool_name,
        str((loan.borrower or {}).get("name", "")),
        loan.out_on,
        loan.due_on,
        loan.returned_on,
        loan.notes,
        days_overdue(loan.due_on, loan.returned_on, today),
        party_name(loan.borrower, people or {}),
    )


def loans_of(db: Database, tool_id: str, today: date) -> list[LoanView]:
    """The loan calendar of one piece of kit, latest first."""
    with db.read() as session:
        tool = session.get(Tool, tool_id)
        name = tool.name if tool else ""
        loans = list(session.scalars(
            select(Loan).where(Loan.tool_id == tool_id, Loan.deleted.is_(False)).order_by(Loan.out_on.desc())
        ))
        people = referenced_people(session, (loan.borrower for loan in loans))
        return [_view(loan, name, today, people) for loan in loans]


def overdue_loans(db: Database, today: date) -> list[OverdueLoan]:
    """Kit still out after its due date, longest overdue first (for the health dashboard)."""
    with db.read() as session:
        rows = session.execute(
            select(Loan, Tool.name, Tool.holder)
            .join(Tool, Tool.id == Loan.tool_id)
            .where(
                Loan.deleted.is_(False),
                Tool.deleted.is_(False),
                Loan.returned_on.is_(None),
                Loan.due_on.is_not(None),
                Loan.due_on < today.isoformat(),
            )
            .order_by(Loan.due_on, Tool.name)
        ).all()
        people = referenced_people(session, [p for loan, _n, holder in rows for p in (loan.borrower, holder)])
        return [
            OverdueLoan(_view(loan, name, today, people), str((holder or {}).get("name", "")),
                        party_name(holder, people))
            for loan, name, holder in rows
        ]


@dataclass(frozen=True)
class OverdueLoan:
    loan: LoanView
    holder: str  # who to tell: the group or person who looks after the kit
    printed_holder: str = ""
    record_type: str = "tool"  # what a double-click on the dashboard opens

    @property
    def record_id(self) -> str:
        return self.loan.tool_id

    def as_json(self) -> dict[str, Any]:
        """One row of `overdue_loans` in `civicdesk health --json` (names as consent allows)."""
        return {
            "loan_id": self.loan.loan_id,
            "tool_id": self.loan.tool_id,
            "tool_name": self.loan.tool_name,
            "borrower": self.loan.printed_borrower,
            "out_on": self.loan.out_on,
            "due_on": self.loan.due_on,
            "days_overdue": self.loan.days_overdue,
            "holder": self.printed_holder,
        }


def kit_items(db: Database, today: date) -> list[KitItem]:
    """Every piece of shared kit (not hidden), by name, with the loan that is out now."""
    with db.read() as session:
        tools = list(
            session.scalars(
                select(Tool)
                .where(Tool.kind == ToolKind.KIT.value, Tool.deleted.is_(False), Tool.hidden.is_(False))
                .order_by(Tool.name)
            )
        )
        out: dict[str, Loan] = {}
        for loan in session.scalars(
            select(Loan).where(Loan.deleted.is_(False), Loan.returned_on.is_(None)).order_by(Loan.out_on)
        ):
            out[loan.tool_id] = loan  # the latest loan still out wins
        parties = [*(t.holder for t in tools), *(loan.borrower for loan in out.values())]
        people = referenced_people(session, parties)
        return [
            KitItem(
                t.id,
                t.name,
                str((t.holder or {}).get("name", "")),
                t.condition,
                _view(out[t.id], t.name, today, people) if t.id in out else None,
                party_name(t.holder, people),
            )
            for t in tools
        ]
