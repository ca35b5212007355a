"""The health dashboard: what is overdue or due soon, which spaces are at risk or unchecked.

It also lists shared kit still out after its due date (`kit.overdue_loans`); the space filters do
not narrow that list, since kit belongs to no space.

Everything is answered by a handful of SQL queries (no loop over spaces), so the borough and
city databases answer at once. `today` is a parameter everywhere so that tests are repeatable.
Deleted spaces never appear; closed spaces are left out of the compliance and checking lists
(a closed hall needs no gas certificate) but keep their ACV listing, which matters most then.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, replace
from datetime import date, timedelta
from typing import Any

from sqlalchemy import text

from civicdesk.core.dates import add_months
from civicdesk.db.database import Database
from civicdesk.errors import CivicDeskError
from civicdesk.services.acv import LISTING_MONTHS, WARN_DAYS, acv_status
from civicdesk.services.kit import OverdueLoan, overdue_loans
from civicdesk.services.spaces import CATEGORIES
from civicdesk.services.unpaid_invoices import UnpaidRow, unpaid_invoices

DUE_SOON_DAYS = 30
RECHECK_MONTHS = 12

SECTIONS = ("overdue", "due_within_30_days", "at_risk_spaces", "acv_expiring_within_180_days",
            "never_checked", "not_checked_in_12_months")


@dataclass(frozen=True)
class DueRow:
    space_id: str
    space_name: str
    category: str
    owner: str
    item_id: str
    kind: str
    last_done: str | None
    next_due: str
    days_left: int  # negative: days overdue
    record_type: str = "space"


@dataclass(frozen=True)
class AtRiskRow:
    space_id: str
    space_name: str
    category: str
    owner: str
    last_checked_on: str | None
    score: float | None
    record_type: str = "space"


@dataclass(frozen=True)
class AcvRow:
    space_id: str
    space_name: str
    category: str
    owner: str
    listed_on: str
    expires_on: str
    days_left: int
    disposal_notice_on: str | None
    record_type: str = "space"


@dataclass(frozen=True)
class UncheckedRow:
    space_id: str
    space_name: str
    category: str
    owner: str
    status: str
    last_checked_on: str | None
    record_type: str = "space"


@dataclass(frozen=True)
class Filters:
    """Narrow the dashboard to one category and/or one owner (by the owner's name)."""

    category: str | None = None
    owner: str | None = None


@dataclass
class Dashboard:
    today: date
    filters: Filters
    overdue: list[DueRow] = field(default_factory=list)
    due_within_30_days: list[DueRow] = field(default_factory=list)
    at_risk_spaces: list[AtRiskRow] = field(default_factory=list)
    acv_expiring_within_180_days: list[AcvRow] = field(default_factory=list)
    never_checked: list[UncheckedRow] = field(default_factory=list)
    not_checked_in_12_months: list[UncheckedRow] = field(default_factory=list)
    overdue_loans: list[OverdueLoan] = field(default_factory=list)
    unpaid_invoices: list[UnpaidRow] = field(default_factory=list)  # services/unpaid_invoices.py

    def counts(self) -> dict[str, int]:
        counts = {name: len(getattr(self, name)) for name in (*SECTIONS, "overdue_loans", "unpaid_invoices")}
        counts["overdue_invoices"] = sum(1 for row in self.unpaid_invoices if row.overdue)
        return counts

    def as_json(self) -> dict[str, Any]:
        """The documented shape of `civicdesk health --json`."""
        out: dict[str, Any] = {
            "today": self.today.isoformat(),
            "filters": {"category": self.filters.category, "owner": self.filters.owner},
            "counts": self.counts(),
        }
        for name in SECTIONS:
            rows = []
            for row in getattr(self, name):
                values = asdict(row)
                values.pop("record_type")
                rows.append(values)
            out[name] = rows
        out["overdue_loans"] = [loan.as_json() for loan in self.overdue_loans]
        out["unpaid_invoices"] = [row.as_json() for row in self.unpaid_invoices]
        return out


def _spaces_cte(filters: Filters) -> tuple[str, dict[str, Any]]:
    where = ["deleted = 0"]
    params: dict[str, Any] = {}
    if filters.category:
        where.append("category = :category")
        params["category"] = filters.category
    if filters.owner:
        where.append("coalesce(json_extract(owner, '$.name'), '') = :owner")
        params["owner"] = filters.owner
    sql = (
        "WITH s AS (SELECT id, name, category, coalesce(json_extract(owner, '$.name'), '') AS owner_name, "
        f"status, acv FROM spaces WHERE {' AND '.join(where)})"
    )
    return sql, params


def due_items(db: Database, today: date, until: date, since: date | None = None,
              filters: Filters | None = None) -> list[DueRow]:
    """Compliance items of open spaces due on or before `until` (and on or after `since`), soonest first."""
    cte, params = _spaces_cte(filters or Filters())
    sql = (
        f"{cte} SELECT s.id, s.name, s.category, s.owner_name, c.id, c.kind, c.last_done, c.next_due "
        "FROM compliance_items c JOIN s ON s.id = c.space_id "
        "WHERE c.deleted = 0 AND s.status != 'closed' AND c.next_due IS NOT NULL AND c.next_due <= :until"
    )
    params["until"] = until.isoformat()
    if since is not None:
        sql += " AND c.next_due >= :since"
        params["since"] = since.isoformat()
    sql += " ORDER BY c.next_due, s.name, c.kind"
    with db.read() as session:
        rows = session.execute(text(sql), params).all()
    return [
        DueRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], (date.fromisoformat(r[7]) - today).days)
        for r in rows
    ]


