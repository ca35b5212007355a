"""The starter catalogue: in every new database, same ids everywhere, updates never undo a group's edits."""

from __future__ import annotations

import dataclasses
import json
import uuid

import pytest

from civicdesk.services import catalogue, search
from civicdesk.services.catalogue import COSTS, PURPOSES, starter_id
from civicdesk.services.overview import stats
from civicdesk.services.tools import TOOL_KINDS, ToolService
from civicdesk.startup import open_database


def entries() -> tuple[dict, ...]:
    return catalogue.load().entries


def newer(changes: dict[str, dict], version: int = 2, extra: list[dict] | None = None) -> catalogue.Catalogue:
    """The shipped catalogue as a later version would be, with some entries changed."""
    current = catalogue.load()
    changed = tuple({**e, **changes.get(e["slug"], {})} for e in current.entries) + tuple(extra or [])
    return dataclasses.replace(current, version=version, entries=changed)


def test_the_catalogue_has_forty_or_more_entries_of_every_kind_with_valid_fields(db):
    items = entries()
    service = ToolService(db)
    assert len(items) >= 40
    assert {e["kind"] for e in items} == set(TOOL_KINDS)
    assert len({e["slug"] for e in items}) == len(items)
    for e in items:
        assert e["cost"] in COSTS, e["slug"]
        assert e["purposes"] and set(e["purposes"]) <= set(PURPOSES), e["slug"]
        assert e["description"] and e["how_to_use"] and e["accessibility_notes"] and e["setup_time"]
        # Each entry passes the same validation as a tool a person types in.
        service.clean({f: e[f] for f in catalogue.CATALOGUE_FIELDS}, creating=True)


def test_a_new_database_starts_with_the_catalogue_counted_as_tools(db):
    assert stats(db)["tools"] == len(entries())
    assert catalogue.installed_version(db) == catalogue.load().version
    gazebo = ToolService(db).get(starter_id("gazebo"))
    assert (gazebo.name, gazebo.kind, gazebo.starter_slug) == ("Gazebo", "shared kit", "gazebo")
    assert [h.title for h in search.SearchService(db).search("tea urn")] == ["Tea urn"]


def test_starter_ids_are_the_same_on_every_installation(tmp_path):
    ids = []
    for name in ("a", "b"):
        db = open_database(tmp_path / f"{name}.sqlite3")
        ids.append(sorted(t.id for t in ToolService(db).find_by_name("Street party")))
        db.dispose()
    assert ids[0] == ids[1] == [str(uuid.uuid5(catalogue.CATALOGUE_NAMESPACE, "street-party"))]


def test_opening_again_installs_nothing_twice(db_path, db):
    db.dispose()
    again = open_database(db_path)
    assert stats(again)["tools"] == len(entries())
    assert catalogue.install(again) == catalogue.InstallResult(catalogue.load().version, 0, 0, 0)
    again.dispose()


def test_an_update_fills_untouched_fields_and_keeps_the_groups_own_edits(db):
    tools = ToolService(db, author="Sam")
    urn = starter_id("tea-urn")
    tools.update(urn, {"description": "Our urn lives in the hall kitchen.", "hidden": True})
    result = catalogue.install(
        db,
        newer(
            {
                "tea-urn": {"description": "NEW description", "setup_time": "30 minutes"},
                "gazebo": {"description": "A better gazebo text."},
            },
            extra=[{**entries()[0], "slug": "new-thing", "name": "New thing"}],
        ),
    )
    assert (result.added, result.updated_fields, result.kept_local_edits) == (1, 2, 1)
    kept = tools.get(urn)
    assert kept.description == "Our urn lives in the hall kitchen." and kept.hidden is True
    assert kept.setup_time == "30 minutes"  # never edited here, so the update arrives
    assert tools.get(starter_id("gazebo")).description == "A better gazebo text."
    assert tools.get(starter_id("new-thing")).name == "New thing"
    assert catalogue.installed_version(db) == 2
    # The history says who changed what: the group's edit, then the catalogue's.
    assert [(h.author, h.field) for h in tools.history(urn) if h.action == "update"] == [
        ("Sam", "description"), ("Sam", "hidden"), ("starter catalogue", "setup_time")]


def test_a_persons_edit_always_beats_catalogue_text_in_a_merge(db):
    """Catalogue stamps are earlier than any real edit, so last-writer-wins keeps the group's words."""
    tools = ToolService(db)
    tools.update(starter_id("projector"), {"cost": "free"})
    edited = tools.get(starter_id("projector"))
    assert edited.field_clocks["cost"] > catalogue.catalogue_stamp(999)


def test_an_older_catalogue_never_downgrades(db):
    catalogue.install(db, newer({"gazebo": {"description": "Version two."}}, version=2))
    catalogue.install(db, newer({"gazebo": {"description": "Version one again."}}, version=1))
    assert ToolService(db).get(starter_id("gazebo")).description == "Version two."


def test_a_deleted_starter_entry_stays_deleted(db):
    ToolService(db).delete(starter_id("noticeboard"))
    catalogue.install(db, newer({"noticeboard": {"description": "changed"}}))
    assert ToolService(db).get(starter_id("noticeboard"), include_deleted=True).deleted
    assert stats(db)["tools"] == len(entries()) - 1


def test_the_file_is_valid_json_with_a_version(tmp_path):
    from civicdesk.paths import resource_path

    data = json.loads(resource_path("data", "tool_catalogue.json").read_text(encoding="utf-8"))
    assert isinstance(data["version"], int) and data["version"] >= 1


@pytest.mark.parametrize("stamp", ["", "garbage", "000000000000001.00000.some-site"])
def test_only_catalogue_stamps_have_a_catalogue_version(stamp):
    assert catalogue.stamp_version(stamp) is None
