"""Where the tests find the real, openly licensed sample files: shipped in the repository.

Copied byte for byte from the team's shared sample-data folder (sources, commits and licences are
in its README.md), so a fresh clone runs every test with nothing beside it.
"""

from __future__ import annotations

from pathlib import Path

REALDATA = Path(__file__).resolve().parent / "fixtures" / "realdata"
