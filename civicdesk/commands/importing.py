"""`civicdesk import FILE`: spreadsheets, Open Referral, GeoJSON and OpenStreetMap into records.

`--json` prints the ImportResult shape documented in docs/IMPORT.md. Without --skip-invalid a
single bad row stops the import (exit 1) and the database is unchanged.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from civicdesk.commands.common import creates_database, open_db
from civicdesk.core.record_types import MAIN_TYPES
from civicdesk.errors import CivicDeskError

if TYPE_CHECKING:
    from civicdesk.interop.results import ImportResult

SHOWN = 20  # lines of each list printed; --json has them all


@creates_database
def cmd_import(args: argparse.Namespace) -> int:
    try:
        return _import(args)
    except CivicDeskError as exc:
        if args.json:  # --json always prints JSON, a refused file included
            print(json.dumps({"source": Path(args.file).name, "committed": False, "error": str(exc)},
                             ensure_ascii=False, indent=2))
        raise


def _import(args: argparse.Namespace) -> int:
    from civicdesk.interop.files import FORMATS, check_file, import_with_backup, load_mapping, result_json

    path = Path(args.file).expanduser()
    assert args.format in FORMATS
    check_file(path, args.format)  # before the database is opened: a bad file changes nothing
    mapping = load_mapping(Path(args.mapping).expanduser() if args.mapping else None)
    defaults = {}
    for item in args.default or []:
        field, sep, value = item.partition("=")
        if not sep or not field.strip():
            raise CivicDeskError(f"--default needs FIELD=VALUE, not “{item}”")
        defaults[field.strip()] = value.strip()
    db = open_db(args)
    result = import_with_backup(
        db,
        path,
        fmt=args.format,
        record_type=args.type,
        mapping=mapping,
        dry_run=args.dry_run,
        skip_invalid=args.skip_invalid,
        strict=args.strict,
        duplicates=args.duplicates,
        defaults=defaults,
    )
    if args.json:
        print(result_json(result))
    else:
        _print_summary(result)
    if result.failures and not result.committed and not args.dry_run:
        kinds = result.problem_lines()[1]  # one line per kind of problem
        first = kinds[0]
        more = f" (and {len(kinds) - 1} more kinds of problem)" if len(kinds) > 1 else ""
        print(
            f"civicdesk: error: {first}{more}; nothing was imported (fix the file, or use --skip-invalid)",
            file=sys.stderr,
        )
        return 1
    return 0


def _print_summary(result: ImportResult) -> None:
    """The summary line, then one line per kind of problem, then possible duplicates."""
    print(result.summary())
    notes, failures = result.problem_lines()
    for label, lines in (("note", notes), ("failed", failures)):
        for line in lines[:SHOWN]:
            print(f"  {label}: {line}")
        if len(lines) > SHOWN:
            print(f"  … and {len(lines) - SHOWN} more kinds of problem (use --json for all)")
    for dup in result.possible_duplicates[:SHOWN]:
        other = f"row {dup.record_row}" if dup.record_row else "a record already here"
        print(
            f"  possible duplicate ({dup.reason}): row {dup.row} “{dup.name}” ({dup.address or 'no address'})"
            f" and {other} “{dup.record_name}” ({dup.record_address or 'no address'}); kept apart"
        )
    if len(result.possible_duplicates) > SHOWN:
        print(
            f"  … and {len(result.possible_duplicates) - SHOWN} more possible duplicates "
            "(use --json for all, or merge them in the window)"
        )
    if result.attribution:
        print(f"  {result.attribution}")


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    p = sub.add_parser("import", parents=[common], help="import spaces, groups, people or tools from a file")
    p.add_argument("file", metavar="FILE", help="CSV, XLSX, Open Referral JSON or CSV folder, GeoJSON, .osm")
    p.add_argument("--format", default="auto", choices=["auto", "csv", "xlsx", "oruk", "geojson", "osm"])
    p.add_argument("--type", choices=MAIN_TYPES, help="what each row is (CSV/XLSX)")
    p.add_argument("--mapping", metavar="MAP.json", help="a saved column mapping (see docs/IMPORT.md)")
    p.add_argument(
        "--default",
        action="append",
        metavar="FIELD=VALUE",
        help="a value for every row, e.g. --default category=public (repeatable)",
    )
    p.add_argument(
        "--duplicates",
        choices=["merge", "skip", "create"],
        default=None,
        help="what to do with a row that matches an existing record (default: merge)",
    )
    p.add_argument("--skip-invalid", action="store_true", help="import the good rows and list the bad ones")
    p.add_argument(
        "--strict",
        action="store_true",
        help="refuse a row for any bad cell (by default a bad website, phone, email, number or "
        "postcode is left out with a warning and the row kept)",
    )
    p.add_argument("--dry-run", action="store_true", help="check and count, change nothing")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.set_defaults(handler=cmd_import)
