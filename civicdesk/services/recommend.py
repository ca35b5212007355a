"""Suggest tools for a group or a space: what fits the purpose, what similar groups use and rate well.

A suggestion's score adds up plain reasons, and the reasons are what the user sees:

- the tool serves the purpose they picked (+3);
- each similar group that uses it adds between -0.6 (rated 1) and +1 (rated 5), +0.4 unrated;
  similar means the same activity or kind of group, or meeting at the same place;
- groups here rate it well overall (+0.3 per star above 3 on average);
- tools the group (or the groups at the space) already use are left out.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select

from civicdesk.db.database import Database
from civicdesk.db.models import Group, Link, LinkKind, Meeting, Space, Tool, ToolUse
from civicdesk.errors import NotFoundError

PURPOSE_WEIGHT = 3.0
UNRATED_USE = 0.4
OVERALL_WEIGHT = 0.3
NAMES_IN_REASON = 2


@dataclass(frozen=True)
class Suggestion:
    tool_id: str
    name: str
    kind: str
    score: float
    reasons: tuple[str, ...]


def _use_weight(rating: int | None) -> float:
    if rating is None:
        return UNRATED_USE
    return (rating - 2.5) / 2.5


def _names(names: list[str]) -> str:
    shown = ", ".join(sorted(names)[:NAMES_IN_REASON])
    more = len(names) - NAMES_IN_REASON
    return f"{shown} and {more} more" if more > 0 else shown


def suggest(
    db: Database,
    *,
    group_id: str | None = None,
    space_id: str | None = None,
    purpose: str = "",
    limit: int = 10,
) -> list[Suggestion]:
    """Ranked suggestions for one group or for the groups meeting at one space."""
    if (group_id is None) == (space_id is None):
        raise ValueError("suggest tools for a group or for a space")
    with db.read() as session:
        groups = {g.id: g for g in session.scalars(select(Group).where(Group.deleted.is_(False)))}
        meets: dict[str, set[str]] = defaultdict(set)  # group id -> space ids
        for gid, sid in session.execute(
            select(Meeting.group_id, Meeting.space_id).where(
                Meeting.deleted.is_(False), Meeting.space_id.is_not(None)
            )
        ):
            if sid is not None:  # always, by the query; for the type checker
                meets[gid].add(sid)
        for gid, sid in session.execute(
            select(Link.from_id, Link.to_id).where(
                Link.deleted.is_(False),
                Link.from_type == "group",
                Link.to_type == "space",
                Link.kind.in_([LinkKind.RUNS.value, LinkKind.MEETS_AT.value]),
            )
        ):
            meets[gid].add(sid)
        if group_id is not None:
            if group_id not in groups:
                raise NotFoundError(f"no group with id {group_id}")
            targets = {group_id}
            target_name = groups[group_id].name
            places = meets[group_id]
        else:
            space = session.get(Space, space_id)
            if space is None or space.deleted:
                raise NotFoundError(f"no space with id {space_id}")
            targets = {gid for gid, sids in meets.items() if space_id in sids and gid in groups}
            target_name = f"the groups at {space.name}"
            places = {space_id} if space_id else set()
        activities = {a.casefold() for gid in targets for a in groups[gid].activities or []}
        kinds = {groups[gid].kind for gid in targets}
        similar = {
            gid
            for gid, g in groups.items()
            if gid not in targets
            and (
                activities & {a.casefold() for a in g.activities or []}
                or (group_id is not None and g.kind in kinds)
                or places & meets[gid]
            )
        }
        uses = session.execute(
            select(ToolUse.tool_id, ToolUse.group_id, ToolUse.rating).where(ToolUse.deleted.is_(False))
        ).all()
        tools = list(session.scalars(select(Tool).where(Tool.deleted.is_(False), Tool.hidden.is_(False))))

    used_here = {tool_id for tool_id, gid, _r in uses if gid in targets}
    by_similar: dict[str, list[tuple[str, int | None]]] = defaultdict(list)
    ratings: dict[str, list[int]] = defaultdict(list)
    for tool_id, gid, rating in uses:
        if gid in similar:
            by_similar[tool_id].append((groups[gid].name, rating))
        if rating and gid in groups:
            ratings[tool_id].append(rating)

    suggestions = []
    for tool in tools:
        if tool.id in used_here:
            continue
        score, reasons = 0.0, []
        if purpose and purpose in (tool.purposes or []):
            score += PURPOSE_WEIGHT
            reasons.append(f"good for “{purpose}”")
        similar_uses = by_similar.get(tool.id, [])
        if similar_uses:
            score += sum(_use_weight(r) for _n, r in similar_uses)
            rated = [r for _n, r in similar_uses if r]
            stars = f", rated {sum(rated) / len(rated):.1f}/5" if rated else ""
            reasons.append(
                f"used by {len(similar_uses)} similar group{'s' if len(similar_uses) != 1 else ''} "
                f"({_names([n for n, _r in similar_uses])}){stars}"
            )
        overall = ratings.get(tool.id, [])
        if overall:
            average = sum(overall) / len(overall)
            score += OVERALL_WEIGHT * (average - 3)
            if average >= 4:
                reasons.append(
                    f"rated {average:.1f}/5 by {len(overall)} group{'s' if len(overall) != 1 else ''}"
                )
        if score <= 0:
            continue
        reasons.append(f"not used by {target_name} yet")
        suggestions.append(Suggestion(tool.id, tool.name, tool.kind, round(score, 2), tuple(reasons)))
    suggestions.sort(key=lambda s: (-s.score, s.name.casefold()))
    return suggestions[:limit]
