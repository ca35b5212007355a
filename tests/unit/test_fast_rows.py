"""The importer's fast path reads a row exactly as the strict parser does, or steps aside.

Whatever a bundle line holds, the fast path either gives the very RowState the strict parser
gives, or stops at that line so the strict parser can read it (and, for a bad row, say what is
wrong). And for the rows CivicDesk itself writes it must not step aside: that is its purpose.
"""

from __future__ import annotations

import json
from typing import Any

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from civicdesk.core.clock import wall_clock_ms
from civicdesk.sync import bundle_format as fmt
from civicdesk.sync.export import build_bundle
from civicdesk.sync.fast_rows import FastRows
from civicdesk.sync.limits import BundleError, strict_json_line
from civicdesk.sync.rows import SHAPES, RowError, RowState, StampCheck, compiled_checks, parse_row
from tests.unit.sync_helpers import canonical, stamp

NOW = wall_clock_ms()
LATEST = NOW + 24 * 3600 * 1000


def strict(table: str, line: bytes) -> RowState | None:
    try:
        return parse_row(SHAPES[table], strict_json_line(line, "line"), "line", StampCheck(LATEST))
    except (RowError, BundleError):
        return None


def fast(table: str, lines: list[bytes], previous: str = "") -> tuple[int, list[RowState]]:
    read: list[RowState] = []
    return FastRows(SHAPES[table], LATEST).read(lines, 0, previous, read), read


def test_every_row_of_an_exported_bundle_takes_the_fast_path_and_reads_as_strictly(village):
    opened = fmt.open_bundle(build_bundle(village).data, None)
    tables = 0
    for name, content in opened.members.items():
        table = fmt.table_of(name)
        if table not in SHAPES:
            continue
        lines = content.split(b"\n")[:-1]
        stopped_at, read = fast(table, lines)
        assert stopped_at == len(lines), f"{name} line {stopped_at + 1} left the fast path"
        assert read == [strict(table, line) for line in lines]
        tables += 1
    assert tables >= 8


def valid_value(kind: str, length: int) -> st.SearchStrategy[Any]:
    scalars = st.none() | st.booleans() | st.integers(-5, 5) | st.text(max_size=3)
    return {
        "str": st.text(max_size=min(length, 8)),
        "bool": st.booleans(),
        "int": st.integers(-(2**53) + 1, 2**53 - 1),
        "float": st.floats(allow_nan=False, allow_infinity=False, width=32) | st.integers(-100, 100),
        "dict": st.dictionaries(st.text(max_size=3), scalars | st.lists(scalars, max_size=2), max_size=3),
        "list": st.lists(scalars | st.dictionaries(st.text(max_size=2), scalars, max_size=2), max_size=3),
    }[kind]


ANYTHING = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=5)
    | st.lists(st.integers(), max_size=2)
    | st.dictionaries(st.text(max_size=2), st.integers(), max_size=2)
)


@st.composite
def rows(draw: st.DrawFn, table: str) -> bytes:
    """A bundle line: half of them as CivicDesk writes them, half with one kind of mischief."""
    shape = SHAPES[table]
    mischief = draw(st.sampled_from(["none", "none", "none", "value", "meta", "newer", "spacing", "repeat"]))
    row: dict[str, Any] = {
        "id": "0190a1b2-c3d4-7e5f-8a9b-" + draw(st.text("0123456789abcdef", min_size=12, max_size=12)),
        "created_at": "2026-01-01T00:00:00.000Z",
        "clock": stamp(),
        "field_clocks": draw(
            st.dictionaries(st.sampled_from(list(shape.keys)), st.just(stamp(1)), max_size=3)
        ),
        "extra": {},
    }
    for name, (kind, _python, length, _nullable) in compiled_checks(shape).full.items():
        if draw(st.integers(0, 9)) == 0:
            continue  # withheld
        wrong = mischief == "value" and draw(st.integers(0, 4)) == 0
        row[name] = draw(ANYTHING if wrong else valid_value(kind, length))
    if mischief == "meta":
        key, value = draw(
            st.sampled_from(
                [
                    ("created_at", "x" * 40),
                    ("clock", stamp(48 * 3600 * 1000)),
                    ("clock", "000000000000000.00000."),
                    ("clock", stamp() + "\n"),
                    ("id", "not-an-id"),
                    ("field_clocks", {"colour": stamp()}),
                    ("field_clocks", {"name": 5}),
                    ("extra", {"heat_pump": 1}),
                    ("extra", []),
                ]
            )
        )
        row[key] = value
    if mischief == "newer":
        row["solar_panels"] = True  # a field from a newer schema
    text = json.dumps(row).encode() if mischief == "spacing" else canonical(row)
    if mischief == "repeat":  # a key given twice
        text = text.replace(b'"extra":', b'"deleted":true,"extra":', 1)
    return text


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(["spaces", "people", "health_checks", "tools"]).flatmap(
        lambda table: st.tuples(st.just(table), rows(table))
    )
)
def test_a_row_the_fast_path_takes_is_read_as_the_strict_parser_reads_it(case):
    table, line = case
    stopped_at, read = fast(table, [line])
    event("fast path" if stopped_at == 1 else "strict path")
    if stopped_at == 1:
        assert read == [strict(table, line)]
    else:
        assert read == []


