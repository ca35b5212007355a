"""Field-by-field differences between two Open Referral UK exports (JSON documents or CSV packages).

Records are paired by id, at every level (an organisation's identifiers, a location's addresses…),
so a record that comes back with another id counts as one missing and one extra record.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

# Fields that say when and by what an export was made, not what it holds.
NOT_CONTENT = {"generated_at", "generator", "created"}


def _walk(value: Any, path: str, out: dict[str, Any]) -> None:
    if isinstance(value, dict):
        for key, item in value.items():
            if key not in NOT_CONTENT:
                _walk(item, f"{path}.{key}" if path else key, out)
    elif isinstance(value, list) and value and all(isinstance(v, dict) and "id" in v for v in value):
        for item in value:
            _walk(item, f"{path}[{item['id']}]", out)
    else:
        out[path] = value


def flatten(document: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    _walk(document, "", out)
    return out


def differences(before: dict[str, Any], after: dict[str, Any]) -> list[str]:
    """One line per field that differs: 'path: before → after' (missing shown as ∅)."""
    a, b = flatten(before), flatten(after)
    lines = []
    for key in sorted(a.keys() | b.keys()):
        old, new = a.get(key, "∅"), b.get(key, "∅")
        if old != new:
            lines.append(f"{key}: {old!r} → {new!r}")
    return lines


def read_package(folder: Path) -> dict[str, Any]:
    """A CSV package as {table: [rows]} (each row with its id), like a JSON document."""
    tables: dict[str, Any] = {}
    for path in sorted(Path(folder).glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            tables[path.stem] = [{k: v for k, v in row.items() if v != ""} for row in csv.DictReader(handle)]
    return tables


def json_differences(first: Path, second: Path) -> list[str]:
    return differences(
        json.loads(Path(first).read_text(encoding="utf-8")),
        json.loads(Path(second).read_text(encoding="utf-8")),
    )


def csv_differences(first: Path, second: Path) -> list[str]:
    return differences(read_package(first), read_package(second))
