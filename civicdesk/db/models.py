"""Typed SQLAlchemy models of everything CivicDesk stores.

Synced records (spaces, groups, people, tools and what hangs off them) share `SyncedMixin`:
a UUIDv7 id, a row clock (the stamp of its creation), per-field clocks for fields changed since,
a tombstone and a bag of fields from newer schemas that we keep and pass on untouched.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, Boolean, Float, ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from civicdesk.db.base import META_COLUMNS as META_COLUMNS
from civicdesk.db.base import Base as Base
from civicdesk.db.base import SyncedMixin as SyncedMixin
from civicdesk.db.hire_models import Booking, BookingException, HireRate, Room
from civicdesk.db.money_models import BacklogItem, Invoice, MoneyEntry, Payment


class Category(StrEnum):
    """The ten kinds of social infrastructure."""

    CIVIC = "civic"
    RELIGIOUS = "religious"
    TRADITIONAL = "traditional"
    DIGITAL = "digital"
    PRIVATE = "private"
    PUBLIC = "public"
    OUTDOORS = "outdoors"
    ROUTES = "routes"
    OCCASIONS = "occasions"
    ASSOCIATIONS = "associations"


class SpaceStatus(StrEnum):
    NEW = "new"
    THRIVING = "thriving"
    STABLE = "stable"
    AT_RISK = "at risk"
    CLOSED = "closed"


class OwnershipType(StrEnum):
    PUBLIC = "public"
    PRIVATE = "private"
    COMMUNITY = "community"
    FAITH = "faith"
    CHARITY = "charity"


class GroupKind(StrEnum):
    CHARITY = "charity"
    CIC = "CIC"
    COMPANY = "company"
    CLUB = "club"
    FAITH_GROUP = "faith group"
    RESIDENTS_ASSOCIATION = "residents' association"
    INFORMAL = "informal"
    PUBLIC_SERVICE = "public service"


class GroupStatus(StrEnum):
    ACTIVE = "active"
    DORMANT = "dormant"
    CLOSED = "closed"


class ToolKind(StrEnum):
    METHOD = "method"
    DIGITAL = "digital app/platform"
    KIT = "shared kit"
    TEMPLATE = "template/document"


class LinkKind(StrEnum):
    MEETS_AT = "meets at"
    RUNS = "runs"
    PARTNERS_WITH = "partners with"
    FUNDS = "funds"
    REFERS_TO = "refers to"


CONSENT_FIELDS = ("consent_directory", "consent_bundles", "consent_email", "consent_phone", "consent_builder")


class Space(SyncedMixin, Base):
    __tablename__ = "spaces"
    RECORD_TYPE = "space"
    FIELD_GROUPS = {"location": ("latitude", "longitude")}

    name: Mapped[str] = mapped_column(String(200), index=True)
    category: Mapped[str] = mapped_column(String(20), index=True)
    subtype: Mapped[str] = mapped_column(String(100), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    # {"lines": [...], "locality": str, "town": str, "postcode": str}
    address: Mapped[dict[str, Any]] = mapped_column(default=dict)
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    website: Mapped[str] = mapped_column(String(500), default="")
    # {"mon": [["09:00", "17:00"]], ..., "notes": str}
    opening_hours: Mapped[dict[str, Any]] = mapped_column(default=dict)
    # {"step_free": bool, "accessible_toilet": bool, "hearing_loop": bool, "baby_change": bool,
    #  "parking": bool, "public_transport": bool}
    accessibility: Mapped[dict[str, Any]] = mapped_column(default=dict)
    capacity: Mapped[int | None] = mapped_column(Integer)
    facilities: Mapped[list[str]] = mapped_column(default=list)
    hire_cost: Mapped[str] = mapped_column(String(200), default="")
    # each {"group_id": str | None, "name": str}
    owner: Mapped[dict[str, Any]] = mapped_column(default=dict)
    operator: Mapped[dict[str, Any]] = mapped_column(default=dict)
    maintainer: Mapped[dict[str, Any]] = mapped_column(default=dict)
    ownership_type: Mapped[str] = mapped_column(String(20), default="")
    status: Mapped[str] = mapped_column(String(20), default=SpaceStatus.STABLE.value, index=True)
    # {"nominated_on": date, "listed_on": date, "disposal_notice_on": date}
    acv: Mapped[dict[str, Any]] = mapped_column(default=dict)
    tags: Mapped[list[str]] = mapped_column(default=list)
    photos: Mapped[list[str]] = mapped_column(default=list)
    external_ids: Mapped[dict[str, Any]] = mapped_column(default=dict)


class Group(SyncedMixin, Base):
    __tablename__ = "groups"
    RECORD_TYPE = "group"

    name: Mapped[str] = mapped_column(String(200), index=True)
    kind: Mapped[str] = mapped_column(String(40), default=GroupKind.INFORMAL.value)
    charity_number: Mapped[str] = mapped_column(String(20), default="")
    company_number: Mapped[str] = mapped_column(String(20), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    activities: Mapped[list[str]] = mapped_column(default=list)
    audiences: Mapped[list[str]] = mapped_column(default=list)
    languages: Mapped[list[str]] = mapped_column(default=list)
    # {"name": str, "email": str, "phone": str} — the group's public contact point
    contact: Mapped[dict[str, Any]] = mapped_column(default=dict)
    website: Mapped[str] = mapped_column(String(500), default="")
    status: Mapped[str] = mapped_column(String(20), default=GroupStatus.ACTIVE.value, index=True)
    tags: Mapped[list[str]] = mapped_column(default=list)
    external_ids: Mapped[dict[str, Any]] = mapped_column(default=dict)


class Meeting(SyncedMixin, Base):
    """A group meets at a space (or online) on a schedule."""

    __tablename__ = "meetings"
    RECORD_TYPE = "meeting"

    group_id: Mapped[str] = mapped_column(ForeignKey("groups.id"), index=True)
    space_id: Mapped[str | None] = mapped_column(ForeignKey("spaces.id"), index=True)
    # {"days": ["tue"], "start": "19:00", "end": "21:00", "frequency": "weekly"}
    schedule: Mapped[dict[str, Any]] = mapped_column(default=dict)
    notes: Mapped[str] = mapped_column(Text, default="")


class Person(SyncedMixin, Base):
    __tablename__ = "people"
    RECORD_TYPE = "person"

    name: Mapped[str] = mapped_column(String(200), index=True)
    email: Mapped[str] = mapped_column(String(320), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    address: Mapped[dict[str, Any]] = mapped_column(default=dict)  # private, never printed
    skills: Mapped[list[str]] = mapped_column(default=list)
    availability: Mapped[str] = mapped_column(String(200), default="")
    # {"dbs_type": "basic|standard|enhanced", "issued_on": date, "renewal_due": date}
    safeguarding: Mapped[dict[str, Any]] = mapped_column(default=dict)
    # each {"given": bool, "on": date, "how": "form|email|verbal", "recorded_by": str}
    consent_directory: Mapped[dict[str, Any]] = mapped_column(default=dict)
    consent_bundles: Mapped[dict[str, Any]] = mapped_column(default=dict)
    consent_email: Mapped[dict[str, Any]] = mapped_column(default=dict)
    consent_phone: Mapped[dict[str, Any]] = mapped_column(default=dict)
    notes: Mapped[str] = mapped_column(Text, default="")
    erased: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_builder: Mapped[dict[str, Any]] = mapped_column(default=dict, server_default="{}")


class Role(SyncedMixin, Base):
    __tablename__ = "roles"
    RECORD_TYPE = "role"

    person_id: Mapped[str] = mapped_column(ForeignKey("people.id"), index=True)
    group_id: Mapped[str] = mapped_column(ForeignKey("groups.id"), index=True)
    role: Mapped[str] = mapped_column(String(60), default="volunteer")
    since: Mapped[str | None] = mapped_column(String(10))
    until: Mapped[str | None] = mapped_column(String(10))


class Tool(SyncedMixin, Base):
    __tablename__ = "tools"
    RECORD_TYPE = "tool"

    name: Mapped[str] = mapped_column(String(200), index=True)
    kind: Mapped[str] = mapped_column(String(40), default=ToolKind.METHOD.value)
    description: Mapped[str] = mapped_column(Text, default="")
    how_to_use: Mapped[str] = mapped_column(Text, default="")
    cost: Mapped[str] = mapped_column(String(100), default="")
    link: Mapped[str] = mapped_column(String(500), default="")
    holder: Mapped[dict[str, Any]] = mapped_column(default=dict)  # {"group_id"|"person_id", "name"}
    purposes: Mapped[list[str]] = mapped_column(default=list)
    skills: Mapped[list[str]] = mapped_column(default=list)
    setup_time: Mapped[str] = mapped_column(String(100), default="")
    accessibility_notes: Mapped[str] = mapped_column(Text, default="")
    condition: Mapped[str] = mapped_column(String(100), default="")
    starter_slug: Mapped[str | None] = mapped_column(String(100))
    hidden: Mapped[bool] = mapped_column(Boolean, default=False)
    tags: Mapped[list[str]] = mapped_column(default=list)
    valuable: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")  # trusted only


class ToolUse(SyncedMixin, Base):
    __tablename__ = "tool_uses"
    RECORD_TYPE = "tool_use"

    tool_id: Mapped[str] = mapped_column(ForeignKey("tools.id"), index=True)
    group_id: Mapped[str] = mapped_column(ForeignKey("groups.id"), index=True)
    rating: Mapped[int | None] = mapped_column(Integer)
    review: Mapped[str] = mapped_column(Text, default="")


class Loan(SyncedMixin, Base):
    __tablename__ = "loans"
    RECORD_TYPE = "loan"

    tool_id: Mapped[str] = mapped_column(ForeignKey("tools.id"), index=True)
    borrower: Mapped[dict[str, Any]] = mapped_column(default=dict)  # {"group_id"|"person_id", "name"}
    out_on: Mapped[str] = mapped_column(String(10))
    due_on: Mapped[str | None] = mapped_column(String(10))
    returned_on: Mapped[str | None] = mapped_column(String(10))
    notes: Mapped[str] = mapped_column(Text, default="")
    override: Mapped[dict[str, Any]] = mapped_column(default=dict, server_default="{}")  # by, on, reason


class HealthCheck(SyncedMixin, Base):
    """A dated answer to the committee's questions about one space; never edited (added, or
    taken back by Undo)."""

    __tablename__ = "health_checks"
    RECORD_TYPE = "health_check"

    space_id: Mapped[str] = mapped_column(ForeignKey("spaces.id"), index=True)
    checked_on: Mapped[str] = mapped_column(String(10), index=True)
    # Each answer is 1 (worst) .. 5 (best) on its own scale.
    condition: Mapped[int] = mapped_column(Integer)
    trend: Mapped[int] = mapped_column(Integer)
    usage: Mapped[int] = mapped_column(Integer)
    openness: Mapped[int] = mapped_column(Integer)
    valued: Mapped[int] = mapped_column(Integer)
    finances: Mapped[int] = mapped_column(Integer)
    ownership_risk: Mapped[int] = mapped_column(Integer)
    notes: Mapped[str] = mapped_column(Text, default="")
    assessor: Mapped[str] = mapped_column(String(200), default="")
    score: Mapped[float] = mapped_column(Float)


class ComplianceItem(SyncedMixin, Base):
    __tablename__ = "compliance_items"
    RECORD_TYPE = "compliance_item"

    space_id: Mapped[str] = mapped_column(ForeignKey("spaces.id"), index=True)
    kind: Mapped[str] = mapped_column(String(100))
    last_done: Mapped[str | None] = mapped_column(String(10))
    interval_months: Mapped[int | None] = mapped_column(Integer)
    next_due: Mapped[str | None] = mapped_column(String(10), index=True)
    next_due_overridden: Mapped[bool] = mapped_column(Boolean, default=False)
    document: Mapped[dict[str, Any]] = mapped_column(default=dict)  # {"name", "sha256"}
    notes: Mapped[str] = mapped_column(Text, default="")


class Link(SyncedMixin, Base):
    """A typed edge between any two records: the network view's lines."""

    __tablename__ = "links"
    RECORD_TYPE = "link"

    from_type: Mapped[str] = mapped_column(String(20))
    from_id: Mapped[str] = mapped_column(String(36), index=True)
    to_type: Mapped[str] = mapped_column(String(20))
    to_id: Mapped[str] = mapped_column(String(36), index=True)
    kind: Mapped[str] = mapped_column(String(40))
    notes: Mapped[str] = mapped_column(Text, default="")