def test_the_fast_path_steps_aside_for_what_only_the_strict_parser_can_say():
    row = json.loads(canonical({"id": "0190a1b2-c3d4-7e5f-8a9b-000000000001", "created_at": "t",
                                "clock": stamp(), "field_clocks": {}, "extra": {}, "name": "Hall"}))
    newer = canonical({**row, "solar_panels": True})  # kept in extras by the strict parser
    spaced = json.dumps(row).encode()
    future = canonical({**row, "clock": stamp(48 * 3600 * 1000)})
    for line in (newer, spaced):
        assert fast("spaces", [line]) == (0, []) and strict("spaces", line) is not None
    assert fast("spaces", [future]) == (0, []) and strict("spaces", future) is None
    # A row out of id order stops the run at that row; the rows before it are read.
    earlier = canonical({**row, "id": "0190a1b2-c3d4-7e5f-8a9b-000000000000"})
    stopped_at, read = fast("spaces", [canonical(row), earlier])
    assert stopped_at == 1 and [r.id for r in read] == [row["id"]]


def by_id(lines: list[bytes]) -> list[bytes]:
    return sorted(lines, key=lambda line: str(json.loads(line).get("id")))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(["spaces", "people"]).flatmap(
        lambda table: st.tuples(st.just(table), st.lists(rows(table), min_size=1, max_size=8).map(by_id))
    ),
    st.sampled_from([1, 3, 2048]),
)
def test_a_run_of_lines_is_read_as_the_strict_parser_reads_it_up_to_the_first_it_steps_aside_for(case, run):
    """Lines are checked a run at a time; a refused line mid-run still stops reading just there."""
    import civicdesk.sync.fast_rows as fast_rows

    table, lines = case
    was, fast_rows._RUN = fast_rows._RUN, run
    try:
        stopped_at, read = fast(table, lines)
    finally:
        fast_rows._RUN = was
    event("read to the end" if stopped_at == len(lines) else "stepped aside")
    assert read == [strict(table, line) for line in lines[:stopped_at]]
    assert all(a.id < b.id for a, b in zip(read, read[1:], strict=False))
    if stopped_at < len(lines):  # the line it stopped at is one the fast path itself refuses
        again = FastRows(SHAPES[table], LATEST).read(lines, stopped_at, read[-1].id if read else "", [])
        assert again == stopped_at


def _contents(db) -> dict[str, list]:
    """Every synced table and the search index, JSON columns read as values."""
    import sqlite3

    from civicdesk.db.models import SYNCED_MODELS

    db.dispose()
    conn = sqlite3.connect(db.path)
    found: dict[str, list] = {}
    for model in SYNCED_MODELS:
        shape = SHAPES[model.__tablename__]
        cursor = conn.execute(f"SELECT * FROM {shape.table} ORDER BY id")
        names = [d[0] for d in cursor.description]
        encoded = {"field_clocks", "extra", *shape.json_fields}
        found[shape.table] = [
            {
                n: json.loads(v) if n in encoded and v is not None else v
                for n, v in zip(names, row, strict=True)
                if n != "updated_at"
            }
            for row in cursor
        ]
    found["search"] = conn.execute(
        "SELECT k.record_type, k.record_id, k.title, k.subtitle, f.title, f.body FROM search_key k "
        "JOIN search_fts f ON f.rowid = k.rowid ORDER BY k.record_id"
    ).fetchall()
    conn.close()
    return found


def test_an_import_read_on_the_fast_path_leaves_the_database_a_strict_read_leaves(
    village, tmp_path, monkeypatch
):
    """Rows laid out straight from their decoded lines, withheld fields and edits included."""
    from sqlalchemy import select

    import civicdesk.sync.fast_rows as fast_rows
    from civicdesk.db.models import Person, Space
    from civicdesk.services.people import PersonService
    from civicdesk.services.spaces import SpaceService
    from civicdesk.sync.receive import BundleImporter
    from tests.unit.sync_helpers import make_site

    with village.read() as session:
        space_id = session.scalars(select(Space.id).limit(1)).one()
        person_id = session.scalars(select(Person.id).limit(1)).one()
    SpaceService(village).update(space_id, {"description": "Step-free since the spring"})  # a field clock
    PersonService(village).update(person_id, {"phone": "0113 496 0000"})
    data = build_bundle(village).data
    lines = fmt.open_bundle(data, None).members["rows/people.ndjson"].split(b"\n")[:-1]
    # Several people withheld alike: the later ones are filled by the pattern the first resolved.
    assert sum(b'"email"' not in line for line in lines) >= 2, "the example should withhold details"
    assert any(b'"field_clocks":{}' not in line for line in lines)

    fast_site = make_site(tmp_path / "fast.sqlite3", "Fast")
    read_fast = BundleImporter(fast_site).apply(data)
    monkeypatch.setattr(fast_rows, "AVAILABLE", False)
    strict_site = make_site(tmp_path / "strict.sqlite3", "Strict")
    read_strictly = BundleImporter(strict_site).apply(data)

    assert read_fast.as_json()["records"] == read_strictly.as_json()["records"]
    fast_contents, strict_contents = _contents(fast_site), _contents(strict_site)
    assert fast_contents == strict_contents
    assert len(fast_contents["people"]) == len(lines) and fast_contents["search"]
