"""Money travels in bundles only to a group trusted with our finances, and then merges like the rest."""

from __future__ import annotations

from datetime import date

from civicdesk.db.database import Database
from civicdesk.services import invoices
from civicdesk.services.finance_facts import finance_facts
from civicdesk.services.money import BacklogService, MoneyEntryService
from civicdesk.services.spaces import SpaceService
from civicdesk.sync import finances
from civicdesk.sync.export import build_bundle, record_sent
from civicdesk.sync.receive import BundleImporter
from tests.unit.sync_helpers import make_site

TODAY = date(2026, 6, 30)


def _hall_with_money(db: Database) -> str:
    hall = SpaceService(db).create({"name": "Ashby Village Hall", "category": "civic"})
    MoneyEntryService(db).create({"space_id": hall.id, "kind": "cost", "category": "energy",
                                  "amount_pence": "2400", "dated": "2026-02-01"})
    BacklogService(db).create({"space_id": hall.id, "title": "Roof", "estimated_pence": "30000"})
    invoice = invoices.issue(db, hall.id, {"name": "Yoga"}, [{"description": "Hire", "unit_pence": "20"}],
                             issued_on=date(2026, 3, 1))
    invoices.record_payment(db, invoice.id, "20", date(2026, 3, 2))
    return hall.id


def _send(db: Database, peer: str) -> bytes:
    built = build_bundle(db, peer)
    record_sent(db, peer, built.manifest["vector"])
    return built.data


def test_money_stays_home_until_the_group_is_trusted_with_finances(tmp_path):
    hall = make_site(tmp_path / "hall.db", "Hall")
    library = make_site(tmp_path / "library.db", "Library")
    space_id = _hall_with_money(hall)

    anyone = build_bundle(hall, None)
    assert not set(anyone.counts) & finances.TABLES and anyone.finances_withheld == 4
    BundleImporter(library).apply(_send(hall, "Library"), backup=False)
    assert SpaceService(library).get(space_id).name == "Ashby Village Hall"  # the space went
    assert not finance_facts(library, space_id, TODAY).has_figures  # its money did not

    with hall.write() as session:
        finances.set_trust(session, "Library", True)
    trusted = build_bundle(hall, "Library")  # the money sent for the first time: all of it
    assert trusted.finances_included and trusted.finances_withheld == 0
    assert {t: trusted.counts[t] for t in finances.TABLES} == {
        "money_entries": 1, "backlog_items": 1, "invoices": 1, "payments": 1}
    BundleImporter(library).apply(_send(hall, "Library"), backup=False)
    facts = finance_facts(library, space_id, TODAY)
    assert facts.costs_pence == 240000 and facts.backlog_pence == 3000000 and facts.income_pence == 2000

    assert not set(build_bundle(hall, "Library").counts) & finances.TABLES  # nothing new: nothing again
    with hall.write() as session:
        finances.set_trust(session, "Library", False)
    assert build_bundle(hall, "Library").finances_withheld == 4