class ComplianceKind(SyncedMixin, Base):
    """A kind of compliance item a group added itself (the built-in kinds are data files)."""

    __tablename__ = "compliance_kinds"
    RECORD_TYPE = "compliance_kind"

    name: Mapped[str] = mapped_column(String(100))
    interval_months: Mapped[int | None] = mapped_column(Integer)
    applies_to: Mapped[str] = mapped_column(String(20), default="any")


class HelpOffer(SyncedMixin, Base):
    """A person (listed as a builder) or a group offers help with tools or skills."""
    __tablename__ = "help_offers"
    RECORD_TYPE = "help_offer"
    group_id: Mapped[str] = mapped_column(ForeignKey("groups.id"), index=True)  # whose offer it is
    person_id: Mapped[str | None] = mapped_column(ForeignKey("people.id"), index=True)  # None: the group
    skills: Mapped[list[str]] = mapped_column(default=list)
    tool_ids: Mapped[list[str]] = mapped_column(default=list)
    areas: Mapped[list[str]] = mapped_column(default=list)  # none: anywhere
    ways: Mapped[list[str]] = mapped_column(default=list)  # advice by phone, come and run it, lend, train
    how_often: Mapped[str] = mapped_column(String(200), default="")
    withdrawn: Mapped[bool] = mapped_column(Boolean, default=False)


