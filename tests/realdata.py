"""Where the tests find the real, openly licensed sample files: shipped in the repository.

Copied byte for byte from /work/shared/realdata (sources, commits and licences in its README.md),
so a fresh clone runs every test with nothing beside it.
"""

from __future__ import annotations

from pathlib import Path

REALDATA = Path(__file__).resolve().parent / "fixtures" / "realdata"
