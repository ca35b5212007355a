"""Merging copies of a record is commutative, associative and idempotent, so sites converge."""

from __future__ import annotations

import zlib

from hypothesis import given, settings
from hypothesis import strategies as st

from civicdesk.core.clock import Stamp
from civicdesk.sync.merge import merge, normalise
from civicdesk.sync.rows import SHAPES, ZERO_STAMP, RowState

SITES = ("site-a", "site-b", "site-c")
STAMPS = [ZERO_STAMP] + [
    Stamp(wall, counter, s).encode() for wall in (1, 2) for counter in (0, 1) for s in SITES
]
MINE, THEIRS = Stamp(1, 1, "site-a").encode(), Stamp(1, 1, "site-b").encode()
RECORD_ID = "019b76da-a803-75c3-8ff7-d5f32c006497"


def value_for(shape, field: str, stamp: str, salt: int) -> object:
    """A value fixed by its stamp (one stamp is one write); unstamped values may differ."""
    n = zlib.crc32(f"{field}{stamp}".encode()) % 5 if stamp != ZERO_STAMP else salt
    kind = shape.checks[field][0]
    if kind == "bool":
        return bool(n % 2)
    if kind == "int":
        return n
    if kind == "float":
        return float(n)
    if kind == "json":
        return {"n": n} if isinstance(shape.defaults[field], dict) else [n]
    return f"value {n}"


@st.composite
def copies(draw, table: str) -> RowState:
    shape = SHAPES[table]
    values, clocks = {}, {}
    for key, members in shape.keys.items():
        stamp = draw(st.sampled_from(STAMPS))
        salt = draw(st.integers(0, 2))
        clocks[key] = stamp
        for member in members:
            values[member] = value_for(shape, member, stamp, salt)
    if draw(st.booleans()):  # a field from a newer schema
        stamp = draw(st.sampled_from(STAMPS[1:]))
        clocks["solar_panels"] = stamp
        values["solar_panels"] = zlib.crc32(stamp.encode()) % 3
    state = RowState(RECORD_ID, "2026-01-01T00:00:00Z", STAMPS[1], values, clocks)
    return normalise(shape, state)


def same(a: RowState, b: RowState) -> bool:
    return (a.values, a.clocks, a.clock, a.created_at) == (b.values, b.clocks, b.clock, b.created_at)


TABLES = st.sampled_from(["people", "spaces", "health_checks"])


@settings(max_examples=150, deadline=None)
@given(data=st.data(), table=TABLES)
def test_merge_is_commutative(data, table):
    shape = SHAPES[table]
    a, b = data.draw(copies(table)), data.draw(copies(table))
    assert same(merge(shape, a, b).state, merge(shape, b, a).state)


@settings(max_examples=150, deadline=None)
@given(data=st.data(), table=TABLES)
def test_merge_is_associative(data, table):
    shape = SHAPES[table]
    a, b, c = (data.draw(copies(table)) for _ in range(3))
    left = merge(shape, merge(shape, a, b).state, c).state
    right = merge(shape, a, merge(shape, b, c).state).state
    assert same(left, right)


@settings(max_examples=100, deadline=None)
@given(data=st.data(), table=TABLES)
def test_merge_is_idempotent_and_reports_no_change(data, table):
    shape = SHAPES[table]
    a = data.draw(copies(table))
    outcome = merge(shape, a, a)
    assert same(outcome.state, a) and not outcome.changed and not outcome.clocks_changed


@settings(max_examples=100, deadline=None)
@given(data=st.data())
def test_an_erased_person_stays_erased_whatever_arrives(data):
    shape = SHAPES["people"]
    a, b = data.draw(copies("people")), data.draw(copies("people"))
    merged = merge(shape, a, b).state
    if a.values["erased"] or b.values["erased"]:
        assert merged.values["erased"] and merged.values["name"] == "" and merged.values["email"] == ""


def test_a_concurrent_change_with_different_values_is_kept_for_review():
    shape = SHAPES["spaces"]
    base = {"name": "Hall", "category": "civic"}
    mine = RowState(RECORD_ID, "t", STAMPS[1], {**base, "description": "mine"}, {"description": MINE})
    theirs = RowState(RECORD_ID, "t", STAMPS[1], {**base, "description": "theirs"}, {"description": THEIRS})
    outcome = merge(shape, mine, theirs, {"site-a": MINE}, {"site-b": THEIRS})
    assert outcome.state.values["description"] == "theirs"
    assert [(x.key, x.other_value) for x in outcome.lost] == [("description", "mine")]
    # If they had seen our change, theirs simply replaces it: no review needed.
    seen = merge(shape, mine, theirs, {"site-a": MINE}, {"site-a": MINE, "site-b": THEIRS})
    assert seen.lost == []
