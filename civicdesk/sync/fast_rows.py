"""Bundle lines as CivicDesk writes them, checked in one pass by msgspec's C decoder.

Each synced table gets a msgspec Struct with every field's type, length and range; ids and
stamps are matched against their patterns a few thousand at a time. A line is taken on this
fast path only if msgspec accepts it and writing it back gives the very same bytes: that proves
it canonical (the row's keys sorted, no spaces, no repeated key at any level; an unknown key is
refused by the Struct) and so holding what the strict parser in `rows` would have read. At
anything else — a refusal, a field from a newer schema, a future clock, another writer's
spacing — reading stops and the caller reads that line with the strict parser, which says
precisely what is wrong.

A row read here stays its decoded line (RowState.decoded) until something asks for its values
as dicts; `sync.layout` lays such rows out for the database straight from their lines.
"""

from __future__ import annotations

import re
from operator import attrgetter, itemgetter, lt
from types import GenericAlias
from typing import Annotated, Any, Union

from civicdesk.sync.limits import MAX_LINE_BYTES
from civicdesk.sync.rows import (
    ID_PATTERN,
    ROW_KEYS,
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
        # GenericAlias(list, x) is what list[x] makes; spelt out as it is a value, not a type here.
        value = Union[scalar, GenericAlias(list, value), GenericAlias(dict, (str, value))]  # noqa: UP007
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
        python = GenericAlias(dict, (str, _CONTENTS))
    else:
        python = GenericAlias(list, _CONTENTS)
    return python | None if nullable else python


_DECODERS: dict[str, Any] = {}


def _decoder_for(shape: TableShape) -> Any:
    """Building a decoder takes milliseconds; one per table serves every bundle."""
    if shape.table not in _DECODERS:
        _DECODERS[shape.table] = msgspec.json.Decoder(_row_type(shape))
    return _DECODERS[shape.table]


def _expand(line: Any) -> tuple[dict[str, Any], dict[str, str]]:
    """A decoded line's values and every key's clock, exactly as the strict parser gives them."""
    values = _carried(line)
    return values, resolve_clocks(line._shape, values, line.field_clocks, line.clock)


def _carried(line: Any) -> dict[str, Any]:
    """The fields a decoded line carries, by name (the withheld ones left out)."""
    values = line._in_columns(msgspec.structs.astuple(line))
    if values.count(msgspec.UNSET):
        unset = msgspec.UNSET
        return {n: v for n, v in zip(line._fields, values, strict=True) if v is not unset}
    return dict(zip(line._fields, values, strict=True))


def line_positions(shape: TableShape) -> dict[str, int]:
    """Where each key of a decoded line sits in `msgspec.structs.astuple(line)`: the Struct's
    fields are the row's keys in sorted order, as CivicDesk writes them."""
    return {name: at for at, name in enumerate(sorted((*ROW_KEYS, *shape.fields)))}


def _get(line: Any, name: str) -> Any:
    """One field of a decoded line; None for a withheld field or one the table does not have."""
    value = getattr(line, name) if name in line._shape.checks else None
    return None if value is msgspec.UNSET else value


def _row_type(shape: TableShape) -> Any:
    """A msgspec Struct of the table's rows: every value checked as it is decoded.

    Its fields are the row's own (id, created_at, clock, field_clocks, extra) and the table's,
    in the sorted order of a canonical line: msgspec then matches each key of a line at the
    first try, and writes a row back in that order without sorting. A field left out (withheld
    by consent) stays UNSET; a key the table does not have is refused.
    """
    # Ids and stamps are checked against their patterns by the caller, a run at a time.
    own: dict[str, Any] = {
        "id": str,
        "created_at": Annotated[str, msgspec.Meta(max_length=32)],
        "clock": str,
        "field_clocks": dict[str, str],
        # Extras (fields of a newer schema) are rare: they take the strict path.
        "extra": Annotated[dict[str, Any], msgspec.Meta(max_length=0)],
    }
    assert own.keys() == ROW_KEYS
    full = compiled_checks(shape).full
    assert tuple(full) == shape.fields, f"{shape.table}: checks and columns in different orders"
    types = {name: _field_type(kind, length, null) for name, (kind, _py, length, null) in full.items()}
    fields = [(n, own[n]) if n in own else (n, types[n], msgspec.UNSET) for n in sorted(own | types)]
    positions = line_positions(shape)
    assert [name for name, *_ in fields] == list(positions)
    return msgspec.defstruct(
        f"{shape.table}_line",
        fields,
        kw_only=True,
        forbid_unknown_fields=True,
        namespace={  # what rows.Decoded asks of a decoded line
            "_shape": shape,
            "_fields": shape.fields,
            "_in_columns": itemgetter(*(positions[name] for name in shape.fields)),
            "expand": _expand,
            "get": _get,
        },
    )


def _many(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """A pattern matching lines of text joined by line breaks, each matching `pattern` whole."""
    body = pattern.pattern.removeprefix("^").removesuffix(r"\Z")
    return re.compile(rf"(?:{body}\n)*{body}\Z")


# Ids and stamps are checked a whole run at a time: one regular-expression call over thousands of
# them joined by line breaks (which neither may hold) instead of one call per value.
_IDS = _many(ID_PATTERN)
_STAMPS = _many(STAMP_PATTERN)
_RUN = 2048  # lines decoded at a time: a refused line costs at most this many decoded again


def _first(passes: Any, items: list[Any]) -> int:
    """The index of the first item `passes` refuses (len(items) when none)."""
    return next((i for i, item in enumerate(items) if not passes(item)), len(items))


class FastRows:
    """Reads the canonical lines of one table's member, stopping at any it cannot vouch for."""

    def __init__(self, shape: TableShape, latest_ms: int) -> None:
        self.shape = shape
        self.latest_wall = f"{latest_ms:015d}"  # stamps begin with their wall time, 15 digits
        self.newest = ZERO_STAMP  # the newest stamp of the rows read so far
        if AVAILABLE:
            self._decode = _decoder_for(shape).decode
            self._encode = msgspec.json.Encoder().encode  # in field order: sorted
            self._errors = (msgspec.DecodeError, msgspec.ValidationError, RecursionError)

    def read(self, lines: list[bytes], start: int, previous: str, into: list[RowState]) -> int:
        """Append the rows of lines[start:] to `into` up to the first line this path cannot
        vouch for — refused, not canonical, too long, out of id order — and return its index
        (len(lines) when there is none). `previous` is the id of the row before lines[start].
        """
        if not AVAILABLE:
            return start
        index = start
        while index < len(lines):
            run = lines[index : index + _RUN]
            taken = self._read_run(run, previous, into)
            index += taken
            if taken < len(run):
                break
            previous = into[-1].id
        return index

    def _decoded(self, run: list[bytes]) -> list[dict[str, Any]]:
        """The lines of a run msgspec accepts as the table's rows, up to the first it refuses."""
        decode = self._decode
        try:
            return list(map(decode, run))
        except self._errors:
            decoded = []
            for line in run:
                try:
                    decoded.append(decode(line))
                except self._errors:
                    break
            return decoded

    def _read_run(self, run: list[bytes], previous: str, into: list[RowState]) -> int:
        """Read as many leading lines of `run` as can be vouched for; return how many.

        Each check is made on the whole run at once and only a failing one looks for the first
        row it refuses: the rows taken are those before the first refused by any check.
        """
        if max(map(len, run)) > MAX_LINE_BYTES:
            run = run[: _first(lambda line: len(line) <= MAX_LINE_BYTES, run)]
        decoded = self._decoded(run)
        taken = len(decoded)
        written = list(map(self._encode, decoded))  # canonical: writes back to the very same bytes
        if written != run[:taken]:
            taken = next(i for i, (a, b) in enumerate(zip(written, run[:taken], strict=True)) if a != b)
            del decoded[taken:]
        if not taken:
            return 0
        ids = list(map(attrgetter("id"), decoded))
        row_clocks = list(map(attrgetter("clock"), decoded))
        # Every refusal found below lowers `taken` to the first row refused.
        if not all(map(lt, [previous, *ids[:-1]], ids)):  # in id order, none twice
            taken = _first(lambda pair: pair[0] < pair[1], list(zip([previous, *ids[:-1]], ids, strict=True)))
        if not _IDS.match("\n".join(ids)):
            taken = min(taken, _first(ID_PATTERN.match, ids))
        if not _STAMPS.match("\n".join(row_clocks)) or ZERO_STAMP in row_clocks:
            taken = min(taken, _first(lambda s: STAMP_PATTERN.match(s) and s != ZERO_STAMP, row_clocks))
        return self._keep(decoded[:taken], into)

    def _keep(self, decoded: list[Any], into: list[RowState]) -> int:
        """Keep the rows of checked lines, up to the first whose field clocks are refused or
        lie in the future; return how many were kept."""
        append, keys, latest_wall, newest = into.append, self.shape.keys.keys(), self.latest_wall, self.newest
        kept = 0
        for line in decoded:
            row_clock = line.clock
            clocks = line.field_clocks
            if clocks:  # most rows have none: no field edited since the record was made
                stamps = list(clocks.values())
                if not clocks.keys() <= keys:
                    break
                # Only zero stamps (a withheld person's initials, say) need no pattern matched.
                if stamps.count(ZERO_STAMP) < len(stamps) and not _STAMPS.match("\n".join(stamps)):
                    break
                top = max(row_clock, *stamps)
            else:
                top = row_clock
            if top > newest:
                if top[:15] > latest_wall:
                    break  # a clock in the future: refused, with its message, on the strict path
                newest = top
            append(RowState(line.id, line.created_at, row_clock, None, None, line))
            kept += 1
        self.newest = newest
        return kept

