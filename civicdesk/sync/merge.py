"""Per-field last-writer-wins merge of two copies of one record, with erasure that always wins.

For each clock key the copy with the higher (stamp, value) wins; the value breaks ties only for
values nobody stamped (withheld fields at the zero stamp), so merging is commutative,
associative and idempotent and every site converges whatever order bundles arrive in. A
person's erasure is sticky: once either side has `erased`, the personal fields stay blank.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from civicdesk.core.clock import stamp_site
from civicdesk.core.consent import ERASED_VALUES, district_address
from civicdesk.sync.limits import canonical_json
from civicdesk.sync.rows import ZERO_STAMP, RowState, TableShape

Vector = dict[str, str]


@dataclass(frozen=True)
class LostValue:
    """A value that lost to a concurrent change of the same field: it goes to "Needs review"."""

    key: str
    kept_value: Any
    kept_clock: str
    other_value: Any
    other_clock: str


@dataclass
class MergeOutcome:
    state: RowState
    changed: dict[str, tuple[Any, Any]] = field(default_factory=dict)  # field -> (old, new)
    clocks_changed: bool = False
    lost: list[LostValue] = field(default_factory=list)


def vector_of(stamps: Any) -> Vector:
    """{site: highest stamp} over the given stamps, ignoring the zero stamp."""
    vector: Vector = {}
    for stamp in stamps:
        if stamp == ZERO_STAMP:
            continue
        site = stamp_site(stamp)
        if stamp > vector.get(site, ""):
            vector[site] = stamp
    return vector


def join_vectors(a: Vector, b: Vector) -> Vector:
    return {site: max(a.get(site, ""), b.get(site, "")) for site in sorted(set(a) | set(b))}


def knows(vector: Vector, stamp: str) -> bool:
    return vector.get(stamp_site(stamp), "") >= stamp


def _key_value(shape: TableShape, state: RowState, key: str) -> Any:
    members = shape.fields_of(key)
    if len(members) == 1:
        return state.values.get(key, shape.blank(key))
    return {m: state.values.get(m, shape.blank(m)) for m in members}


def _wins(stamp_a: str, value_a: Any, stamp_b: str, value_b: Any) -> bool:
    """Does a beat b? Higher stamp wins; equal stamps fall back to the value's bytes."""
    if stamp_a != stamp_b:
        return stamp_a > stamp_b
    if value_a == value_b:
        return False
    return canonical_json(value_a) > canonical_json(value_b)


def normalise(shape: TableShape, state: RowState) -> RowState:
    """Apply the erasure rule to one copy on its own (blank personal fields of an erased person)."""
    if shape.table == "people" and state.values.get("erased"):
        address = state.values.get("address")
        for name, blank in ERASED_VALUES.items():
            state.values[name] = blank.copy() if isinstance(blank, dict | list) else blank
        # An anonymised person keeps the town and postcode district (for counts); erasure has none.
        state.values["address"] = district_address(address)
        # An erased person is also a tombstone: lists and counts leave them out by `deleted`.
        state.values["deleted"] = True
        state.clocks["deleted"] = max(state.clocks.get("deleted", ZERO_STAMP),
                                      state.clocks.get("erased", ZERO_STAMP))
    return state


_BLANKS: dict[str, tuple[dict[str, Any], frozenset[str]]] = {}


def _blanks(shape: TableShape) -> tuple[dict[str, Any], frozenset[str]]:
    """Each field's blank value, and the fields whose blank must be copied (a list or object)."""
    if shape.table not in _BLANKS:
        plain = {name: shape.blank(name) for name in shape.checks}
        _BLANKS[shape.table] = (plain, frozenset(n for n, v in plain.items() if isinstance(v, dict | list)))
    return _BLANKS[shape.table]


def complete_new(shape: TableShape, rows: list[RowState]) -> None:
    """Complete, in place, rows nobody here holds yet: blanks for withheld fields, erasure rule.

    `merge(shape, None, row)` for each, without copying: the rows are the caller's to change.
    """
    fields, keys = shape.checks.keys(), shape.keys.keys()
    blanks, copied = _blanks(shape)
    people = shape.table == "people"
    for remote in rows:
        if remote.pristine and not (people and remote.get("erased")):
            continue  # laid out from its decoded line, withheld fields and all (sync.layout)
        values = remote.values
        if not values.keys() >= fields:  # set operations in C: most rows are complete
            for name in fields - values.keys():
                values[name] = blanks[name].copy() if name in copied else blanks[name]
        if not remote.clocks.keys() >= keys:
            for key in keys - remote.clocks.keys():
                remote.clocks[key] = ZERO_STAMP
        if people and values["erased"]:
            normalise(shape, remote)


