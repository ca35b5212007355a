"""Example neighbourhoods: believable, fictional, and identical for the same seed.

People's names, postcodes and phone numbers come from Faker's en_GB locale (phone numbers from
Ofcom's drama ranges, emails at example.org); places are built from those names and the words in
`resources/data/demo_vocabulary.json`. Rows are written in bulk, so the city size (over a million
rows) is generated in well under two minutes.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from sqlalchemy import func, select

from civicdesk.core import search_index
from civicdesk.core.record_types import RECORD_TYPES
from civicdesk.core.record_writer import RecordWriter
from civicdesk.db.bulk import insert_rows
from civicdesk.db.database import Database
from civicdesk.db.hire_models import Booking, HireRate, Room
from civicdesk.db.models import (
    MODEL_BY_TYPE,
    ComplianceItem,
    Group,
    HealthCheck,
    HelpGiven,
    HelpOffer,
    HelpRequest,
    Link,
    Loan,
    Meeting,
    Person,
    Role,
    Space,
    Tool,
    ToolUse,
)
from civicdesk.errors import CivicDeskError
from civicdesk.services import catalogue
from civicdesk.services.demo_bookings import DemoBookings
from civicdesk.services.demo_builders import DemoBuilders
from civicdesk.services.demo_generator import DemoGenerator
from civicdesk.services.demo_money import DemoMoney
from civicdesk.services.demo_people_places import DemoSize, vocabulary

# `tools` is the total wanted: the starter catalogue (48 entries) plus district copies of its kit
# up to that number, so the village has the catalogue alone.
SIZES = {
    "village": DemoSize(40, 30, 150, 0, 120, 1),
    "borough": DemoSize(2_000, 1_500, 10_000, 300, 6_000, 12),
    "city": DemoSize(60_000, 45_000, 300_000, 3_000, 180_000, 120),
}


def generate(
    db: Database,
    size: str = "village",
    seed: int = 1,
    today: date | None = None,
    progress: Callable[[str], None] | None = None,
) -> dict[str, int]:
    """Fill an empty database with a generated neighbourhood; returns counts per table."""
    if size not in SIZES:
        raise CivicDeskError(f"unknown size {size!r}; choose village, borough or city")
    say = progress or (lambda _msg: None)
    with db.write() as session:
        occupied = sum(
            session.scalar(select(func.count()).select_from(m)) or 0 for m in (Space, Group, Person)
        )
        if occupied:
            raise CivicDeskError(
                "the database already has spaces, groups or people; example data only goes "
                "into an empty database"
            )
        # The neighbourhood uses the starter catalogue rather than inventing tools of its own.
        catalogue.install_in(session, catalogue.load())
        starter = [
            {"id": t.id, "name": t.name, "kind": t.kind, "purposes": list(t.purposes or [])}
            for t in session.scalars(
                select(Tool).where(Tool.starter_slug.is_not(None), Tool.deleted.is_(False)).order_by(Tool.id)
            )
        ]
        writer = RecordWriter(session, "example data")
        stamp = writer.tick()
        gen = DemoGenerator(SIZES[size], seed, today or date.today(), stamp)
        say("spaces")
        spaces = gen.spaces()
        groups = gen.groups(vocabulary()["multilingual"]["groups"])
        people = gen.people()
        tools = gen.tools(starter)
        all_tools = starter + tools
        say("health checks and compliance")
        checks = gen.health_checks(spaces)
        meetings = gen.meetings(groups, spaces)
        tables: list[tuple[Any, list[dict[str, Any]]]] = [
            (Space, spaces),
            (Group, groups),
            (Person, people),
            (Tool, tools),
            (Meeting, meetings),
            (Role, gen.roles(people, groups)),
            (ToolUse, gen.tool_uses(all_tools, groups)),
            (Loan, gen.loans(all_tools, groups)),
            (HealthCheck, checks),
            (ComplianceItem, gen.compliance(spaces)),
            (Link, gen.links(groups, spaces)),
        ]
        money_maker = DemoMoney(seed, today or date.today(), stamp, by_year=size == "city")
        money = money_maker.rows(spaces, meetings, groups)
        tables += [(MODEL_BY_TYPE[t.name], money[t.plural]) for t in RECORD_TYPES if t.plural in money]
        # The network of builders (its own random numbers: the rows above stay as they were).
        helping = DemoBuilders(seed, gen.today, stamp, gen.now_iso).build(
            people, groups, tables[5][1], [d["name"] for d in gen.districts]
        )
        tables += [(HelpOffer, helping["help_offers"]), (HelpRequest, helping["help_requests"]),
                   (HelpGiven, helping["help_given"])]
        counts = {}
        session.connection().exec_driver_sql("PRAGMA cache_size = -262144")  # 256 MB while bulk loading
        for model, rows in tables:
            say(model.__tablename__)
            insert_rows(session, model.__table__, rows)
            counts[model.__tablename__] = len(rows)
        counts["tools"] = len(all_tools)  # the starter catalogue is part of the neighbourhood's tools
        say("who holds the kit")
        gen.hold_kit(writer, session, [t for t in starter if t["kind"] == "shared kit"], groups)
        say("rooms and bookings")
        hire = DemoBookings(seed, gen.today, stamp, gen.now_iso, gen.id_ms)
        hire.build(spaces, groups, people)
        for model, rows in ((Room, hire.rooms), (HireRate, hire.rates), (Booking, hire.bookings)):
            insert_rows(session, model.__table__, rows)
            counts[model.__tablename__] = len(rows)
        say("search index")
        search_index.bulk_index(
            session, ((model.RECORD_TYPE, row["id"], row.get) for model, rows in tables[:4] for row in rows)
        )
        # Fresh statistics, so the query planner knows how the new rows are spread.
        session.connection().exec_driver_sql("ANALYZE")
        return counts
