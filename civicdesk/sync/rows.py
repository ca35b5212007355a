"""One synced record as it travels: plain values, a clock per field, and strict checks on arrival.

`TableShape` describes a synced table once (its fields, which fields are clocked together, how
to check each value); `RowState` is one record in that shape, whether read from this database
or from a bundle line.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeGuard, cast

from sqlalchemy import JSON, Boolean, ColumnDefault, Float, Integer, String, Table, Text

from civicdesk.core.clock import Stamp
from civicdesk.db.models import SYNCED_MODELS, SyncedMixin, clock_key, synced_fields
from civicdesk.errors import CivicDeskError

# Lower than any stamp a site issues: the clock of a value nobody has written (a withheld field).
ZERO_STAMP = Stamp(0, 0, "").encode()
# \Z, not $: "$" would also accept a stamp, id or field name followed by a line break.
STAMP_PATTERN = re.compile(r"^[0-9]{15}\.[0-9]{5}\.[0-9A-Za-z-]{0,60}\Z")
ID_PATTERN = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\Z")
_FIELD_NAME = re.compile(r"^[a-z][a-z0-9_]{0,59}\Z")
ROW_KEYS = frozenset({"id", "created_at", "clock", "field_clocks", "extra"})


class RowError(CivicDeskError):
    """A row of a bundle that does not hold what its table needs."""


class Decoded(Protocol):
    """A bundle line checked and decoded on the fast path, not yet made into dicts."""

    def expand(self) -> tuple[dict[str, Any], dict[str, str]]:
        """The row's values and its clock for every key, as the strict parser gives them."""

    def get(self, name: str) -> Any:
        """One field's value; None for a withheld field or one the table does not have."""


class RowState:
    """One record's copy: its values and a stamp for every clock key.

    A row read on the fast path keeps its decoded line and makes the two dicts only when asked
    for them: a first import lays tens of thousands of new rows out straight from their lines.
    Until then the row is `pristine` and `get` reads the line.
    """

    __slots__ = ("id", "created_at", "clock", "_values", "_clocks", "decoded")

    def __init__(
        self,
        id: str,  # noqa: A002 - the record's id, named as everywhere else
        created_at: str,
        clock: str,
        values: dict[str, Any] | None = None,
        clocks: dict[str, str] | None = None,
        decoded: Decoded | None = None,
    ) -> None:
        self.id, self.created_at, self.clock, self.decoded = id, created_at, clock, decoded
        self._values, self._clocks = values, clocks
        if decoded is None and (values is None or clocks is None):
            raise ValueError("a row needs its values and clocks or its decoded line")

    def _expand(self) -> None:
        assert self.decoded is not None
        self._values, self._clocks = self.decoded.expand()

    @property
    def values(self) -> dict[str, Any]:  # every field, including unknown ones from newer schemas
        if self._values is None:
            self._expand()
        assert self._values is not None
        return self._values

    @property
    def clocks(self) -> dict[str, str]:  # clock key -> stamp, for every key
        if self._clocks is None:
            self._expand()
        assert self._clocks is not None
        return self._clocks

    def expanded(self) -> RowState:
        """This row, its values and clocks made into dicts (no longer pristine)."""
        if self._values is None:
            self._expand()
        return self

    @property
    def pristine(self) -> bool:
        """Still only its decoded line: nothing has asked for (or changed) its dicts."""
        return self._values is None

    def get(self, name: str) -> Any:
        """A field's value (None if the row has no such field), without expanding the row."""
        if self._values is None:
            assert self.decoded is not None
            return self.decoded.get(name)
        return self._values.get(name)

    def reader(self) -> Callable[[str], Any]:
        """A `get` for reading several fields of the row (its dict's, or its decoded line's)."""
        if self._values is None:
            assert self.decoded is not None
            return self.decoded.get
        return self._values.get

    def _key(self) -> tuple[Any, ...]:
        return (self.id, self.created_at, self.clock, self.values, self.clocks)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, RowState) and self._key() == other._key()

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        shown = f"id={self.id!r}, clock={self.clock!r}, values={self.values!r}, clocks={self.clocks!r}"
        return f"RowState({shown})"


