"""Every output that writes people out is scanned for the details of people who did not agree.

A small neighbourhood holds one volunteer in each consent state, each with a name, email, phone
and home address found nowhere else. Each of them chairs a group that meets in the hall, looks
after a piece of kit and has borrowed another, so every output has a reason to name them. Then
each output in `OUTPUTS` is produced and its text searched: a detail may appear only where the
consent rules (`civicdesk.core.consent`) allow it. A new export format must be added here.
"""

from __future__ import annotations

import argparse
import io
import json
import re
import shutil
import subprocess
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from sqlalchemy import select, text

from civicdesk.commands.export import FORMATS
from civicdesk.core import consent
from civicdesk.core.record_writer import RecordWriter
from civicdesk.db.database import Database
from civicdesk.db.models import Person
from civicdesk.services.bookings import BookingService, NewBooking
from civicdesk.services.groups import GroupService, MeetingService
from civicdesk.services.health import QUESTIONS, HealthService
from civicdesk.services.people import PersonService, RoleService
from civicdesk.services.rooms import RoomService
from civicdesk.services.spaces import SpaceService
from civicdesk.services.tools import LoanService, ToolService

TODAY = date(2026, 3, 15)
YES = {"given": True, "on": "2025-01-10", "how": "form"}
WITHDRAWN = {"given": False, "on": "2025-06-01", "how": "email"}
PASSPHRASE = "correct horse battery staple"


@dataclass(frozen=True)
class Volunteer:
    state: str
    name: str
    email: str
    phone: str
    street: str  # the first line of their home address
    consents: dict[str, dict[str, Any]]
    erased: bool = False


VOLUNTEERS = [
    Volunteer("no consent", "Zephyrine Quatermain", "zephyrine.q@example.org", "07912 345611",
              "17 Quillwort Lane", {}),
    Volunteer("directory only", "Xanthe Listwell", "xanthe.l@example.org", "07912 345622",
              "3 Larkspur Row", {"consent_directory": YES, "consent_email": YES, "consent_phone": YES}),
    Volunteer("directory, no contact", "Oswin Hushby", "oswin.h@example.org", "07912 345633",
              "8 Foxglove Mews", {"consent_directory": YES}),
    Volunteer("withdrawn", "Wilhelmina Backout", "wilhelmina.b@example.org", "07912 345644",
              "21 Nettlebed Close",
              {"consent_directory": WITHDRAWN, "consent_bundles": WITHDRAWN, "consent_email": WITHDRAWN,
               "consent_phone": WITHDRAWN}),
    Volunteer("bundles only", "Barnaby Sharewell", "barnaby.s@example.org", "07912 345655",
              "5 Bramble Court", {"consent_bundles": YES}),
    Volunteer("erased", "Ermintrude Forgotten", "ermintrude.f@example.org", "07912 345666",
              "9 Sorrel Gardens",
              {"consent_directory": YES, "consent_bundles": YES, "consent_email": YES, "consent_phone": YES},
              erased=True),
]


