"""`civicdesk bundle export|import`: swap records with another group as one signed file.

`bundle import --json` prints the summary documented in docs/FORMAT.md ("Import summary"):
{"dry_run", "applied", "origin": {"site_id", "group_name"}, "fingerprint", "first_contact",
"incremental", "new", "updated", "deleted", "unchanged", "conflicts", "records": [...],
"conflict_details": [...], "skipped_tables", "unknown_records", "proposals", "proposal_details": [...],
"backup"}. `bundle export --json` prints
{"out", "rows", "tables", "encrypted", "incremental", "peer", "shared_people",
"withheld_people", "fingerprint"}.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from civicdesk.commands.common import creates_database, open_db, print_json
from civicdesk.errors import CivicDeskError


def _read_passphrase(path: str | None, confirm: bool) -> str | None:
    if path is None:
        return None
    try:
        text = Path(path).expanduser().read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CivicDeskError(f"cannot read the passphrase file {path}: {exc}") from exc
    passphrase = text.splitlines()[0] if text.splitlines() else ""
    if not passphrase:
        raise CivicDeskError(f"the passphrase file {path} is empty")
    return passphrase


def _ask_passphrase(confirm: bool) -> str | None:
    """Ask on the terminal when there is one; scripts must use --passphrase-file."""
    if not sys.stdin.isatty():
        return None
    first = getpass.getpass("Passphrase: ")
    if confirm and getpass.getpass("Same passphrase again: ") != first:
        raise CivicDeskError("the two passphrases differ")
    return first or None


def cmd_export(args: argparse.Namespace) -> int:
    from civicdesk.core.keys import fingerprint
    from civicdesk.sync.export import build_bundle, export_bundle

    if args.no_encrypt and args.passphrase_file:
        raise CivicDeskError("choose either --passphrase-file or --no-encrypt, not both")
    if args.force and not args.no_encrypt:
        raise CivicDeskError("--force only goes with --no-encrypt")
    db = open_db(args)
    passphrase = _read_passphrase(args.passphrase_file, confirm=True)
    if passphrase is None and not args.no_encrypt and build_bundle(db, args.peer).personal_data:
        passphrase = _ask_passphrase(confirm=True)
    result = export_bundle(
        db, Path(args.out).expanduser(), passphrase, args.peer, allow_unencrypted_personal=args.force
    )
    built = result.built
    from civicdesk.db.models import Site

    with db.read() as session:
        key = session.query(Site).one().public_key or b""
    if args.json:
        print_json(
            {
                "out": str(result.path),
                "rows": built.rows,
                "tables": built.counts,
                "encrypted": result.encrypted,
                "incremental": built.manifest["base"] is not None,
                "peer": args.peer,
                "shared_people": built.shared_people,
                "withheld_people": built.withheld_people,
                "finances_included": built.finances_included,
                "finances_withheld": built.finances_withheld,
                "fingerprint": fingerprint(key),
            }
        )
        return 0
    if args.peer and built.manifest["base"] is not None:
        kind = f"only what {args.peer} does not have yet"
    elif args.peer:
        kind = (f"everything: {args.peer} has not sent us a bundle yet, so we cannot tell what they "
                "have; once they do, bundles for them carry only what is new to them")
    else:
        kind = "everything"
    print(f"Wrote {built.rows:,} records ({kind}) to {result.path}.")
    if args.peer and not built.rows:
        print(f"There is nothing new for {args.peer}: their last bundle says they have it all.")
    if result.encrypted:
        print("The bundle is encrypted: send the passphrase another way (a phone call, not the same email).")
    else:
        print("The bundle is not encrypted.")
    if built.withheld_people:
        print(f"{built.withheld_people} people did not agree to sharing: only their initials are in it.")
    if built.finances_withheld:
        whom = args.peer or "any group"
        print(f"{built.finances_withheld:,} money records (income, costs, backlog, invoices, payments) "
              f"stayed home: {whom} is not trusted with our finances (civicdesk money trust NAME).")
    print(f"Our key fingerprint (they can check it by phone): {fingerprint(key)}")
    return 0


def _print_summary(summary: object) -> None:
    from civicdesk.commands.bundle_preview import preview_lines
    from civicdesk.sync.summary import ImportSummary

    assert isinstance(summary, ImportSummary)
    print("\n".join(preview_lines(summary)))


@creates_database  # a new member's first copy of the group's data
def cmd_import(args: argparse.Namespace) -> int:
    from civicdesk.sync.bundle_format import is_encrypted
    from civicdesk.sync.receive import BundleImporter, read_bundle_file

    data = read_bundle_file(Path(args.file).expanduser())
    passphrase = _read_passphrase(args.passphrase_file, confirm=False)
    if passphrase is None and is_encrypted(data):
        passphrase = _ask_passphrase(confirm=False)
    db = open_db(args)
    importer = BundleImporter(db)
    asked = False
    if args.dry_run or not args.yes:
        summary = importer.preview(data, passphrase)
        print_json(summary.as_json()) if args.json else _print_summary(summary)
        if args.dry_run:
            return 0
        if not sys.stdin.isatty():
            raise CivicDeskError(
                "nothing was applied: to apply this bundle without being asked, run the same "
                "command again with --yes"
            )
        try:  # with --json the question goes to stderr, so stdout stays one JSON document each
            where = sys.stderr if args.json else sys.stdout
            print("Apply these changes? [y/N] ", end="", file=where, flush=True)
            answer = input()
        except EOFError:
            answer = ""
        if answer.strip().lower() not in ("y", "yes"):
            print("Nothing was changed.", file=sys.stderr if args.json else sys.stdout)
            return 0
        asked = True
    summary = importer.apply(data, passphrase)
    if args.json:
        print_json(summary.as_json())
    else:
        if not asked:  # with --yes nothing was shown yet; after a question, the outcome is enough
            _print_summary(summary)
        if summary.backup is None:  # the importer recognised a bundle it had applied already
            print("Nothing was changed: this bundle was imported before, so no backup was needed.")
        elif not summary.changes and not summary.conflicts:
            print(f"Nothing was changed: everything in the bundle was already here "
                  f"(a backup from before the import is at {summary.backup}).")
        else:
            print(f"Imported. A backup from before the import is at {summary.backup}")
    return 0


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    bundle = sub.add_parser("bundle", help="exchange records with another group as one file")
    actions = bundle.add_subparsers(title="actions", metavar="ACTION", required=True)

    p = actions.add_parser("export", parents=[common], help="write a bundle file for another group")
    p.add_argument("--out", required=True, metavar="FILE", help="where to write (for example ours.civicdesk)")
    p.add_argument(
        "--peer", metavar="NAME", help="for this group: what they do not have yet (everything the first time)"
    )
    p.add_argument(
        "--passphrase-file", metavar="F", help="encrypt with the passphrase on the first line of F"
    )
    p.add_argument(
        "--no-encrypt", action="store_true", help="do not encrypt (refused if personal data is in it)"
    )
    p.add_argument("--force", action="store_true", help="with --no-encrypt: send personal data unencrypted")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_export)

    p = actions.add_parser("import", parents=[common], help="preview and merge a bundle from another group")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--passphrase-file", metavar="F", help="the passphrase is the first line of F")
    p.add_argument("--dry-run", action="store_true", help="show what would change; change nothing")
    p.add_argument("--yes", action="store_true", help="apply without asking")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_import)
