"""The `kit` commands: list shared kit with its reservations, reserve it, see and change its waiting list.

`civicdesk kit reserve TOOL --from DATE --to DATE --for TEXT` refuses dates that clash with a
reservation or a loan (exit 1, naming it), unless `--wait` puts it on the waiting list.

JSON shapes (`--json`); a reservation is `{"id", "tool_id", "tool", "for", "from", "to", "purpose",
"status": "booked|waiting|out|returned|cancelled", "place": N or null}`:
- `kit list`: `{"items": [{"tool_id", "name", "holder", "valuable", "on_loan": bool,
  "reservations": [reservation…]}]}` (holder as consent allows)
- `kit reserve`: `{"reservations": [reservation…]}` (one per TOOL)
- `kit queue`: `{"tool_id", "tool", "reservations": [reservation…]}` (booked by date, then waiting in order)
- `kit cancel` / `kit return`: `{"id", "moved_up": [reservation…]}` (`kit return TOOL`: the id is the
  TOOL as given); `kit move`: `{"id", "waiting": […]}`
- `kit lend`, `kit trust`, `kit trusted`: in civicdesk/commands/kit_lending.py
"""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from civicdesk.commands.common import open_db, print_json
from civicdesk.commands.helping import _today
from civicdesk.commands.kit_common import _party, _reservation, _tool


def _print(rows: list[Any]) -> None:
    for r in rows:
        place = f" #{r.place}" if r.place else ""
        print(f"  [{r.status}{place}] {r.words()}  [reservation {r.id}]")


def cmd_list(args: argparse.Namespace) -> int:
    from civicdesk.services.kit import kit_items
    from civicdesk.services.reservations import Reservations
    from civicdesk.services.tools import ToolService

    db = open_db(args)
    service = Reservations(db)
    items = []
    for item in kit_items(db, date.today()):
        queue = service.queue(item.tool_id)
        valuable = ToolService(db).get(item.tool_id).valuable
        items.append((item, valuable, queue))
    if args.json:
        print_json(
            {
                "items": [
                    {
                        "tool_id": i.tool_id,
                        "name": i.name,
                        "holder": i.printed_holder,
                        "valuable": valuable,
                        "on_loan": i.on_loan is not None,
                        "reservations": [r.as_json() for r in queue],
                    }
                    for i, valuable, queue in items
                ]
            }
        )
        return 0
    for i, valuable, queue in items:
        flags = " (valuable)" if valuable else ""
        out = "; out on loan" if i.on_loan is not None else ""
        print(f"{i.name}{flags}, held by {i.printed_holder or 'the committee'}{out}")
        _print(queue)
    return 0


def cmd_reserve(args: argparse.Namespace) -> int:
    from civicdesk.services.reservations import Reservations

    db = open_db(args)
    tool_ids = [_tool(db, t).id for t in args.tool]
    made = Reservations(db).reserve(
        tool_ids, _party(db, args.for_whom), args.from_on, args.to_on, args.purpose or "", wait=args.wait
    )
    if args.json:
        print_json({"reservations": [r.as_json() for r in made]})
    else:
        for r in made:
            state = "Reserved" if r.status == "booked" else f"On the waiting list (#{r.place})"
            print(f"{state}: {r.tool_name} for {r.words()}  [reservation {r.id}]")
    return 0


def cmd_queue(args: argparse.Namespace) -> int:
    from civicdesk.services.reservations import Reservations

    db = open_db(args)
    tool = _tool(db, args.tool)
    rows = Reservations(db).queue(tool.id, include_past=args.all)
    if args.json:
        print_json({"tool_id": tool.id, "tool": tool.name, "reservations": [r.as_json() for r in rows]})
    else:
        print(f"{tool.name}: {len(rows)} reservations" if rows else f"{tool.name}: no reservations ahead")
        _print(rows)
    return 0


def _moved(args: argparse.Namespace, moved: list[Any]) -> int:
    if args.json:
        print_json({"id": args.reservation, "moved_up": [r.as_json() for r in moved]})
    else:
        print("Done.")
        for r in moved:
            print(f"Now booked from the waiting list: {r.tool_name} for {r.words()}")
    return 0


def cmd_cancel(args: argparse.Namespace) -> int:
    from civicdesk.services.reservations import Reservations

    return _moved(args, Reservations(open_db(args)).cancel(args.reservation))


