"""Merged records laid out as database rows, tens of thousands at a time.

A first import of a borough writes some 44,000 new rows. For each table a small function is
written out once — every column fetched by name, each JSON column encoded where it stands —
so that a row costs one tuple and no loop over its fields. Rows that function cannot take (a
field missing, a number too large for orjson) are laid out by the plain loop instead; both give
the same values.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from civicdesk.db.bulk import encode_checked_json as encode_json
from civicdesk.sync import fast_rows
from civicdesk.sync.merge import complete_new
from civicdesk.sync.rows import RowState, TableShape

try:
    from orjson import dumps as _dumps
except ImportError:  # pragma: no cover - orjson is a dependency; without it every row takes the loop
    _dumps = None

Builder = Callable[[list[RowState], str], list[tuple[Any, ...]]]
_BUILDERS: dict[str, Builder] = {}


def db_rows(shape: TableShape, states: list[RowState], at: str) -> list[tuple[Any, ...]]:
    """The column values of merged records, each in `shape.columns` order; `at` is updated_at.

    Records still as read from a bundle line (most of a first import) are laid out from the
    line itself; the others from their values.
    """
    pristine = [state for state in states if state.pristine]
    if pristine:
        others = [state for state in states if not state.pristine] if len(pristine) < len(states) else []
        rows = fast_rows.pristine_db_rows(shape, pristine, at, lambda state: _completed_row(shape, state, at))
        return rows + _from_values(shape, others, at) if others else rows
    return _from_values(shape, states, at)


def _completed_row(shape: TableShape, state: RowState, at: str) -> tuple[Any, ...]:
    """A new record's row from its values: withheld fields blank and clocked at zero."""
    complete_new(shape, [state.expanded()])
    return plain_row(shape, state, at)


def _from_values(shape: TableShape, states: list[RowState], at: str) -> list[tuple[Any, ...]]:
    if _dumps is None:
        return [plain_row(shape, state, at) for state in states]
    if shape.table not in _BUILDERS:
        _BUILDERS[shape.table] = _builder(shape)
    return _BUILDERS[shape.table](states, at)


def _stored_clocks(state: RowState) -> str:
    """The clocks stored with a row: those that differ from the row's own (usually none)."""
    clock, clocks = state.clock, state.clocks
    if list(clocks.values()).count(clock) == len(clocks):  # counted in C
        return "{}"
    return str(encode_json({k: s for k, s in clocks.items() if s != clock}))


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
    stored, extra = _stored_clocks(state), _extra(shape, values)
    return (state.id, state.created_at, at, state.clock, stored, extra, *fields)


def _builder(shape: TableShape) -> Builder:
    """Write out and compile the table's row function (field names come from our own models)."""
    columns = []
    for name in shape.fields:
        assert name.isidentifier()
        if name in shape.json_fields:
            columns.append(
                f'(_dumps(x).decode() if (x := values["{name}"]) '
                f'else None if x is None else "{{}}" if type(x) is dict else "[]")'
            )
        else:
            columns.append(f'values["{name}"]')
    source = "\n".join(
        [
            "def build(states, at):",
            "    rows = []",
            "    append = rows.append",
            "    for state in states:",
            "        values, clock, clocks = state.values, state.clock, state.clocks",
            "        try:",
            "            append((state.id, state.created_at, at, clock,",
            "                    # the clocks that differ from the row's, usually none (counted in C)",
            '                    "{}" if list(clocks.values()).count(clock) == len(clocks)',
            "                    else _stored_clocks(state),",
            '                    "{}" if values.keys() <= checks else _extra(shape, values),',
            *(f"                    {column}," for column in columns),
            "            ))",
            "        except (KeyError, TypeError):  # a field missing, an integer orjson cannot write",
            "            append(plain_row(shape, state, at))",
            "    return rows",
        ]
    )
    namespace: dict[str, Any] = {
        "_dumps": _dumps,
        "_stored_clocks": _stored_clocks,
        "_extra": _extra,
        "plain_row": plain_row,
        "shape": shape,
        "checks": shape.checks.keys(),
    }
    exec(compile(source, f"<rows of {shape.table}>", "exec"), namespace)  # noqa: S102 - our own text
    return namespace["build"]  # type: ignore[no-any-return]
