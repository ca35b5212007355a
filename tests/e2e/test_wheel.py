"""The wheel, installed into a fresh virtualenv, runs `civicdesk --self-check` without the source tree.

Third-party packages (PySide6 alone is 250 MB) come from the development environment through a
`.pth` line, so CI downloads nothing; CivicDesk itself comes only from the wheel.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ("pyproject.toml", "setup.py", "README.md", "civicdesk", "resources")


def run(*args: str | Path, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}
    return subprocess.run(
        [str(a) for a in args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=600,
        env={**clean, **(env or {})},
    )


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    # Build from a copy, so a stale build/ folder in the checkout cannot leak old files into the wheel.
    work = tmp_path_factory.mktemp("wheel")
    source = work / "source"
    for name in SOURCES:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, source / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            source.mkdir(exist_ok=True)
            shutil.copy(ROOT / name, source / name)
    result = run(sys.executable, "-m", "pip", "wheel", "--no-deps", "-w", work / "dist", source, cwd=work)
    assert result.returncode == 0, result.stderr
    (built,) = (work / "dist").glob("civicdesk-*.whl")
    return built


@pytest.mark.slow
def test_the_wheel_holds_resources_migrations_and_compiled_forms(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for resource in sorted((ROOT / "resources").rglob("*")):
        if resource.is_file():
            assert f"civicdesk/resources/{resource.relative_to(ROOT / 'resources').as_posix()}" in names
    for script in (ROOT / "civicdesk" / "db" / "migrations" / "versions").glob("*.py"):
        assert f"civicdesk/db/migrations/versions/{script.name}" in names
    assert "civicdesk/db/migrations/env.py" in names and "civicdesk/db/migrations/script.py.mako" in names
    for form in (ROOT / "forms").glob("*.ui"):
        assert f"civicdesk/ui/generated/ui_{form.stem}.py" in names
    assert "civicdesk/ui/generated/resources_rc.py" in names
    assert "civicdesk/resources/icons/hicolor/256x256/apps/civicdesk.png" in names


@pytest.mark.slow
def test_installed_in_a_fresh_venv_the_self_check_passes(wheel, tmp_path):
    venv = tmp_path / "venv"
    assert run(sys.executable, "-m", "venv", "--without-pip", venv, cwd=tmp_path).returncode == 0
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    site = Path(run(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])", cwd=tmp_path)
                .stdout.strip())
    # Dependencies from the development environment, after the fresh venv's own site-packages.
    deps = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (site / "zz_dev_dependencies.pth").write_text("\n".join(sorted(deps)) + "\n", encoding="utf-8")
    pip = (sys.executable, "-m", "pip", "--python", python)
    installed = run(*pip, "install", "--no-deps", wheel, cwd=tmp_path)
    assert installed.returncode == 0, installed.stderr

    code = "import civicdesk.paths as p; print(p.__file__); print(p.resource_path())"
    module, resources = (Path(line) for line in run(python, "-c", code, cwd=tmp_path).stdout.split())
    assert module.is_relative_to(venv), module
    assert resources == module.parent / "resources"
    assert (resources / "data" / "demo_vocabulary.json").is_file()

    script = venv / ("Scripts/civicdesk.exe" if os.name == "nt" else "bin/civicdesk")
    result = run(script, "--self-check", cwd=tmp_path, env={"QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-check (installed package" in result.stdout
    assert "✓ migrate a new database" in result.stdout and "✓ build the main window" in result.stdout