def build_neighbourhood(db: Database) -> dict[str, Any]:
    """The hall, one group, two pieces of kit and one overdue loan per volunteer."""
    hall = SpaceService(db).create({
        "name": "Orchard Village Hall", "category": "civic", "latitude": 53.8, "longitude": -1.55,
        "address": {"lines": ["1 Church Street"], "town": "Leeds", "postcode": "LS1 1AA"},
    })
    HealthService(db).add_check(hall.id, {q: 3 for q in QUESTIONS}, checked_on="2025-09-01", today=TODAY)
    room = RoomService(db).add_room(hall.id, "Main hall")
    ids = {}
    for number, v in enumerate(VOLUNTEERS):
        person = PersonService(db).create({
            "name": v.name, "email": v.email, "phone": v.phone, "skills": ["first aid"],
            "address": {"lines": [v.street], "town": "Leeds", "postcode": "LS2 7EE"}, **v.consents,
        })
        group = GroupService(db).create({"name": f"Club number {number}", "description": "Meets weekly."})
        MeetingService(db).create({"group_id": group.id, "space_id": hall.id,
                                   "schedule": {"days": ["tue"], "start": "19:00", "end": "21:00",
                                                "frequency": "weekly"}})
        RoleService(db).create({"person_id": person.id, "group_id": group.id, "role": "chair"})
        offer_help(db, person.id, group.id, number)
        holder = {"person_id": person.id, "name": v.name}
        ToolService(db).create({"name": f"Gazebo {number}", "kind": "shared kit", "holder": holder})
        lent = ToolService(db).create({"name": f"Tea urn {number}", "kind": "shared kit"})
        LoanService(db).create({"tool_id": lent.id, "borrower": holder, "out_on": "2026-02-01",
                                "due_on": "2026-03-01"})
        # Each hires the hall for a party in the week of 16 March, every other one privately.
        party = datetime(2026, 3, 16 + number, 14)
        BookingService(db).add(NewBooking(room, f"Party {number}", holder, party, party.replace(hour=17),
                                          private=number % 2 == 0))
        if v.erased:
            # What an erasure leaves behind: blank personal fields, a tombstone, and references
            # (kit, loans) that still carry the old name in the database.
            with db.write() as session:
                record = session.get(Person, person.id)
                writer = RecordWriter(session, "test")
                writer.update(record, {**consent.erased_values(), "erased": True})
                writer.delete(record)
        ids[v.name] = person.id
    return {"hall": hall.id, "room": room, "people": ids}


def offer_help(db: Database, person_id: str, group_id: str, number: int) -> None:
    """Each volunteer, listed as a builder, offers first aid; their group asks for it and the
    volunteer's offer does it, so the builders' outputs have every volunteer to name."""
    from civicdesk.services.builders import Builders

    PersonService(db).update(person_id, {"consent_builder": YES})
    builders = Builders(db)
    offer = builders.offer({"person_id": person_id, "skills": ["first aid"], "areas": ["Orchard"]})
    request = builders.ask({"group_id": group_id, "name": f"first aid cover for fun day {number}",
                            "skills": ["first aid"]})
    builders.answer(request.id, offer.id)
    builders.mark_done(request.id, 2, "2026-02-14")


# -- the outputs ---------------------------------------------------------------------------------
def pdf_text(pdf: bytes, tmp_path: Path) -> str:
    if shutil.which("pdftotext"):
        source = tmp_path / "scan.pdf"
        source.write_bytes(pdf)
        return subprocess.run(["pdftotext", "-enc", "UTF-8", str(source), "-"], capture_output=True,
                              check=True, text=True).stdout
    return " ".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages)


def directory(layout: str) -> Callable[[Database, Path, dict[str, Any]], str]:
    def produce(db: Database, tmp: Path, _made: dict[str, Any]) -> str:
        from civicdesk.reports.directory import build_directory
        from civicdesk.reports.directory_data import DirectoryOptions

        pdf, _ = build_directory(db, DirectoryOptions(layout=layout, printed_on=TODAY))
        return pdf_text(pdf, tmp)
    return produce


def export(name: str) -> Callable[[Database, Path, dict[str, Any]], str]:
    """Run `civicdesk export --format NAME` through the same dispatcher, then read what it wrote."""

    def produce(db: Database, tmp: Path, _made: dict[str, Any]) -> str:
        out = tmp / f"export.{name}"
        FORMATS[name](db, out, argparse.Namespace(format=name, horizon_days=3650))
        if out.is_dir():
            return "\n".join(p.read_text(encoding="utf-8-sig") for p in sorted(out.iterdir()))
        if name == "xlsx":
            from openpyxl import load_workbook

            book = load_workbook(out, read_only=True)
            return "\n".join(str(c) for ws in book for row in ws.iter_rows(values_only=True) for c in row)
        return out.read_text(encoding="utf-8")
    return produce


