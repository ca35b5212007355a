"""The `kit-list` command: print the list of shared kit, with whom to ask for each item, as a PDF."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from civicdesk.commands.common import open_db, print_json
from civicdesk.core.languages import LANGUAGES


def cmd_kit_list(args: argparse.Namespace) -> int:
    from civicdesk.reports.directory import check_out_path
    from civicdesk.reports.kit_list import write_kit_list

    out = Path(args.out).expanduser()
    check_out_path(out)  # before opening (and perhaps migrating) the database
    count = write_kit_list(open_db(args), out, date.today(), args.language)
    if args.json:
        print_json({"out": str(out), "items": count})
    else:
        print(f"Wrote {out}: {count} items of shared kit.")
    return 0


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    p = sub.add_parser("kit-list", parents=[common], help="print the list of shared kit as a PDF")
    p.add_argument("--out", metavar="FILE.pdf", required=True, help="where to save the PDF")
    p.add_argument("--language", choices=sorted(LANGUAGES), default="en",
                   help="the printed words' language (names print as they are)")
    p.add_argument("--json", action="store_true", help="print {\"out\", \"items\"} as JSON")
    p.set_defaults(handler=cmd_kit_list)
