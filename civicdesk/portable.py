"""Writing files the same way on Windows, macOS and Linux: finishing a file under a temporary name.

CivicDesk never writes a database copy, backup, bundle, PDF or attachment in place: it writes
``NAME.partial`` (or a temporary name) beside it and then puts it in place with `replace_file`.
On Linux and macOS `os.replace` is atomic even while a reader has the old file open. On Windows it
is atomic too, but fails with "Access is denied" / "being used by another process" (PermissionError)
while any program holds the target open without sharing delete access: a virus scanner or the
search indexer looking at a file that was just written, a PDF viewer showing last week's directory.
Those holds are usually gone within a second, so `replace_file` tries again for a while before
giving up with the original error.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import PurePath
from typing import TypeVar

# About 3 s in all (0.05 + 0.1 + … + 0.5): longer than a scanner's look, short enough for a person.
ATTEMPTS = 10
FIRST_WAIT = 0.05
P = TypeVar("P", bound=PurePath)


def is_windows(platform: str | None = None) -> bool:
    return (platform or sys.platform) == "win32"


def partial_path(target: P) -> P:
    """Where a file is written before it is complete: beside the target, in the same folder (so the
    final replace never crosses a drive or a file system)."""
    return target.with_name(target.name + ".partial")


def replace_file(source: str | os.PathLike[str], target: str | os.PathLike[str], *,
                 platform: str | None = None, sleep: Callable[[float], None] = time.sleep) -> None:
    """Put `source` in place of `target` atomically (see the module docstring for Windows)."""
    attempts = ATTEMPTS if is_windows(platform) else 1
    for attempt in range(attempts):
        try:
            os.replace(source, target)
            return
        except PermissionError:
            if attempt == attempts - 1:
                raise
            sleep(FIRST_WAIT * (attempt + 1))