def bundle(db: Database, tmp: Path, _made: dict[str, Any]) -> str:
    """The encrypted bundle file as the other group opens it: every member, decrypted."""
    from civicdesk.sync import bundle_format as fmt
    from civicdesk.sync.export import export_bundle

    out = tmp / "swap.civicdesk"
    export_bundle(db, out, passphrase=PASSPHRASE)
    archive = zipfile.ZipFile(io.BytesIO(fmt.decrypt(out.read_bytes(), PASSPHRASE)))
    return "\n".join(archive.read(n).decode("utf-8", "replace") for n in archive.namelist())


def network(db: Database, _tmp: Path, _made: dict[str, Any]) -> str:
    """What the network view draws and lists: node labels, findings and the reduced picture."""
    from civicdesk.services.network import NetworkOptions, analyse, load_graph, picture

    graph = load_graph(db, TODAY)
    findings = analyse(graph)
    shown = picture(graph, findings, NetworkOptions())
    labels = [data.get("label", "") for _n, data in graph.nodes(data=True)]
    return "\n".join([*labels, repr(findings), repr(shown)])


def map_labels(db: Database, _tmp: Path, _made: dict[str, Any]) -> str:
    from civicdesk.services.map_points import load_map_points

    return repr(load_map_points(db))


def kit_list(db: Database, tmp: Path, _made: dict[str, Any]) -> str:
    from civicdesk.reports.kit_list import write_kit_list

    out = tmp / "kit.pdf"
    write_kit_list(db, out, TODAY)
    return pdf_text(out.read_bytes(), tmp)


def health_report(db: Database, tmp: Path, made: dict[str, Any]) -> str:
    from civicdesk.reports.health_report import write_health_report

    out = write_health_report(db, made["hall"], tmp / "health.pdf", today=TODAY)
    return pdf_text(out.read_bytes(), tmp)


def health_json(db: Database, _tmp: Path, _made: dict[str, Any]) -> str:
    """`civicdesk health --json` (it lists overdue loans, so it names borrowers)."""
    from civicdesk.services.dashboard import build_dashboard

    return json.dumps(build_dashboard(db, TODAY).as_json(), ensure_ascii=False)


def noticeboard(db: Database, tmp: Path, _made: dict[str, Any]) -> str:
    from civicdesk.reports.noticeboard import write_noticeboard

    write_noticeboard(db, tmp / "week.pdf", date(2026, 3, 16), printed_on=TODAY)
    return pdf_text((tmp / "week.pdf").read_bytes(), tmp)


def room_ics(db: Database, tmp: Path, made: dict[str, Any]) -> str:
    from civicdesk.interop.room_ics import write_room_ics

    write_room_ics(db, made["room"], tmp / "room.ics")
    return (tmp / "room.ics").read_text(encoding="utf-8")


def booking_list_json(db: Database, _tmp: Path, _made: dict[str, Any]) -> str:
    """`civicdesk booking list --json`'s entries."""
    from civicdesk.commands.booking import occurrence_json

    found = BookingService(db).occurrences(date(2026, 1, 1), date(2026, 12, 31))
    return json.dumps([occurrence_json(o) for o in found], ensure_ascii=False)
def builders_sheet(db: Database, tmp: Path, _made: dict[str, Any]) -> str:
    from civicdesk.reports.builders_sheet import write_builders_sheet

    out = tmp / "who-can-help.pdf"
    write_builders_sheet(db, out, TODAY)
    return pdf_text(out.read_bytes(), tmp)


def help_hours(db: Database, _tmp: Path, _made: dict[str, Any]) -> str:
    from civicdesk.reports.help_hours import help_hours_csv

    return help_hours_csv(db)[0]


def help_list_json(db: Database, tmp: Path, _made: dict[str, Any]) -> str:
    """`civicdesk help list --json`, as the command prints it."""
    import contextlib

    from civicdesk.cli import main

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["--db", str(db.path), "help", "list", "--json"]) == 0
    return out.getvalue()


