"""The holder's rules for lending kit: valuable items go only to trusted borrowers, and nobody with
kit overdue gets a new loan unless the holder overrides it (the override is kept on the loan)."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from civicdesk.core.dates import british_date
from civicdesk.db.models import Loan, Tool, TrustedBorrower
from civicdesk.errors import ValidationError


class OverdueKitError(ValidationError):
    """A new loan refused because the borrower still has kit overdue: the holder may lend anyway,
    by recording who agreed and why (`override`). `overdue` says what is overdue, in words."""

    def __init__(self, errors: dict[str, str], overdue: str = "") -> None:
        super().__init__(errors)
        self.overdue = overdue


def party_key(party: dict[str, Any] | None) -> str:
    """The same borrower whether named by record or by name: "group:<id>", "person:<id>" or the name."""
    party = party or {}
    if party.get("group_id"):
        return f"group:{party['group_id']}"
    if party.get("person_id"):
        return f"person:{party['person_id']}"
    return "name:" + " ".join(str(party.get("name") or "").split()).casefold()


def party_words(party: dict[str, Any] | None) -> str:
    return str((party or {}).get("name") or "this borrower")


def is_trusted(session: Session, borrower: dict[str, Any] | None) -> bool:
    key = party_key(borrower)
    return any(
        party_key(t.borrower) == key
        for t in session.scalars(select(TrustedBorrower).where(TrustedBorrower.deleted.is_(False)))
    )


def overdue_of(session: Session, borrower: dict[str, Any] | None, today: date) -> list[tuple[Loan, str]]:
    """Loans this borrower still has out after their due date, with the kit's name."""
    key = party_key(borrower)
    rows = session.execute(
        select(Loan, Tool.name)
        .join(Tool, Tool.id == Loan.tool_id)
        .where(
            Loan.deleted.is_(False),
            Loan.returned_on.is_(None),
            Loan.due_on.is_not(None),
            Loan.due_on < today.isoformat(),
        )
        .order_by(Loan.due_on)
    ).all()
    return [(loan, name) for loan, name in rows if party_key(loan.borrower) == key]


def check_valuable(session: Session, tool: Tool, borrower: dict[str, Any] | None) -> None:
    if tool.valuable and not is_trusted(session, borrower):
        raise ValidationError(
            {
                "borrower": (
                    f"{tool.name} is valuable and goes only to trusted borrowers; "
                    f"{party_words(borrower)} is not on the list of trusted borrowers "
                    "(Trusted borrowers… on the tool's page, or `civicdesk kit trust`)"
                )
            }
        )


def check_new_loan(session: Session, values: dict[str, Any], today: date) -> None:
    """Refuse a loan the rules do not allow (ValidationError on the borrower, in words)."""
    tool = session.get(Tool, values.get("tool_id"))
    if tool is None:
        return  # the reference check says so
    borrower = values.get("borrower") or {}
    check_valuable(session, tool, borrower)
    overdue = overdue_of(session, borrower, today)
    if overdue and not (values.get("override") or {}).get("by"):
        loan, name = overdue[0]
        more = f" and {len(overdue) - 1} more" if len(overdue) > 1 else ""
        what = f"{party_words(borrower)} still has {name} (due back {british_date(loan.due_on)}){more}"
        raise OverdueKitError(
            {"borrower": f"{what}; the holder can lend anyway by recording an override"}, what
        )


def override(by: str, reason: str, on: date) -> dict[str, Any]:
    """The recorded override of the overdue rule: who agreed, when and why."""
    who, why = " ".join(by.split()), " ".join(reason.split())
    if not who:
        raise ValidationError({"override": "say who agreed to lend despite the overdue kit"})
    if not why:
        raise ValidationError({"override": "say why it is lent despite the overdue kit"})
    return {"by": who, "on": on.isoformat(), "reason": why}


def override_words(recorded: dict[str, Any] | None) -> str:
    """ "Lent despite overdue kit: agreed by Sam (chair) on 7 Dec 2026 (fun day)", or "" if none."""
    recorded = recorded or {}
    if not recorded.get("by"):
        return ""
    why = f" ({recorded['reason']})" if recorded.get("reason") else ""
    return f"Lent despite overdue kit: agreed by {recorded['by']} on {british_date(recorded.get('on'))}{why}"
