"""One entry point for importing a file of any supported format, used by the CLI and the wizard."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from civicdesk.db.database import Database
from civicdesk.errors import CivicDeskError
from civicdesk.interop import geojson, giving, oruk_import, osm
from civicdesk.interop.candidates import Candidate, candidates_from_table
from civicdesk.interop.importer import run_import
from civicdesk.interop.mapping import TARGETS, Mapping, guess_mapping
from civicdesk.interop.results import ImportResult, Problem
from civicdesk.interop.sniff import refuse_if_not_readable
from civicdesk.interop.tabular import Table, read_table

FORMATS = ("auto", "csv", "xlsx", "oruk", "geojson", "osm")


def detect_format(path: Path) -> str:
    """The format of a file from its name and, for .json, its first bytes."""
    path = Path(path)
    if path.is_dir() or path.name == "datapackage.json":
        return "oruk"
    suffix = path.suffix.lower()
    if suffix in (".csv", ".tsv", ".txt"):
        return "csv"
    if suffix in (".xlsx", ".xlsm"):
        return "xlsx"
    if suffix in (".osm", ".xml"):
        return "osm"
    if suffix == ".geojson":
        return "geojson"
    if suffix == ".json":
        with path.open("rb") as handle:
            head = handle.read(4096).decode("utf-8", errors="replace")
        return "geojson" if '"FeatureCollection"' in head or '"Feature"' in head else "oruk"
    raise CivicDeskError(
        f"{path.name}: cannot tell the file's format from its name; use --format csv|xlsx|oruk|geojson|osm"
    )


def is_osm_table(table: Table) -> bool:
    return {"osm_id", "osm_type"} <= set(table.headers)


def osm_table_candidates(table: Table) -> tuple[list[Candidate], list[Problem]]:
    """A flattened Overpass CSV (osm_id, osm_type, lat, lon, tags as columns) read like OSM."""
    features = []
    for row in table.rows:
        props = {h: row[i] for i, h in enumerate(table.headers) if i < len(row) and row[i] not in (None, "")}
        if "amenity" not in props and props.get("religion"):
            props["amenity"] = "place_of_worship"  # a religion tag on its own marks a place of worship
        features.append({"type": "Feature", "geometry": None, "properties": props})
    candidates, unnamed = [], 0
    for number, candidate, nameless in osm.features_to_candidates(features):
        unnamed += nameless
        if candidate is not None:
            candidate.row = table.row_number(number - 1)
            candidates.append(candidate)
    warnings = [Problem(0, "", f"{unnamed} rows without a name were left out")] if unnamed else []
    return candidates, warnings


def import_with_backup(db: Database, path: Path, **options: Any) -> ImportResult:
    """`import_file` after a backup of the database (a dry run needs none). The copy is kept only
    if the import changed something; the newest few such copies are kept."""
    from civicdesk.db.backup import backup_database, discard, prune

    check_file(Path(path), options.get("fmt", "auto"))  # a file that is not what it claims: no backup
    saved = (None if options.get("dry_run")
             else backup_database(db.path, reason="before-import", passphrase=db.passphrase))
    try:
        result = import_file(db, path, **options)
    except BaseException:
        discard(saved)  # nothing was imported: the copy would only pile up
        raise
    if not result.committed:
        discard(saved)
    elif saved is not None:
        prune(db.path, "before-import")
    return result


def check_file(path: Path, fmt: str = "auto") -> str:
    """The file's format, after refusing a file that is missing, empty or not what it claims."""
    path = Path(path)
    if not path.exists():
        raise CivicDeskError(f"{path}: there is no such file")
    if fmt not in FORMATS:
        raise CivicDeskError(f"unknown format “{fmt}” (choose one of: {', '.join(FORMATS)})")
    if path.is_file() and path.stat().st_size == 0:
        raise CivicDeskError(f"{path.name} is empty: it has no rows to import")
    detected = detect_format(path) if fmt == "auto" else fmt
    refuse_if_not_readable(path, detected)
    return detected


