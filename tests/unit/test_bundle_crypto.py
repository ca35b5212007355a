"""Encrypted bundles: the right passphrase opens them, anything else gets a clear message."""

from __future__ import annotations

import pytest

from civicdesk.services.people import PersonService
from civicdesk.services.spaces import SpaceService
from civicdesk.sync.export import export_bundle
from civicdesk.sync.limits import BundleError
from civicdesk.sync.receive import BundleImporter
from tests.unit.sync_helpers import make_site, snapshot

CONSENT = {"given": True, "on": "2026-01-05", "how": "form", "recorded_by": "Sec"}


@pytest.mark.slow
def test_encrypted_bundle_round_trip_and_its_failures(tmp_path):
    hall = make_site(tmp_path / "hall.sqlite3", "Hall")
    tenants = make_site(tmp_path / "tenants.sqlite3", "Tenants")
    PersonService(hall).create(
        {"name": "Aisha Khan", "email": "aisha@example.org", "consent_bundles": CONSENT}
    )
    SpaceService(hall).create({"name": "Library", "category": "civic"})
    out = tmp_path / "hall.civicdesk"
    assert export_bundle(hall, out, passphrase="correct horse").encrypted
    data = out.read_bytes()
    assert data.startswith(b"age-encryption.org/v1") and b"Aisha" not in data

    before = snapshot(tenants)
    importer = BundleImporter(tenants)
    for attempt, passphrase, message in (
        (data, None, "this bundle is encrypted"),
        (data, "wrong horse", "passphrase is wrong"),
        (data[: len(data) // 2], "correct horse", "damaged or incomplete"),
        (data[:-1] + bytes([data[-1] ^ 1]), "correct horse", "damaged or incomplete"),
    ):
        with pytest.raises(BundleError, match=message):
            importer.apply(attempt, passphrase)
    assert snapshot(tenants) == before
    summary = importer.apply(data, "correct horse")
    assert summary.new == 2
    assert PersonService(tenants).find_by_name("Aisha Khan")[0].email == "aisha@example.org"
