"""`civicdesk money …` and `civicdesk report funder`: a space's money, invoices, receipts and the pack.

`money report SPACE --json` prints the shape documented in README (services/money_report.py).
`money invoice SPACE --to NAME --line "DESCRIPTION;QUANTITY;PRICE" … --out FILE.pdf` raises an
invoice under this site's next number and prints it; `money pay INVOICE AMOUNT --out FILE.pdf`
records a payment and prints its receipt; `money trust GROUP [--off]` says whether a group we
exchange bundles with is trusted with our finances; `money settings` shows or sets the hall's
details for invoices; `money export --out FILE.csv|FILE.xlsx` writes bookings and payments for the
treasurer. Exit codes as everywhere: 0 done, 1 a problem to fix (nothing changed), 2 wrong usage.
"""

from __future__ import annotations

import argparse
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Any

from civicdesk.commands.common import open_db, print_json
from civicdesk.commands.health import _find_space
from civicdesk.errors import CivicDeskError

SETTING_FLAGS = {
    "payee": "the name on invoices (the hall or its charity)",
    "charity_number": "the registered charity number printed on invoices and receipts",
    "address": "the address printed on invoices (use \\n between lines)",
    "account_name": "bank account name",
    "sort_code": "bank sort code, such as 12-34-56",
    "account_number": "bank account number (eight digits)",
    "invoice_prefix": "the start of this site's invoice numbers, such as AVH",
    "payment_terms_days": "days allowed to pay an invoice (default 14)",
}


def _today(args: argparse.Namespace) -> date:
    if not getattr(args, "today", None):
        return date.today()
    try:
        return date.fromisoformat(args.today)
    except ValueError as exc:
        raise CivicDeskError(f"--today {args.today!r} is not a date like 2026-11-27") from exc


