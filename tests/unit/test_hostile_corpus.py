"""The hostile corpus: bundles forged and validly signed with a trusted partner's own key.

Each row of the table is one attack and its expected outcome: refused with one clear line and
the database byte for byte as it was, or taken in only as far as the partner's authority goes
(a proposal, a kept unknown record, nothing at all for an erased person or a replay).
Attacks on the file itself (paths, bombs, signatures) are in test_bundle_hostile.py.
"""

from __future__ import annotations

import base64
import json
import os
import sqlite3
from dataclasses import dataclass
from types import SimpleNamespace
from typing import Any

import pytest

from civicdesk.core.clock import Stamp, wall_clock_ms
from civicdesk.db.ids import new_id
from civicdesk.services.conflicts import ConflictService
from civicdesk.services.erasure import erase
from civicdesk.services.people import PersonService
from civicdesk.services.spaces import SpaceService
from civicdesk.sync.export import build_bundle
from civicdesk.sync.limits import BundleError
from civicdesk.sync.receive import BundleImporter
from tests.unit.sync_helpers import (
    FORGER_PRIVATE,
    FORGER_PUBLIC,
    canonical,
    forged,
    make_site,
    ndjson,
    signed_as,
    snapshot,
)

KINGTON = "Kington Residents' Association"
SPACES, PEOPLE, ROLES = "rows/spaces.ndjson", "rows/people.ndjson", "rows/roles.ndjson"


@pytest.fixture
def world(tmp_path):
    """The hall and Kington have swapped full bundles; then the hall added Fox Post Office and
    erased Abbie Harris (whom Kington had been shown)."""
    hall = make_site(tmp_path / "hall.sqlite3", "Chapel Street Hall")
    kington = make_site(tmp_path / "kington.sqlite3", KINGTON)
    centre = SpaceService(kington).create({"name": "Kington Community Centre", "category": "civic"})
    consent = {"given": True, "on": "2026-01-01", "how": "form"}
    abbie = PersonService(hall).create({"name": "Abbie Harris", "consent_bundles": consent,
                                        "address": {"town": "Kington", "postcode": "HR5 3AA"}})
    first = build_bundle(kington).data
    BundleImporter(hall).apply(first)
    BundleImporter(kington).apply(build_bundle(hall).data)
    fox = SpaceService(hall).create({"name": "Fox Post Office", "category": "civic"})
    erase(hall, abbie.id)
    site = json.loads(json.dumps(build_bundle(kington).manifest["origin"]))["site_id"]
    return SimpleNamespace(hall=hall, kington=kington, site=site, centre=centre, fox=fox, abbie=abbie,
                           consent=consent, first=first, tmp_path=tmp_path)


def stamp(w: Any, offset_ms: int = 1000) -> str:
    return Stamp(wall_clock_ms() + offset_ms, 0, w.site).encode()


def row(w: Any, **fields: Any) -> dict[str, Any]:
    base = {"id": new_id(), "created_at": "2026-06-01T00:00:00.000Z", "clock": stamp(w),
            "field_clocks": {}, "extra": {}, "name": "Forged Hall", "category": "civic", "deleted": False}
    return base | fields


def spaces(w: Any, *rows: dict[str, Any]) -> bytes:
    return signed_as(w.kington, {SPACES: ndjson(list(rows))})


def line(w: Any, text: bytes) -> bytes:
    return signed_as(w.kington, {SPACES: text + b"\n"})


def new_key_for_known_site(w: Any) -> bytes:
    return forged({SPACES: ndjson([row(w)])}, FORGER_PRIVATE,
                  origin={"site_id": w.site, "group_name": KINGTON},
                  public_key=base64.b64encode(FORGER_PUBLIC).decode())


def duplicate_id(w: Any) -> bytes:
    twin = row(w)
    return signed_as(w.kington, {SPACES: canonical(twin) + b"\n" + canonical(twin) + b"\n"})


def missing_reference(w: Any) -> bytes:
    role = {"id": new_id(), "created_at": "2026-06-01T00:00:00.000Z", "clock": stamp(w), "field_clocks": {},
            "extra": {}, "person_id": new_id(), "group_id": new_id(), "role": "volunteer", "deleted": False}
    return signed_as(w.kington, {ROLES: ndjson([role])})


@dataclass(frozen=True)
class Attack:
    build: Any  # world -> bundle bytes
    refused: str | None = None  # the refusal's words; None: taken in, then `check` says how far
    check: Any = None  # world, summary -> None (asserts)


def replay_prepare(w: Any) -> None:
    SpaceService(w.kington).update(w.centre.id, {"name": "Kington Centre"})
    BundleImporter(w.hall).apply(build_bundle(w.kington).data)


def replay_check(w: Any, summary: Any) -> None:
    assert summary.changes == 0
    assert SpaceService(w.hall).get(w.centre.id).name == "Kington Centre"


def foreign_tombstone_check(w: Any, summary: Any) -> None:
    assert [p.title for p in summary.proposals] == ["Fox Post Office"] and summary.deleted == 0
    assert SpaceService(w.hall).get(w.fox.id).deleted is False
    (item,) = ConflictService(w.hall).open_items()
    assert item.other_text == f"{KINGTON} would delete Fox Post Office, which they have not been shown"


