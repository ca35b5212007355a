"""`civicdesk health`: what is overdue or due soon, which spaces are at risk or unchecked.

`--json` prints one object (a stable shape scripts rely on)::

    {"today": "YYYY-MM-DD", "filters": {"category": str|null, "owner": str|null},
     "counts": {<section>: int, ...},
     "overdue" / "due_within_30_days": [{"space_id", "space_name", "category", "owner", "item_id",
                                          "kind", "last_done", "next_due", "days_left"}],
     "at_risk_spaces": [{"space_id", "space_name", "category", "owner", "last_checked_on", "score"}],
     "acv_expiring_within_180_days": [{"space_id", "space_name", "category", "owner", "listed_on",
                                       "expires_on", "days_left", "disposal_notice_on"}],
     "never_checked" / "not_checked_in_12_months": [{"space_id", "space_name", "category", "owner",
                                                     "status", "last_checked_on"}],
     "overdue_loans": [{"loan_id", "tool_id", "tool_name", "borrower", "out_on", "due_on",
                        "days_overdue", "holder"}]}

`overdue_loans` (a later addition to the shape, counted in `counts` too) is shared kit still out after its due
date, longest overdue first; it is not narrowed by --category/--owner. `borrower` and `holder` are
names as the consent rules allow: a volunteer who did not agree to be listed appears by initials.

Dates are ISO `YYYY-MM-DD`; `days_left` is negative for overdue items; `owner` is the owner's
name or "". `--report SPACE --out FILE.pdf` writes one space's health report instead.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from civicdesk.commands.common import open_db, print_json
from civicdesk.core.languages import LANGUAGES
from civicdesk.errors import CivicDeskError

if TYPE_CHECKING:
    from civicdesk.db.database import Database
    from civicdesk.services.dashboard import Dashboard

TEXT_LIMIT = 15


def _today(args: argparse.Namespace) -> date:
    if not args.today:
        return date.today()
    try:
        return date.fromisoformat(args.today)
    except ValueError as exc:
        raise CivicDeskError(f"--today {args.today!r} is not a date like 2026-11-27") from exc


def _print_text(board: Dashboard) -> None:
    def section(title: str, rows: list[Any], line: Callable[[Any], str]) -> None:
        print(f"\n{title} ({len(rows)})")
        for row in rows[:TEXT_LIMIT]:
            print(f"  {line(row)}")
        if len(rows) > TEXT_LIMIT:
            print(f"  … and {len(rows) - TEXT_LIMIT} more (use --json for all)")

    print(f"Health of your spaces on {board.today:%d %B %Y}")
    section("Overdue", board.overdue,
            lambda r: f"{r.next_due}  {r.kind} — {r.space_name} ({-r.days_left} days overdue)")
    section("Due within 30 days", board.due_within_30_days,
            lambda r: f"{r.next_due}  {r.kind} — {r.space_name} (in {r.days_left} days)")
    section("Spaces at risk", board.at_risk_spaces,
            lambda r: f"{r.space_name} — last checked {r.last_checked_on or 'never'}"
            + (f", score {r.score:g}" if r.score is not None else ""))
    section("ACV listings ending within 180 days", board.acv_expiring_within_180_days,
            lambda r: f"{r.expires_on}  {r.space_name} (listed {r.listed_on}, {r.days_left} days left)")
    section("Never checked", board.never_checked, lambda r: f"{r.space_name} ({r.category})")
    section("Not checked in 12 months", board.not_checked_in_12_months,
            lambda r: f"{r.space_name} — last checked {r.last_checked_on}")
    narrowed = board.filters.category or board.filters.owner
    # Kit has no category or owner of its own, so the filters cannot narrow it; say so.
    section("Kit overdue" + (", all kit: --category and --owner do not apply to kit" if narrowed else ""),
            board.overdue_loans,
            lambda r: f"{r.loan.due_on}  {r.loan.tool_name} — with {r.loan.printed_borrower or 'someone'} "
            f"({r.loan.days_overdue} days overdue)")


def _find_space(db: Database, wanted: str) -> str:
    from civicdesk.errors import NotFoundError
    from civicdesk.services.spaces import SpaceService

    service = SpaceService(db)
    try:
        return service.get(wanted).id
    except NotFoundError:
        matches = service.find_by_name(wanted)
    if not matches:
        raise CivicDeskError(f"there is no space with the id or name “{wanted}”")
    if len(matches) > 1:
        ids = ", ".join(m.id for m in matches[:5])
        raise CivicDeskError(f"{len(matches)} spaces are called “{wanted}”; give one id: {ids}")
    return matches[0].id


def cmd_health(args: argparse.Namespace) -> int:
    from civicdesk.services.dashboard import Filters, build_dashboard

    today = _today(args)
    db = open_db(args)
    if args.report:
        if not args.out:
            raise CivicDeskError("--report needs --out FILE.pdf")
        from civicdesk.reports.health_report import write_health_report

        out = Path(args.out).expanduser()
        write_health_report(db, _find_space(db, args.report), out, today=today, language=args.language)
        print(f"Wrote the health report to {out}")
        return 0
    board = build_dashboard(db, today, Filters(args.category, args.owner))
    if args.json:
        print_json(board.as_json())
    else:
        _print_text(board)
    return 0


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    p = sub.add_parser("health", parents=[common], help="due, overdue and at-risk spaces")
    p.add_argument("--json", action="store_true", help="print the documented JSON shape")
    p.add_argument("--category", help="only spaces of this category")
    p.add_argument("--owner", metavar="NAME", help="only spaces with this owner")
    p.add_argument("--today", metavar="YYYY-MM-DD", help="as if today were this date (for planning)")
    p.add_argument("--report", metavar="SPACE", help="write one space's health report PDF (id or name)")
    p.add_argument("--out", metavar="FILE.pdf", help="where --report writes")
    p.add_argument("--language", choices=sorted(LANGUAGES), default="en",
                   help="--report's language (names print as they are)")
    p.set_defaults(handler=cmd_health)