# What each output is allowed to carry: printed outputs follow the directory consent (and the
# email/phone consents for those details); bundles follow the consent to sharing.
PRINT, SHARE = "print", "share"
OUTPUTS: dict[str, tuple[Callable[[Database, Path, dict[str, Any]], str], str]] = {
    "directory a4": (directory("a4"), PRINT),
    "directory a5-booklet": (directory("a5-booklet"), PRINT),
    "directory large-print": (directory("large-print"), PRINT),
    **{f"export {name}": (export(name), PRINT) for name in sorted(FORMATS)},
    "bundle": (bundle, SHARE),
    "network labels": (network, PRINT),
    "map labels": (map_labels, PRINT),
    "kit list pdf": (kit_list, PRINT),
    "health report pdf": (health_report, PRINT),
    "health --json": (health_json, PRINT),
    "noticeboard pdf": (noticeboard, PRINT),
    "room ics": (room_ics, PRINT),
    "booking list --json": (booking_list_json, PRINT),
    "builders sheet pdf": (builders_sheet, PRINT),
    "help hours csv": (help_hours, PRINT),
    "help list --json": (help_list_json, PRINT),
}
# The export formats this file knows it scans: a new one in FORMATS must be looked at here first.
SCANNED_EXPORTS = {"csv", "xlsx", "oruk-json", "oruk-csv", "geojson", "ics"}


def allowed(volunteer: Volunteer, rule: str) -> dict[str, bool]:
    """Which of a volunteer's details an output under `rule` may carry."""
    values = {"name": volunteer.name, "erased": volunteer.erased, "deleted": volunteer.erased,
              **volunteer.consents}
    if rule == SHARE:
        shared = consent.may_share(values)
        return {"name": shared, "email": shared, "phone": shared, "street": shared}
    return {"name": consent.may_print(values), "email": consent.may_show_email(values),
            "phone": consent.may_show_phone(values), "street": False}


def leaks(text: str, rule: str) -> list[str]:
    flat = " ".join(text.split()).casefold()
    digits = re.sub(r"\D", "", text)
    found = []
    for v in VOLUNTEERS:
        may = allowed(v, rule)
        for detail in ("name", "email", "phone", "street"):
            value = getattr(v, detail)
            shown = value.casefold() in flat or (detail == "phone" and re.sub(r"\D", "", value) in digits)
            if detail == "name":  # first or last name alone counts too
                shown = shown or any(part.casefold() in flat for part in value.split())
            if shown and not may[detail]:
                found.append(f"{v.state}: {detail} {value!r}")
    return found


@pytest.fixture(scope="module")
def neighbourhood(tmp_path_factory: pytest.TempPathFactory) -> tuple[Database, dict[str, Any]]:
    from civicdesk.startup import open_database

    db = open_database(tmp_path_factory.mktemp("scan") / "civicdesk.sqlite3")
    made = build_neighbourhood(db)
    yield db, made
    db.dispose()


@pytest.mark.parametrize("output", sorted(OUTPUTS))
def test_no_output_carries_the_details_of_someone_who_did_not_agree(output, neighbourhood, tmp_path):
    db, made = neighbourhood
    produce, rule = OUTPUTS[output]
    text = produce(db, tmp_path, made)
    assert text.strip(), f"{output} produced nothing to scan"
    assert leaks(text, rule) == []


@pytest.mark.parametrize("output", ["directory a4", "export csv", "kit list pdf", "network labels",
                                    "health --json", "builders sheet pdf", "help hours csv",
                                    "help list --json"])
def test_the_scan_is_not_vacuous_a_consenting_volunteer_is_named(output, neighbourhood, tmp_path):
    db, made = neighbourhood
    text = " ".join(OUTPUTS[output][0](db, tmp_path, made).split())
    assert "Xanthe Listwell" in text
    # Someone who did not agree is still there, by initials, where a list needs them.
    if output in ("kit list pdf", "network labels", "health --json"):
        assert re.search(r"Z\. ?Q\.", text)
    # The builders' outputs name someone who did not agree by their group alone.
    if output in ("builders sheet pdf", "help hours csv", "help list --json"):
        assert "a volunteer of Club number 0" in text


