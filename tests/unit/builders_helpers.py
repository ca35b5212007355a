"""Two groups on two laptops for the builders and reservations tests: Kington and Hart Bridge."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from civicdesk.db.database import Database
from civicdesk.services.groups import GroupService
from civicdesk.services.people import PersonService, RoleService
from civicdesk.services.tools import ToolService
from civicdesk.sync.export import build_bundle
from civicdesk.sync.receive import BundleImporter
from tests.unit.sync_helpers import make_site

KINGTON = "Kington Residents' Association"
HART = "Hart Bridge Tenants"
GIVEN = {"given": True, "on": "2026-11-01", "how": "form", "recorded_by": "Sam"}


def exchange(sender: Database, receiver: Database) -> None:
    BundleImporter(receiver).apply(build_bundle(sender).data, backup=False)


def volunteer(db: Database, group_id: str, name: str, **consents: Any) -> str:
    person = PersonService(db).create({"name": name, "phone": "0113 496 0000", "skills": ["first aid"],
                                       **{f"consent_{k}": GIVEN for k, v in consents.items() if v}})
    RoleService(db).create({"person_id": person.id, "group_id": group_id, "role": "volunteer"})
    return person.id


def two_sites(folder: Path) -> dict[str, Any]:
    """Kington (with a volunteer listed as a builder who did not agree to sharing) and Hart Bridge,
    which has received Kington's first bundle; Kington holds the gazebo."""
    kington = make_site(folder / "kington.sqlite3", KINGTON)
    hart = make_site(folder / "hart.sqlite3", HART)
    k_group = GroupService(kington).create({"name": KINGTON, "kind": "residents' association"}).id
    h_group = GroupService(hart).create({"name": HART, "kind": "residents' association"}).id
    aisha = volunteer(kington, k_group, "Aisha Khan", builder=True, directory=False, bundles=False)
    gazebo = ToolService(kington).create({"name": "Gazebo", "kind": "shared kit",
                                          "holder": {"group_id": k_group, "name": KINGTON}}).id
    exchange(kington, hart)
    exchange(hart, kington)
    return {"kington": kington, "hart": hart, "k_group": k_group, "h_group": h_group, "aisha": aisha,
            "gazebo": gazebo}
