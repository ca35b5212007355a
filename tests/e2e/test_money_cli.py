"""`civicdesk money …` and `civicdesk report funder` on the village, as a treasurer runs them."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.e2e.test_cli import civicdesk

HALL = "Kirkworth Village Hall"


@pytest.fixture(scope="module")
def village(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("village") / "v.sqlite3"
    assert civicdesk("--db", str(db), "demo", "--size", "village").returncode == 0
    return db


def run(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return civicdesk("--db", str(db), *args)


def test_money_report_json_has_the_documented_shape_and_the_evidence(village):
    done = run(village, "money", "report", HALL, "--json")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert set(report) == {"space", "today", "period", "income", "costs", "surplus_pence", "reserves",
                           "backlog", "invoices", "years", "evidence"}
    assert report["space"]["name"] == HALL
    assert report["income"]["total_pence"] > 0 and report["costs"]["total_pence"] > 0
    assert report["surplus_pence"] == report["income"]["total_pence"] - report["costs"]["total_pence"]
    assert report["reserves"]["months_of_costs"] is not None
    assert report["evidence"]["income_costs"].startswith("Income £")
    assert len(report["years"]) == 5


def test_invoice_pay_and_print_with_receipts_numbered_per_site(village, tmp_path):
    assert run(village, "money", "settings", "--invoice-prefix", "KVH", "--charity-number", "1098765",
               "--sort-code", "402020", "--account-number", "71234567",
               "--account-name", "Kirkworth Village Hall").returncode == 0
    invoice = run(village, "money", "invoice", HALL, "--to", "Kirkworth Players", "--line",
                  "Hall hire, Saturday;4;15.00", "--out", str(tmp_path / "inv.pdf"), "--json")
    assert invoice.returncode == 0, invoice.stderr
    made = json.loads(invoice.stdout)
    assert made["number"] == "KVH-0001" and made["total_pence"] == 6000
    receipt = str(tmp_path / "r.pdf")
    paid = run(village, "money", "pay", "KVH-0001", "60", "--method", "cash", "--out", receipt, "--json")
    assert paid.returncode == 0, paid.stderr
    assert json.loads(paid.stdout)["receipt_number"] == "KVH-R0001"
    assert json.loads(paid.stdout)["outstanding_pence"] == 0
    if shutil.which("pdftotext"):
        pdf = str(tmp_path / "inv.pdf")
        text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout
        assert "KVH-0001" in text and "1098765" in text and "40-20-20" in text and "£60.00" in text


def test_bad_input_is_one_clear_line_and_changes_nothing(village):
    before = run(village, "money", "report", HALL, "--json").stdout
    bad = run(village, "money", "invoice", HALL, "--to", "X", "--line", "Hire;1;lots")
    assert bad.returncode == 1 and bad.stderr.startswith("civicdesk: error:") and "price" in bad.stderr
    assert "Traceback" not in bad.stderr
    assert run(village, "money", "pay", "NOPE-0001", "5").returncode == 1
    assert run(village, "money", "report", "No Such Hall").returncode == 1
    assert run(village, "money").returncode == 2
    assert run(village, "money", "report", HALL, "--json").stdout == before


def test_the_funder_pack_and_the_treasurer_export(village, tmp_path):
    pack = run(village, "report", "funder", HALL, "--out", str(tmp_path / "pack.pdf"))
    assert pack.returncode == 0, pack.stderr
    assert (tmp_path / "pack.pdf").read_bytes().startswith(b"%PDF")
    export = run(village, "money", "export", "--out", str(tmp_path / "money.xlsx"), "--json")
    assert export.returncode == 0, export.stderr
    counts = json.loads(export.stdout)
    assert counts["bookings"] > 0 and counts["invoices"] > 0 and counts["payments"] > 0


def test_money_stays_out_of_bundles_until_the_group_is_trusted(village, tmp_path):
    out = tmp_path / "b.civicdesk"
    plain = ("--no-encrypt", "--force", "--json")
    first = run(village, "bundle", "export", "--out", str(out), "--peer", "Tenants", *plain)
    assert first.returncode == 0, first.stderr
    assert json.loads(first.stdout)["finances_withheld"] > 0
    assert run(village, "money", "trust", "Tenants").returncode == 0
    again = run(village, "bundle", "export", "--out", str(out), "--peer", "Tenants", *plain)
    second = json.loads(again.stdout)
    assert second["finances_included"] and second["tables"]["money_entries"] > 0
