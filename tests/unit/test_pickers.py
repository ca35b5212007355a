"""Pickers: choosing records by typed name, and related rows listed with names."""

from __future__ import annotations

from civicdesk.services import pickers
from civicdesk.services.groups import GroupService, MeetingService
from civicdesk.services.people import PersonService, RoleService
from civicdesk.services.spaces import SpaceService
from civicdesk.services.tools import LoanService, ToolService, ToolUseService


def test_choices_match_any_word_of_the_name_as_typed(db):
    spaces = SpaceService(db)
    hall = spaces.create({"name": "Townsend Village Hall", "category": "civic", "address": {"town": "Leeds"}})
    spaces.create({"name": "St Mary's Church", "category": "religious"})
    assert [c.name for c in pickers.choices(db, "space")] == ["St Mary's Church", "Townsend Village Hall"]
    found = pickers.choices(db, "space", "vill")
    assert [(c.record_id, c.name) for c in found] == [(hall.id, "Townsend Village Hall")]
    assert pickers.name_of(db, "space", hall.id) == "Townsend Village Hall"
    assert pickers.name_of(db, "space", None) == ""


def test_deleted_records_are_not_offered(db):
    groups = GroupService(db)
    group = groups.create({"name": "Knit and Natter"})
    groups.delete(group.id)
    assert pickers.choices(db, "group") == []
    assert pickers.choices(db, "group", "knit") == []


def test_related_rows_carry_names(db):
    space = SpaceService(db).create({"name": "Library", "category": "public"})
    group = GroupService(db).create({"name": "Book Club"})
    MeetingService(db).create({"group_id": group.id, "space_id": space.id,
                               "schedule": {"days": ["thu"], "start": "18:00", "end": "19:30"}})
    MeetingService(db).create({"group_id": group.id, "space_id": None, "schedule": {"days": ["mon"]}})
    rows = pickers.meetings_of_group(db, group.id)
    assert [(r.space_name, r.schedule["days"]) for r in rows] == [("Library", ["thu"]), ("", ["mon"])]

    person = PersonService(db).create({"name": "Ada Lovelace"})
    RoleService(db).create(
        {"person_id": person.id, "group_id": group.id, "role": "treasurer", "since": "2024-01-05"}
    )
    assert [(r.group_name, r.role, r.since) for r in pickers.roles_of_person(db, person.id)] == [
        ("Book Club", "treasurer", "2024-01-05")
    ]

    tool = ToolService(db).create({"name": "PA system", "kind": "shared kit"})
    ToolUseService(db).create({"tool_id": tool.id, "group_id": group.id, "rating": 4, "review": "Loud"})
    LoanService(db).create({"tool_id": tool.id, "borrower": "Jo Bloggs", "out_on": "2026-03-01"})
    assert [(u.group_name, u.rating) for u in pickers.uses_of_tool(db, tool.id)] == [("Book Club", 4)]
    assert [(loan.borrower["name"], loan.out_on) for loan in pickers.loans_of_tool(db, tool.id)] == [
        ("Jo Bloggs", "2026-03-01")
    ]
