"""The tests use only what the repository ships or `make test` installs: no test reads a font or a
file from a system path or from beside the repository (the rule of issue 22, enforced here).

Grep for it: an absolute path in a string under tests/ fails this test unless it is listed below
with why it is not read from the machine.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SYSTEM_PATH = re.compile(
    r"^(/(usr|etc|opt|var|home|root|srv|mnt|media|work|tmp|Library|System|Users|Applications|Volumes)(/|$)"
    r"|[A-Za-z]:[\\/]|~[\\/]|\\\\)"
)
# (file, string): why it is not a file this machine must have.
ALLOWED = {
    ("tests/unit/test_bundle_hostile.py", "/etc/cron.d/x"): "a hostile bundle's member name, refused",
    ("tests/unit/test_bundle_hostile.py", "/etc/passwd"): "a hostile symlink's target, refused",
    ("tests/unit/test_system_requirements.py", "/usr/bin/python3"): "the system's python3, a prerequisite",
    ("tests/unit/test_system_requirements.py", "/etc/ld.so.cache"): "words a fake ldconfig prints",
    ("tests/unit/test_desktop_integration.py", "/home/ann/tenants.civicdesk"): "a command line, parsed only",
}
OUTSIDE_THE_REPOSITORY = re.compile(r"parents\[\d\]\.parent\b|\.\./shared|\"shared\"")


def test_no_test_reads_from_a_system_path():
    found = []
    for path in sorted((ROOT / "tests").rglob("*.py")):
        relative = path.relative_to(ROOT).as_posix()
        if relative in ("tests/unit/test_portability.py", "tests/unit/test_self_contained.py"):
            continue  # PureWindowsPath values and bundle member names (never opened); this rule's own list
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                for line in node.value.splitlines() or [""]:
                    for word in line.split():
                        word = word.strip("'\"`();,")
                        if SYSTEM_PATH.match(word) and (relative, word) not in ALLOWED:
                            found.append(f"{relative}:{node.lineno}: {word}")
    assert found == [], "ship the file in the repository (resources/ or tests/fixtures/) instead"


def test_no_test_reaches_outside_the_repository():
    found = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in sorted((ROOT / "tests").rglob("*.py"))
        if path.name != "test_self_contained.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if OUTSIDE_THE_REPOSITORY.search(line)
    ]
    assert found == []


def test_the_sample_data_the_tests_use_is_in_the_repository_with_its_licences():
    from tests.realdata import REALDATA

    assert REALDATA.is_relative_to(ROOT)
    readme = (REALDATA / "README.md").read_text(encoding="utf-8")
    for licence in ("CC BY-SA 4.0", "ODbL", "OGL", "CC BY 4.0", "BSD-3-Clause"):
        assert licence in readme
    assert (REALDATA / "mbtiles-world-z0-4" / "plain_1.mbtiles").stat().st_size > 0
