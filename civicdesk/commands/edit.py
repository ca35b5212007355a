"""`civicdesk edit TYPE ID field=value …`: change a record's details as its editor would.

Every value is checked by the same rules as the window's editor, the change is stamped and
written to the record's history (it travels in the next bundle), and a wrong value is refused
naming its field, with nothing changed. A field is named by its stored name (`hire_cost`) or by
the words the window uses (`"Hire cost"`). Values are text; lists are comma-separated
(`tags=hall,kitchen`); structured values (an address, opening hours) are JSON
(`address={"lines": ["1 Mill Lane"], "town": "Kington", "postcode": "HR5 3AA"}`); an empty value
(`website=`) clears the field; yes/no for yes-or-no fields.

`edit --json` prints {"type", "id", "title", "changed": [{"field", "label", "before", "after"}]}
(before and after in words, as the window says them).
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from civicdesk.commands.common import find_record, open_db, print_json
from civicdesk.core.record_types import MAIN_TYPES
from civicdesk.errors import CivicDeskError, ValidationError

NOT_HERE = {
    "erased": "a person is erased with `civicdesk privacy erase PERSON --yes`",
    "deleted": "records are deleted and brought back in the window (with Undo)",
}
YES, NO = ("yes", "y", "true", "1"), ("no", "n", "false", "0")
PARTIES = frozenset({"owner", "operator", "maintainer", "holder"})  # a plain name will do


def _service(db: Any, record_type: str) -> Any:
    from civicdesk.services.groups import GroupService
    from civicdesk.services.people import PersonService
    from civicdesk.services.spaces import SpaceService
    from civicdesk.services.tools import ToolService

    services = {"space": SpaceService, "group": GroupService, "person": PersonService, "tool": ToolService}
    return services[record_type](db)


def parse_assignments(record_type: str, pairs: list[str], record: Any) -> dict[str, Any]:
    """{field: value} from `field=value` words, or one clear message naming what is wrong."""
    from civicdesk.core.field_labels import field_label, field_of_label
    from civicdesk.db.models import synced_fields

    known = set(synced_fields(type(record)))
    values: dict[str, Any] = {}
    for pair in pairs:
        name, sep, text = pair.partition("=")
        if not sep or not name.strip():
            raise CivicDeskError(f"“{pair}” is not field=value (for example hire_cost=\"£15 an hour\")")
        field = field_of_label(record_type, name) or name.strip()
        if field in NOT_HERE:
            raise CivicDeskError(f"{field} cannot be edited here: {NOT_HERE[field]}")
        if field not in known:
            raise CivicDeskError(f"a {record_type} has no field “{name.strip()}”; its fields: "
                                 + ", ".join(sorted(known - set(NOT_HERE))))
        if field in values:
            raise CivicDeskError(f"{field} is given twice")
        values[field] = _value(field, field_label(record_type, field), text, getattr(record, field, None))
    return values


def _value(field: str, label: str, text: str, current: Any) -> Any:
    stripped = text.strip()
    if isinstance(current, bool):
        if stripped.lower() in YES:
            return True
        if stripped.lower() in NO:
            return False
        raise CivicDeskError(f"{field} ({label}): say yes or no, not “{text}”")
    if stripped.startswith(("{", "[")):
        try:
            return json.loads(stripped)
        except json.JSONDecodeError as exc:
            raise CivicDeskError(f"{field} ({label}): the value is not valid JSON ({exc.msg})") from exc
    if isinstance(current, dict) and stripped and field not in PARTIES:
        example = json.dumps(current, ensure_ascii=False) if current else "{…}"
        raise CivicDeskError(f"{field} ({label}): give the value as JSON, for example {example}")
    if stripped:
        return text
    return type(current)() if isinstance(current, str | list | dict) else None  # cleared


def cmd_edit(args: argparse.Namespace) -> int:
    from civicdesk.core.field_labels import field_label
    from civicdesk.core.wording import describe

    if not args.values:
        raise CivicDeskError("say what to change, as field=value (for example hire_cost=\"£15 an hour\")")
    db = open_db(args)
    service = _service(db, args.type)
    before = find_record(service, args.type, args.id)
    values = parse_assignments(args.type, args.values, before)
    for field, value in values.items():  # a value of the wrong shape is named before anything is written
        try:
            service.clean({field: value}, creating=False)
        except ValidationError:
            pass  # said with the others below
        except (TypeError, AttributeError, ValueError, KeyError, IndexError) as exc:
            raise CivicDeskError(
                f"nothing was changed — {field} ({field_label(args.type, field)}): "
                "the value does not have the shape this field needs"
            ) from exc
    try:
        after = service.update(before.id, values)
    except ValidationError as exc:
        problems = "; ".join(f"{f} ({field_label(args.type, f)}): {m}" for f, m in exc.errors.items())
        raise CivicDeskError(f"nothing was changed — {problems}") from exc
    changed = []
    for field in values:
        old, new = getattr(before, field), getattr(after, field)
        if old != new:
            changed.append({"field": field, "label": field_label(args.type, field),
                            "before": describe(field, old), "after": describe(field, new)})
    title = getattr(after, "name", "") or after.id
    if args.json:
        print_json({"type": args.type, "id": after.id, "title": title, "changed": changed})
        return 0
    if not changed:
        print(f"Nothing changed: {title} already had these values.")
        return 0
    print(f"Changed {title} ({args.type}):")
    for change in changed:
        print(f"  {change['label']}: {change['before']} → {change['after']}")
    return 0


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    p = sub.add_parser(
        "edit",
        parents=[common],
        help="change a record's details (checked as in the editor, kept in its history)",
        description=(__doc__ or "").split("\n\n")[1],
    )
    p.add_argument("type", choices=MAIN_TYPES, metavar="TYPE", help="space, group, person or tool")
    p.add_argument("id", metavar="ID", help="the record's id or exact name")
    p.add_argument("values", nargs="*", metavar="FIELD=VALUE")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_edit)
