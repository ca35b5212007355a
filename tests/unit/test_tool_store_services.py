"""Shared kit loans, the store's cards and pages, and tool suggestions."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from civicdesk.errors import ValidationError
from civicdesk.services import kit, recommend, tool_store
from civicdesk.services.catalogue import starter_id
from civicdesk.services.groups import GroupService
from civicdesk.services.people import PersonService, RoleService
from civicdesk.services.tool_store import StoreFilter
from civicdesk.services.tools import LoanService, ToolUseService

GAZEBO = starter_id("gazebo")


def test_a_loan_past_its_due_date_is_overdue_until_it_comes_back(db):
    loan = LoanService(db).create(
        {"tool_id": GAZEBO, "borrower": {"name": "Mrs Patel"}, "out_on": "2026-06-01", "due_on": "2026-06-08"}
    )
    assert kit.overdue_loans(db, date(2026, 6, 8)) == []
    (late,) = kit.overdue_loans(db, date(2026, 6, 15))
    assert (late.loan.tool_name, late.loan.borrower, late.loan.days_overdue) == ("Gazebo", "Mrs Patel", 7)
    assert late.as_json()["days_overdue"] == 7
    LoanService(db).update(loan.id, {"returned_on": "2026-06-16"})
    assert kit.overdue_loans(db, date(2026, 6, 20)) == []


def test_loan_dates_out_of_order_or_no_borrower_are_refused_with_the_field_named(db):
    loans = LoanService(db)
    with pytest.raises(ValidationError) as refused:
        loans.create({"tool_id": GAZEBO, "borrower": {"name": "  "}, "out_on": "2026-06-01",
                      "due_on": "2026-05-25"})
    assert refused.value.errors == {
        "borrower": "please enter who borrowed it (a group, person or name)",
        "due_on": "the due date is before the day it went out",
    }
    loan = loans.create({"tool_id": GAZEBO, "borrower": "Scouts", "out_on": "2026-06-01"})
    # Changing one date alone is checked against the stored others.
    with pytest.raises(ValidationError, match="return date is before the day it went out"):
        loans.update(loan.id, {"returned_on": "2026-05-31"})
    assert loans.get(loan.id).returned_on is None
    loans.update(loan.id, {"returned_on": "2026-06-01"})  # back the same day is fine
    assert loans.get(loan.id).returned_on == "2026-06-01"


def test_a_role_cannot_end_before_it_began(db):
    person = PersonService(db).create({"name": "Ann Lee"})
    group = GroupService(db).create({"name": "Friends of the Park"})
    roles = RoleService(db)
    with pytest.raises(ValidationError) as refused:
        roles.create({"person_id": person.id, "group_id": group.id, "role": "treasurer",
                      "since": "2025-04-01", "until": "2024-04-01"})
    assert refused.value.errors == {"until": "the end date is before the start date"}
    treasurer = {"person_id": person.id, "group_id": group.id, "role": "treasurer"}
    role = roles.create({**treasurer, "since": "2025-04-01"})
    with pytest.raises(ValidationError):
        roles.update(role.id, {"since": "2026-01-01", "until": "2025-12-31"})


def test_the_kit_list_shows_who_holds_what_and_who_has_it(db, tmp_path: Path):
    from civicdesk.reports.kit_list import write_kit_list

    LoanService(db).create(
        {"tool_id": GAZEBO, "borrower": {"name": "Scouts"}, "out_on": "2026-06-01", "due_on": "2026-06-08"}
    )
    items = {i.name: i for i in kit.kit_items(db, date(2026, 7, 1))}
    assert items["Gazebo"].on_loan is not None and items["Gazebo"].on_loan.overdue
    assert items["Tea urn"].on_loan is None
    assert all(i.name != "Street party" for i in items.values())  # a method is not kit
    out = tmp_path / "kit.pdf"
    assert write_kit_list(db, out, date(2026, 7, 1)) == len(items)
    assert out.read_bytes().startswith(b"%PDF")


def test_cards_filter_by_purpose_and_cost_and_search_words(db):
    cards = tool_store.cards(db)
    chosen = [c.name for c in cards if StoreFilter(purpose="meet neighbours", cost="free").accepts(c)]
    assert "Street party" not in chosen  # under £50
    assert {"Asset-mapping walk", "Door-knocking welcome"} <= set(chosen)
    assert [c.name for c in cards if StoreFilter(text="urn").accepts(c)] == ["Tea urn"]


def test_a_tools_page_lists_ratings_and_only_consenting_helpers(db):
    group = GroupService(db).create({"name": "Friends of the Park"})
    ToolUseService(db).create({"tool_id": GAZEBO, "group_id": group.id, "rating": 5, "review": "Sturdy."})
    yes = {"given": True, "on": "2026-01-01", "how": "form"}
    PersonService(db).create({"name": "Ann Listed", "skills": ["Gazebo"], "consent_directory": yes})
    PersonService(db).create({"name": "Bob Private", "skills": ["gazebo"]})
    page = tool_store.tool_page(db, GAZEBO, date(2026, 1, 1))
    assert [(u.group_name, u.rating, u.review, u.partner) for u in page.uses] == [
        ("Friends of the Park", 5, "Sturdy.", "")]
    names = [b.name for b in page.builders]
    assert "Friends of the Park" in names and "Ann Listed" in names and "Bob Private" not in names


def test_suggestions_follow_what_similar_groups_rate_well(db):
    groups = GroupService(db)
    walkers = groups.create({"name": "North Walkers", "activities": ["Walking Group"]})
    others = groups.create({"name": "South Walkers", "activities": ["Walking Group"]})
    before = recommend.suggest(db, group_id=walkers.id, purpose="share things")
    ToolUseService(db).create({"tool_id": starter_id("seed-swap"), "group_id": others.id, "rating": 5})
    ToolUseService(db).create({"tool_id": starter_id("time-bank"), "group_id": walkers.id, "rating": 4})
    after = recommend.suggest(db, group_id=walkers.id, purpose="share things")
    assert after != before
    top = after[0]
    assert top.name == "Seed and plant swap"
    assert any("South Walkers" in r for r in top.reasons) and any("share things" in r for r in top.reasons)
    assert all(s.name != "Time bank" for s in after)  # already used by the group


def test_suggestions_for_a_space_use_the_groups_that_meet_there(db):
    from civicdesk.services.groups import MeetingService
    from civicdesk.services.spaces import SpaceService

    hall = SpaceService(db).create({"name": "Village Hall", "category": "civic"})
    choir = GroupService(db).create({"name": "Choir"})
    MeetingService(db).create({"group_id": choir.id, "space_id": hall.id})
    ToolUseService(db).create({"tool_id": starter_id("tea-urn"), "group_id": choir.id, "rating": 5})
    suggestions = recommend.suggest(db, space_id=hall.id, purpose="run a meeting")
    assert suggestions and all(s.name != "Tea urn" for s in suggestions)
    assert "not used by the groups at Village Hall yet" in suggestions[0].reasons
