"""Merged records laid out as database rows, tens of thousands at a time.

A first import of a borough writes some 44,000 new rows. For each table two small functions are
written out once, so that a row costs one tuple and no loop over its fields: one lays out a
record still as read (`RowState.pristine`) from its decoded line, which holds the row's own
fields and the table's in the sorted order of the line's keys; the other lays out any record
from its values.
Rows they cannot take (a field missing, a number too large for orjson) go through the plain
loop, `plain_row`; all give the same values.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import repeat
from operator import is_
from typing import Any

from civicdesk.db.bulk import encode_checked_json as encode_json
from civicdesk.sync.fast_rows import line_positions
from civicdesk.sync.merge import complete_new
from civicdesk.sync.rows import ZERO_STAMP, RowState, TableShape, resolve_clocks

try:
    from orjson import dumps as _dumps
except ImportError:  # pragma: no cover - orjson is a dependency; without it every row takes the loop
    _dumps = None  # type: ignore[assignment]  # optional speed-up: None means the loop
try:
    from msgspec import UNSET as _UNSET
    from msgspec.structs import astuple as _astuple
except ImportError:  # pragma: no cover - msgspec is a dependency; without it no row is pristine
    _UNSET = _astuple = None  # type: ignore[assignment, misc]  # optional speed-up: None means none

Builder = Callable[[list[RowState], str], list[tuple[Any, ...]]]
_FROM_VALUES: dict[str, Builder] = {}
_FROM_LINES: dict[str, Builder] = {}


def db_rows(shape: TableShape, states: list[RowState], at: str) -> list[tuple[Any, ...]]:
    """The column values of merged records, each in `shape.columns` order; `at` is updated_at."""
    if _dumps is None:
        return [_completed_row(shape, state, at) for state in states]
    pristine = [state for state in states if state.pristine]
    if not pristine:
        return _built(_FROM_VALUES, _from_values_builder, shape)(states, at)
    rows = _built(_FROM_LINES, _from_lines_builder, shape)(pristine, at)
    if len(pristine) < len(states):
        others = [state for state in states if not state.pristine]
        rows += _built(_FROM_VALUES, _from_values_builder, shape)(others, at)
    return rows


def _built(cache: dict[str, Builder], make: Callable[[TableShape], Builder], shape: TableShape) -> Builder:
    if shape.table not in cache:
        cache[shape.table] = make(shape)
    return cache[shape.table]


def _completed_row(shape: TableShape, state: RowState, at: str) -> tuple[Any, ...]:
    """A new record's row from its values: withheld fields blank and clocked at zero."""
    complete_new(shape, [state.expanded()])
    return plain_row(shape, state, at)


def _stored_clocks(clocks: dict[str, str], clock: str) -> str:
    """The clocks stored with a row: those that differ from the row's own (usually none)."""
    stored = {key: stamp for key, stamp in clocks.items() if stamp != clock}
    return str(encode_json(stored)) if stored else "{}"


def _extra(shape: TableShape, values: dict[str, Any]) -> str:
    """Fields from a newer schema, kept to be passed on."""
    if values.keys() <= shape.checks.keys():
        return "{}"
    return str(encode_json({n: v for n, v in values.items() if n not in shape.checks}))


def plain_row(shape: TableShape, state: RowState, at: str) -> tuple[Any, ...]:
    """One row, field by field: for any row, including one that lacks fields."""
    values, json_fields = state.values, shape.json_fields
    fields = [values[n] if n in values else shape.blank(n) for n in shape.fields]
    fields = [encode_json(v) if n in json_fields else v for n, v in zip(shape.fields, fields, strict=True)]
    fields = [int(v) if type(v) is bool else v for v in fields]
    stored, extra = _stored_clocks(state.clocks, state.clock), _extra(shape, values)
    return (state.id, state.created_at, at, state.clock, stored, extra, *fields)


def _columns(shape: TableShape, value_of: Callable[[int, str], str]) -> list[str]:
    """Each field's column as an expression: a JSON value written as text, a truth value as 0 or 1."""
    columns = []
    for at, name in enumerate(shape.fields):
        assert name.isidentifier()  # names come from our own models
        value = value_of(at, name)
        if name in shape.json_fields:
            value = (
                f"(_dumps(x).decode() if (x := {value}) "
                f'else None if x is None else "{{}}" if type(x) is dict else "[]")'
            )
        elif shape.checks[name][0] == "bool":  # sqlite3 binds a bool only after failing to adapt it
            value = f"(None if (x := {value}) is None else 1 if x else 0)"
        columns.append(f"                    {value},")
    return columns


