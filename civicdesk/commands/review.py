"""`civicdesk review list|keep|use`: from the command line, what the Needs review view does.

`review list --json` prints {"open": 3, "items": [ITEM, …]}, ITEM being
{"id": 12, "type": "space", "record_id": "…", "title": "Chapel Street Hall",
 "field": "hire_cost", "label": "Hire cost",
 "current": {"value": "£15 an hour", "text": "£15 an hour", "by": "Kington Residents' Association",
             "when": "2027-01-15T08:00Z", "ours": false},
 "other": {… the same for the value that waits …},
 "noticed": "2027-01-15T08:00:04Z",
 "keep": "Keep £15 an hour (Kington Residents' Association's)", "use": "Use £12 an hour (ours)"}.
`review keep|use ID --json` prints {"id", "decision": "keep"|"use", "type", "record_id", "title",
"field", "label", "value", "text", "open"} (value and text: what the record now holds; open: items
still open).
"""

from __future__ import annotations

import argparse
from typing import Any

from civicdesk.commands.common import open_db, print_json
from civicdesk.errors import CivicDeskError


def _side(value: Any, text: str, by: str, when: str, ours: bool) -> dict[str, Any]:
    return {"value": value, "text": text, "by": by, "when": when or None, "ours": ours}


def item_json(item: Any) -> dict[str, Any]:
    from civicdesk.services.conflicts import choice_words

    keep, use = choice_words(item)
    return {
        "id": item.id,
        "type": item.record_type,
        "record_id": item.record_id,
        "title": item.title,
        "field": item.field,
        "label": item.field_label,
        "current": _side(item.current_value, item.current_text, item.current_by, item.current_when,
                         item.current_ours),
        "other": _side(item.other_value, item.other_text, item.other_by, item.other_when, item.other_ours),
        "noticed": item.detected_at,
        "keep": keep,
        "use": use,
    }


def cmd_list(args: argparse.Namespace) -> int:
    from civicdesk.core.dates import british_time
    from civicdesk.core.field_labels import record_word
    from civicdesk.services.conflicts import ConflictService, choice_words

    items = ConflictService(open_db(args)).open_items()
    if args.json:
        print_json({"open": len(items), "items": [item_json(i) for i in items]})
        return 0
    if not items:
        print("Nothing needs review.")
        return 0
    print(f"{len(items)} {'change' if len(items) == 1 else 'changes'} from other groups clashed with yours; "
          "everyone already sees the kept version.")
    for item in items:
        keep, use = choice_words(item)
        print(f"\n#{item.id}  {item.title} ({record_word(item.record_type)}) · {item.field_label}")
        for name, text, by, when in (
            ("kept ", item.current_text, item.current_by, item.current_when),
            ("other", item.other_text, item.other_by, item.other_when),
        ):
            said = f" on {british_time(when)}" if when else ""
            print(f"  {name}  {text}  — changed by {by}{said}")
        print(f"  civicdesk review keep {item.id}   → {keep}")
        print(f"  civicdesk review use {item.id}    → {use}")
    return 0


def _decide(args: argparse.Namespace, keep: bool) -> int:
    from civicdesk.services.conflicts import ConflictService, choice_words

    service = ConflictService(open_db(args))
    try:
        item = service.item(args.id)
    except CivicDeskError as exc:
        raise CivicDeskError(f"{exc.message} (civicdesk review list shows the open ones)") from exc
    keep_words, use_words = choice_words(item)
    if keep:
        service.keep_current(item.id)
    else:
        service.keep_other(item.id)
    value, text = (item.current_value, item.current_text) if keep else (item.other_value, item.other_text)
    if args.json:
        print_json({
            "id": item.id, "decision": "keep" if keep else "use", "type": item.record_type,
            "record_id": item.record_id, "title": item.title, "field": item.field,
            "label": item.field_label, "value": value, "text": text, "open": service.count_open(),
        })
        return 0
    chosen = (keep_words if keep else use_words).split(" ", 1)[1]
    done = "Kept" if keep else "Used"
    print(f"{done} {chosen} for {item.title} · {item.field_label}.")
    left = service.count_open()
    print("Nothing else needs review." if not left else f"{left} more to review (civicdesk review list).")
    return 0


def cmd_keep(args: argparse.Namespace) -> int:
    return _decide(args, keep=True)


def cmd_use(args: argparse.Namespace) -> int:
    return _decide(args, keep=False)


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    review = sub.add_parser("review", help="values that clashed with another group's, for you to choose")
    actions = review.add_subparsers(title="actions", metavar="ACTION", required=True)
    p = actions.add_parser("list", parents=[common], help="what waits in Needs review")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_list)
    for name, handler, words in (
        ("keep", cmd_keep, "keep the version everyone sees now; the item leaves the list"),
        ("use", cmd_use, "use the other version instead (a new edit that reaches the other groups too)"),
    ):
        p = actions.add_parser(name, parents=[common], help=words)
        p.add_argument("id", metavar="ID", type=int, help="the item's number (from review list)")
        p.add_argument("--json", action="store_true")
        p.set_defaults(handler=handler)
