"""`civicdesk export --format F --out PATH`: every export format behind one dispatcher.

`FORMATS` maps a format name to a function (database, output path, arguments) -> one-line summary.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from civicdesk.commands.common import open_db
from civicdesk.errors import CivicDeskError

if TYPE_CHECKING:
    from civicdesk.db.database import Database  # SQLAlchemy: not needed to parse the command line


def _spreadsheet_csv(db: Database, out: Path, _args: argparse.Namespace) -> str:
    from civicdesk.interop.spreadsheets import export_csv

    return export_csv(db, out)


def _spreadsheet_xlsx(db: Database, out: Path, _args: argparse.Namespace) -> str:
    from civicdesk.interop.spreadsheets import export_xlsx

    return export_xlsx(db, out)


def _oruk_json(db: Database, out: Path, _args: argparse.Namespace) -> str:
    from civicdesk.interop.oruk import export_json

    return export_json(db, out)


def _oruk_csv(db: Database, out: Path, _args: argparse.Namespace) -> str:
    from civicdesk.interop.oruk import export_csv

    return export_csv(db, out)


def _geojson(db: Database, out: Path, _args: argparse.Namespace) -> str:
    from civicdesk.interop.geojson import export_geojson

    return export_geojson(db, out)


def _ics(db: Database, out: Path, args: argparse.Namespace) -> str:
    from civicdesk.interop.ics import export_ics

    summary = export_ics(db, out, horizon_days=args.horizon_days)
    overdue = f", {summary.overdue} of them overdue and dated today" if summary.overdue else ""
    return f"Wrote {summary.events} due dates (next {args.horizon_days} days{overdue}) to {out}"


FORMATS: dict[str, Callable[[Database, Path, argparse.Namespace], str]] = {
    "csv": _spreadsheet_csv,
    "xlsx": _spreadsheet_xlsx,
    "oruk-json": _oruk_json,
    "oruk-csv": _oruk_csv,
    "geojson": _geojson,
    "ics": _ics,
}


def cmd_export(args: argparse.Namespace) -> int:
    out = Path(args.out).expanduser()
    if not out.parent.exists():
        raise CivicDeskError(f"{out.parent}: there is no such folder to write into")
    if out.exists() and out.is_dir() and args.format not in ("csv", "oruk-csv"):
        raise CivicDeskError(f"{out} is a folder; give a file name for the {args.format} export")
    try:
        print(FORMATS[args.format](open_db(args), out, args))
    except OSError as exc:
        raise CivicDeskError(f"{out}: cannot write the export ({exc.strerror or exc})") from exc
    return 0


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    from civicdesk.interop.ics import DEFAULT_HORIZON_DAYS

    p = sub.add_parser("export", parents=[common], help="write spaces, groups and more to a file")
    p.add_argument("--format", required=True, choices=sorted(FORMATS), help="the file format to write")
    p.add_argument(
        "--out", required=True, metavar="PATH", help="file to write (a folder for csv and oruk-csv)"
    )
    p.add_argument(
        "--horizon-days",
        type=int,
        default=DEFAULT_HORIZON_DAYS,
        metavar="N",
        help=f"ics: include due dates up to N days ahead (default {DEFAULT_HORIZON_DAYS})",
    )
    p.set_defaults(handler=cmd_export)
