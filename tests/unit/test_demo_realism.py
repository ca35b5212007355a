"""The example neighbourhood reads like a real place: one postcode area, no repeated names, fitting
compliance items, and a village with the places a parish committee knows."""

from __future__ import annotations

import json
import re
import sqlite3
from collections import Counter
from datetime import date

import pytest

from civicdesk.services import demo
from civicdesk.startup import open_database


@pytest.fixture(scope="module")
def borough(tmp_path_factory):
    path = tmp_path_factory.mktemp("borough") / "b.sqlite3"
    db = open_database(path)
    demo.generate(db, "borough", seed=7, today=date(2026, 11, 27))
    db.dispose()
    return sqlite3.connect(path)


def _spaces(con):
    return [(name, category, subtype, json.loads(address or "{}"))
            for name, category, subtype, address in con.execute(
                "SELECT name, category, subtype, address FROM spaces")]


def test_one_towns_postcodes_share_its_postcode_area(borough, village):
    for con in (borough, sqlite3.connect(village.path)):
        areas = {re.match(r"[A-Z]+", a["postcode"]).group() for *_, a in _spaces(con) if a.get("postcode")}
        assert len(areas) == 1, areas


def test_no_two_spaces_share_a_name(borough):
    repeated = [n for n, c in Counter(name for name, *_ in _spaces(borough)).items() if c > 1]
    assert repeated == []


def test_outdoor_spaces_and_routes_get_only_the_compliance_items_that_fit_them(borough):
    rows = borough.execute("SELECT s.category, s.subtype, c.kind FROM compliance_items c "
                           "JOIN spaces s ON s.id = c.space_id").fetchall()
    open_air = {kind for category, _, kind in rows if category in ("outdoors", "routes")}
    assert open_air and open_air <= {"Insurance", "Safeguarding policy review"}
    assert not any(category == "digital" for category, *_ in rows)
    licences = {subtype for _, subtype, kind in rows if kind == "Premises licence"}
    assert "pub" in licences and not licences & {"library", "footpath", "village green", "church"}


def test_the_village_has_what_a_village_has(village):
    spaces = _spaces(sqlite3.connect(village.path))
    subtypes = Counter(subtype for _, _, subtype, _ in spaces)
    for usual in ("village hall", "church", "pub", "village green", "playing field", "allotment", "footpath"):
        assert subtypes[usual] >= 1, usual
    for unusual in ("town hall", "bowling alley", "market hall", "Mela", "Masonic hall"):
        assert subtypes[unusual] == 0, unusual
    assert not any(name.startswith("St ") and name.split()[1].rstrip("'s") in {"Kayleigh", "Jordan"}
                   for name, *_ in spaces)


def test_the_same_seed_gives_the_same_places(tmp_path):
    names = []
    for run in ("a", "b"):
        db = open_database(tmp_path / f"{run}.sqlite3")
        demo.generate(db, "village", seed=11, today=date(2026, 11, 27))
        db.dispose()
        names.append(sorted(sqlite3.connect(tmp_path / f"{run}.sqlite3").execute(
            "SELECT name, address FROM spaces")))
    assert names[0] == names[1]