@dataclass(frozen=True)
class TableShape:
    model: type[SyncedMixin]
    table: str
    fields: tuple[str, ...]  # synced columns in table order (includes "deleted")
    json_fields: frozenset[str]
    keys: dict[str, tuple[str, ...]]  # clock key -> fields it covers
    checks: dict[str, tuple[str, int, bool]] = field(default_factory=dict)  # field -> (kind, length, null)
    defaults: dict[str, Any] = field(default_factory=dict)

    @property
    def columns(self) -> tuple[str, ...]:
        return ("id", "created_at", "updated_at", "clock", "field_clocks", "extra", *self.fields)

    def key_of(self, name: str) -> str:
        return clock_key(self.model, name) if name in self.fields else name

    def fields_of(self, key: str) -> tuple[str, ...]:
        return self.keys.get(key, (key,))

    def blank(self, name: str) -> Any:
        value = self.defaults.get(name)
        return value.copy() if isinstance(value, dict | list) else value

    def resolve_clocks(self, row_clock: str, stored: dict[str, Any], extra: dict[str, Any]) -> dict[str, str]:
        """The full clock map: each key's own stamp, else the row's creation stamp."""
        clocks = {key: str(stored.get(key, row_clock)) for key in self.keys}
        for name in extra:
            clocks[name] = str(stored.get(name, row_clock))
        return clocks

    def from_db(self, row: tuple[Any, ...]) -> RowState:
        """A RowState from a raw `SELECT <columns>` tuple."""
        values = dict(zip(self.columns, row, strict=True))
        for name in self.json_fields:
            raw = values[name]
            values[name] = json.loads(raw) if raw is not None else None
        values["deleted"] = bool(values["deleted"])
        extra = json.loads(values.pop("extra") or "{}")
        stored = json.loads(values.pop("field_clocks") or "{}")
        row_id, created, clock = values.pop("id"), values.pop("created_at"), values.pop("clock")
        values.pop("updated_at")
        for name in self.fields:
            if self.checks[name][0] == "bool" and values[name] is not None:
                values[name] = bool(values[name])
        clocks = self.resolve_clocks(clock, stored, extra)
        return RowState(row_id, created, clock, {**extra, **values}, clocks)


def _check_kind(column: Any) -> tuple[str, int, bool]:
    kind = column.type
    if isinstance(kind, Boolean):
        name = "bool"
    elif isinstance(kind, Integer):
        name = "int"
    elif isinstance(kind, Float):
        name = "float"
    elif isinstance(kind, JSON):
        name = "json"
    elif isinstance(kind, String | Text):
        name = "str"
    else:  # pragma: no cover - a new column type must be taught here
        raise TypeError(f"no bundle check for {column.name}")
    length = getattr(kind, "length", None) or 1_000_000
    return name, length, bool(column.nullable)


_SHAPE_CACHE: dict[type[SyncedMixin], TableShape] = {}


def shape_of(model: type[SyncedMixin]) -> TableShape:
    """The shape of a synced model's table, worked out once per model."""
    # A dict rather than functools.cache: mypy does not see a type[...] variable as Hashable.
    shape = _SHAPE_CACHE.get(model)
    if shape is None:
        shape = _SHAPE_CACHE[model] = _shape_of(model)
    return shape


def _shape_of(model: type[SyncedMixin]) -> TableShape:
    table = cast(Table, model.__table__)  # declarative models are mapped to tables
    fields = tuple(synced_fields(model))
    keys: dict[str, list[str]] = {}
    for name in fields:
        keys.setdefault(clock_key(model, name), []).append(name)
    checks, defaults = {}, {}
    for name in fields:
        column = table.columns[name]
        checks[name] = _check_kind(column)
        # Our models' defaults are all scalar or callable ColumnDefaults, which hold .arg.
        default = cast(ColumnDefault, column.default).arg if column.default is not None else None
        if callable(default):
            default = default(None)
        if default is None and not column.nullable:
            default = {"str": "", "bool": False, "int": 0, "float": 0.0}.get(checks[name][0])
        defaults[name] = default
    json_fields = frozenset(n for n in fields if checks[n][0] == "json")
    return TableShape(
        model, table.name, fields, json_fields, {k: tuple(v) for k, v in keys.items()}, checks, defaults
    )


SHAPES: dict[str, TableShape] = {m.__tablename__: shape_of(m) for m in SYNCED_MODELS}


