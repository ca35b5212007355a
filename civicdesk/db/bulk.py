"""Fast inserts of many rows at once, for example data and large imports."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, cast

from sqlalchemy import JSON, Table

try:  # optional speed: the same compact JSON, written faster
    import orjson as _orjson
except ImportError:  # pragma: no cover
    _orjson = None  # type: ignore[assignment]
from sqlalchemy.orm import Session
from sqlalchemy.sql import FromClause


def _unencodable(value: Any) -> Any:
    raise TypeError(f"{type(value).__name__} values cannot be stored as JSON")


# The C encoder made once, not once per value as json.dumps does: half the cost for small values.
# (json.encoder.c_make_encoder is None without the C accelerator; typeshed does not declare it.)
_MAKE_ENCODER: Callable[..., Callable[[Any, int], Any]] | None = getattr(json.encoder, "c_make_encoder", None)
_C_ENCODER = (
    _MAKE_ENCODER(
        None, _unencodable, json.encoder.encode_basestring, None, ":", ",", False, False, True
    )
    if _MAKE_ENCODER is not None
    else None
)
_PY_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def encode_json(value: Any) -> str | None:
    """A JSON column's text: compact, UTF-8 as is; empty objects and lists without the encoder."""
    if value is None:
        return None
    if not value and isinstance(value, dict | list):
        return "{}" if isinstance(value, dict) else "[]"
    if _C_ENCODER is not None and isinstance(value, dict | list):
        return "".join(_C_ENCODER(value, 0))
    return _PY_ENCODER(value)


def encode_checked_json(value: Any) -> str | None:
    """`encode_json` for values already checked to hold only JSON (no NaN): orjson, faster still."""
    if value is None:
        return None
    if not value and isinstance(value, dict | list):
        return "{}" if isinstance(value, dict) else "[]"
    if _orjson is not None:
        try:
            return _orjson.dumps(value).decode()
        except TypeError:  # integers beyond 64 bits, which the standard encoder writes
            pass
    return encode_json(value)


def new_synced_row(record_id: str, stamp: str, at: str, **values: Any) -> dict[str, Any]:
    """A complete row for a record created in bulk: its values plus fresh sync metadata."""
    return {
        **values,
        "id": record_id,
        "created_at": at,
        "updated_at": at,
        "clock": stamp,
        "field_clocks": {},
        "extra": {},
        "deleted": False,
    }


def _default(column: Any) -> Any:
    default = column.default
    return default.arg if default.is_scalar else default.arg(None)


def insert_rows(
    session: Session, table: FromClause, rows: list[dict[str, Any]], chunk: int = 20_000
) -> None:
    """Insert complete rows (every column given) with executemany on the session's connection.

    `table` is a model's `__table__` (a Table, which SQLAlchemy types as a FromClause).
    """
    if not rows:
        return
    columns = [c.name for c in table.columns]
    json_columns = {c.name for c in table.columns if isinstance(c.type, JSON)}
    name = cast(Table, table).name
    # A column added since a bulk writer was written takes its model default (e.g. tools.valuable).
    missing = [c for c in table.columns if c.name not in rows[0] and c.default is not None]
    if missing:
        rows = [{**{c.name: _default(c) for c in missing}, **r} for r in rows]
    sql = f"INSERT INTO {name} ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})"
    raw = session.connection().connection.driver_connection
    assert raw is not None
    for start in range(0, len(rows), chunk):
        batch = rows[start : start + chunk]
        raw.executemany(
            sql, [tuple(encode_json(r[c]) if c in json_columns else r[c] for c in columns) for r in batch]
        )
