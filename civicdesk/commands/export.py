"""`civicdesk export`: write the database's records in another format (one function per format)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from civicdesk.commands.common import open_db
from civicdesk.db.database import Database


def _export_ics(db: Database, out: Path, args: argparse.Namespace) -> str:
    from civicdesk.interop.ics import export_ics

    count = export_ics(db, out, horizon_days=args.horizon_days)
    return f"Wrote {count} due dates (next {args.horizon_days} days) to {out}"


# format name -> function(db, out path, args) returning the line to print. Add formats here.
EXPORTERS: dict[str, Callable[[Database, Path, argparse.Namespace], str]] = {
    "ics": _export_ics,
}


def cmd_export(args: argparse.Namespace) -> int:
    out = Path(args.out).expanduser()
    print(EXPORTERS[args.format](open_db(args), out, args))
    return 0


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    from civicdesk.interop.ics import DEFAULT_HORIZON_DAYS

    p = sub.add_parser("export", parents=[common], help="write records to a file in another format")
    p.add_argument("--format", required=True, choices=sorted(EXPORTERS), help="the file format to write")
    p.add_argument("--out", required=True, metavar="PATH", help="the file to write")
    p.add_argument(
        "--horizon-days",
        type=int,
        default=DEFAULT_HORIZON_DAYS,
        metavar="N",
        help=f"ics: include due dates up to N days ahead (default {DEFAULT_HORIZON_DAYS})",
    )
    p.set_defaults(handler=cmd_export)
