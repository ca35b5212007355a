"""Shared kit: who holds each piece, what state it is in, who has it now and what is overdue."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select

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


def days_overdue(due_on: str | None, returned_on: str | None, today: date) -> int:
    if returned_on or not due_on:
        return 0
    return max(0, (today - date.fromisoformat(due_on)).days)


def _view(loan: Loan, tool_name: str, today: date) -> LoanView:
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
    )


def loans_of(db: Database, tool_id: str, today: date) -> list[LoanView]:
    """The loan calendar of one piece of kit, latest first."""
    with db.read() as session:
        tool = session.get(Tool, tool_id)
        name = tool.name if tool else ""
        loans = session.scalars(
            select(Loan).where(Loan.tool_id == tool_id, Loan.deleted.is_(False)).order_by(Loan.out_on.desc())
        )
        return [_view(loan, name, today) for loan in loans]


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
        return [
            OverdueLoan(_view(loan, name, today), str((holder or {}).get("name", "")))
            for loan, name, holder in rows
        ]


@dataclass(frozen=True)
class OverdueLoan:
    loan: LoanView
    holder: str  # who to tell: the group or person who looks after the kit

    def as_json(self) -> dict[str, Any]:
        return {
            "loan_id": self.loan.loan_id,
            "tool_id": self.loan.tool_id,
            "tool_name": self.loan.tool_name,
            "borrower": self.loan.borrower,
            "out_on": self.loan.out_on,
            "due_on": self.loan.due_on,
            "days_overdue": self.loan.days_overdue,
            "holder": self.holder,
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
        return [
            KitItem(
                t.id,
                t.name,
                str((t.holder or {}).get("name", "")),
                t.condition,
                _view(out[t.id], t.name, today) if t.id in out else None,
            )
            for t in tools
        ]
