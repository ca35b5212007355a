"""Two groups editing the same spaces: a bundle with twenty changes, three of which clash."""

from __future__ import annotations

from pathlib import Path

from civicdesk.core.clock import wall_clock_ms
from civicdesk.db.database import Database
from civicdesk.services.spaces import SpaceService
from civicdesk.sync.export import build_bundle
from civicdesk.sync.receive import BundleImporter
from tests.unit.sync_helpers import make_site

# Ten minutes ago: the bundles can also be read by the real command, which refuses the future.
START = wall_clock_ms() - 600_000
TENANTS = "Kington Residents' Association"
HALLS = ("Chapel Street Hall", "Kington Library", "St Mary's Church Hall", "Brook Street Scout Hut",
         "Mill Lane Allotments", "The Oak Community Café", "Riverside Park")


def two_groups(folder: Path) -> tuple[Database, Database, dict[str, str]]:
    """Our hall committee and the tenants, who both hold the same seven spaces."""
    hall = make_site(folder / "hall.sqlite3", "Chapel Street Hall Committee")
    tenants = make_site(folder / "tenants.sqlite3", TENANTS)
    service = SpaceService(hall, now=lambda: START)
    ids = {}
    for number, name in enumerate(HALLS):
        values = {"name": name, "category": "civic", "hire_cost": f"£{10 + number} an hour"}
        ids[name] = service.create({**values, "capacity": 40 + number}).id
    BundleImporter(tenants, now=lambda: START).apply(build_bundle(hall).data)
    return hall, tenants, ids


def twenty_changes(folder: Path) -> tuple[Database, bytes, dict[str, str]]:
    """The tenants change twenty details; we changed three of them too, without seeing theirs
    (two of ours are older and wait in Needs review, one is newer and theirs waits)."""
    hall, tenants, ids = two_groups(folder)
    ours = SpaceService(hall, now=lambda: START + 1000)
    ours.update(ids["Chapel Street Hall"], {"hire_cost": "£12 an hour"})
    ours.update(ids["Kington Library"], {"capacity": 60})
    theirs = SpaceService(tenants, now=lambda: START + 2000)
    theirs.update(ids["Chapel Street Hall"], {"hire_cost": "£15 an hour", "capacity": 80,
                                              "description": "Main hall with a stage and a kitchen"})
    hours = {"tue": [["09:30", "17:00"]], "sat": [["10:00", "13:00"]]}
    theirs.update(ids["Kington Library"], {"capacity": 55, "website": "https://kington.example/library",
                                           "opening_hours": hours})
    theirs.update(ids["St Mary's Church Hall"], {"hire_cost": "£18 an hour", "status": "thriving",
                                                 "facilities": ["kitchen", "piano"]})
    theirs.update(ids["Brook Street Scout Hut"], {"status": "at risk", "capacity": 25,
                                                  "description": "Roof leaks in winter"})
    theirs.update(ids["Mill Lane Allotments"], {"category": "outdoors", "hire_cost": "free",
                                                "tags": ["growing", "outdoors"]})
    theirs.update(ids["The Oak Community Café"], {"hire_cost": "£20 a session", "capacity": 30,
                                                  "subtype": "café"})
    theirs.update(ids["Riverside Park"], {"category": "outdoors", "status": "at risk"})
    later = SpaceService(hall, now=lambda: START + 3000)
    later.update(ids["Riverside Park"], {"status": "thriving"})  # ours is newer: theirs waits
    bundle = build_bundle(tenants).data
    tenants.dispose()
    return hall, bundle, ids


def three_to_review(folder: Path) -> Database:
    """Our database after receiving the tenants' twenty changes: three items in Needs review."""
    hall, bundle, _ids = twenty_changes(folder)
    BundleImporter(hall, now=lambda: START + 4000).apply(bundle)
    return hall
