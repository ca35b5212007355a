"""Loans that keep the waiting list: recording a return moves the kit's waiting list up.

`KitLoanService` is the loan service the window and the command line write loans with: when a
loan's "Returned on" is filled in (the loan editor, Mark returned, `civicdesk kit return TOOL`)
the reservation it went out under is returned that day and the first on the waiting list that
now fits is booked (`moved_up` says who); emptying it again (Undo) puts them back.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from civicdesk.db.database import Database
from civicdesk.db.models import Loan, Tool
from civicdesk.errors import CivicDeskError
from civicdesk.services.reservations import Reservations, ReservationView
from civicdesk.services.tools import LoanService


class KitLoanService(LoanService):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.moved_up: list[ReservationView] = []  # booked from the waiting list by the last return

    def update_in(
        self,
        session: Session,
        record: Any,
        values: dict[str, Any],
        writer: Any = None,
        already_clean: bool = False,
    ) -> dict[str, tuple[Any, Any]]:
        was_back = record.returned_on
        changed = super().update_in(session, record, values, writer, already_clean)
        self.moved_up = []
        if "returned_on" in changed:
            reservations = Reservations(self.db, self.author, self.now)
            session.flush()
            if was_back is None and record.returned_on:
                self.moved_up = reservations.loan_returned(session, record)
            elif was_back and record.returned_on is None:
                reservations.loan_out_again(session, record)
        return changed


def return_tool(db: Database, tool_id: str, on: date | None = None) -> tuple[str, list[ReservationView]]:
    """The kit's loan still out came back: (the loan's id, the reservations booked in its place)."""
    with db.read() as session:
        tool = session.get(Tool, tool_id)
        name = tool.name if tool is not None else "this kit"
        loan = session.scalars(
            select(Loan)
            .where(Loan.tool_id == tool_id, Loan.deleted.is_(False), Loan.returned_on.is_(None))
            .order_by(Loan.out_on.desc())
        ).first()
    if loan is None:
        raise CivicDeskError(f"{name} is not out on loan")
    service = KitLoanService(db)
    service.update(loan.id, {"returned_on": max((on or date.today()).isoformat(), loan.out_on)})
    return loan.id, service.moved_up
