"""Whom to ask for each piece of shared kit, as printed on the kit list: never a bare dash.

The holder when consent lets them be named; else the group that holds it or uses it (the best
rated user first); else a volunteer's initials with their group; else this installation's group.
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select

from civicdesk.core.consent import may_print, printed_name
from civicdesk.db.database import Database
from civicdesk.db.models import Group, Person, Role, Tool, ToolUse


def whom_to_ask(db: Database, tool_ids: list[str], fallback: str) -> dict[str, str]:
    """For each tool id, the words of the kit list's "Ask" column."""
    with db.read() as session:
        tools = {t.id: t for t in session.scalars(select(Tool).where(Tool.id.in_(tool_ids)))}
        users: dict[str, list[tuple[int, str]]] = defaultdict(list)
        for use, group_name in session.execute(
            select(ToolUse, Group.name).join(Group, Group.id == ToolUse.group_id)
            .where(ToolUse.tool_id.in_(tool_ids), ToolUse.deleted.is_(False), Group.deleted.is_(False))
        ):
            users[use.tool_id].append((-(use.rating or 0), group_name))
        person_ids = {str(t.holder["person_id"]) for t in tools.values() if (t.holder or {}).get("person_id")}
        people = {p.id: p for p in session.scalars(select(Person).where(Person.id.in_(person_ids)))}
        person_groups: dict[str, str] = {}
        for role, group_name in session.execute(
            select(Role, Group.name).join(Group, Group.id == Role.group_id)
            .where(Role.person_id.in_(person_ids), Role.deleted.is_(False)).order_by(Group.name)
        ):
            person_groups.setdefault(role.person_id, group_name)
    answer: dict[str, str] = {}
    for tool_id in tool_ids:
        tool = tools.get(tool_id)
        holder = (tool.holder or {}) if tool is not None else {}
        group = min(users[tool_id])[1] if users.get(tool_id) else ""
        person = people.get(str(holder.get("person_id") or ""))
        if person is not None and not person.erased and may_print(person):
            answer[tool_id] = printed_name(person)
        elif holder.get("group_id") or (holder.get("name") and not holder.get("person_id")):
            answer[tool_id] = str(holder.get("name") or group or fallback)
        elif person is not None and not person.erased:
            # Not agreed to be named: their initials, and a group that can put you in touch.
            via = person_groups.get(person.id) or group or fallback
            answer[tool_id] = f"{printed_name(person)}, through {via}" if via else printed_name(person)
        else:
            answer[tool_id] = group or fallback or "the committee"
    return answer