def _date(value: str | None, flag: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise CivicDeskError(f"{flag} {value!r} is not a date like 2026-11-27") from exc


def cmd_report(args: argparse.Namespace) -> int:
    from civicdesk.services.money import pounds
    from civicdesk.services.money_report import money_report

    db = open_db(args)
    report = money_report(db, _find_space(db, args.space), _today(args))
    if args.json:
        print_json(report)
        return 0
    print(f"Money of {report['space']['name']}, the 12 months to {report['period']['to']}")
    for line in report["evidence"].values():
        print(f"  {line}")
    for title, part in (("Income", report["income"]), ("Costs", report["costs"])):
        if part["by_category"]:
            print(f"\n{title}")
            for category, amount in part["by_category"].items():
                print(f"  {category:<16} {pounds(amount):>12}")
    if report["backlog"]["items"]:
        print("\nBacklog of works")
        for item in report["backlog"]["items"]:
            due = f", due {item['due_year']}" if item["due_year"] else ""
            print(f"  {item['title']} — {pounds(item['estimated_pence'], False)} ({item['urgency']}{due})")
    if report["invoices"]["unpaid"]:
        print("\nUnpaid invoices")
        for inv in report["invoices"]["unpaid"]:
            late = f", {inv['days_overdue']} days overdue" if inv["days_overdue"] else ""
            print(
                f"  {inv['number']} {inv['hirer']}: {pounds(inv['outstanding_pence'])} "
                f"due {inv['due_on']}{late}"
            )
    return 0


def _parse_line(text: str) -> dict[str, Any]:
    parts = [p.strip() for p in text.split(";")]
    if len(parts) == 2:
        parts.insert(1, "1")
    if len(parts) != 3:
        raise CivicDeskError(f'--line {text!r} must be "DESCRIPTION;QUANTITY;PRICE" (or "DESCRIPTION;PRICE")')
    return {"description": parts[0], "quantity": parts[1], "unit_pence": parts[2]}


def cmd_invoice(args: argparse.Namespace) -> int:
    from civicdesk.reports.invoice_pdf import write_invoice
    from civicdesk.services import invoices

    db = open_db(args)
    if args.booking:
        from civicdesk.services.booking_invoices import invoice_booking

        if args.line or args.to:
            raise CivicDeskError(
                "an invoice from a booking takes its lines and hirer from the booking: "
                "leave out --line and --to"
            )
        first, last = _date(args.from_, "--from"), _date(args.until, "--until")
        if first is None or last is None:
            raise CivicDeskError(
                "an invoice from a booking needs --from DATE and --until DATE (the dates charged)"
            )
        invoice = invoice_booking(db, args.booking, first, last, _today(args))
    else:
        if not args.space or not args.to:
            raise CivicDeskError("say which space and whom it is for: money invoice SPACE --to NAME --line …")
        if not args.line:
            raise CivicDeskError('an invoice needs at least one --line "DESCRIPTION;QUANTITY;PRICE"')
        lines = [_parse_line(text) for text in args.line]
        space_id = _find_space(db, args.space)
        hirer = {"name": args.to, "address": (args.address or "").replace("\\n", "\n")}
        invoice = invoices.issue(db, space_id, hirer, lines, issued_on=_today(args), notes=args.notes or "")
    out = write_invoice(db, invoice.id, Path(args.out).expanduser()) if args.out else None
    if args.json:
        print_json(
            {
                "id": invoice.id,
                "number": invoice.number,
                "total_pence": invoice.total_pence,
                "due_on": invoice.due_on,
                "out": str(out) if out else None,
            }
        )
        return 0
    from civicdesk.services.money import pounds

    print(
        f"Invoice {invoice.number} to {invoice.hirer.get('name', '')}: {pounds(invoice.total_pence)}, "
        f"due {invoice.due_on}."
    )
    if out:
        print(f"Wrote it to {out}")
    return 0


def cmd_pay(args: argparse.Namespace) -> int:
    from civicdesk.reports.invoice_pdf import write_receipt
    from civicdesk.services import invoices

    db = open_db(args)
    invoice = invoices.find_invoice(db, args.invoice)
    payment = invoices.record_payment(
        db, invoice.id, args.amount, _today(args), args.method, args.reference or ""
    )
    out = write_receipt(db, payment, Path(args.out).expanduser()) if args.out else None
    left = invoices.invoice_view(db, invoice.id).outstanding_pence
    if args.json:
        print_json(
            {
                "id": payment.id,
                "receipt_number": payment.receipt_number,
                "invoice": invoice.number,
                "amount_pence": payment.amount_pence,
                "outstanding_pence": left,
                "out": str(out) if out else None,
            }
        )
        return 0
    from civicdesk.services.money import pounds

    print(
        f"Receipt {payment.receipt_number}: {pounds(payment.amount_pence)} against {invoice.number}; "
        f"{pounds(left)} still to pay."
    )
    if out:
        print(f"Wrote it to {out}")
    return 0


def cmd_trust(args: argparse.Namespace) -> int:
    from civicdesk.sync import finances

    db = open_db(args)
    with db.write() as session:
        finances.set_trust(session, args.group, not args.off, create=not args.off)
    if args.off:
        print(f"{args.group} is no longer trusted with our finances: money stays out of their bundles.")
    else:
        print(f"{args.group} is trusted with our finances: their next bundle carries all our money records.")
    return 0


def cmd_settings(args: argparse.Namespace) -> int:
    from civicdesk.services import money_settings

    db = open_db(args)
    changes = {key: getattr(args, key) for key in SETTING_FLAGS if getattr(args, key) is not None}
    if "address" in changes:
        changes["address"] = changes["address"].replace("\\n", "\n")
    settings = money_settings.save(db, changes) if changes else money_settings.load(db)
    if args.json:
        print_json(asdict(settings))
        return 0
    for key in SETTING_FLAGS:
        print(f"{key.replace('_', ' ')}: {getattr(settings, key) or '(not set)'}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from civicdesk.interop.treasurer import write_treasurer_export

    db = open_db(args)
    space_id = _find_space(db, args.space) if args.space else None
    out = Path(args.out).expanduser()
    counts = write_treasurer_export(db, out, space_id)
    if args.json:
        print_json({"out": str(out), **counts})
    else:
        print(
            f"Wrote {counts['payments']} payments and {counts['invoices']} invoices "
            f"and {counts['bookings']} bookings to {out}"
        )
    return 0


def cmd_funder(args: argparse.Namespace) -> int:
    from civicdesk.reports.funder_pack import write_funder_pack

    db = open_db(args)
    out = Path(args.out).expanduser()
    write_funder_pack(db, _find_space(db, args.space), out, today=_today(args))
    print(f"Wrote the funder pack to {out}")
    return 0


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    money = sub.add_parser("money", parents=[common], help="a space's money, invoices and receipts")
    msub = money.add_subparsers(title="money commands", metavar="WHAT", required=True)
    p = msub.add_parser("report", parents=[common], help="income, costs, reserves, backlog, unpaid invoices")
    p.add_argument("space", metavar="SPACE", help="the space's id or exact name")
    p.add_argument("--json", action="store_true", help="print the documented JSON shape")
    p.add_argument("--today", metavar="YYYY-MM-DD", help="as if today were this date")
    p.set_defaults(handler=cmd_report)

    p = msub.add_parser("invoice", parents=[common], help="raise an invoice and print it")
    p.add_argument("space", metavar="SPACE", nargs="?", help="the space (not with --booking)")
    p.add_argument("--to", metavar="NAME", help="who the invoice is for")
    p.add_argument("--booking", metavar="ID", help="invoice a booking's dates (with --from and --until)")
    p.add_argument("--from", dest="from_", metavar="YYYY-MM-DD", help="the first date charged")
    p.add_argument("--until", metavar="YYYY-MM-DD", help="the last date charged")
    p.add_argument("--address", help="their postal address (\\n between lines)")
    p.add_argument("--line", action="append", metavar="DESCRIPTION;QUANTITY;PRICE")
    p.add_argument("--notes")
    p.add_argument("--out", metavar="FILE.pdf")
    p.add_argument("--today", metavar="YYYY-MM-DD", help="the invoice's date (default today)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_invoice)

    p = msub.add_parser(
        "pay", parents=[common], help="record a payment against an invoice, print the receipt"
    )
    p.add_argument("invoice", metavar="INVOICE", help="its number (AVH-0001) or id")
    p.add_argument("amount", metavar="AMOUNT", help="in pounds, such as 45.00")
    p.add_argument("--method", default="bank transfer", choices=["bank transfer", "cash", "cheque", "card"])
    p.add_argument("--reference")
    p.add_argument("--out", metavar="FILE.pdf")
    p.add_argument("--today", metavar="YYYY-MM-DD", help="the day it was paid (default today)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_pay)

    p = msub.add_parser(
        "trust", parents=[common], help="trust a group with our finances in bundles (or --off)"
    )
    p.add_argument("group", metavar="GROUP", help="the group's name as in bundle export --peer")
    p.add_argument("--off", action="store_true", help="no longer send them our money records")
    p.set_defaults(handler=cmd_trust)

    p = msub.add_parser("settings", parents=[common], help="show or set the hall's details for invoices")
    for key, text in SETTING_FLAGS.items():
        p.add_argument(
            f"--{key.replace('_', '-')}",
            dest=key,
            help=text,
            type=int if key == "payment_terms_days" else str,
        )
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_settings)

    p = msub.add_parser("export", parents=[common], help="bookings, invoices and payments for the treasurer")
    p.add_argument("--out", required=True, metavar="FILE.csv|FILE.xlsx")
    p.add_argument("--space", metavar="SPACE", help="only this space")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_export)

    report = sub.add_parser("report", parents=[common], help="reports for others: the funder pack")
    rsub = report.add_subparsers(title="reports", metavar="WHICH", required=True)
    p = rsub.add_parser("funder", parents=[common], help="one space's evidence pack for a grant-maker")
    p.add_argument("space", metavar="SPACE")
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.add_argument("--today", metavar="YYYY-MM-DD")
    p.set_defaults(handler=cmd_funder)