def is_stamp(value: Any) -> bool:
    return isinstance(value, str) and bool(STAMP_PATTERN.match(value))


def stamp_wall(stamp: str) -> int:
    return int(stamp[:15])


_PY_TYPES: dict[str, type | tuple[type, ...]] = {"bool": bool, "int": int, "float": (int, float), "str": str}
_WANTED = {
    "bool": "true or false",
    "int": "a whole number",
    "float": "a number",
    "str": "text",
    "dict": "an object",
    "list": "a list",
}


@dataclass(frozen=True)
class CompiledChecks:
    """A table's checks, worked out once: most values pass on one type test and one length test."""

    full: dict[str, tuple[str, Any, int, bool]]  # field -> (kind, Python type, max length, nullable)
    quick: dict[str, tuple[type[Any], int | None]]  # field -> (exact type, max length or None)
    single_keys: tuple[str, ...]  # clock keys that cover one field (named like it)
    single_set: frozenset[str]
    group_keys: tuple[tuple[str, tuple[str, ...]], ...]  # clock keys covering several fields


_COMPILED: dict[str, CompiledChecks] = {}


def compiled_checks(shape: TableShape) -> CompiledChecks:
    """The checks of a table; JSON fields are split into objects and lists by their default."""
    found = _COMPILED.get(shape.table)
    if found is not None:
        return found
    full: dict[str, tuple[str, Any, int, bool]] = {}
    quick: dict[str, tuple[type[Any], int | None]] = {}
    for name, (kind, length, nullable) in shape.checks.items():
        if kind == "json":
            kind = "dict" if isinstance(shape.defaults.get(name), dict) else "list"
            full[name] = (kind, dict if kind == "dict" else list, length, True)
            quick[name] = (full[name][1], None)
        else:
            full[name] = (kind, _PY_TYPES[kind], length, nullable)
            if kind in ("str", "bool"):  # numbers need their range checked: the full check
                quick[name] = (full[name][1], length if kind == "str" else None)
    singles = tuple(k for k, members in shape.keys.items() if members == (k,))
    groups = tuple((k, members) for k, members in shape.keys.items() if members != (k,))
    found = _COMPILED[shape.table] = CompiledChecks(full, quick, singles, frozenset(singles), groups)
    return found


def _check_value(check: tuple[str, Any, int, bool], name: str, value: Any, where: str) -> None:
    kind, python_type, length, nullable = check
    if value is None:
        if nullable:
            return
        raise RowError(f"{where}: {name} must have a value")
    ok = isinstance(value, python_type)
    if ok and kind in ("int", "float"):
        ok = not isinstance(value, bool) and (kind == "float" or abs(value) < 2**53)
    elif ok and kind == "str":
        ok = len(value) <= length
    if not ok:
        wanted = f"text of at most {length} characters" if kind == "str" else _WANTED[kind]
        raise RowError(f"{where}: {name} must be {wanted}")


class StampCheck:
    """Checks stamps once each: a bundle repeats the same few stamps thousands of times."""

    def __init__(self, latest_ms: int) -> None:
        self.latest_ms = latest_ms
        self.good: set[str] = set()

    def ok(self, stamp: Any) -> TypeGuard[str]:
        if not isinstance(stamp, str):  # a list or object here must not reach the set (unhashable)
            return False
        if stamp in self.good:
            return True
        if not is_stamp(stamp):
            return False
        if stamp_wall(stamp) > self.latest_ms:
            raise RowError(
                "a change is dated more than 24 hours in the future; the sending "
                "computer's clock is wrong, ask them to correct it and send the bundle again"
            )
        self.good.add(stamp)
        return True


def parse_row(shape: TableShape, raw: Any, where: str, stamps: StampCheck) -> RowState:
    """Check one decoded bundle line; unknown fields (from a newer schema) go to the extras."""
    if not isinstance(raw, dict):
        raise RowError(f"{where}: a row must be a JSON object")
    row_id = raw.get("id")
    if not isinstance(row_id, str) or not ID_PATTERN.match(row_id):
        raise RowError(f"{where}: the id is not a record id")
    where = f"{where} (id {row_id})"
    try:
        return _parse_checked(shape, raw, row_id, where, stamps)
    except RowError as exc:
        if exc.message.startswith("a change is dated"):
            raise RowError(f"{where}: {exc.message}") from exc
        raise


