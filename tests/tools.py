"""System programs the tests call: found on PATH, or a failure that says what to install (never a skip).

Which package brings each is in the one list, packaging/system_requirements.py; `make test` installs
them first (as root) or says what to run.
"""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "packaging" / "system_requirements.py"


def system_tool(name: str) -> str:
    """The full path of `name`; fails the test naming the tool and its package when it is missing."""
    found = shutil.which(name)
    if found:
        return found
    spec = importlib.util.spec_from_file_location("system_requirements", SCRIPT)
    requirements = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = requirements  # dataclasses look their module up while it loads
    spec.loader.exec_module(requirements)
    need = next((n for n in requirements.NEEDS if n.name == name), None)
    where = (f"Debian/Ubuntu package {need.debian}, Fedora {need.fedora}; `make test` installs it as root"
             if need else "and it is not in packaging/system_requirements.py: add it there")
    pytest.fail(f"this test needs the program {name}, which is not installed ({where})", pytrace=False)