def import_file(
    db: Database,
    path: Path,
    *,
    fmt: str = "auto",
    record_type: str | None = None,
    mapping: Mapping | None = None,
    dry_run: bool = False,
    skip_invalid: bool = False,
    strict: bool = False,
    duplicates: str | None = None,
    choices: dict[int, str] | None = None,
    defaults: dict[str, str] | None = None,
    report: Callable[[int, int, str], None] | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> ImportResult:
    """Import one file; the database is unchanged unless every accepted row was written."""
    path = Path(path)
    fmt = check_file(path, fmt)
    options: dict[str, Any] = {
        "dry_run": dry_run,
        "report": report,
        "cancelled": cancelled,
        "skip_invalid": skip_invalid,
    }
    if fmt == "oruk":
        return oruk_import.import_feed(
            db, oruk_import.read_feed(path), **options, duplicates=duplicates or "merge"
        )
    if record_type not in (None, "space") and fmt in ("geojson", "osm"):
        raise CivicDeskError(f"{path.name}: {fmt} files hold places, so they import as spaces only")
    if fmt in ("geojson", "osm"):
        if fmt == "geojson":
            candidates, warnings, attribution = geojson.read_geojson(path)
        else:
            candidates, unnamed, attribution = osm.read_osm_xml(path)
            warnings = [Problem(0, "", f"{unnamed} features without a name were left out")] if unnamed else []
        return run_import(
            db,
            "space",
            candidates,
            lenient=not strict,
            source=path.name,
            warnings=warnings,
            attribution=attribution,
            duplicates=duplicates or "merge",
            **options,
        )
    table = read_table(
        path, sheet=mapping.sheet if mapping else None, header=mapping.header if mapping else None
    )
    if mapping is None and (record_type or "space") == "space" and is_osm_table(table):
        candidates, warnings = osm_table_candidates(table)
        return run_import(
            db,
            "space",
            candidates,
            lenient=not strict,
            source=path.name,
            warnings=warnings,
            attribution=osm.LICENCE_NOTE,
            duplicates=duplicates or "merge",
            **options,
        )
    if mapping is None:
        if record_type is None:
            raise CivicDeskError(
                f"{path.name}: say what each row is with --type space|group|person|tool "
                "(or give a --mapping file)"
            )
        mapping = guess_mapping(table, record_type)
    elif record_type and record_type != mapping.record_type:
        raise CivicDeskError(f"the mapping is for {mapping.record_type} records, not {record_type}")
    if defaults:
        unknown = set(defaults) - set(TARGETS[mapping.record_type])
        if unknown:
            raise CivicDeskError(
                f"--default: {', '.join(sorted(unknown))} is not a {mapping.record_type} field"
            )
        mapping.defaults = {**mapping.defaults, **defaults}
    if not any(c.field == "name" for c in mapping.columns.values()):
        raise CivicDeskError(f"{path.name}: no column is mapped to the name; give a --mapping file")
    candidates, problems = candidates_from_table(table, mapping, strict=strict)
    if mapping.record_type == "group" and giving.is_360giving(table):
        giving.add_identifiers(table, candidates)
    for candidate in candidates:
        candidate.choice = (choices or {}).get(candidate.row)
    result = run_import(
        db,
        mapping.record_type,
        candidates,
        lenient=not strict,
        source=path.name,
        early_problems=problems,
        duplicates=duplicates or mapping.duplicates,
        threshold=mapping.match_threshold,
        **options,
    )
    unused = [h for h in table.headers if h and not getattr(mapping.columns.get(h), "field", None)]
    if unused:  # said, so nobody wonders later where the "Contact email" column went
        names = ", ".join(f"“{h}”" for h in unused)
        result.warnings.insert(0, Problem(0, "", f"not imported (no field chosen for them): {names}",
                                          source=path.name))
    return result


def load_mapping(path: Path | None) -> Mapping | None:
    return Mapping.load(Path(path)) if path else None


def result_json(result: ImportResult) -> str:
    return json.dumps(result.as_json(), ensure_ascii=False, indent=2)
