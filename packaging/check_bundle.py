"""Check a built one-folder app before running it: size within budget, shipped files present and, on
Linux, every shared library able to find what it links against (a filter in the spec that drops too
much shows up here, not on a volunteer's laptop).

    python packaging/check_bundle.py dist/civicdesk
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

# Issue #9 asks for under 200 MB; the build is 219 MB, of which numpy and its OpenBLAS (39 MB, there
# only for networkx's spring_layout) and Qt's ICU data (37 MB) are most. This ceiling stops growth
# going unnoticed; packaging/README.md says how to get under 200 MB.
BUDGET_MB = 200
# Libraries every Linux desktop provides and the app must take from it (they talk to its display
# server and GPU driver); Qt's Wayland plugins need them only in a Wayland session.
FROM_THE_DESKTOP = ("libwayland-", "libEGL", "libGL", "libOpenGL", "libvulkan", "libdrm", "libgbm")
REQUIRED = (
    "civicdesk/resources/data/compliance_kinds.json",
    "civicdesk/resources/data/demo_vocabulary.json",
    "civicdesk/resources/icons/civicdesk.svg",
    "civicdesk/db/migrations/env.py",
    "civicdesk/db/migrations/versions/0001_first_schema.py",
)


def size_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6


def missing_libraries(internal: Path) -> list[str]:
    """`ldd` of every ELF file, with the library path the PyInstaller bootloader sets."""
    env = {**os.environ, "LD_LIBRARY_PATH": str(internal)}
    problems = []
    for path in sorted(internal.rglob("*.so*")):
        if path.is_symlink() or not path.is_file() or path.read_bytes()[:4] != b"\x7fELF":
            continue
        out = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env).stdout
        name = path.relative_to(internal)
        for line in out.splitlines():
            if "not found" in line and not line.strip().startswith(FROM_THE_DESKTOP):
                problems.append(f"{name}: {line.strip()}")
    return problems


def main(argv: list[str]) -> int:
    folder = Path(argv[1] if len(argv) > 1 else "dist/civicdesk")
    internal = folder / "_internal"
    errors = [f"missing {name}" for name in REQUIRED if not (internal / name).is_file()]
    megabytes = size_mb(folder)
    if megabytes > BUDGET_MB:
        errors.append(f"{folder} is {megabytes:.0f} MB, over the {BUDGET_MB} MB budget")
    if sys.platform.startswith("linux"):
        errors += missing_libraries(internal)
    for error in errors:
        print(f"✗ {error}")
    if errors:
        return 1
    print(f"✓ {folder}: {megabytes:.0f} MB (budget {BUDGET_MB} MB), shipped files present, libraries resolve")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
