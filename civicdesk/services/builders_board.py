"""What the builders view and the "who can help" sheet show: offers, requests with their matches and
reasons, help given, who helped most, hours for funders and the skills nobody offers where asked.

Names follow the consent rules (`core.consent.builder_name`): on screen as we hold them, in print
and exports only with directory consent, otherwise "a volunteer of <group>".
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from civicdesk.core.consent import builder_name, may_list_as_builder, may_show_email, may_show_phone
from civicdesk.db.database import Database
from civicdesk.db.models import Group, HelpGiven, HelpOffer, HelpRequest, Person, Tool


@dataclass(frozen=True)
class OfferRow:
    id: str
    who: str  # on screen
    printed_who: str  # on paper and in exports
    group_id: str
    group: str
    person_id: str | None
    skills: list[str]
    tools: list[str]
    areas: list[str]
    ways: list[str]
    how_often: str
    contact: str  # printable contact: the person's as consent allows, else the group's

    def what(self) -> str:
        return ", ".join([*self.skills, *self.tools])

    def as_json(self, printed: bool = True) -> dict[str, Any]:
        return {
            "id": self.id,
            "who": self.printed_who if printed else self.who,
            "group": self.group,
            "skills": self.skills,
            "tools": self.tools,
            "areas": self.areas or ["anywhere"],
            "ways": self.ways,
            "how_often": self.how_often,
        }


@dataclass(frozen=True)
class Match:
    offer: OfferRow
    reasons: list[str]  # "offers first aid", "works in Hart Bridge", "helped a residents' association"
    score: int


@dataclass(frozen=True)
class RequestRow:
    id: str
    name: str
    group_id: str
    group: str
    skills: list[str]
    tool: str
    area: str
    needed_by: str | None
    status: str
    offer_id: str | None
    answered_by: str  # on screen
    printed_answered_by: str = ""  # on paper and in exports

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "group": self.group,
            "skills": self.skills,
            "tool": self.tool or None,
            "area": self.area,
            "needed_by": self.needed_by,
            "status": self.status,
            "answered_by": self.printed_answered_by or None,
        }


@dataclass(frozen=True)
class HelpRow:
    id: str
    done_on: str
    hours: float
    helper: str
    printed_helper: str
    helper_group: str
    helped_group: str
    what: str
    helper_group_id: str = ""
    helped_group_id: str = ""

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "done_on": self.done_on,
            "hours": self.hours,
            "helper": self.printed_helper,
            "helper_group": self.helper_group,
            "helped_group": self.helped_group,
            "what": self.what,
        }


@dataclass
class Board:
    offers: list[OfferRow] = field(default_factory=list)
    requests: list[RequestRow] = field(default_factory=list)
    help: list[HelpRow] = field(default_factory=list)
    gaps: list[str] = field(default_factory=list)  # "No one offers safeguarding training in Hart Bridge"
    hours_by_person: list[tuple[str, float]] = field(default_factory=list)  # printed names
    hours_by_group: list[tuple[str, float]] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.offers or self.requests or self.help)


def _fold(text: str) -> str:
    return " ".join(text.casefold().replace("-", " ").split())


def _words(text: str) -> set[str]:
    return {w for w in _fold(text).replace(",", " ").replace("'", " ").split() if len(w) > 3}


class _Loaded:
    """Everything the board needs, read in one session."""

    def __init__(self, session: Session) -> None:
        self.groups = {g.id: g for g in session.scalars(select(Group))}
        self.people = {
            p.id: p
            for p in session.scalars(
                select(Person).where(
                    Person.id.in_(select(HelpOffer.person_id).union(select(HelpGiven.helper_person_id)))
                )
            )
        }
        self.tools = {t.id: t.name for t in session.scalars(select(Tool))}
        self.offers = list(
            session.scalars(
                select(HelpOffer)
                .where(HelpOffer.deleted.is_(False), HelpOffer.withdrawn.is_(False))
                .order_by(HelpOffer.created_at)
            )
        )
        self.requests = list(
            session.scalars(
                select(HelpRequest)
                .where(HelpRequest.deleted.is_(False))
                .order_by(HelpRequest.needed_by, HelpRequest.created_at)
            )
        )
        self.help = list(
            session.scalars(
                select(HelpGiven)
                .where(HelpGiven.deleted.is_(False))
                .order_by(HelpGiven.done_on.desc(), HelpGiven.id)
            )
        )

    def group(self, group_id: str | None) -> str:
        g = self.groups.get(group_id or "")
        return g.name if g is not None else "another group"

    def names(self, person_id: str | None, group_id: str) -> tuple[str, str]:
        """(on screen, printed)"""
        group = self.group(group_id)
        if not person_id:
            return group, group
        person = self.people.get(person_id)
        if person is None:
            return f"a volunteer of {group}", f"a volunteer of {group}"
        return builder_name(person, group, printed=False), builder_name(person, group, printed=True)

    def offer_row(self, o: HelpOffer) -> OfferRow:
        who, printed = self.names(o.person_id, o.group_id)
        person = self.people.get(o.person_id or "")
        contact = ""
        if person is not None and printed != f"a volunteer of {self.group(o.group_id)}":
            contact = (
                person.phone if may_show_phone(person) else (person.email if may_show_email(person) else "")
            )
        if not contact:
            g = self.groups.get(o.group_id)
            info = (g.contact or {}) if g is not None else {}
            contact = str(info.get("phone") or info.get("email") or "")
        return OfferRow(
            o.id,
            who,
            printed,
            o.group_id,
            self.group(o.group_id),
            o.person_id,
            list(o.skills or []),
            [self.tools.get(t, "") for t in o.tool_ids or [] if self.tools.get(t)],
            list(o.areas or []),
            list(o.ways or []),
            o.how_often,
            contact,
        )

    def listed(self, o: HelpOffer) -> bool:
        """A person's offer shows only while they agree to be listed as a builder."""
        return not o.person_id or may_list_as_builder(self.people.get(o.person_id))