class HelpRequest(SyncedMixin, Base):
    """A group asks for help with a tool or a need; answered, accepted, then done."""
    __tablename__ = "help_requests"
    RECORD_TYPE = "help_request"
    group_id: Mapped[str] = mapped_column(ForeignKey("groups.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))  # "first aid cover for the fun day on 14 June"
    skills: Mapped[list[str]] = mapped_column(default=list)
    tool_id: Mapped[str | None] = mapped_column(ForeignKey("tools.id"), index=True)
    area: Mapped[str] = mapped_column(String(200), default="")
    needed_by: Mapped[str | None] = mapped_column(String(10))
    status: Mapped[str] = mapped_column(String(20), default="open")  # open answered accepted done withdrawn
    offer_id: Mapped[str | None] = mapped_column(ForeignKey("help_offers.id"))  # the answer taken up


class HelpGiven(SyncedMixin, Base):
    """What was done: on which day, how many hours, who helped whom. Insert-only, like loans."""
    __tablename__ = "help_given"
    RECORD_TYPE = "help_given"
    request_id: Mapped[str | None] = mapped_column(ForeignKey("help_requests.id"), index=True)
    offer_id: Mapped[str | None] = mapped_column(ForeignKey("help_offers.id"), index=True)
    helper_group_id: Mapped[str] = mapped_column(ForeignKey("groups.id"), index=True)
    helper_person_id: Mapped[str | None] = mapped_column(ForeignKey("people.id"), index=True)
    helped_group_id: Mapped[str] = mapped_column(ForeignKey("groups.id"), index=True)
    done_on: Mapped[str] = mapped_column(String(10))
    hours: Mapped[float] = mapped_column(Float, default=0.0)
    what: Mapped[str] = mapped_column(Text, default="")


class Reservation(SyncedMixin, Base):
    """A piece of kit held for dates ahead, or waiting for them (the waiting list)."""
    __tablename__ = "reservations"
    RECORD_TYPE = "reservation"
    tool_id: Mapped[str] = mapped_column(ForeignKey("tools.id"), index=True)
    borrower: Mapped[dict[str, Any]] = mapped_column(default=dict)  # {"group_id"|"person_id", "name"}
    from_on: Mapped[str] = mapped_column(String(10))
    to_on: Mapped[str] = mapped_column(String(10))
    purpose: Mapped[str] = mapped_column(String(300), default="")
    status: Mapped[str] = mapped_column(String(20), default="booked")  # booked waiting out returned cancelled
    queue_rank: Mapped[float] = mapped_column(Float, default=0.0)  # order on the waiting list
    kit_ref: Mapped[str] = mapped_column(String(36), default="")  # reserved together with others
    loan_id: Mapped[str | None] = mapped_column(String(36))


class TrustedBorrower(SyncedMixin, Base):
    """A group or person the holders trust with valuable kit (deleted: no longer trusted)."""
    __tablename__ = "trusted_borrowers"
    RECORD_TYPE = "trusted_borrower"
    borrower: Mapped[dict[str, Any]] = mapped_column(default=dict)
    since: Mapped[str | None] = mapped_column(String(10))


class Conflict(Base):
    """Two groups changed the same field without seeing each other's change: a person decides.

    The clock already picked a winner (so every site agrees); the losing value waits here in
    the "Needs review" list until someone keeps it or dismisses it.
    """

    __tablename__ = "conflicts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    record_type: Mapped[str] = mapped_column(String(20))
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    field: Mapped[str] = mapped_column(String(60))
    kept_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    kept_clock: Mapped[str] = mapped_column(String(80))
    other_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    other_clock: Mapped[str] = mapped_column(String(80))
    other_site: Mapped[str] = mapped_column(String(200), default="")
    detected_at: Mapped[str] = mapped_column(String(32))
    resolved_at: Mapped[str | None] = mapped_column(String(32))
    resolution: Mapped[str] = mapped_column(String(20), default="")


class Site(Base):
    """This installation: created on first run, never exchanged except its id and public key."""

    __tablename__ = "site"

    site_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    group_name: Mapped[str] = mapped_column(String(200), default="")
    area: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[str] = mapped_column(String(32))
    hlc_last: Mapped[str] = mapped_column(String(80), default="")
    private_key: Mapped[bytes | None] = mapped_column(LargeBinary)
    public_key: Mapped[bytes | None] = mapped_column(LargeBinary)
    # This installation's own choices, e.g. {"retention_years": 3}; never exchanged.
    settings: Mapped[dict[str, Any]] = mapped_column(default=dict, server_default="{}")


class Peer(Base):
    """Another group we exchange bundles with."""

    __tablename__ = "peers"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    site_id: Mapped[str] = mapped_column(String(36), default="")
    public_key: Mapped[bytes | None] = mapped_column(LargeBinary)
    key_fingerprint: Mapped[str] = mapped_column(String(100), default="")
    sent_vector: Mapped[dict[str, Any]] = mapped_column(default=dict)
    seen_vector: Mapped[dict[str, Any]] = mapped_column(default=dict)
    pinned_at: Mapped[str | None] = mapped_column(String(32))
    # Money (income, costs, invoices, the backlog) goes only to a group trusted with it
    # (sync.finances); what we sent them of it, since it may start long after the rest.
    trust_finances: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    finances_sent_vector: Mapped[dict[str, Any]] = mapped_column(default=dict, server_default="{}")


class ChangeLog(Base):
    """Who changed what and when, per record; shown as the record's history."""

    __tablename__ = "change_log"
    __table_args__ = (Index("ix_change_log_record", "record_id", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    record_type: Mapped[str] = mapped_column(String(20))
    record_id: Mapped[str] = mapped_column(String(36))
    action: Mapped[str] = mapped_column(String(20))  # create, update, delete, restore, merge
    field: Mapped[str] = mapped_column(String(60), default="")
    old_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    new_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    clock: Mapped[str] = mapped_column(String(80))
    author: Mapped[str] = mapped_column(String(200), default="")
    at: Mapped[str] = mapped_column(String(32))


class UnknownRecord(Base):
    """A record of a table this version does not know (from a newer schema), kept to pass on.

    Its bundle line is kept byte for byte; `clock` is the newest stamp in it, which decides
    between two copies and which changes-only bundles carry it.
    """

    __tablename__ = "unknown_records"

    table_name: Mapped[str] = mapped_column(String(60), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    clock: Mapped[str] = mapped_column(String(80))
    line: Mapped[str] = mapped_column(Text)


SYNCED_MODELS: tuple[type[SyncedMixin], ...] = (
    Space,
    Group,
    Meeting,
    Person,
    Role,
    Tool,
    ToolUse,
    Loan,
    HealthCheck,
    ComplianceItem,
    Link,
    ComplianceKind,
    Room,
    HireRate,
    Booking,
    BookingException,
    MoneyEntry,
    BacklogItem,
    Invoice,
    Payment,
    *(HelpOffer, HelpRequest, HelpGiven, Reservation, TrustedBorrower),  # the network of builders, kit
)
MODEL_BY_TYPE: dict[str, type[SyncedMixin]] = {m.RECORD_TYPE: m for m in SYNCED_MODELS}


def synced_fields(model: type[SyncedMixin]) -> list[str]:
    """The user-visible columns of a synced model, in table order."""
    return [c.name for c in model.__table__.columns if c.name not in META_COLUMNS]


def clock_key(model: type[SyncedMixin], field: str) -> str:
    """The name under which a field's clock is kept (its group's name for grouped fields)."""
    for group, members in model.FIELD_GROUPS.items():
        if field in members:
            return group
    return field