def merge(
    shape: TableShape,
    local: RowState | None,
    remote: RowState,
    local_vector: Vector | None = None,
    remote_vector: Vector | None = None,
) -> MergeOutcome:
    """The merged copy of a record, what changed locally, and values lost to concurrent edits.

    Conflicts are only looked for when both vectors are given: a change is concurrent when
    neither side's vector covers the other side's stamp.
    """
    if local is None:
        copy = RowState(remote.id, remote.created_at, remote.clock, dict(remote.values), dict(remote.clocks))
        complete_new(shape, [copy])
        return MergeOutcome(copy, {}, True)  # a new record: every field is new, none "changed"
    if shape.table == "people" and bool(local.values.get("erased")) != bool(remote.values.get("erased")):
        return _outcome(local, _erased_wins(shape, local, remote), [])
    values = dict(local.values)
    clocks = dict(local.clocks)
    lost: list[LostValue] = []
    for key in sorted(set(local.clocks) | set(remote.clocks)):
        l_stamp = local.clocks.get(key, ZERO_STAMP)
        r_stamp = remote.clocks.get(key, ZERO_STAMP)
        if l_stamp == r_stamp == ZERO_STAMP and key not in remote.values and key not in shape.keys:
            continue
        l_value = _key_value(shape, local, key)
        r_value = _key_value(shape, remote, key)
        remote_wins = _wins(r_stamp, r_value, l_stamp, l_value)
        if remote_wins:
            clocks[key] = r_stamp
            for member in shape.fields_of(key):
                values[member] = remote.values.get(member, shape.blank(member))
        if (
            local_vector is not None
            and remote_vector is not None
            and l_stamp != r_stamp
            and ZERO_STAMP not in (l_stamp, r_stamp)
            and l_value != r_value
            and not knows(remote_vector, l_stamp)
            and not knows(local_vector, r_stamp)
        ):
            kept, other = (
                ((r_value, r_stamp), (l_value, l_stamp))
                if remote_wins
                else (
                    (l_value, l_stamp),
                    (r_value, r_stamp),
                )
            )
            lost.append(LostValue(key, kept[0], kept[1], other[0], other[1]))

    if shape.table == "people":
        erased = bool(local.values.get("erased")) or bool(remote.values.get("erased"))
        if erased:
            values["erased"] = True
            clocks["erased"] = max(
                local.clocks.get("erased", ZERO_STAMP), remote.clocks.get("erased", ZERO_STAMP)
            )
            lost = [x for x in lost if x.key not in ERASED_VALUES and x.key not in ("erased", "deleted")]
    state = normalise(
        shape,
        RowState(
            local.id,
            min(local.created_at, remote.created_at),
            min(local.clock, remote.clock),
            values,
            clocks,
        ),
    )
    return _outcome(local, state, lost)


def _erased_wins(shape: TableShape, a: RowState, b: RowState) -> RowState:
    """One copy erased, the other not: the erased copy as it is. A copy that is not erased brings
    nothing in (not its town, postcode district, consents, creation date or clocks), so the
    merge stays commutative and associative; erased copies merge with each other as usual."""
    erased = a if a.values.get("erased") else b
    return normalise(
        shape, RowState(erased.id, erased.created_at, erased.clock, dict(erased.values), dict(erased.clocks))
    )


def _outcome(local: RowState, state: RowState, lost: list[LostValue]) -> MergeOutcome:
    clocks = state.clocks
    changed = {
        n: (local.values.get(n), state.values.get(n))
        for n in state.values
        if local.values.get(n) != state.values.get(n) or n not in local.values
    }
    return MergeOutcome(
        state,
        changed,
        clocks_changed=clocks != local.clocks
        or state.clock != local.clock
        or state.created_at != local.created_at,
        lost=lost,
    )
