"""`civicdesk --self-check` from the source tree, as the frozen app and the wheel run it."""

from __future__ import annotations

import pytest

from civicdesk.selfcheck import STEPS
from tests.e2e.test_cli import civicdesk


@pytest.mark.slow
def test_self_check_passes_and_shows_every_step():
    result = civicdesk("--self-check", env={"QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("CivicDesk ") and "self-check (source tree" in lines[0]
    for step in STEPS:
        assert any(line[2:].startswith(step.name) for line in lines), step.name
    assert any(line.startswith("✓ build the main window: offscreen platform") for line in lines)
    assert any(line.startswith("✓ generate the village example: 40 spaces") for line in lines)
    assert lines[-1].startswith("self-check passed")


def test_self_check_with_a_command_is_bad_usage():
    result = civicdesk("--self-check", "stats")
    assert result.returncode == 2 and "--self-check runs on its own" in result.stderr


def test_opening_a_missing_file_is_a_clear_error(tmp_path):
    result = civicdesk("--db", str(tmp_path / "x.sqlite3"), "--open", str(tmp_path / "nowhere.civicdesk"))
    assert result.returncode == 1
    assert result.stderr.startswith("civicdesk: error: there is no file at")
