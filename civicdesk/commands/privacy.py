"""Commands for people's rights over their data: subject access export, erasure, retention report.

`privacy report --json` prints:

    {"retention_years": 3, "today": "2026-12-01", "inactive_before": "2023-12-01",
     "counts": {"inactive": 2, "safeguarding_expired": 5, "deleted": 1},
     "people": [{"id": "…", "name": "…", "reasons": ["inactive", "safeguarding_expired"],
                 "last_activity": "2022-05-03" | null, "safeguarding_renewal_due": "2025-01-31" | null,
                 "has_role": false}, …]}

`privacy export … --json` prints {"person_id", "json", "pdf"} (the two files written);
`privacy erase|anonymise … --json` prints {"person_id", "already_erased", "roles_ended",
"kit_records_blanked", "history_purged"}.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from civicdesk.commands.common import open_db, print_json
from civicdesk.errors import CivicDeskError

REASON_WORDS = {
    "inactive": "no role and no activity",
    "safeguarding_expired": "DBS check expired",
    "deleted": "deleted but still held",
}


def cmd_report(args: argparse.Namespace) -> int:
    from civicdesk.services import retention

    if args.years is not None and not 1 <= args.years <= 50:
        raise CivicDeskError("--years must be from 1 to 50, like the retention setting")
    try:
        today = date.fromisoformat(args.today) if args.today else None
    except ValueError as exc:
        raise CivicDeskError(f"--today must be a date like 2026-03-31, not “{args.today}”") from exc
    report = retention.retention_report(open_db(args), today, args.years)
    if args.json:
        print_json(report.as_json())
        return 0
    counts = report.counts()
    print(
        f"Keeping details for {report.retention_years} years: no role and no activity since "
        f"{report.inactive_before} — {counts['inactive']} people; DBS check expired — "
        f"{counts['safeguarding_expired']}; deleted but still held — {counts['deleted']}."
    )
    for person in report.people:
        why = ", ".join(REASON_WORDS[r] for r in person.reasons)
        todo = "anonymise" if person.to_anonymise else "renew the DBS check"
        print(f"{person.name or '(no name)'}  —  {why}  [{person.id}]  → {todo}")
    if any(not p.to_anonymise for p in report.people):
        # Someone still volunteering with a lapsed check needs a new check, not to be forgotten.
        print("For an expired DBS check: renew the check and record the new renewal date on the person.")
    if any(p.to_anonymise for p in report.people):
        print("Anonymise people with no role and no activity, or deleted: "
              "civicdesk privacy anonymise PERSON --yes")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from civicdesk.reports import subject_access as sar_files
    from civicdesk.services import subject_access

    db = open_db(args)
    person_id = subject_access.find_person(db, args.person)
    json_path, pdf_path = sar_files.write_subject_access(db, person_id, Path(args.out))
    if args.json:
        print_json({"person_id": person_id, "json": str(json_path), "pdf": str(pdf_path)})
    else:
        print(f"Wrote everything held about {args.person} to {json_path} and a summary to {pdf_path}.")
    return 0


def _erase(args: argparse.Namespace, anonymise: bool) -> int:
    from civicdesk.services import erasure, subject_access

    db = open_db(args)
    person_id = subject_access.find_person(db, args.person)
    verb = "anonymise" if anonymise else "erase"
    if not args.yes:
        kept = " (the town and postcode district are kept for statistics)" if anonymise else ""
        print(
            f"civicdesk: error: nothing was done. To {verb} {args.person} [{person_id}]: their personal "
            f"details are blanked{kept}, their history is purged, their roles end, and other groups "
            f"receive the erasure in bundles. This cannot be undone. Add --yes to {verb}.",
            file=sys.stderr,
        )
        return 2
    result = erasure.erase(db, person_id, keep_district=anonymise)
    if args.json:
        print_json({"person_id": person_id, "already_erased": result.already,
                    "roles_ended": result.roles_ended, "kit_records_blanked": result.kit_records_blanked,
                    "history_purged": result.history_purged})
    elif result.already:
        print(f"{person_id} was already erased; nothing to do.")
    else:
        print(
            f"{'Anonymised' if anonymise else 'Erased'} {person_id}: personal details blanked, "
            f"{result.history_purged} history lines purged, {result.roles_ended} roles ended. Send a bundle "
            "to the groups you exchange with so they erase them too. Older backups still hold the "
            "details until they are replaced."
        )
    return 0


def cmd_erase(args: argparse.Namespace) -> int:
    return _erase(args, anonymise=False)


def cmd_anonymise(args: argparse.Namespace) -> int:
    return _erase(args, anonymise=True)


def cmd_retention(args: argparse.Namespace) -> int:
    from civicdesk.services import retention

    db = open_db(args)
    if args.years is not None:
        retention.set_retention_years(db, args.years)
    years = retention.retention_years(db)
    print(f"Details of people with no role and no activity are kept for {years} years.")
    return 0


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    privacy = sub.add_parser("privacy", help="subject access, erasure and retention of people's data")
    actions = privacy.add_subparsers(title="actions", metavar="ACTION", required=True)

    p = actions.add_parser("report", parents=[common], help="people whose details should be reviewed")
    p.add_argument("--json", action="store_true", help="print the documented JSON shape")
    p.add_argument("--years", type=int, help="this run only: retention period in years")
    p.add_argument("--today", metavar="YYYY-MM-DD", help="as if today were this date")
    p.set_defaults(handler=cmd_report)

    p = actions.add_parser("export", parents=[common],
                           help="everything held about a person: FILE.json and FILE.pdf")
    p.add_argument("person", metavar="PERSON", help="id or exact name")
    p.add_argument("--out", required=True, metavar="FILE")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_export)

    for name, handler, text in (("erase", cmd_erase, "erase a person for good (right to erasure)"),
                                ("anonymise", cmd_anonymise, "erase but keep town and postcode district")):
        p = actions.add_parser(name, parents=[common], help=text)
        p.add_argument("person", metavar="PERSON", help="id or exact name")
        p.add_argument("--yes", action="store_true", help="really do it (it cannot be undone)")
        p.add_argument("--json", action="store_true")
        p.set_defaults(handler=handler)

    p = actions.add_parser("retention", parents=[common], help="show or set the retention period")
    p.add_argument("years", nargs="?", type=int, metavar="YEARS", help="new period in years (1–50)")
    p.set_defaults(handler=cmd_retention)
