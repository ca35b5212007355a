"""Read a bundle's rows: open it, verify it and check every row, without touching the database."""

from __future__ import annotations

from dataclasses import dataclass, field

from civicdesk.sync import bundle_format as fmt
from civicdesk.sync import limits, unknown
from civicdesk.sync.fast_rows import FastRows
from civicdesk.sync.limits import BundleError
from civicdesk.sync.merge import Vector
from civicdesk.sync.rows import (
    SHAPES,
    ZERO_STAMP,
    RowError,
    RowState,
    StampCheck,
    is_stamp,
    parse_row,
)


@dataclass
class ParsedBundle:
    opened: fmt.OpenedBundle
    tables: dict[str, list[RowState]]
    skipped_tables: list[str]  # tables this version does not know (their rows: `unknown`)
    max_stamp: str
    unknown: list[unknown.UnknownRow] = field(default_factory=list)

    @property
    def origin(self) -> dict[str, str]:
        return dict(self.opened.manifest["origin"])

    @property
    def vector(self) -> Vector:
        vector = self.opened.manifest["vector"]
        if not all(isinstance(k, str) and is_stamp(v) for k, v in vector.items()):
            raise BundleError("manifest.json has a malformed version vector")
        return dict(vector)

    @property
    def base(self) -> Vector | None:
        """What a changes-only bundle's sender believed we had (None for a full bundle)."""
        base = self.opened.manifest.get("base")
        if base is None:
            return None
        if not isinstance(base, dict) or not all(isinstance(k, str) and is_stamp(v) for k, v in base.items()):
            raise BundleError("manifest.json has a malformed base vector")
        return dict(base)


def parse_bundle(data: bytes, passphrase: str | None, now_ms: int) -> ParsedBundle:
    """Open, verify and check every row of a bundle, without touching the database."""
    return parse_rows(fmt.open_bundle(data, passphrase), now_ms)


def parse_rows(opened: fmt.OpenedBundle, now_ms: int) -> ParsedBundle:
    """Check every row of an opened (signature- and hash-verified) bundle."""
    stamps = StampCheck(now_ms + limits.FUTURE_TOLERANCE_MS)
    tables: dict[str, list[RowState]] = {}
    skipped: list[str] = []
    kept: list[unknown.UnknownRow] = []
    max_stamp = ZERO_STAMP
    listed = opened.manifest["members"]
    total_rows = 0
    for name, content in sorted(opened.members.items()):
        table = fmt.table_of(name)
        if table is None:
            continue  # files/ attachments: verified by hash, stored by features that use them
        if table not in SHAPES:
            skipped.append(table)  # a table from a newer schema: kept and passed on (sync.unknown)
            rows = unknown.read_member(name, table, content, stamps)
            kept.extend(rows)
            total_rows += len(rows)
            max_stamp = max([max_stamp, *(r.clock for r in rows)])
            declared = listed.get(name, {}).get("rows")
            if declared != len(rows):
                raise BundleError(f"{name} has {len(rows)} rows but its manifest says {declared}")
            continue
        shape = SHAPES[table]
        limits.utf8(content, name)  # the whole member must be UTF-8; lines are then read as bytes
        if content and not content.endswith(b"\n"):
            raise BundleError(f"{name} does not end with a complete line")
        lines = content.split(b"\n")[:-1] if content else []
        total_rows += len(lines)
        if total_rows > limits.MAX_ROWS:
            raise BundleError(f"the bundle has more than {limits.MAX_ROWS:,} rows")
        states: list[RowState] = []
        fast = FastRows(shape, stamps.latest_ms)
        number = 0
        while number < len(lines):
            number = fast.read(lines, number, states[-1].id if states else "", states)
            if number == len(lines):
                break
            # A line the fast path could not vouch for: the strict path says what is wrong.
            line, where = lines[number], f"{name} line {number + 1}"
            if len(line) > limits.MAX_LINE_BYTES:
                raise BundleError(f"{where} is longer than {limits.MAX_LINE_BYTES:,} bytes")
            try:
                state = parse_row(shape, limits.strict_json_line(line, where), where, stamps)
            except RowError as exc:
                raise BundleError(str(exc)) from exc
            if states and state.id <= states[-1].id:
                raise BundleError(f"{where}: rows are not sorted by id (or an id appears twice)")
            max_stamp = max(max_stamp, *state.clocks.values())
            states.append(state)
            number += 1
        max_stamp = max(max_stamp, fast.newest)
        declared = listed.get(name, {}).get("rows")
        if declared != len(states):
            raise BundleError(f"{name} has {len(states)} rows but its manifest says {declared}")
        tables[table] = states
    return ParsedBundle(opened, tables, sorted(skipped), max_stamp, kept)
