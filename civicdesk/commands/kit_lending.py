"""The `kit` commands that lend kit out and keep the list of trusted borrowers.

- `kit lend TOOL --to TEXT [--due DATE] [--override-overdue REASON --by NAME]` (or `kit lend
  RESERVATION`): a borrower with kit overdue is refused (exit 1, naming it) unless the holder
  overrides, which is recorded on the loan (who, when, why); valuable kit goes only to trusted
  borrowers; kit already out is refused naming its loan.
- `kit return TOOL|RESERVATION [--on DATE]` (in kit_reserve): the waiting list moves up.
- `kit trust NAME [--off]`: put a group (exact name) or anyone by name on the list of trusted
  borrowers, or take them off; `kit trusted` lists them.

JSON shapes (`--json`):
- `kit lend`: `{"loan_id", "tool_id", "tool", "to", "out_on", "due_on", "override": {"by", "on",
  "reason"} or null}`
- `kit trust`: `{"id", "name", "trusted": bool}`; `kit trusted`: `{"trusted": [{"id", "name", "since"}]}`
  (names as consent allows)
"""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from civicdesk.commands.common import open_db, print_json
from civicdesk.commands.kit_common import _party, _reservation, _tool
from civicdesk.errors import CivicDeskError, ValidationError


def _override(args: argparse.Namespace, on: date) -> dict[str, Any] | None:
    from civicdesk.services import kit_rules

    if args.override_overdue is None:
        if args.by:
            raise CivicDeskError("--by says who agreed to --override-overdue REASON; give the reason too")
        return None
    if not (args.by or "").strip():
        raise CivicDeskError("say who agreed to lend despite the overdue kit: --by NAME")
    return kit_rules.override(args.by, args.override_overdue, on)


def cmd_lend(args: argparse.Namespace) -> int:
    from civicdesk.commands.helping import _today
    from civicdesk.services.kit import loans_of
    from civicdesk.services.kit_rules import OverdueKitError
    from civicdesk.services.loans import KitLoanService as LoanService
    from civicdesk.services.reservations import Reservations

    db = open_db(args)
    on = _today(args.on)
    override = _override(args, on)
    reservation = _reservation(db, args.item)
    try:
        if reservation is not None:
            if args.to or args.due:
                raise CivicDeskError("a reservation goes out to whom and until when it was reserved: "
                                     "leave out --to and --due")
            loan_id = Reservations(db).lend(reservation.id, on, override=override)
        else:
            if not args.to:
                raise CivicDeskError("say who borrows it: --to TEXT (a group's exact name, or any name)")
            tool = _tool(db, args.item)
            out = [x for x in loans_of(db, tool.id, on) if x.is_out]
            if out:
                raise CivicDeskError(f"{tool.name} is out on loan to {out[0].borrower} since {out[0].out_on} "
                                     f"(loan {out[0].loan_id}); record its return first (`kit return`)")
            values = {"tool_id": tool.id, "borrower": _party(db, args.to), "out_on": on.isoformat(),
                      "due_on": args.due, "notes": args.notes or "", "override": override or {}}
            loan_id = LoanService(db).create(values).id
    except OverdueKitError as exc:
        raise CivicDeskError(f"{exc.overdue}; to lend anyway, add --override-overdue REASON --by NAME "
                             "(recorded on the loan)") from None
    except ValidationError as exc:
        if set(exc.errors) == {"borrower"}:
            raise CivicDeskError(exc.errors["borrower"]) from None
        raise
    loan = LoanService(db).get(loan_id)
    tool_name = _tool(db, loan.tool_id).name
    if args.json:
        print_json({"loan_id": loan.id, "tool_id": loan.tool_id, "tool": tool_name,
                    "to": (loan.borrower or {}).get("name", ""), "out_on": loan.out_on,
                    "due_on": loan.due_on, "override": loan.override or None})
        return 0
    due = f", due back {loan.due_on}" if loan.due_on else ""
    to = (loan.borrower or {}).get("name", "")
    print(f"Lent: {tool_name} to {to} on {loan.out_on}{due}  [loan {loan.id}]")
    if loan.override:
        from civicdesk.services.kit_rules import override_words

        print(override_words(loan.override))
    return 0


def cmd_trust(args: argparse.Namespace) -> int:
    from civicdesk.services.trusted_borrowers import TrustedBorrowerService

    db = open_db(args)
    party = _party(db, args.name)
    service = TrustedBorrowerService(db)
    if args.off:
        entry = service.untrust(party)
        if args.json:
            print_json({"id": entry, "name": party["name"], "trusted": False})
        else:
            print(f"{party['name']} is no longer a trusted borrower: valuable kit is not lent to them.")
        return 0
    view = service.trust(party)
    if args.json:
        print_json({"id": view.id, "name": party["name"], "trusted": True})
    else:
        print(f"{party['name']} is now a trusted borrower: valuable kit can be lent to them.")
    return 0


def cmd_trusted(args: argparse.Namespace) -> int:
    from civicdesk.services.trusted_borrowers import TrustedBorrowerService

    rows = TrustedBorrowerService(open_db(args)).listing()
    if args.json:
        print_json({"trusted": [r.as_json() for r in rows]})
        return 0
    if not rows:
        print("No trusted borrowers yet: valuable kit is lent to nobody. "
              "Add one with `civicdesk kit trust NAME`.")
    for r in rows:
        since = f" (since {r.since})" if r.since else ""
        print(f"  {r.printed_name}{since}")
    return 0


def register(cmds: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser,
             json_help: str) -> None:
    """Add lend, trust and trusted to the `kit` commands."""
    p = cmds.add_parser("lend", parents=[common], help="lend kit now (the holder's rules apply)")
    p.add_argument("item", metavar="TOOL|RESERVATION",
                   help="the kit's id or exact name, or a reservation's id")
    p.add_argument("--to", metavar="TEXT", help="who borrows it: a group's exact name, or any name")
    p.add_argument("--due", metavar="DATE", help="the day it is due back")
    p.add_argument("--on", metavar="DATE", help="the day it goes out (default today)")
    p.add_argument("--notes", metavar="TEXT", help="notes on the loan")
    p.add_argument("--override-overdue", metavar="REASON",
                   help="lend even though the borrower has kit overdue, for this reason (recorded)")
    p.add_argument("--by", metavar="NAME", help="who agreed to the override (recorded with it)")
    p.add_argument("--json", action="store_true", help=json_help.replace("kit_reserve", "kit_lending"))
    p.set_defaults(handler=cmd_lend)

    p = cmds.add_parser("trust", parents=[common], help="put a borrower on the list of trusted borrowers")
    p.add_argument("name", metavar="NAME", help="a group's exact name, or anyone's name")
    p.add_argument("--off", action="store_true", help="take them off the list")
    p.add_argument("--json", action="store_true", help=json_help.replace("kit_reserve", "kit_lending"))
    p.set_defaults(handler=cmd_trust)

    p = cmds.add_parser("trusted", parents=[common], help="the list of trusted borrowers (for valuable kit)")
    p.add_argument("--json", action="store_true", help=json_help.replace("kit_reserve", "kit_lending"))
    p.set_defaults(handler=cmd_trusted)
