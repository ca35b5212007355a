"""The Windows and macOS build (.github/workflows/build.yml, packaging/windows/civicdesk.iss).

It runs only on GitHub's runners; here it is checked on Linux only: the workflow is valid YAML, asks
for the right runners and steps, and names only actions that exist. This machine cannot reach
GitHub, so "exist" means: in KNOWN_ACTIONS below, actions published by GitHub at those major
versions (checked by hand against github.com/actions when the list was written, 2026-12-07).
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
WORKFLOW = ROOT / ".github" / "workflows" / "build.yml"
ISS = ROOT / "packaging" / "windows" / "civicdesk.iss"
KNOWN_ACTIONS = {
    "actions/checkout": {"v4"},
    "actions/setup-python": {"v5"},
    "actions/upload-artifact": {"v4"},
    "actions/download-artifact": {"v4"},
    "actions/cache": {"v4"},
}


def workflow() -> dict:
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))


def steps() -> list[dict]:
    return [step for job in workflow()["jobs"].values() for step in job["steps"]]


def test_the_workflow_is_valid_yaml_with_triggers_and_jobs():
    data = workflow()
    triggers = data.get("on", data.get(True))  # YAML 1.1 reads the key `on` as true
    assert {"push", "pull_request"} <= set(triggers)
    for name, job in data["jobs"].items():
        assert job["steps"], name
        for step in job["steps"]:
            assert ("uses" in step) != ("run" in step), step


def test_it_builds_on_windows_and_macos():
    (job,) = workflow()["jobs"].values()
    assert set(job["strategy"]["matrix"]["os"]) == {"windows-latest", "macos-latest"}
    assert job["runs-on"] == "${{ matrix.os }}"


def test_it_names_only_actions_that_exist():
    used = [step["uses"] for step in steps() if "uses" in step]
    assert used
    for action in used:
        name, _, version = action.partition("@")
        assert version in KNOWN_ACTIONS.get(name, set()), f"{action} is not a known action version"


def test_it_runs_the_frozen_self_check_the_tests_and_makes_the_installers():
    commands = "\n".join(step.get("run", "") for step in steps())
    assert "pyinstaller" in commands and "packaging/civicdesk.spec" in commands
    assert "civicdesk-cli.exe --self-check" in commands
    assert "CivicDesk.app/Contents/MacOS/civicdesk --self-check" in commands
    assert "python -m pytest" in commands
    assert "packaging\\windows\\civicdesk.iss" in commands
    assert "hdiutil create" in commands and "CivicDesk.dmg" in commands


def test_the_installer_script_has_a_start_menu_entry_and_opens_bundles():
    text = ISS.read_text(encoding="utf-8")
    assert re.search(r'^Name: "\{group\}\\CivicDesk"; Filename: "\{app\}\\civicdesk.exe"', text, re.M)
    assert 'Subkey: "Software\\Classes\\.civicdesk"' in text
    assert '""{app}\\civicdesk.exe"" --open ""%1""' in text
    assert (ISS.parent / re.search(r"^SetupIconFile=(.+)$", text, re.M).group(1).strip()).is_file()
    source = re.search(r'^Source: "([^"]+)\\\*"', text, re.M).group(1)
    assert source.replace("\\", "/") == "../../dist/civicdesk"  # where the spec puts the build
