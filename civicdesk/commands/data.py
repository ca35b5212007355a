"""Commands about the database itself and its records: demo, stats, search, backup, restore, check."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from civicdesk.commands.common import chosen_database, creates_database, open_db, print_json
from civicdesk.errors import CivicDeskError


@creates_database
def cmd_demo(args: argparse.Namespace) -> int:
    from civicdesk.services import demo

    db = open_db(args)
    counts = demo.generate(
        db,
        args.size,
        args.seed,
        progress=lambda step: print(f"  … {step}", file=sys.stderr) if args.verbose else None,
    )
    print(
        f"Created the {args.size} example neighbourhood (seed {args.seed}) in {db.path}: "
        f"{counts['spaces']} spaces, {counts['groups']} groups, {counts['people']} people, "
        f"{counts['tools']} tools."
    )
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    from civicdesk.services.overview import stats

    counts = stats(open_db(args))
    if args.json:
        print_json(counts)
    else:
        width = max(len(k) for k in counts)
        for key, value in counts.items():
            print(f"{key.replace('_', ' '):<{width}}  {value:>9,}")
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    from civicdesk.services.search import SearchService

    if args.limit < 1:
        raise CivicDeskError("--limit must be at least 1")
    hits = SearchService(open_db(args)).search(args.text, limit=args.limit)
    if args.json:
        print_json({"query": args.text, "results": [h.as_json() for h in hits]})
    elif not hits:
        print(f"Nothing found for “{args.text}”.")
    else:
        for hit in hits:
            print(
                f"{hit.record_type:<7} {hit.title}"
                + (f"  ({hit.subtitle})" if hit.subtitle else "")
                + f"  [{hit.record_id}]"
            )
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from civicdesk.db.backup import backup_database

    db = open_db(args)
    out = backup_database(
        db.path, Path(args.out).expanduser() if args.out else None, passphrase=db.passphrase
    )
    print(f"Backed up {db.path} to {out}")
    return 0


@creates_database  # from a backup: how a lost or new computer gets its data back
def cmd_restore(args: argparse.Namespace) -> int:
    from civicdesk.db.restore import restore_database

    path, passphrase = chosen_database(args)
    saved = restore_database(path, Path(args.file).expanduser(), passphrase)
    print(
        f"Restored {path} from {args.file}." + (f" The previous state was saved to {saved}." if saved else "")
    )
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from civicdesk.db import migrate
    from civicdesk.db.database import Database
    from civicdesk.errors import NewerDatabaseError
    from civicdesk.services.overview import check

    path, passphrase = chosen_database(args)
    revision = migrate.stored_revision(path, passphrase)
    if revision is not None and revision not in migrate.known_revisions():
        raise NewerDatabaseError(f"{path} was written by a newer version of CivicDesk (schema {revision})")
    db = Database(path, passphrase)
    try:
        result = check(db)
    finally:
        db.dispose()
    print(result.summary)
    return 0 if result.ok else 1


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    p = sub.add_parser("demo", parents=[common], help="fill an empty database with an example neighbourhood")
    p.add_argument("--size", choices=["village", "borough", "city"], default="village")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--verbose", action="store_true", help="say what is being generated")
    p.set_defaults(handler=cmd_demo)

    p = sub.add_parser("stats", parents=[common], help="counts per record type")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_stats)

    p = sub.add_parser("search", parents=[common], help="find spaces, groups, people and tools")
    p.add_argument("text")
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_search)

    p = sub.add_parser("backup", parents=[common], help="write a backup copy of the database")
    p.add_argument("--out", metavar="FILE")
    p.set_defaults(handler=cmd_backup)

    p = sub.add_parser("restore", parents=[common], help="replace the database with a backup")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(handler=cmd_restore)

    p = sub.add_parser("check", parents=[common], help="integrity check and schema version")
    p.set_defaults(handler=cmd_check)
