"""`civicdesk import FILE`: spreadsheets, Open Referral, GeoJSON and OpenStreetMap into records.

`--json` prints the ImportResult shape documented in docs/IMPORT.md. Without --skip-invalid a
single bad row stops the import (exit 1) and the database is unchanged.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from civicdesk.commands.common import creates_database, open_db
from civicdesk.errors import CivicDeskError


@creates_database
def cmd_import(args: argparse.Namespace) -> int:
    from civicdesk.interop.files import FORMATS, import_with_backup, load_mapping, result_json

    path = Path(args.file).expanduser()
    if not path.exists():
        raise CivicDeskError(f"{path}: there is no such file")
    mapping = load_mapping(Path(args.mapping).expanduser() if args.mapping else None)
    db = open_db(args)
    assert args.format in FORMATS
    defaults = {}
    for item in args.default or []:
        field, sep, value = item.partition("=")
        if not sep or not field.strip():
            raise CivicDeskError(f"--default needs FIELD=VALUE, not “{item}”")
        defaults[field.strip()] = value.strip()
    result = import_with_backup(
        db,
        path,
        fmt=args.format,
        record_type=args.type,
        mapping=mapping,
        dry_run=args.dry_run,
        skip_invalid=args.skip_invalid,
        duplicates=args.duplicates,
        defaults=defaults,
    )
    if args.json:
        print(result_json(result))
    else:
        print(result.summary())
        for problem in result.warnings[:20]:
            print(f"  note: {problem.line()}")
        for problem in result.failures[:20]:
            print(f"  failed: {problem.line()}")
        if len(result.failures) > 20:
            print(f"  … and {len(result.failures) - 20} more (use --json for all)")
        if result.attribution:
            print(f"  {result.attribution}")
    if result.failures and not result.committed and not args.dry_run:
        first = result.failures[0].line()
        more = f" (and {len(result.failures) - 1} more problems)" if len(result.failures) > 1 else ""
        print(
            f"civicdesk: error: {first}{more}; nothing was imported (fix the file, or use --skip-invalid)",
            file=sys.stderr,
        )
        return 1
    return 0


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("import", parents=[common], help="import spaces, groups, people or tools from a file")
    p.add_argument("file", metavar="FILE", help="CSV, XLSX, Open Referral JSON or CSV folder, GeoJSON, .osm")
    p.add_argument("--format", default="auto", choices=["auto", "csv", "xlsx", "oruk", "geojson", "osm"])
    p.add_argument("--type", choices=["space", "group", "person", "tool"], help="what each row is (CSV/XLSX)")
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
    p.add_argument("--dry-run", action="store_true", help="check and count, change nothing")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.set_defaults(handler=cmd_import)
