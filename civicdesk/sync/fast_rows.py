"""Bundle lines as CivicDesk writes them, checked in one pass by msgspec's C decoder.

Each synced table gets a msgspec TypedDict with every field's type, length and range. A line
is taken on this fast path only if msgspec accepts it and writing the dict back gives the very
same bytes: that proves the line canonical (sorted keys, no spaces, no repeated or unknown key)
and so equal to what the strict parser in `rows` would have read. At anything else — a
refusal, a field from a newer schema, a future clock, another writer's spacing — reading stops
and the caller reads that line with the strict parser, which says precisely what is wrong.
"""

from __future__ import annotations

from typing import Annotated, Any, NotRequired, Required, TypedDict, Union

from civicdesk.sync.limits import MAX_LINE_BYTES
from civicdesk.sync.rows import (
    ID_PATTERN,
    STAMP_PATTERN,
    ZERO_STAMP,
    RowState,
    TableShape,
    compiled_checks,
    resolve_clocks,
)

try:
    import msgspec
except ImportError:  # pragma: no cover - msgspec is a dependency; without it every line goes the strict way
    msgspec = None  # type: ignore[assignment]

AVAILABLE = msgspec is not None  # the self-check reports a build without it

_SAFE_INT = 2**53  # the strict check's range for whole numbers


def _nested_json(levels: int) -> Any:
    """Any JSON value holding at most `levels` levels of lists and objects, checked in C."""
    scalar: Any = None | bool | int | float | str
    value = scalar
    for _ in range(levels):
        value = Union[scalar, list[value], dict[str, value]]  # noqa: UP007 - built at run time
    return value


# The contents of a JSON field's list or object, nested a few levels at most: deeper values are
# rare and take the strict path, which allows up to limits.MAX_DEPTH levels in all. Each level
# doubles the time msgspec takes to build a decoder, so not all of them.
_CONTENTS = _nested_json(4)


def _field_type(kind: str, length: int, nullable: bool) -> Any:
    meta = msgspec.Meta
    python: Any
    if kind == "str":
        python = Annotated[str, meta(max_length=length)]
    elif kind == "bool":
        python = bool
    elif kind == "int":
        python = Annotated[int, meta(gt=-_SAFE_INT, lt=_SAFE_INT)]
    elif kind == "float":
        python = int | float
    elif kind == "dict":
        python = dict[str, _CONTENTS]
    else:
        python = list[_CONTENTS]
    return python | None if nullable else python


_DECODERS: dict[str, Any] = {}


def _decoder_for(shape: TableShape) -> Any:
    """Building a decoder takes milliseconds; one per table serves every bundle."""
    if shape.table not in _DECODERS:
        _DECODERS[shape.table] = msgspec.json.Decoder(_row_type(shape))
    return _DECODERS[shape.table]


def _row_type(shape: TableShape) -> Any:
    """A TypedDict of the table's rows: decoded straight into a plain dict, every value checked.

    msgspec leaves out keys a TypedDict does not name rather than refusing them; the caller's
    check that the dict writes back to the same bytes catches them (and repeated keys).
    """
    stamp = Annotated[str, msgspec.Meta(pattern=STAMP_PATTERN.pattern)]
    fields: dict[str, Any] = {
        "id": Required[Annotated[str, msgspec.Meta(pattern=ID_PATTERN.pattern)]],
        "created_at": Required[Annotated[str, msgspec.Meta(max_length=32)]],
        "clock": Required[stamp],
        "field_clocks": Required[dict[str, stamp]],
        # Extras (fields of a newer schema) are rare: they take the strict path.
        "extra": Required[Annotated[dict[str, Any], msgspec.Meta(max_length=0)]],
    }
    for name, (kind, _python, length, nullable) in compiled_checks(shape).full.items():
        # A field may be left out (withheld by consent).
        fields[name] = NotRequired[_field_type(kind, length, nullable)]
    return TypedDict(f"{shape.table}_row", fields, total=False)  # type: ignore[operator]


class FastRows:
    """Reads the canonical lines of one table's member, stopping at any it cannot vouch for."""

    def __init__(self, shape: TableShape, latest_ms: int) -> None:
        self.shape = shape
        self.latest_wall = f"{latest_ms:015d}"  # stamps begin with their wall time, 15 digits
        self.newest = ZERO_STAMP  # the newest stamp of the rows read so far
        if AVAILABLE:
            self._decode = _decoder_for(shape).decode
            self._encode = msgspec.json.Encoder(order="sorted").encode
            self._errors = (msgspec.DecodeError, msgspec.ValidationError, RecursionError)
        compiled = compiled_checks(shape)
        # Most rows carry every field of a table whose clock keys each cover one field: their
        # clocks are the row's clock but for the few fields edited since (in field_clocks).
        self._single_keys = compiled.single_keys if not compiled.group_keys else None
        self._all_fields = compiled.full.keys()

    def read(self, lines: list[bytes], start: int, previous: str, into: list[RowState]) -> int:
        """Append the rows of lines[start:] to `into` up to the first line this path cannot
        vouch for — refused, not canonical, too long, out of id order — and return its index
        (len(lines) when there is none). `previous` is the id of the row before lines[start].
        """
        if not AVAILABLE:
            return start
        decode, encode = self._decode, self._encode
        keys, single_keys, all_fields = self.shape.keys.keys(), self._single_keys, self._all_fields
        latest_wall, newest, append = self.latest_wall, self.newest, into.append
        index = start
        try:
            for index in range(start, len(lines)):
                line = lines[index]
                if len(line) > MAX_LINE_BYTES:
                    break
                try:
                    values = decode(line)
                except self._errors:
                    break
                if encode(values) != line:
                    break
                row_id = values.pop("id")
                row_clock = values.pop("clock")
                clocks = values.pop("field_clocks")
                if row_id <= previous or row_clock == ZERO_STAMP or not clocks.keys() <= keys:
                    break
                top = max(row_clock, *clocks.values()) if clocks else row_clock
                if top[:15] > latest_wall:
                    break  # a clock in the future: refused, with its message, on the strict path
                if top > newest:
                    newest = top
                del values["extra"]
                created = values.pop("created_at")
                if single_keys is not None and values.keys() >= all_fields:
                    resolved = dict.fromkeys(single_keys, row_clock)
                    resolved.update(clocks)
                else:
                    resolved = resolve_clocks(self.shape, values, clocks, row_clock)
                append(RowState(row_id, created, row_clock, values, resolved))
                previous = row_id
            else:
                index = len(lines)
        finally:
            self.newest = newest
        return index