def _parse_checked(
    shape: TableShape, raw: dict[str, Any], row_id: str, where: str, stamps: StampCheck
) -> RowState:
    created = raw.get("created_at")
    if not isinstance(created, str) or len(created) > 32:
        raise RowError(f"{where}: created_at must be a date-time text")
    row_clock = raw.get("clock")
    clocks = raw.get("field_clocks")
    extra = raw.get("extra", {})
    if row_clock == ZERO_STAMP or not stamps.ok(row_clock):
        raise RowError(f"{where}: clock is not a clock stamp")
    if not isinstance(clocks, dict):
        raise RowError(f"{where}: field_clocks must map each field to a clock stamp")
    good = stamps.good
    for stamp in clocks.values():  # usually none: only fields changed since the record was made
        if not (type(stamp) is str and stamp in good) and not stamps.ok(stamp):
            raise RowError(f"{where}: field_clocks must map each field to a clock stamp")
    if not isinstance(extra, dict):
        raise RowError(f"{where}: extra must be an object")
    compiled = compiled_checks(shape)
    checks, quick = compiled.full, compiled.quick
    values: dict[str, Any] = {}
    sources: tuple[dict[str, Any], ...] = (extra, raw) if extra else (raw,)
    for source in sources:
        for name, value in source.items():
            rule = quick.get(name)
            if rule is not None and type(value) is rule[0] and (rule[1] is None or len(value) <= rule[1]):
                values[name] = value  # the common case: the exact type, not too long
                continue
            if source is raw and name in ROW_KEYS:
                continue
            check = checks.get(name)
            if check is not None:
                _check_value(check, name, value, where)
            elif not _FIELD_NAME.match(name) or name in ROW_KEYS:
                raise RowError(f"{where}: {name[:60]!r} is not a field name")
            values[name] = value
    for key in clocks:
        if key in shape.keys:
            continue
        if key in checks:  # a field of ours clocked on its own, where its group has the clock
            group = shape.key_of(key)
            raise RowError(
                f"{where}: field_clocks names {key!r}, which is clocked with its group {group!r}"
            )
        if key not in values:
            raise RowError(f"{where}: field_clocks names {key[:60]!r}, which the row does not have")
    return RowState(row_id, created, row_clock, values, resolve_clocks(shape, values, clocks, row_clock))


def resolve_clocks(
    shape: TableShape, values: dict[str, Any], clocks: dict[str, str], row_clock: str
) -> dict[str, str]:
    """Every clock key of an arriving row: its own stamp, the row's clock, or zero if withheld.

    A field the row does not carry (withheld by consent) stays unknown, clocked at zero; a clock
    key covering several fields counts only if the row carries all of them (else they are
    dropped from `values`). Fields from a newer schema have clocks too.
    """
    compiled = compiled_checks(shape)
    resolved = dict.fromkeys(compiled.single_keys, row_clock)
    resolved.update(clocks)
    if not values.keys() >= compiled.single_set:  # set operations in C: most rows carry all
        for key in compiled.single_set - values.keys():
            resolved[key] = ZERO_STAMP
    for key, members in compiled.group_keys:
        if all(m in values for m in members):
            resolved.setdefault(key, row_clock)
        else:
            for m in members:
                values.pop(m, None)
            resolved[key] = ZERO_STAMP
    if not values.keys() <= compiled.full.keys():
        for name in values:
            if name not in compiled.full:
                resolved.setdefault(name, row_clock)
    return resolved


def to_bundle_row(
    shape: TableShape, state: RowState, withheld: frozenset[str] = frozenset()
) -> dict[str, Any]:
    """The JSON object of one bundle line (keys sorted when written)."""
    known = {n: state.values[n] for n in shape.fields if n in state.values and n not in withheld}
    extra = {n: v for n, v in state.values.items() if n not in shape.checks}
    # A key stamped with the row's own clock is left out (readers give it the row clock): most
    # fields are never edited after creation, and their stamps would be most of the bytes.
    clocks = {
        k: s
        for k, s in state.clocks.items()
        if s != state.clock and not all(f in withheld for f in shape.fields_of(k))
    }
    return {
        "id": state.id,
        "created_at": state.created_at,
        "clock": state.clock,
        "field_clocks": clocks,
        "extra": extra,
        **known,
    }
