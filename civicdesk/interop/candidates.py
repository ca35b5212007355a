"""Incoming records before they are written: rows of a table made candidates, each cleaned by its service."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from civicdesk.errors import CivicDeskError, ValidationError
from civicdesk.interop import cells
from civicdesk.interop.categories import guess_category
from civicdesk.interop.mapping import Mapping, apply_transforms, assemble
from civicdesk.interop.results import Problem
from civicdesk.interop.tabular import Table
from civicdesk.services.records import RecordService


@dataclass
class Candidate:
    """One incoming record before validation; `row` is the number a person sees in the file."""

    row: int
    values: dict[str, Any]
    columns: dict[str, str] = field(default_factory=dict)  # field -> column/property it came from
    external: dict[str, str] = field(default_factory=dict)  # e.g. {"osm": "way/123"}
    postcode: str = ""  # for duplicate matching when the record itself keeps none
    record_id: str | None = None  # an id of ours (re-importing our own export)
    choice: str | None = None  # merge | skip | create for this row, overriding the default
    fallbacks: dict[str, Any] = field(default_factory=dict)  # used when neither row nor name says
    notes: list[Problem] = field(default_factory=list)  # cells already left out while reading


# -- from a table -----------------------------------------------------------------------------
def candidates_from_table(
    table: Table, mapping: Mapping, strict: bool = False
) -> tuple[list[Candidate], list[Problem]]:
    """Rows turned into candidates with the mapping's transforms; rows that fail are problems.
    A cell whose transform fails is left out with a note, unless it makes the record (or strict)."""
    positions = {name: i for i, name in enumerate(table.headers)}
    missing = [c for c, spec in mapping.columns.items() if spec.field and c not in positions]
    if missing:
        raise CivicDeskError(
            f"{table.source}: the mapping names columns the file lacks: {', '.join(missing)}"
        )
    candidates, problems = [], []
    for index, row in enumerate(table.rows):
        number = table.row_number(index)
        misfit = table.ragged(index)
        if misfit:
            problems.append(Problem(number, "", misfit, table.source))
            continue
        flat: dict[str, Any] = dict(mapping.defaults)
        columns: dict[str, str] = {}
        notes: list[Problem] = []
        bad = False
        for column, spec in mapping.columns.items():
            if not spec.field:
                continue
            position = positions[column]
            raw = row[position] if position < len(row) else None
            try:
                value = apply_transforms(raw, spec.transforms)
            except ValueError as exc:  # FieldError included
                if strict or cells.is_row_field(spec.field):
                    problems.append(Problem(number, column, str(exc), table.source))
                    bad = True
                else:
                    notes.append(Problem(number, column, f"{exc} (left out)"))
                continue
            if value is not None:
                flat[spec.field] = value
            columns[spec.field.split(".")[0]] = column
            columns[spec.field] = column
        if bad:
            continue
        if all(v in (None, "") for k, v in flat.items() if k not in mapping.defaults):
            continue  # a row with nothing in the mapped columns
        ids = [k for k in flat if k.startswith("external.")]  # a UPRN: evidence, kept as an external id
        external = {k.split(".", 1)[1]: str(flat.pop(k)).strip() for k in ids}
        values = assemble(mapping.record_type, flat)
        candidates.append(
            Candidate(
                number,
                values,
                columns,
                external={k: v for k, v in external.items() if v},
                postcode=str(flat.get("postcode") or ""),
                fallbacks=dict(mapping.fallbacks),
                notes=notes,
            )
        )
    return candidates, problems


# -- validation -------------------------------------------------------------------------------
def _complete_space(values: dict[str, Any], fallbacks: dict[str, Any]) -> dict[str, Any]:
    if values.get("category"):
        return values
    guess = guess_category(str(values.get("name") or ""), str(values.get("subtype") or ""))
    if guess is None and fallbacks.get("category"):
        guess = (str(fallbacks["category"]), "")
    if guess:
        values = {**values, "category": guess[0]}
        if not values.get("subtype") and guess[1]:
            values["subtype"] = guess[1]
    return values


NO_CATEGORY = "no category, and the name does not suggest one"
NO_CATEGORY_HINT = (
    "choose one with --default category=… (in the import window: “Category for rows that do not "
    "say” on the column page), or add a category column"
)


def clean_candidate(
    service: RecordService[Any], candidate: Candidate, lenient: bool
) -> tuple[dict[str, Any] | None, list[Problem], list[Problem]]:
    """(cleaned values or None, failures, warnings). Lenient: drop bad cells, keep the record,
    unless what makes the record (its name, category, a date) is what is wrong."""
    record_type = service.model.RECORD_TYPE
    values = dict(candidate.values)
    if record_type == "space":
        values = _complete_space(values, candidate.fallbacks)
    warnings: list[Problem] = list(candidate.notes)
    values, notes, dropped = cells.tidy(record_type, values, strict=not lenient)
    where = candidate.columns.get
    warnings += [Problem(candidate.row, where(f, f), m) for f, m in notes]
    if dropped and not lenient:
        return None, [Problem(candidate.row, where(f, f), m) for f, m in dropped], warnings
    warnings += [Problem(candidate.row, where(f, f), m + " (left out)") for f, m in dropped]
    if candidate.postcode:
        candidate.postcode, _note = cells.tidy_postcode(candidate.postcode, repair=lenient)
    if record_type == "space" and not values.get("category"):
        problem = Problem(candidate.row, where("category", "category"), NO_CATEGORY, hint=NO_CATEGORY_HINT)
        return None, [problem], warnings
    for _attempt in range(8):
        try:
            return service.clean(values, creating=True), [], warnings
        except ValidationError as exc:
            errors = exc.errors
        problems = [Problem(candidate.row, where(f, f), m) for f, m in errors.items()]
        if not lenient or any(f in service.required or cells.is_row_field(f) for f in errors):
            return None, problems, warnings
        for name, message in errors.items():
            values, left_out = _drop_bad_part(service, values, name, message)
            warnings += [
                Problem(candidate.row, where(f"{name}.{part}", where(name, name)), f"{why} (left out)")
                for part, why in left_out
            ]
    return None, [Problem(candidate.row, "", "too many problems in this row")], warnings


def _drop_bad_part(
    service: RecordService[Any], values: dict[str, Any], name: str, message: str
) -> tuple[dict[str, Any], list[tuple[str, str]]]:
    """Without the parts of a structured value that fail on their own (an email and a phone of one
    contact, each said), or without the whole field; with (part, why) for each thing left out."""
    value = values.get(name)
    cleaner = service.cleaners.get(name)
    if isinstance(value, dict) and cleaner:
        bad = []
        for key in list(value):
            try:
                cleaner({key: value[key]})
            except ValueError as exc:
                bad.append((key, str(exc)))
        if bad:
            return {**values, name: {k: v for k, v in value.items() if k not in dict(bad)}}, bad
    return {k: v for k, v in values.items() if k != name}, [("", message)]
