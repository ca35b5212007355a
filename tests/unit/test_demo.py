"""The example neighbourhood: deterministic, believable, and with something for every screen."""

from __future__ import annotations

import sqlite3
from datetime import date

from civicdesk.services import demo, listing
from civicdesk.services.overview import stats
from civicdesk.startup import open_database


def test_the_village_has_the_documented_size(village):
    from civicdesk.services import catalogue

    counts = stats(village)
    # The village's tools are the starter catalogue (48 entries), no more: the demo reuses it.
    starter = len(catalogue.load().entries)
    assert (counts["spaces"], counts["groups"], counts["people"], counts["tools"]) == (40, 30, 150, starter)
    assert counts["health_checks"] == 120 and counts["compliance_items"] > 0 and counts["links"] > 0


def test_the_same_seed_gives_the_same_records(tmp_path):
    rows = []
    for name in ("a", "b"):
        db = open_database(tmp_path / f"{name}.sqlite3")
        demo.generate(db, "village", seed=5, today=date(2026, 11, 27))
        rows.append(listing.page(db, "person", limit=1000))
        db.dispose()
    assert rows[0] == rows[1]


def test_a_different_seed_gives_a_different_neighbourhood(tmp_path):
    names = []
    for seed in (1, 2):
        db = open_database(tmp_path / f"{seed}.sqlite3")
        demo.generate(db, "village", seed=seed)
        names.append({r[1] for r in listing.page(db, "space", limit=100)})
        db.dispose()
    assert names[0] != names[1]


def test_some_people_have_not_consented_and_some_items_are_overdue(village):
    conn = sqlite3.connect(village.path)
    without = conn.execute("SELECT COUNT(*) FROM people WHERE json_extract(consent_directory, '$.given') "
                           "IS NOT 1").fetchone()[0]
    overdue = conn.execute("SELECT COUNT(*) FROM compliance_items WHERE next_due < date('now')").fetchone()[0]
    never = conn.execute("SELECT COUNT(*) FROM spaces s WHERE category != 'digital' AND NOT EXISTS "
                         "(SELECT 1 FROM health_checks h WHERE h.space_id = s.id)").fetchone()[0]
    conn.close()
    assert 20 < without < 100  # a realistic share without directory consent
    assert overdue > 0 and never > 0


def test_every_script_the_neighbourhood_writes_is_there(village):
    names = {r[1] for r in listing.page(village, "group", limit=100)}
    for sample in ("Łódź", "Türk", "Ελληνική", "Русская", "العربيات", "اردو", "বাংলা", "华人"):
        assert any(sample in n for n in names), sample


def test_group_names_are_unique_and_kinds_fit(village):
    rows = listing.page(village, "group", limit=100)
    names = [r[1] for r in rows]
    assert len(names) == len(set(names))
    kinds = {r[1]: r[2] for r in rows}
    for name, kind in kinds.items():
        if "Association" in name:
            assert kind == "residents' association"


def test_example_data_is_only_for_an_empty_database(village):
    import pytest

    from civicdesk.errors import CivicDeskError

    with pytest.raises(CivicDeskError, match="empty database"):
        demo.generate(village, "village", seed=1)


def test_the_example_uses_and_lends_the_starter_catalogue_without_duplicate_names(village):
    conn = sqlite3.connect(village.path)
    names = [r[0] for r in conn.execute("SELECT name FROM tools")]
    foreign = conn.execute("SELECT COUNT(*) FROM tool_uses u JOIN tools t ON t.id = u.tool_id "
                           "WHERE t.starter_slug IS NULL").fetchone()[0]
    held = conn.execute("SELECT COUNT(*) FROM tools WHERE kind = 'shared kit' "
                        "AND json_extract(holder, '$.name') IS NOT NULL").fetchone()[0]
    loans = conn.execute("SELECT COUNT(*) FROM loans").fetchone()[0]
    conn.close()
    assert len(names) == len(set(names)) and foreign == 0
    assert held > 0 and loans > 0