def _compiled(shape: TableShape, body: list[str], namespace: dict[str, Any]) -> Builder:
    """`build(states, at)`: the rows `body` appends, one state at a time."""
    head = ["def build(states, at):", "    rows = []", "    append = rows.append", "    for state in states:"]
    lines = [*head, *body, "    return rows"]
    namespace.update({"_dumps": _dumps, "plain_row": plain_row, "shape": shape})
    exec(compile("\n".join(lines), f"<rows of {shape.table}>", "exec"), namespace)  # noqa: S102 - our own text
    return namespace["build"]  # type: ignore[no-any-return]


def _from_values_builder(shape: TableShape) -> Builder:
    return _compiled(
        shape,
        [
            "        values, clock, clocks = state.values, state.clock, state.clocks",
            "        try:",
            "            append((state.id, state.created_at, at, clock,",
            "                    # the clocks that differ from the row's, usually none (counted in C)",
            '                    "{}" if list(clocks.values()).count(clock) == len(clocks)',
            "                    else _stored_clocks(clocks, clock),",
            '                    "{}" if values.keys() <= checks else _extra(shape, values),',
            *_columns(shape, lambda _at, name: f'values["{name}"]'),
            "            ))",
            "        except (KeyError, TypeError):  # a field missing, an integer orjson cannot write",
            "            append(plain_row(shape, state, at))",
        ],
        {"_stored_clocks": _stored_clocks, "_extra": _extra, "checks": shape.checks.keys()},
    )


def _from_lines_builder(shape: TableShape) -> Builder:
    """Rows of records still as read. A decoded line's fields, as a tuple, are the row's keys in
    sorted order (`line_positions`); withheld fields are UNSET, extras empty on this path."""
    pos = line_positions(shape)
    own = f"t[{pos['id']}], t[{pos['created_at']}], at, t[{pos['clock']}]"
    return _compiled(
        shape,
        [
            "        t = astuple(state.decoded)",
            '        stored = "{}"',
            f"        if t[{pos['field_clocks']}] or t.count(UNSET):  # field clocks or a withheld field",
            "            t, stored = fill(t)",
            "        try:",
            f'            append(({own}, stored, "{{}}",',
            *_columns(shape, lambda _at, name: f"t[{pos[name]}]"),
            "            ))",
            "        except TypeError:  # an integer too large for orjson",
            "            append(completed_row(shape, state, at))",
        ],
        {"astuple": _astuple, "UNSET": _UNSET, "fill": _filler(shape), "completed_row": _completed_row},
    )


def _filler(shape: TableShape) -> Callable[[tuple[Any, ...]], tuple[tuple[Any, ...], str]]:
    """A function giving a decoded line with field clocks or withheld fields its blanks and its
    stored clocks (those that differ from the row's own: edited fields, and withheld ones at
    zero), resolved as for any arriving row.

    Most such lines are people whose personal fields were withheld (their name replaced by
    initials, clocked at zero). A line whose field clocks are all zero is filled by the pattern
    of its withheld and zero-clocked fields, resolved once per pattern: its blanks and its
    stored clocks do not depend on anything else.
    """
    pos = line_positions(shape)
    row_clock, field_clocks = pos["clock"], pos["field_clocks"]
    blanks = [(pos[name], name, shape.blank(name)) for name in shape.fields]
    patterns: dict[tuple[Any, ...], tuple[list[tuple[int, Any]], str]] = {}

    def resolved(t: tuple[Any, ...]) -> tuple[dict[str, Any], str]:
        values = {name: t[at] for at, name, _blank in blanks if t[at] is not _UNSET}
        # resolve_clocks drops a group of fields not all there
        clocks = resolve_clocks(shape, values, t[field_clocks], t[row_clock])
        return values, _stored_clocks(clocks, t[row_clock])

    def fill(t: tuple[Any, ...]) -> tuple[tuple[Any, ...], str]:
        zeros = t[field_clocks]
        if list(zeros.values()).count(ZERO_STAMP) == len(zeros):
            key = (tuple(map(is_, t, repeat(_UNSET))), *zeros)
            pattern = patterns.get(key)
            if pattern is None:
                values, stored = resolved(t)
                withheld = [(at, blank) for at, name, blank in blanks if name not in values]
                pattern = patterns[key] = (withheld, stored)
            filled, stored = pattern
        else:  # a field edited since the record was made: resolved for this line alone
            values, stored = resolved(t)
            filled = [(at, values.get(name, blank)) for at, name, blank in blanks]
        row = list(t)
        for at, value in filled:
            row[at] = value
        return tuple(row), stored

    return fill
