"""The consent scan over money's outputs: hirers who did not agree are never named in them.

Each volunteer of the scan's neighbourhood (tests/unit/test_consent_scan.py) hires the hall and
gets an invoice addressed to them at home, partly paid. The money report, the treasurer's
export, the funder pack, the health dashboard's unpaid invoices and a bundle for a group trusted
with our finances are then searched exactly as the other outputs are. The invoice and receipt
PDFs themselves are letters to the hirer, so they are not in the scan: they go to that person.
"""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from civicdesk.db.database import Database
from civicdesk.services import invoices
from tests.unit.test_consent_scan import (  # noqa: F401 - neighbourhood is the shared fixture
    PASSPHRASE,
    PRINT,
    SHARE,
    TODAY,
    VOLUNTEERS,
    leaks,
    neighbourhood,
    pdf_text,
)


@pytest.fixture(scope="module")
def hired(neighbourhood):  # noqa: F811
    db, made = neighbourhood
    for v in VOLUNTEERS:
        hirer = {"person_id": made["people"][v.name], "name": v.name, "address": f"{v.street}\nLeeds LS2 7EE"}
        invoice = invoices.issue(db, made["hall"], hirer, [{"description": "Hall hire", "unit_pence": "30"}],
                                 issued_on=date(2026, 1, 5))
        invoices.record_payment(db, invoice.id, "10", date(2026, 1, 20))
    return db, made


def money_report_json(db: Database, _tmp: Path, made: dict[str, Any]) -> str:
    from civicdesk.services.money_report import money_report

    return json.dumps(money_report(db, made["hall"], TODAY), ensure_ascii=False)


def treasurer(suffix: str) -> Callable[[Database, Path, dict[str, Any]], str]:
    def produce(db: Database, tmp: Path, _made: dict[str, Any]) -> str:
        from civicdesk.interop.treasurer import write_treasurer_export

        out = tmp / f"treasurer{suffix}"
        write_treasurer_export(db, out, today=TODAY)
        if out.is_dir():
            return "\n".join(p.read_text(encoding="utf-8-sig") for p in sorted(out.iterdir()))
        from openpyxl import load_workbook

        book = load_workbook(out, read_only=True)
        return "\n".join(str(c) for ws in book for row in ws.iter_rows(values_only=True) for c in row)
    return produce


def funder_pack(db: Database, tmp: Path, made: dict[str, Any]) -> str:
    from civicdesk.reports.funder_pack import write_funder_pack

    return pdf_text(write_funder_pack(db, made["hall"], tmp / "pack.pdf", today=TODAY).read_bytes(), tmp)


def health_json(db: Database, _tmp: Path, _made: dict[str, Any]) -> str:
    from civicdesk.services.dashboard import build_dashboard

    return json.dumps(build_dashboard(db, TODAY).as_json()["unpaid_invoices"], ensure_ascii=False)


def trusted_bundle(db: Database, tmp: Path, _made: dict[str, Any]) -> str:
    from civicdesk.sync import bundle_format as fmt
    from civicdesk.sync import finances
    from civicdesk.sync.export import export_bundle

    finances.trust(db, "The treasurer's friends", True)
    out = tmp / "money.civicdesk"
    result = export_bundle(db, out, passphrase=PASSPHRASE, peer="The treasurer's friends")
    assert result.built.counts.get("invoices") == len(VOLUNTEERS)  # the money really went
    archive = zipfile.ZipFile(io.BytesIO(fmt.decrypt(out.read_bytes(), PASSPHRASE)))
    return "\n".join(archive.read(n).decode("utf-8", "replace") for n in archive.namelist())


MONEY_OUTPUTS: dict[str, tuple[Callable[[Database, Path, dict[str, Any]], str], str]] = {
    "money report --json": (money_report_json, PRINT),
    "treasurer xlsx": (treasurer(".xlsx"), PRINT),
    "treasurer csv": (treasurer(""), PRINT),
    "funder pack pdf": (funder_pack, PRINT),
    "health --json unpaid invoices": (health_json, PRINT),
    "bundle for a group trusted with finances": (trusted_bundle, SHARE),
}


@pytest.mark.parametrize("output", sorted(MONEY_OUTPUTS))
def test_no_money_output_names_a_hirer_who_did_not_agree(output, hired, tmp_path):
    db, made = hired
    produce, rule = MONEY_OUTPUTS[output]
    text = produce(db, tmp_path, made)
    assert text.strip(), f"{output} produced nothing to scan"
    assert leaks(text, rule) == []


@pytest.mark.parametrize("output", ["money report --json", "treasurer csv", "health --json unpaid invoices"])
def test_the_money_scan_is_not_vacuous(output, hired, tmp_path):
    db, made = hired
    text = " ".join(MONEY_OUTPUTS[output][0](db, tmp_path, made).split())
    assert "Xanthe Listwell" in text and "Z. Q." in text  # named with consent, initials without


def test_an_erased_hirer_leaves_no_name_or_address_on_their_invoice(db):
    from civicdesk.services.erasure import erase
    from civicdesk.services.people import PersonService
    from civicdesk.services.spaces import SpaceService

    hall = SpaceService(db).create({"name": "Orchard Village Hall", "category": "civic"})
    person = PersonService(db).create({"name": "Ada Hirewell"})
    hirer = {"person_id": person.id, "name": "Ada Hirewell", "address": "4 Elm Row\nLeeds"}
    invoice = invoices.issue(db, hall.id, hirer, [{"description": "Party", "unit_pence": "80"}],
                             issued_on=date(2026, 1, 5))
    erase(db, person.id)
    kept = invoices.invoice_view(db, invoice.id)
    assert kept.hirer == {"person_id": person.id} and kept.total_pence == 8000  # the money stays
