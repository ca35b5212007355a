"""Validation of Open Referral UK exports (JSON document and CSV data package) against the shipped schemas."""

from __future__ import annotations

import csv
import json
import re
import uuid
from collections.abc import Iterable
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Any

from civicdesk.interop.oruk import schema_dir


@cache
def _registry() -> Any:
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT202012

    resources = []
    for path in sorted(schema_dir().glob("*.json")):
        if path.name == "datapackage.json":
            continue
        contents = json.loads(path.read_text(encoding="utf-8"))
        resources.append((path.name, Resource.from_contents(contents, default_specification=DRAFT202012)))
    return Registry().with_resources(resources)


def validator(schema_name: str) -> Any:
    """A jsonschema validator for one ORUK record type, its $refs resolved from the shipped files."""
    from jsonschema import Draft202012Validator

    schema = json.loads((schema_dir() / f"{schema_name}.json").read_text(encoding="utf-8"))
    return Draft202012Validator(
        schema, registry=_registry(), format_checker=Draft202012Validator.FORMAT_CHECKER
    )


def validate_document(document: dict[str, Any]) -> list[str]:
    """Every schema error in an exported JSON document, as 'services[3].status: …' lines."""
    problems = []
    for key, schema in (
        ("organizations", "organization"),
        ("services", "service"),
        ("locations", "location"),
        ("taxonomies", "taxonomy"),
    ):
        check = validator(schema)
        for i, item in enumerate(document.get(key, [])):
            for error in check.iter_errors(item):
                path = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path)
                problems.append(f"{key}[{i}]{path}: {error.message}")
    return problems


_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d:[0-5]\d$")


def _check_cell(value: str, spec: dict[str, Any]) -> str | None:
    kind, fmt = spec.get("type"), spec.get("format")
    try:
        if kind == "number":
            float(value)
        elif kind == "integer":
            int(value)
        elif kind == "date":
            date.fromisoformat(value)
        elif kind == "datetime":
            datetime.fromisoformat(value.replace("Z", "+00:00"))
        elif kind == "time" and not _TIME.match(value):
            return f"“{value}” is not a time (hh:mm:ss)"
        if fmt == "uuid":
            uuid.UUID(value)
    except ValueError:
        return f"“{value}” is not a valid {fmt or kind}"
    enum = (spec.get("constraints") or {}).get("enum")
    if enum and value not in enum:
        return f"“{value}” is not one of {', '.join(enum)}"
    return None


def validate_package(folder: Path) -> list[str]:
    """Check a CSV package against its datapackage.json: headers, required, types, keys, references."""
    folder = Path(folder)
    package = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    problems: list[str] = []
    ids: dict[str, set[str]] = {}
    rows_of: dict[str, list[dict[str, str]]] = {}
    for resource in package["resources"]:
        path = folder / resource["path"]
        fields = resource["schema"]["fields"]
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            if reader.fieldnames != [f["name"] for f in fields]:
                problems.append(f"{path.name}: header {reader.fieldnames} differs from the schema")
                continue
            rows = list(reader)
        rows_of[resource["name"]] = rows
        key = resource["schema"].get("primaryKey")
        seen: set[str] = set()
        for number, row in enumerate(rows, start=2):
            for spec in fields:
                value = row[spec["name"]]
                if value == "":
                    if (spec.get("constraints") or {}).get("required"):
                        problems.append(f"{path.name}: row {number}, {spec['name']}: required but empty")
                    continue
                message = _check_cell(value, spec)
                if message:
                    problems.append(f"{path.name}: row {number}, {spec['name']}: {message}")
            if key:
                if row[key] in seen:
                    problems.append(f"{path.name}: row {number}, {key}: “{row[key]}” is not unique")
                seen.add(row[key])
        ids[resource["name"]] = seen
    for resource in package["resources"]:
        for fk in resource["schema"].get("foreignKeys") or []:
            target = fk["reference"]["resource"]
            for number, row in enumerate(rows_of.get(resource["name"], []), start=2):
                value = row.get(fk["fields"], "")
                if value and target in ids and value not in ids[target]:
                    problems.append(
                        f"{resource['path']}: row {number}, {fk['fields']}: no {target} “{value}”"
                    )
    return problems


def iter_problems(lines: Iterable[str], limit: int = 10) -> str:
    items = list(lines)
    more = f" (and {len(items) - limit} more)" if len(items) > limit else ""
    return "; ".join(items[:limit]) + more
