"""The set-up step of `make run` / `make test`: on a machine without Qt's libraries and without root
it stops with one line naming the packages and the command; as root it would install them."""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.linux_only  # Linux's own set-up and desktop; see pyproject.toml

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "packaging" / "system_requirements.py"
QT_XCB_PACKAGES = ["libxcb-icccm4", "libxcb-keysyms1", "libxcb-image0", "libxcb-render-util0",
                   "libxcb-randr0", "libxcb-shape0", "libxcb-xkb1", "libxkbcommon-x11-0", "libegl1",
                   "libgl1", "libfontconfig1", "libdbus-1-3", "libxcb-cursor0"]


def load():
    spec = importlib.util.spec_from_file_location("system_requirements", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while it loads
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def no_qt_libraries():
    """A PATH whose first `ldconfig` knows no libraries at all, in a folder anyone may read."""
    folder = Path(tempfile.mkdtemp(prefix="no-qt-"))
    fake = folder / "ldconfig"
    fake.write_text("#!/bin/sh\necho '0 libs found in cache `/etc/ld.so.cache'\"'\"\n", encoding="utf-8")
    fake.chmod(0o755)
    folder.chmod(0o755)
    yield f"{folder}{os.pathsep}{os.environ['PATH']}"
    shutil.rmtree(folder)


def test_without_root_the_check_stops_with_one_line_naming_packages_and_command(
        no_qt_libraries, monkeypatch, capsys):
    requirements = load()
    monkeypatch.setenv("PATH", no_qt_libraries)
    monkeypatch.setattr(requirements.os, "geteuid", lambda: 1000)
    monkeypatch.setattr(requirements, "distribution", lambda: "debian")
    assert requirements.main(["run"]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("civicdesk: missing system packages: ")
    named, command = lines[0].split("; run: ")
    assert set(QT_XCB_PACKAGES) <= set(named.split(": ")[-1].split())
    assert command.startswith("sudo apt-get install -y --no-install-recommends ")
    assert set(QT_XCB_PACKAGES) <= set(command.split())


def test_the_line_gives_fedora_its_own_package_names_and_dnf():
    requirements = load()
    absent = [n for n in requirements.NEEDS if n.name in ("libxcb-icccm.so.4", "libxkbcommon-x11.so.0")]
    assert requirements.stop_message(absent, "fedora") == (
        "civicdesk: missing system packages: xcb-util-wm libxkbcommon-x11; "
        "run: sudo dnf install -y xcb-util-wm libxkbcommon-x11"
    )
    assert "libxcb-icccm.so.4" in requirements.stop_message(absent, "other")


def test_make_run_itself_stops_with_that_one_line(no_qt_libraries):
    """The whole of what `make run` prints as someone without root when Qt's libraries are missing."""
    work = Path(tempfile.mkdtemp(prefix="make-run-"))
    try:
        (work / "packaging").mkdir()
        for name in ("Makefile", "pyproject.toml", "packaging/system_requirements.py"):
            shutil.copy(ROOT / name, work / name)
        for path in (work, work / "packaging", *work.rglob("*")):
            path.chmod(path.stat().st_mode | stat.S_IROTH | stat.S_IXOTH | stat.S_IRGRP | stat.S_IXGRP)
        run_as_user = None
        python = sys.executable
        if os.geteuid() == 0:  # CI and the fresh-machine check run as root: be a user for this
            def run_as_user() -> None:
                os.setgid(65534)
                os.setuid(65534)
            python = "/usr/bin/python3"  # any user may run the system's (the venv's may be under /root)
        result = subprocess.run(
            ["make", "--no-print-directory", "run", f"PYTHON={python}"], cwd=work, capture_output=True,
            text=True, env={**os.environ, "PATH": no_qt_libraries, "HOME": str(work)}, preexec_fn=run_as_user,
        )
        output = (result.stdout + result.stderr).strip().splitlines()
        assert result.returncode != 0
        assert len(output) == 1, output
        assert "civicdesk: missing system packages: " in output[0] and "libxcb-icccm4" in output[0]
        assert "; run: sudo " in output[0] and not (work / ".venv").exists()
    finally:
        shutil.rmtree(work)


def test_every_tool_the_tests_run_is_in_the_one_list():
    """A test that calls a system program can only rely on it if the set-up installs it."""
    requirements = load()
    tools = {n.name for n in requirements.needs_for("test") if n.kind == "tool"}
    call = re.compile(r'(?:\brun|Popen|check_output)\(\[\s*"([\w.+-]+)"|system_tool\("([\w.+-]+)"\)')
    called = set()
    for path in (ROOT / "tests").rglob("*.py"):
        for first, second in call.findall(path.read_text(encoding="utf-8")):
            called.add(first or second)
    assert called, "no calls found: the scan is broken"
    assert called - {"make"} <= tools, called - tools


def test_ci_uses_the_same_list():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "packaging/system_requirements.py package" in ci
    assert "apt-get install" not in ci.replace("apt-get install -y -q --no-install-recommends make", "")