def _kind(loaded: _Loaded, group_id: str) -> str:
    g = loaded.groups.get(group_id)
    return g.kind if g is not None else ""


def _match(
    loaded: _Loaded, request: HelpRequest, offer: OfferRow, helped_kinds: dict[str, set[str]]
) -> Match:
    reasons: list[str] = []
    score = 0
    wanted = [_fold(s) for s in request.skills or []]
    offered = {_fold(s): s for s in offer.skills}
    for want in wanted:
        hit = next((s for f, s in offered.items() if want == f or want in f or f in want), None)
        if hit:
            reasons.append(f"offers {hit}")
            score += 3
    if not wanted:  # a need in words: the offer's skills against the request's words
        words = _words(request.name)
        hits = [s for f, s in offered.items() if _words(f) & words]
        if hits:
            reasons.append(f"offers {hits[0]}")
            score += 2
    if request.tool_id and loaded.tools.get(request.tool_id) in offer.tools:
        reasons.append(f"knows {loaded.tools[request.tool_id]}")
        score += 3
    if score == 0:
        return Match(offer, [], 0)
    area = _fold(request.area)
    if area and any(_fold(a) == area for a in offer.areas):
        reasons.append(f"works in {request.area}")
        score += 2
    elif area and offer.areas:
        return Match(offer, [], 0)  # offered only elsewhere
    elif area:
        reasons.append("will help anywhere")
    kind = _kind(loaded, request.group_id)
    if kind and kind in helped_kinds.get(offer.id, set()):
        reasons.append(f"has helped a {kind} before")
        score += 1
    if offer.group_id == request.group_id:
        score -= 1  # a group's own volunteer is fine, but someone else's help is what was asked
    return Match(offer, reasons, score)


def _helped_kinds(loaded: _Loaded) -> dict[str, set[str]]:
    kinds: dict[str, set[str]] = defaultdict(set)
    for h in loaded.help:
        if h.offer_id:
            kinds[h.offer_id].add(_kind(loaded, h.helped_group_id))
    return kinds


def matches(db: Database, request_id: str, limit: int = 5) -> list[Match]:
    """The offers that fit a request, best first, each with the reasons it fits."""
    with db.read() as session:
        loaded = _Loaded(session)
        request = session.get(HelpRequest, request_id)
        if request is None:
            return []
        kinds = _helped_kinds(loaded)
        found = [
            _match(loaded, request, loaded.offer_row(o), kinds) for o in loaded.offers if loaded.listed(o)
        ]
    found = [m for m in found if m.score > 0]
    found.sort(key=lambda m: (-m.score, m.offer.who, m.offer.id))
    return found[:limit]


def _gaps(loaded: _Loaded, offers: list[OfferRow]) -> list[str]:
    gaps = []
    seen = set()
    for r in loaded.requests:
        if r.status in ("done", "withdrawn"):
            continue
        for skill in r.skills or []:
            area = r.area
            fits = [
                o
                for o in offers
                if any(_fold(skill) in _fold(s) or _fold(s) in _fold(skill) for s in o.skills)
                and (not area or not o.areas or any(_fold(a) == _fold(area) for a in o.areas))
            ]
            key = (_fold(skill), _fold(area))
            if not fits and key not in seen:
                seen.add(key)
                gaps.append(f"No one offers {skill}" + (f" in {area}" if area else ""))
    return gaps


def board(db: Database) -> Board:
    with db.read() as session:
        loaded = _Loaded(session)
        offers = [loaded.offer_row(o) for o in loaded.offers if loaded.listed(o)]
        by_id = {o.id: o for o in offers}
        requests = []
        for r in loaded.requests:
            answer = by_id.get(r.offer_id or "")
            requests.append(
                RequestRow(
                    r.id,
                    r.name,
                    r.group_id,
                    loaded.group(r.group_id),
                    list(r.skills or []),
                    loaded.tools.get(r.tool_id or "", ""),
                    r.area,
                    r.needed_by,
                    r.status,
                    r.offer_id,
                    answer.who if answer else "",
                    answer.printed_who if answer else "",
                )
            )
        help_rows = []
        by_person: defaultdict[str, float] = defaultdict(float)
        by_group: defaultdict[str, float] = defaultdict(float)
        for h in loaded.help:
            who, printed = loaded.names(h.helper_person_id, h.helper_group_id)
            help_rows.append(
                HelpRow(
                    h.id,
                    h.done_on,
                    h.hours,
                    who,
                    printed,
                    loaded.group(h.helper_group_id),
                    loaded.group(h.helped_group_id),
                    h.what,
                    h.helper_group_id,
                    h.helped_group_id,
                )
            )
            if h.helper_person_id:
                by_person[printed] += h.hours
            by_group[loaded.group(h.helper_group_id)] += h.hours
        gaps = _gaps(loaded, offers)
    return Board(offers, requests, help_rows, gaps, ordered(by_person), ordered(by_group))


def ordered(totals: dict[str, float]) -> list[tuple[str, float]]:
    """Most hours first, then by name."""
    return sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))


def help_of_group(db: Database, group_id: str) -> list[HelpRow]:
    """Help this group gave or was given (for the group's page), newest first."""
    return [h for h in board(db).help if group_id in (h.helper_group_id, h.helped_group_id)]
