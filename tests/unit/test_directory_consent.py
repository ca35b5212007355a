"""A volunteer who has not consented never appears in a printed directory."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from pathlib import Path
from types import SimpleNamespace

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from civicdesk.core import consent
from civicdesk.core.structured import format_address
from civicdesk.db.models import Person, Space
from civicdesk.reports.directory import build_directory
from civicdesk.reports.directory_data import DirectoryOptions
from civicdesk.services import demo


def person(**values):
    base = {"erased": False, "consent_directory": {}, "consent_bundles": {}, "consent_email": {},
            "consent_phone": {}}
    return SimpleNamespace(**{**base, **values})


def test_only_a_recorded_yes_counts():
    yes = {"given": True, "on": "2025-01-02", "how": "form"}
    assert consent.may_print(person(consent_directory=yes))
    assert not consent.may_print(person())
    assert not consent.may_print(person(consent_directory={"given": False, "on": "2025-01-02"}))
    assert not consent.may_print(person(consent_directory={"given": "yes"}))
    assert not consent.may_print(person(consent_directory=yes, erased=True))
    assert consent.may_share(person(consent_bundles=yes)) and not consent.may_share(person())
    assert consent.may_contact_by_email(person(consent_email=yes))
    assert not consent.may_contact_by_phone(person(consent_email=yes))


def pdf_text(pdf: bytes, tmp_path: Path) -> str:
    """All text of a PDF; pdftotext when installed (pypdf takes a minute over the borough)."""
    if shutil.which("pdftotext"):
        source = tmp_path / "scan.pdf"
        source.write_bytes(pdf)
        return subprocess.run(["pdftotext", "-enc", "UTF-8", str(source), "-"], capture_output=True,
                              check=True, text=True).stdout
    return " ".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages)


def scan(db, tmp_path: Path) -> None:
    pdf, _ = build_directory(db, DirectoryOptions(layout="a4"))
    text = " ".join(pdf_text(pdf, tmp_path).split())
    with db.read() as session:
        people = list(session.scalars(select(Person)))
        space_addresses = {format_address(s.address) for s in session.scalars(select(Space))}
    printable = [p for p in people if consent.may_print(p)]
    hidden = [p for p in people if not consent.may_print(p)]
    assert printable and hidden
    # Every run of one to four words in the text, punctuation trimmed: a name, an email or a
    # phone number is printed exactly when it is one of these.
    words = [w.strip("·,;()") for w in text.split()]
    printed = {" ".join(words[i:i + n]) for n in (1, 2, 3, 4) for i in range(len(words) - n + 1)}
    # A value a consenting person shares (two people called John Smith) may rightly appear.
    allowed = {v for p in printable for v in (p.name, p.phone, p.email)}
    leaks = [v for p in hidden for v in (p.name, p.phone, p.email) if v and v not in allowed and v in printed]
    assert leaks == []
    # And the scan is not vacuous: consenting officers are printed.
    assert any(p.email in printed for p in printable)
    # Home addresses are never printed (unless a hall happens to share it).
    homes = {format_address(p.address) for p in people if (p.address or {}).get("postcode") in printed}
    homes -= space_addresses | {""}
    assert [a for a in homes if re.search(r"(?<![\w])" + re.escape(a) + r"(?![\w])", text)] == []


def test_village_directory_prints_no_one_without_consent(village, tmp_path):
    scan(village, tmp_path)


@pytest.mark.slow
def test_borough_directory_prints_no_one_without_consent(db, tmp_path):
    demo.generate(db, "borough", 1)
    scan(db, tmp_path)
