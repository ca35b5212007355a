"""The `help` commands: offer help, ask for it, list the network of builders, log help done, and
print the "who can help" sheet or the hours for funders.

`civicdesk help` on its own prints what these commands are (and points to `civicdesk --help`);
argparse's own help is the `-h/--help` option, so a command called `help` does not clash with it.

JSON shapes (`--json`):
- `help offer`: `{"offer": {"id", "who", "group", "skills", "tools", "areas", "ways", "how_often"}}`
- `help request`: `{"request": {"id", "name", "group", "skills", "tool", "area", "needed_by", "status",
  "answered_by"}, "matches": [{"offer": {…as above…}, "reasons": [str]}]}`
- `help list`: `{"offers": […], "requests": [{…, "matches": […]}], "help_given": [{"id", "done_on",
  "hours", "helper", "helper_group", "helped_group", "what"}], "gaps": [str],
  "hours_by_person": [{"who", "hours"}], "hours_by_group": [{"group", "hours"}]}`
- `help done`: `{"request_id", "help_given": {…one of help_given…}}`
- `help sheet`: `{"out", "offers"}`; `help hours`: `{"out", "rows"}`
People are named as consent allows (directory consent, else "a volunteer of <group>").
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from civicdesk.commands.common import find_record, open_db, print_json
from civicdesk.errors import CivicDeskError


def _today(text: str | None) -> date:
    from civicdesk.core import validation as v

    if not text:
        return date.today()
    try:
        return date.fromisoformat(v.iso_date(text) or "")
    except (ValueError, v.FieldError):
        raise CivicDeskError(f"“{text}” is not a date (use YYYY-MM-DD or DD/MM/YYYY)") from None


def _matches_json(db: Any, request_id: str) -> list[dict[str, Any]]:
    from civicdesk.services.builders_board import matches

    return [{"offer": m.offer.as_json(), "reasons": m.reasons} for m in matches(db, request_id)]


def _print_matches(found: list[dict[str, Any]]) -> None:
    if not found:
        print("  No offer fits yet.")
    for m in found:
        offer = m["offer"]
        print(f"  {offer['who']} ({offer['group']}): {', '.join(m['reasons'])}  [offer {offer['id']}]")


def cmd_offer(args: argparse.Namespace) -> int:
    from civicdesk.services import builders_board as bb
    from civicdesk.services.builders import Builders
    from civicdesk.services.groups import GroupService
    from civicdesk.services.people import PersonService
    from civicdesk.services.tools import ToolService

    db = open_db(args)
    values: dict[str, Any] = {
        "skills": args.skill,
        "areas": args.area,
        "ways": args.way,
        "how_often": args.how_often or "",
    }
    if args.person:
        values["person_id"] = find_record(PersonService(db), "person", args.person).id
    if args.group:
        values["group_id"] = find_record(GroupService(db), "group", args.group).id
    if not args.person and not args.group:
        raise CivicDeskError("say who offers the help: --person NAME or --group NAME")
    values["tool_ids"] = [find_record(ToolService(db), "tool", t).id for t in args.tool]
    offer = Builders(db).offer(values)
    row = next(o for o in bb.board(db).offers if o.id == offer.id)
    if args.json:
        print_json({"offer": row.as_json()})
    else:
        print(f"Offer recorded: {row.printed_who} ({row.group}) offers {row.what()}.")
    return 0


def cmd_request(args: argparse.Namespace) -> int:
    from civicdesk.services import builders_board as bb
    from civicdesk.services.builders import Builders
    from civicdesk.services.groups import GroupService
    from civicdesk.services.tools import ToolService

    db = open_db(args)
    values: dict[str, Any] = {
        "group_id": find_record(GroupService(db), "group", args.group).id,
        "name": args.what,
        "skills": args.skill,
        "area": args.area or "",
        "needed_by": args.needed_by,
    }
    if args.tool:
        values["tool_id"] = find_record(ToolService(db), "tool", args.tool).id
    request = Builders(db).ask(values)
    row = next(r for r in bb.board(db).requests if r.id == request.id)
    found = _matches_json(db, request.id)
    if args.json:
        print_json({"request": row.as_json(), "matches": found})
    else:
        print(f"Request recorded: {row.group} asks for {row.name}  [request {row.id}]")
        print("Who could help:")
        _print_matches(found)
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from civicdesk.services import builders_board as bb

    db = open_db(args)
    b = bb.board(db)
    open_requests = [r for r in b.requests if r.status not in ("done", "withdrawn")]
    if args.json:
        print_json(
            {
                "offers": [o.as_json() for o in b.offers],
                "requests": [
                    {**r.as_json(), "matches": _matches_json(db, r.id) if r in open_requests else []}
                    for r in b.requests
                ],
                "help_given": [h.as_json() for h in b.help],
                "gaps": b.gaps,
                "hours_by_person": [{"who": w, "hours": h} for w, h in b.hours_by_person],
                "hours_by_group": [{"group": g, "hours": h} for g, h in b.hours_by_group],
            }
        )
        return 0
    print(f"Offers of help ({len(b.offers)}):")
    for o in b.offers:
        where = ", ".join(o.areas) or "anywhere"
        who = o.printed_who if o.printed_who == o.group else f"{o.printed_who} ({o.group})"
        print(f"  {who}: {o.what()} — {where}; {', '.join(o.ways) or 'ask'}")
    print(f"Requests ({len(b.requests)}):")
    for r in b.requests:
        print(f"  [{r.status}] {r.group}: {r.name}  [request {r.id}]")
        if r in open_requests and r.status == "open":
            _print_matches(_matches_json(db, r.id))
    print(f"Help given ({len(b.help)}, {sum(h.hours for h in b.help):g} hours):")
    for h in b.help:
        print(
            f"  {h.done_on}: {h.printed_helper} ({h.helper_group}) helped {h.helped_group}, "
            f"{h.hours:g} h — {h.what}"
        )
    for gap in b.gaps:
        print(f"Gap: {gap}")
    return 0


def cmd_done(args: argparse.Namespace) -> int:
    from civicdesk.services import builders_board as bb
    from civicdesk.services.builders import Builders

    db = open_db(args)
    builders = Builders(db)
    request = builders.find_request(args.request)
    if args.offer:
        builders.answer(request.id, args.offer)
    logged = builders.mark_done(request.id, args.hours, _today(args.on), args.what or "")
    row = next(h for h in bb.board(db).help if h.id == logged.id)
    if args.json:
        print_json({"request_id": request.id, "help_given": row.as_json()})
    else:
        print(
            f"Done: {row.printed_helper} ({row.helper_group}) helped {row.helped_group}, {row.hours:g} hours."
        )
    return 0


def cmd_sheet(args: argparse.Namespace) -> int:
    from civicdesk.reports.builders_sheet import write_builders_sheet
    from civicdesk.reports.directory import check_out_path

    out = Path(args.out).expanduser()
    check_out_path(out)
    count = write_builders_sheet(open_db(args), out, date.today())
    if args.json:
        print_json({"out": str(out), "offers": count})
    else:
        print(f"Wrote {out}: {count} offers of help.")
    return 0


def cmd_hours(args: argparse.Namespace) -> int:
    from civicdesk.reports.help_hours import write_help_hours

    out = Path(args.out).expanduser()
    count = write_help_hours(open_db(args), out)
    if args.json:
        print_json({"out": str(out), "rows": count})
    else:
        print(f"Wrote {out}: {count} rows of help given.")
    return 0


def cmd_help_overview(args: argparse.Namespace) -> int:
    args.help_parser.print_help()
    print("\nFor every other command: civicdesk --help")
    return 0


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    top = sub.add_parser(
        "help",
        parents=[common],
        help="the network of builders: offer help, ask for it, log it",
        description="Offers and requests for help between groups, and the help given.",
    )
    top.set_defaults(handler=cmd_help_overview, help_parser=top)
    cmds = top.add_subparsers(title="help commands", metavar="offer|request|list|done|sheet|hours")
    json_help = "print the result as JSON (shape in civicdesk/commands/helping.py)"

    p = cmds.add_parser("offer", parents=[common], help="offer help with skills or tools")
    p.add_argument("--person", metavar="NAME", help="a volunteer listed as a builder (id or exact name)")
    p.add_argument("--group", metavar="NAME", help="the group offering (or the volunteer's group)")
    p.add_argument("--skill", action="append", default=[], help="a skill offered (repeat for more)")
    p.add_argument("--tool", action="append", default=[], help="a tool they can help with (repeat for more)")
    p.add_argument("--area", action="append", default=[], help="an area they help in (none: anywhere)")
    p.add_argument(
        "--way",
        action="append",
        default=[],
        help="advice by phone, come and run it, lend or train (repeat for more)",
    )
    p.add_argument("--how-often", metavar="TEXT", help="for example “once a month”")
    p.add_argument("--json", action="store_true", help=json_help)
    p.set_defaults(handler=cmd_offer)

    p = cmds.add_parser("request", parents=[common], help="ask for help; shows who could help and why")
    p.add_argument("--group", metavar="NAME", required=True, help="the group asking (id or exact name)")
    p.add_argument("--what", metavar="TEXT", required=True, help="for example “start a repair café”")
    p.add_argument("--skill", action="append", default=[], help="a skill wanted (repeat for more)")
    p.add_argument("--tool", metavar="TOOL", help="the tool it is about")
    p.add_argument("--area", metavar="AREA", help="where the help is needed")
    p.add_argument("--needed-by", metavar="DATE", help="the date it is needed by")
    p.add_argument("--json", action="store_true", help=json_help)
    p.set_defaults(handler=cmd_request)

    p = cmds.add_parser(
        "list", parents=[common], help="offers, requests with their matches, help given, gaps"
    )
    p.add_argument("--json", action="store_true", help=json_help)
    p.set_defaults(handler=cmd_list)

    p = cmds.add_parser("done", parents=[common], help="log the help given for a request")
    p.add_argument("request", metavar="REQUEST", help="the request's id or exact name")
    p.add_argument("--hours", required=True, help="hours of help given")
    p.add_argument("--on", metavar="DATE", help="the day (default today)")
    p.add_argument("--offer", metavar="OFFER", help="the offer that answered it, if not recorded yet")
    p.add_argument("--what", metavar="TEXT", help="what was done (default: the request)")
    p.add_argument("--json", action="store_true", help=json_help)
    p.set_defaults(handler=cmd_done)

    p = cmds.add_parser("sheet", parents=[common], help="print the “who can help” sheet for a noticeboard")
    p.add_argument("--out", metavar="FILE.pdf", required=True, help="where to save the PDF")
    p.add_argument("--json", action="store_true", help=json_help)
    p.set_defaults(handler=cmd_sheet)

    p = cmds.add_parser("hours", parents=[common], help="export the hours of help given (CSV, for funders)")
    p.add_argument("--out", metavar="FILE.csv", required=True, help="where to save the CSV")
    p.add_argument("--json", action="store_true", help=json_help)
    p.set_defaults(handler=cmd_hours)
