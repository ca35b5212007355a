"""Records of tables this version does not know: checked within the limits, kept, passed on.

A newer CivicDesk may send `rows/<table>.ndjson` for a table we have no model for. Such a line
is read under the same limits as any other (size, strict JSON, a record id, valid clocks, rows in
id order) and kept byte for byte in `unknown_records`; later bundles carry it on unchanged. Of two
copies of one record, the one with the newer stamp wins (then the larger line), so every site
keeps the same copy whatever order bundles arrive in.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from civicdesk.sync import limits
from civicdesk.sync.limits import BundleError
from civicdesk.sync.rows import ID_PATTERN, ZERO_STAMP, RowError, StampCheck


@dataclass(frozen=True)
class UnknownRow:
    table: str
    id: str
    clock: str  # the newest stamp in the line
    line: bytes


def read_member(name: str, table: str, content: bytes, stamps: StampCheck) -> list[UnknownRow]:
    """The checked lines of one member for a table this version does not know."""
    limits.utf8(content, name)
    if content and not content.endswith(b"\n"):
        raise BundleError(f"{name} does not end with a complete line")
    rows: list[UnknownRow] = []
    for number, line in enumerate(content.split(b"\n")[:-1] if content else [], start=1):
        where = f"{name} line {number}"
        if len(line) > limits.MAX_LINE_BYTES:
            raise BundleError(f"{where} is longer than {limits.MAX_LINE_BYTES:,} bytes")
        raw = limits.strict_json_line(line, where)
        if not isinstance(raw, dict):
            raise BundleError(f"{where}: a row must be a JSON object")
        row_id = raw.get("id")
        if not isinstance(row_id, str) or not ID_PATTERN.match(row_id):
            raise BundleError(f"{where}: the id is not a record id")
        where = f"{where} (id {row_id})"
        newest = _newest_stamp(raw, where, stamps)
        if rows and row_id <= rows[-1].id:
            raise BundleError(f"{where}: rows are not sorted by id (or an id appears twice)")
        rows.append(UnknownRow(table, row_id, newest, line))
    return rows


def _newest_stamp(raw: dict[str, Any], where: str, stamps: StampCheck) -> str:
    clock, field_clocks = raw.get("clock"), raw.get("field_clocks", {})
    try:
        if clock == ZERO_STAMP or not stamps.ok(clock):
            raise BundleError(f"{where}: clock is not a clock stamp")
        if not isinstance(field_clocks, dict) or not all(
            s == ZERO_STAMP or stamps.ok(s) for s in field_clocks.values()
        ):
            raise BundleError(f"{where}: field_clocks must map each field to a clock stamp")
    except RowError as exc:  # a clock in the future
        raise BundleError(f"{where}: {exc.message}") from exc
    return str(max([clock, *field_clocks.values()]))


def plan(session: Session, rows: list[UnknownRow]) -> list[UnknownRow]:
    """The rows that are new here or newer than the copy we keep."""
    raw = session.connection().connection.driver_connection
    assert raw is not None
    kept = {
        (t, i): (c, line.encode("utf-8"))
        for t, i, c, line in raw.execute("SELECT table_name, record_id, clock, line FROM unknown_records")
    }
    return [r for r in rows if (r.table, r.id) not in kept or (r.clock, r.line) > kept[(r.table, r.id)]]


def apply(session: Session, rows: list[UnknownRow]) -> None:
    """Keep (or replace with a newer copy) each planned row, inside the import's transaction."""
    raw = session.connection().connection.driver_connection
    assert raw is not None
    raw.executemany(
        "INSERT INTO unknown_records (table_name, record_id, clock, line) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (table_name, record_id) DO UPDATE SET clock = excluded.clock, line = excluded.line",
        [(r.table, r.id, r.clock, r.line.decode("utf-8")) for r in rows],
    )


def members(session: Session, is_new: Any = None) -> dict[str, list[bytes]]:
    """{member name: lines in id order} of the kept records, for a bundle; `is_new(stamp)` picks
    those a changes-only bundle carries."""
    raw = session.connection().connection.driver_connection
    assert raw is not None
    found: dict[str, list[bytes]] = {}
    sql = "SELECT table_name, clock, line FROM unknown_records ORDER BY table_name, record_id"
    for table, clock, line in raw.execute(sql):
        if is_new is None or is_new(clock):
            found.setdefault(f"rows/{table}.ndjson", []).append(line.encode("utf-8") + b"\n")
    return found


def described(count: int) -> str:
    """The preview's sentence for records of tables this version does not know."""
    records = "1 record" if count == 1 else f"{count:,} records"
    return f"{records} of a kind this version does not know — kept and passed on"
