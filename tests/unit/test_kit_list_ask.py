"""The printed kit list says whom to ask for every item, as consent allows, and the command prints it."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

from pypdf import PdfReader

from civicdesk.services.catalogue import starter_id
from civicdesk.services.groups import GroupService
from civicdesk.services.people import PersonService, RoleService
from civicdesk.services.tools import ToolService, ToolUseService
from tests.tools import system_tool

YES = {"given": True, "on": "2025-01-10", "how": "form"}


def test_every_item_names_whom_to_ask_and_never_a_dash(db, tmp_path: Path):
    from civicdesk.reports.kit_list import write_kit_list

    tools = ToolService(db)
    shed = GroupService(db).create({"name": "Larkspur Men's Shed"})
    ann = PersonService(db).create({"name": "Ann Lee", "consent_directory": YES})
    bob = PersonService(db).create({"name": "Bob Stone"})  # has not agreed to be named
    RoleService(db).create({"person_id": bob.id, "group_id": shed.id, "role": "volunteer"})
    tools.update(starter_id("gazebo"), {"holder": {"person_id": ann.id, "name": "Ann Lee"}})
    tools.update(starter_id("tea-urn"), {"holder": {"person_id": bob.id, "name": "Bob Stone"}})
    tools.update(starter_id("projector"), {"holder": {}})
    ToolUseService(db).create({"tool_id": starter_id("projector"), "group_id": shed.id, "rating": 5})
    out = tmp_path / "kit.pdf"
    write_kit_list(db, out, date(2026, 7, 1))
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Whom to ask" in text and "—" not in text
    assert "Ann Lee" in text  # agreed: named
    assert "Bob Stone" not in text and "B. S., through Larkspur Men's Shed" in " ".join(text.split())
    layout = subprocess.run([system_tool("pdftotext"), "-layout", str(out), "-"], capture_output=True,
                            text=True).stdout
    projector = next(line for line in layout.splitlines() if line.startswith("Projector"))
    assert "Larkspur Men's Shed" in projector  # no holder: the group that uses it


def test_the_kit_list_command_writes_the_pdf(tmp_path: Path):
    db = tmp_path / "c.db"
    run = [sys.executable, "-m", "civicdesk", "--db", str(db)]
    subprocess.run([*run, "demo", "--size", "village", "--seed", "3"], check=True, capture_output=True)
    out = tmp_path / "kit.pdf"
    done = subprocess.run([*run, "kit-list", "--out", str(out)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "items of shared kit" in done.stdout
    assert "Whom to ask" in PdfReader(out).pages[0].extract_text()
    bad = subprocess.run([*run, "kit-list", "--out", str(tmp_path / "no" / "kit.pdf")],
                         capture_output=True, text=True)
    assert bad.returncode == 1 and bad.stderr.startswith("civicdesk: error:")
