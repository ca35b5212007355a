"""Tools: methods, apps, templates and shared kit, who uses them and who has borrowed them."""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from civicdesk.core import structured as s
from civicdesk.core import validation as v
from civicdesk.db.models import Group, Loan, Tool, ToolKind, ToolUse
from civicdesk.services.records import RecordService, require_exists

TOOL_KINDS = [k.value for k in ToolKind]


class ToolService(RecordService[Tool]):
    model = Tool
    label = "tool"
    required = ("name",)
    cleaners = {
        "name": partial(v.required_text, what="the tool's name"),
        "kind": partial(v.choice, allowed=TOOL_KINDS, what="kind of tool"),
        "description": lambda x: str(x or "").strip(),
        "how_to_use": lambda x: str(x or "").strip(),
        "cost": lambda x: str(x or "").strip(),
        "link": v.url,
        "holder": s.party,
        "purposes": v.text_list,
        "skills": v.text_list,
        "setup_time": lambda x: str(x or "").strip(),
        "accessibility_notes": lambda x: str(x or "").strip(),
        "condition": lambda x: str(x or "").strip(),
        "hidden": bool,
        "tags": v.text_list,
        "valuable": bool,
    }

    def uses(self, tool_id: str) -> list[ToolUse]:
        with self.db.read() as session:
            return list(
                session.scalars(select(ToolUse).where(ToolUse.tool_id == tool_id, ToolUse.deleted.is_(False)))
            )

    def loans(self, tool_id: str) -> list[Loan]:
        with self.db.read() as session:
            return list(
                session.scalars(
                    select(Loan)
                    .where(Loan.tool_id == tool_id, Loan.deleted.is_(False))
                    .order_by(Loan.out_on.desc())
                )
            )


class ToolUseService(RecordService[ToolUse]):
    """A group uses a tool, with its rating (1–5) and a short review."""

    model = ToolUse
    label = "tool use"
    required = ("tool_id", "group_id")
    cleaners = {
        "tool_id": partial(v.required_text, what="the tool"),
        "group_id": partial(v.required_text, what="the group"),
        "rating": lambda x: v.optional_int(x, "rating", 1, 5),
        "review": lambda x: str(x or "").strip(),
    }

    def check_references(self, session: Session, values: dict[str, Any]) -> None:
        require_exists(session, Tool, values.get("tool_id"), "tool_id", "tool")

        require_exists(session, Group, values.get("group_id"), "group_id", "group")


class LoanService(RecordService[Loan]):
    """Kit lent out: to whom, when it went, when it is due, when it came back."""

    model = Loan
    label = "loan"
    required = ("tool_id", "borrower", "out_on")
    cleaners = {
        "tool_id": partial(v.required_text, what="the kit lent"),
        "borrower": lambda x: s.party(x) or v.required_text("", "who borrowed it (a group, person or name)"),
        "out_on": lambda x: v.iso_date(x) or v.required_text("", "the date it went out"),
        "due_on": v.iso_date,
        "returned_on": v.iso_date,
        "notes": lambda x: str(x or "").strip(),
        "override": lambda x: dict(x or {}),
    }

    date_order = (
        ("out_on", "due_on", "the due date is before the day it went out"),
        ("out_on", "returned_on", "the return date is before the day it went out"),
    )

    def check_references(self, session: Session, values: dict[str, Any]) -> None:
        require_exists(session, Tool, values.get("tool_id"), "tool_id", "tool")

    def create_in(self, session: Session, values: dict[str, Any], writer: Any = None) -> Loan:
        """A new loan follows the holder's rules (valuable kit, overdue kit: services.kit_rules)."""
        from civicdesk.services.kit_rules import check_new_loan

        cleaned = self.clean(values, creating=True)
        check_new_loan(session, cleaned, date.today())
        return super().create_in(session, cleaned, writer)

    def check_rules(self, values: dict[str, Any]) -> None:
        """The holder's rules for a new loan, without writing (kit_rules.OverdueKitError when the
        borrower has kit overdue and no override is given)."""
        from civicdesk.services.kit_rules import check_new_loan

        with self.db.read() as session:
            check_new_loan(session, values, date.today())