def acv_expiring(db: Database, today: date, within_days: int = WARN_DAYS, filters: Filters | None = None
                 ) -> list[AcvRow]:
    """Listings still in force that end within `within_days` of today, soonest first."""
    cte, params = _spaces_cte(filters or Filters())
    # A generous window in SQL, then the exact month arithmetic in Python (leap days, month ends).
    params["lo"] = (add_months(today, -LISTING_MONTHS) - timedelta(days=3)).isoformat()
    params["hi"] = (add_months(today + timedelta(days=within_days), -LISTING_MONTHS)
                    + timedelta(days=3)).isoformat()
    sql = (
        f"{cte} SELECT s.id, s.name, s.category, s.owner_name, s.acv FROM s "
        "WHERE json_extract(s.acv, '$.listed_on') BETWEEN :lo AND :hi"
    )
    with db.read() as session:
        rows = session.execute(text(sql), params).all()
    found = []
    for space_id, name, category, owner, acv in rows:
        status = acv_status(acv if isinstance(acv, dict) else _json(acv), today)
        days = status.days_to_expiry
        if status.listed_on and status.expires_on and days is not None and 0 < days <= within_days:
            notice = status.disposal_notice_on.isoformat() if status.disposal_notice_on else None
            found.append(AcvRow(space_id, name, category, owner, status.listed_on.isoformat(),
                                status.expires_on.isoformat(), days, notice))
    return sorted(found, key=lambda r: (r.expires_on, r.space_name))


def _json(value: Any) -> dict[str, Any]:
    return dict(json.loads(value)) if value else {}


def _checks(db: Database, today: date, filters: Filters) -> tuple[list[AtRiskRow], list[UncheckedRow],
                                                                 list[UncheckedRow]]:
    cte, params = _spaces_cte(filters)
    params["stale"] = add_months(today, -RECHECK_MONTHS).isoformat()
    # SQLite gives the bare `score` column from the row holding max(checked_on): the latest check.
    sql = (
        f"{cte} SELECT s.id, s.name, s.category, s.owner_name, s.status, l.last, l.score FROM s "
        "LEFT JOIN (SELECT space_id, max(checked_on) AS last, score FROM health_checks "
        "           WHERE deleted = 0 GROUP BY space_id) l ON l.space_id = s.id "
        "WHERE s.status != 'closed' AND (s.status = 'at risk' OR l.last IS NULL OR l.last < :stale) "
        "ORDER BY s.name, s.id"
    )
    with db.read() as session:
        rows = session.execute(text(sql), params).all()
    at_risk, never, stale = [], [], []
    for space_id, name, category, owner, status, last, latest_score in rows:
        if status == "at risk":
            at_risk.append(AtRiskRow(space_id, name, category, owner, last, latest_score))
        if last is None:
            never.append(UncheckedRow(space_id, name, category, owner, status, None))
        elif last < params["stale"]:
            stale.append(UncheckedRow(space_id, name, category, owner, status, last))
    stale.sort(key=lambda r: (r.last_checked_on or "", r.space_name))
    return at_risk, never, stale


def checked_filters(filters: Filters) -> Filters:
    """The filters with the category in its stored spelling; an unknown category is an error."""
    if not filters.category:
        return filters
    wanted = filters.category.strip().casefold()
    if wanted not in CATEGORIES:
        raise CivicDeskError(
            f"unknown category “{filters.category}”; choose from: {', '.join(CATEGORIES)}"
        )
    return replace(filters, category=wanted)


def build_dashboard(db: Database, today: date | None = None, filters: Filters | None = None) -> Dashboard:
    """Everything the Health view and `civicdesk health` show, as of `today`."""
    today = today or date.today()
    filters = checked_filters(filters or Filters())
    board = Dashboard(today, filters)
    for row in due_items(db, today, today + timedelta(days=DUE_SOON_DAYS), filters=filters):
        (board.overdue if row.days_left < 0 else board.due_within_30_days).append(row)
    board.acv_expiring_within_180_days = acv_expiring(db, today, WARN_DAYS, filters)
    board.at_risk_spaces, board.never_checked, board.not_checked_in_12_months = _checks(db, today, filters)
    board.overdue_loans = overdue_loans(db, today)
    board.unpaid_invoices = unpaid_invoices(db, today, *_spaces_cte(filters))
    return board


def filter_choices(db: Database) -> tuple[list[str], list[str]]:
    """The categories and owner names in use, for the dashboard's filter boxes."""
    with db.read() as session:
        categories = session.execute(
            text("SELECT DISTINCT category FROM spaces WHERE deleted = 0 ORDER BY category")
        ).scalars().all()
        owners = session.execute(
            text(
                "SELECT DISTINCT json_extract(owner, '$.name') AS o FROM spaces "
                "WHERE deleted = 0 AND coalesce(json_extract(owner, '$.name'), '') != '' ORDER BY o"
            )
        ).scalars().all()
    return list(categories), list(owners)
