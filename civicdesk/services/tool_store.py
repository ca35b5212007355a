"""The tool store's queries: cards to browse and filter, and one tool's page with ratings and helpers."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from civicdesk.core.clock import Stamp
from civicdesk.core.consent import may_print, sql_may_print
from civicdesk.core.search_index import fold
from civicdesk.db.database import Database
from civicdesk.db.models import Group, Loan, Peer, Person, Tool, ToolKind, ToolUse
from civicdesk.services import kit

_WORD = re.compile(r"\w+", re.UNICODE)
ANY = ""  # a filter left at "any"
MAX_BUILDERS = 8


def summary_of(description: str) -> str:
    """The first sentence of a description: the one line on a card."""
    text = " ".join((description or "").split())
    end = text.find(". ")
    return text if end < 0 else text[: end + 1]


@dataclass(frozen=True)
class ToolCard:
    tool_id: str
    name: str
    kind: str
    summary: str
    purposes: tuple[str, ...]
    cost: str
    skills: tuple[str, ...]
    average: float | None
    ratings: int
    users: int
    hidden: bool
    starter: bool
    out_on_loan: bool
    search_text: str = field(repr=False, compare=False, default="")


@dataclass(frozen=True)
class StoreFilter:
    text: str = ""
    purpose: str = ANY
    kind: str = ANY
    cost: str = ANY
    skill: str = ANY
    show_hidden: bool = False

    def accepts(self, card: ToolCard) -> bool:
        if card.hidden and not self.show_hidden:
            return False
        if self.purpose and self.purpose not in card.purposes:
            return False
        if self.kind and card.kind != self.kind:
            return False
        if self.cost and card.cost != self.cost:
            return False
        if self.skill and self.skill not in card.skills:
            return False
        # Every typed word must start a word of the tool's text, as in the global search.
        return all(f" {word}" in card.search_text for word in _WORD.findall(fold(self.text)))


def cards(db: Database) -> list[ToolCard]:
    """Every tool (hidden ones too: the filter decides), by name, with its ratings."""
    with db.read() as session:
        stats = {
            tool_id: (avg, rated, users)
            for tool_id, avg, rated, users in session.execute(
                select(ToolUse.tool_id, func.avg(ToolUse.rating), func.count(ToolUse.rating), func.count())
                .where(ToolUse.deleted.is_(False))
                .group_by(ToolUse.tool_id)
            )
        }
        out = set(
            session.scalars(select(Loan.tool_id).where(Loan.deleted.is_(False), Loan.returned_on.is_(None)))
        )
        tools = session.scalars(select(Tool).where(Tool.deleted.is_(False)).order_by(Tool.name))
        result = []
        for t in tools:
            avg, rated, users = stats.get(t.id, (None, 0, 0))
            purposes, skills = tuple(t.purposes or ()), tuple(t.skills or ())
            result.append(
                ToolCard(
                    t.id,
                    t.name,
                    t.kind,
                    summary_of(t.description),
                    purposes,
                    t.cost,
                    skills,
                    round(float(avg), 1) if avg is not None else None,
                    rated,
                    users,
                    t.hidden,
                    t.starter_slug is not None,
                    t.id in out,
                    " "
                    + " ".join(
                        _WORD.findall(
                            fold(
                                " ".join([t.name, t.description, t.kind, *purposes, *skills, *(t.tags or [])])
                            )
                        )
                    ),
                )
            )
        return result


def skills_in(all_cards: list[ToolCard]) -> list[str]:
    """The skills any tool asks for, for the skills filter."""
    return sorted({s for c in all_cards for s in c.skills}, key=str.casefold)


@dataclass(frozen=True)
class UseView:
    use_id: str
    group_id: str
    group_name: str
    rating: int | None
    review: str
    partner: str  # "" when recorded here; otherwise the partner group whose bundle brought it


@dataclass(frozen=True)
class Builder:
    record_type: str  # "person" or "group"
    record_id: str
    name: str
    why: str


@dataclass(frozen=True)
class ToolPage:
    tool_id: str
    name: str
    kind: str
    description: str
    how_to_use: str
    cost: str
    link: str
    purposes: tuple[str, ...]
    skills: tuple[str, ...]
    setup_time: str
    accessibility_notes: str
    holder: dict[str, Any]
    condition: str
    hidden: bool
    starter: bool
    uses: tuple[UseView, ...]
    builders: tuple[Builder, ...]
    loans: tuple[kit.LoanView, ...]

    @property
    def average(self) -> float | None:
        rated = [u.rating for u in self.uses if u.rating]
        return round(sum(rated) / len(rated), 1) if rated else None

    @property
    def ratings(self) -> int:
        return sum(1 for u in self.uses if u.rating)

    @property
    def is_kit(self) -> bool:
        return self.kind == ToolKind.KIT.value


def _partner_names(session: Session) -> dict[str, str]:
    return {p.site_id: p.name for p in session.scalars(select(Peer)) if p.site_id}


def _origin(clock: str) -> str:
    try:
        return Stamp.decode(clock).site
    except ValueError:
        return ""


def _builders(session: Session, tool: Tool, uses: list[UseView]) -> list[Builder]:
    """People who say they can help (only those who agreed to be listed) and groups that can show how."""
    found: list[Builder] = []
    holder = tool.holder or {}
    if holder.get("group_id") and holder.get("name"):
        found.append(Builder("group", holder["group_id"], holder["name"], "looks after it"))
    for use in sorted(uses, key=lambda u: -(u.rating or 0)):
        if (use.rating or 0) >= 4 and all(b.record_id != use.group_id for b in found):
            found.append(
                Builder("group", use.group_id, use.group_name, f"uses it and rates it {use.rating}/5")
            )
    wanted = {s.casefold(): s for s in [tool.name, *(tool.skills or [])]}
    if wanted:
        placeholders = ", ".join("?" for _ in wanted)
        # Skills are a JSON list: search inside it in SQL, so only likely helpers are loaded.
        ids = (
            session.connection()
            .exec_driver_sql(
                f"SELECT id FROM people WHERE {sql_may_print('people')} "
                "AND EXISTS (SELECT 1 FROM json_each(people.skills) "
                f"WHERE lower(json_each.value) IN ({placeholders})) ORDER BY name LIMIT 50",
                tuple(wanted),
            )
            .scalars()
            .all()
        )
        people: Iterable[Person] = (
            session.scalars(select(Person).where(Person.id.in_(ids)).order_by(Person.name)) if ids else []
        )
        for person in people:
            if not may_print(person):
                continue
            skills = [s for s in person.skills or [] if s.casefold() in wanted]
            found.append(Builder("person", person.id, person.name, "can help with " + ", ".join(skills)))
            if len(found) >= MAX_BUILDERS:
                break
    return found[:MAX_BUILDERS]


def tool_page(db: Database, tool_id: str, today: date) -> ToolPage:
    """Everything the tool's page shows: what it is, who uses and rates it, who helps, its loans."""
    from civicdesk.errors import NotFoundError

    with db.read() as session:
        tool = session.get(Tool, tool_id)
        if tool is None or tool.deleted:
            raise NotFoundError(f"no tool with id {tool_id}")
        partners = _partner_names(session)
        here = db.site_id
        uses = []
        for use, group_name in session.execute(
            select(ToolUse, Group.name)
            .join(Group, Group.id == ToolUse.group_id)
            .where(ToolUse.tool_id == tool_id, ToolUse.deleted.is_(False), Group.deleted.is_(False))
            .order_by(ToolUse.rating.desc().nulls_last(), Group.name)
        ):
            origin = _origin(use.clock)
            partner = "" if origin in (here, "") else partners.get(origin, "a partner group")
            uses.append(UseView(use.id, use.group_id, group_name, use.rating, use.review, partner))
        builders = _builders(session, tool, uses)
        page = ToolPage(
            tool.id,
            tool.name,
            tool.kind,
            tool.description,
            tool.how_to_use,
            tool.cost,
            tool.link,
            tuple(tool.purposes or ()),
            tuple(tool.skills or ()),
            tool.setup_time,
            tool.accessibility_notes,
            dict(tool.holder or {}),
            tool.condition,
            tool.hidden,
            tool.starter_slug is not None,
            tuple(uses),
            tuple(builders),
            (),
        )
    loans = tuple(kit.loans_of(db, tool_id, today)) if page.is_kit else ()
    return ToolPage(**{**page.__dict__, "loans": loans})


def use_of(db: Database, tool_id: str, group_id: str) -> ToolUse | None:
    """The group's existing use of a tool (so rating again edits it rather than adding another)."""
    with db.read() as session:
        return session.scalars(
            select(ToolUse).where(
                ToolUse.tool_id == tool_id, ToolUse.group_id == group_id, ToolUse.deleted.is_(False)
            )
        ).first()