def unknown_table_check(w: Any, summary: Any) -> None:
    assert summary.unknown_records == 1 and summary.changes == 0
    assert "rows/solar_panels.ndjson" in build_bundle(w.hall).manifest["members"]


def nothing_for_the_erased(w: Any, summary: Any) -> None:
    assert summary.changes == 0 and not summary.proposals


def unerase(w: Any) -> bytes:
    person = {"id": w.abbie.id, "created_at": "2001-01-01T00:00:00.000Z", "clock": stamp(w),
              "field_clocks": {"erased": stamp(w, 2000)}, "extra": {}, "name": "Abbie Harris",
              "erased": False, "deleted": False, "address": {"town": "Presteigne", "postcode": "LD8 2AA"},
              "consent_directory": w.consent, "consent_bundles": w.consent}
    return signed_as(w.kington, {PEOPLE: ndjson([person])})


ATTACKS: dict[str, Attack] = {
    "wrong type": (Attack(lambda w: spaces(w, row(w, capacity="lots")), "capacity must be a whole number")),
    # Random letters: a name of one repeated letter would be refused earlier, as a compression bomb.
    "5 MB name": Attack(lambda w: spaces(w, row(w, name=os.urandom(5 << 19).hex())), "longer than"),
    "NaN": Attack(lambda w: line(w, json.dumps(row(w, capacity=float("nan"))).encode()), "NaN"),
    "missing reference": Attack(missing_reference, "neither in the bundle nor in this database"),
    "bad id": Attack(lambda w: spaces(w, row(w, id="../../etc/passwd")), "the id is not a record id"),
    "year 9999 clock": Attack(
        lambda w: spaces(w, row(w, clock=Stamp(253402300799000, 0, w.site).encode())),
        "24 hours in the future",
    ),
    "negative clock": Attack(
        lambda w: spaces(w, row(w, clock=f"-{stamp(w)[1:]}")), "clock is not a clock stamp"
    ),
    "negative field clock": Attack(
        lambda w: spaces(w, row(w, field_clocks={"name": f"-{stamp(w)[1:]}"})), "field_clocks must map"
    ),
    "duplicate id": Attack(duplicate_id, "an id appears twice"),
    "new key claiming a known site": Attack(
        new_key_for_known_site, f"signing key of “{KINGTON}” has changed"
    ),
    "bad clock name (a field clocked with its group)": Attack(
        lambda w: spaces(w, row(w, latitude=52.2, longitude=-3.0, field_clocks={"latitude": stamp(w, 10)})),
        "field_clocks names 'latitude', which is clocked with its group 'location'",
    ),
    "bad clock name (a field the row does not have)": Attack(
        lambda w: spaces(w, row(w, field_clocks={"colour": stamp(w)})), "which the row does not have"
    ),
    "replay of an older bundle": Attack(lambda w: w.first, check=replay_check),
    "unknown table": Attack(
        lambda w: signed_as(w.kington, {"rows/solar_panels.ndjson": ndjson([row(w, kilowatts=3.5)])}),
        check=unknown_table_check,
    ),
    "foreign tombstone": Attack(
        lambda w: spaces(w, {"id": w.fox.id, "created_at": w.fox.created_at, "clock": stamp(w),
                             "field_clocks": {}, "extra": {}, "deleted": True}),
        check=foreign_tombstone_check,
    ),
    "un-erase": Attack(unerase, check=nothing_for_the_erased),
}
PREPARE = {"replay of an older bundle": replay_prepare}
# Taken in without writing a byte: a replay is recognised by its signed manifest, and a row for
# an erased person brings nothing at all.
UNTOUCHED = {"replay of an older bundle"}


def person_row(db: Any, person_id: str) -> tuple[Any, ...]:
    con = sqlite3.connect(db.path)
    try:
        return con.execute("SELECT * FROM people WHERE id = ?", (person_id,)).fetchone()
    finally:
        con.close()


@pytest.mark.parametrize("name", sorted(ATTACKS))
def test_each_forged_bundle_gets_its_expected_outcome(world, name):
    attack = ATTACKS[name]
    PREPARE.get(name, lambda w: None)(world)
    data = attack.build(world)
    hall = world.hall
    before = snapshot(hall)
    if attack.refused is not None:
        with pytest.raises(BundleError) as caught:
            BundleImporter(hall).preview(data)
        assert attack.refused in caught.value.message
        with pytest.raises(BundleError) as caught:
            BundleImporter(hall).apply(data)
        assert attack.refused in caught.value.message and "\n" not in caught.value.message
        assert snapshot(hall) == before
        return
    erased_before = person_row(hall, world.abbie.id)
    summary = BundleImporter(hall).apply(data, backup=False)
    attack.check(world, summary)
    if name in UNTOUCHED:
        assert snapshot(hall) == before
    assert person_row(hall, world.abbie.id) == erased_before  # still erased, nothing brought in