def cmd_return(args: argparse.Namespace) -> int:
    """A reservation's id, or the kit itself (its loan still out, lent with or without one)."""
    from civicdesk.services.loans import return_tool
    from civicdesk.services.reservations import Reservations

    db = open_db(args)
    service = Reservations(db)
    if _reservation(db, args.reservation) is not None:
        return _moved(args, service.return_kit(args.reservation, _today(args.on)))
    tool = _tool(db, args.reservation)
    loan_id, moved = return_tool(db, tool.id, _today(args.on))
    if not args.json:
        print(f"Returned: {tool.name}  [loan {loan_id}]")
    code = _moved(args, moved)
    if not args.json and not moved:
        following = service.next_for(_tool(db, args.reservation).id)
        if following is not None:
            print(f"Next reserved: {following.words()}")
    return code


def cmd_move(args: argparse.Namespace) -> int:
    from civicdesk.services.reservations import Reservations

    waiting = Reservations(open_db(args)).move(args.reservation, -1 if args.up else 1)
    if args.json:
        print_json({"id": args.reservation, "waiting": [r.as_json() for r in waiting]})
    else:
        _print(waiting)
    return 0


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    top = sub.add_parser("kit", parents=[common], help="shared kit: reservations and the waiting list")
    def overview(_args: argparse.Namespace) -> int:
        top.print_help()
        return 0

    top.set_defaults(handler=overview)
    cmds = top.add_subparsers(title="kit commands",
                              metavar="list|reserve|queue|cancel|return|move|lend|trust|trusted")
    json_help = "print the result as JSON (shape in civicdesk/commands/kit_reserve.py)"

    p = cmds.add_parser("list", parents=[common], help="every piece of shared kit with its reservations")
    p.add_argument("--json", action="store_true", help=json_help)
    p.set_defaults(handler=cmd_list)

    p = cmds.add_parser("reserve", parents=[common], help="reserve kit for dates ahead")
    p.add_argument("tool", metavar="TOOL", nargs="+", help="the kit's id or exact name (several: a kit)")
    p.add_argument("--from", dest="from_on", metavar="DATE", required=True, help="the first day")
    p.add_argument("--to", dest="to_on", metavar="DATE", required=True, help="the last day")
    p.add_argument("--for", dest="for_whom", metavar="TEXT", required=True, help="the group or person")
    p.add_argument("--purpose", metavar="TEXT", help="what it is for (“street party”)")
    p.add_argument("--wait", action="store_true", help="join the waiting list if the dates clash")
    p.add_argument("--json", action="store_true", help=json_help)
    p.set_defaults(handler=cmd_reserve)

    p = cmds.add_parser("queue", parents=[common], help="the kit's reservations and waiting list")
    p.add_argument("tool", metavar="TOOL", help="the kit's id or exact name")
    p.add_argument("--all", action="store_true", help="past reservations too")
    p.add_argument("--json", action="store_true", help=json_help)
    p.set_defaults(handler=cmd_queue)

    for name, handler, what in (
        ("cancel", cmd_cancel, "cancel a reservation (the waiting list moves up)"),
        ("return", cmd_return, "the kit came back (early): the waiting list moves up"),
    ):
        p = cmds.add_parser(name, parents=[common], help=what)
        if name == "return":
            p.add_argument("reservation", metavar="RESERVATION|TOOL",
                           help="the reservation's id, or the kit's id or exact name (its loan still out)")
        else:
            p.add_argument("reservation", metavar="RESERVATION", help="the reservation's id")
        if name == "return":
            p.add_argument("--on", metavar="DATE", help="the day it came back (default today)")
        p.add_argument("--json", action="store_true", help=json_help)
        p.set_defaults(handler=handler)

    p = cmds.add_parser("move", parents=[common], help="move a reservation up or down the waiting list")
    p.add_argument("reservation", metavar="RESERVATION", help="the reservation's id")
    way = p.add_mutually_exclusive_group(required=True)
    way.add_argument("--up", action="store_true", help="one place up")
    way.add_argument("--down", action="store_true", help="one place down")
    p.add_argument("--json", action="store_true", help=json_help)
    p.set_defaults(handler=cmd_move)

    from civicdesk.commands import kit_lending

    kit_lending.register(cmds, common, json_help)