def test_the_bundle_carries_whoever_agreed_to_sharing(neighbourhood, tmp_path):
    db, made = neighbourhood
    text = bundle(db, tmp_path, made)
    assert "Barnaby Sharewell" in text and "07912 345655" in text and "5 Bramble Court" in text


def test_every_export_format_is_scanned():
    assert set(FORMATS) == SCANNED_EXPORTS, (
        "a new export format: add it to SCANNED_EXPORTS once its output is scanned in OUTPUTS"
    )
    assert {f"export {name}" for name in FORMATS} <= set(OUTPUTS)


def test_every_directory_layout_is_scanned():
    from civicdesk.reports.directory import DirectoryLayout

    assert {f"directory {layout.value}" for layout in DirectoryLayout} <= set(OUTPUTS)


# Consent decides in one place. Elsewhere a consent value may be stored, validated, edited or shown
# in the person's own editor, but not read to decide what leaves the app.
CONSENT_READ = re.compile(r"""\.get\(\s*["']given["']|\$\.given|\[\s*["']given["']\s*\]""")
# The subject access report shows the person their own consents, so it reads them to print them;
# wording.py writes a consent out in words for the history and Needs review.
MAY_READ = {"core/consent.py", "core/structured.py", "ui/editors/widgets.py", "core/wording.py",
            "reports/subject_access.py"}


def test_only_the_consent_service_reads_a_consent():
    package = Path(__file__).resolve().parents[2] / "civicdesk"
    readers = sorted(
        str(path.relative_to(package))
        for path in package.rglob("*.py")
        if "generated" not in path.parts and CONSENT_READ.search(path.read_text(encoding="utf-8"))
    )
    assert set(readers) <= MAY_READ, readers


# Odd values a hand-edited or imported record might hold: only a JSON true counts as a yes.
CONSENT_VALUES = [YES, WITHDRAWN, {}, {"given": 1}, {"given": "true"}]


def test_the_sql_rules_pick_exactly_the_people_the_python_rules_allow(db):
    """Lists and the directory filter people in SQLite; they must agree with the rules in Python."""
    people = []
    for index, (directory, email, phone, erased, deleted) in enumerate(
        (d, e, p, erased, deleted)
        for d in CONSENT_VALUES for e in CONSENT_VALUES for p in CONSENT_VALUES
        for erased in (False, True) for deleted in (False, True)
    ):
        people.append(Person(id=f"p{index}", name=f"Person {index}", consent_directory=directory,
                             consent_email=email, consent_phone=phone, erased=erased, deleted=deleted,
                             created_at="2026-01-01", updated_at="2026-01-01", clock="0"))
    with db.write() as session:
        session.add_all(people)
    rules = [(consent.sql_may_print, consent.may_print), (consent.sql_may_show_email, consent.may_show_email),
             (consent.sql_may_show_phone, consent.may_show_phone)]
    with db.read() as session:
        for sql_rule, python_rule in rules:
            picked = {row[0] for row in session.execute(text(f"SELECT id FROM people WHERE {sql_rule()}"))}
            allowed_ids = {p.id for p in session.scalars(select(Person)) if python_rule(p)}
            assert picked == allowed_ids, sql_rule.__name__
            assert picked  # somebody consented to each


def test_private_bookings_are_only_booked_on_the_noticeboard_and_in_the_calendar(neighbourhood, tmp_path):
    db, made = neighbourhood
    sheet = " ".join(noticeboard(db, tmp_path, made).split())
    assert "Party 1" in sheet and "Party 3" in sheet  # not private: their titles
    assert "Party 0" not in sheet and "Party 2" not in sheet and sheet.count("booked") >= 3
    calendar = room_ics(db, tmp_path, made)
    assert calendar.count("SUMMARY:Booked") == len(VOLUNTEERS) and "Party" not in calendar
    listed = json.loads(booking_list_json(db, tmp_path, made))
    assert {e["title"] for e in listed if e["private"]} == {"booked"} and all(not e["hirer"] for e in listed
                                                                              if e["private"])
