"""What a bundle changes in one record, detail by detail, in the words the window uses.

The importer's plan says which fields a merge changes (old and new value) and which values
lost to a concurrent change; this turns them into `FieldChange`s — "Hire cost: £12 an hour →
£15 an hour", and which value will wait in Needs review and why — for the preview window, the
command line and `bundle import --json`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from civicdesk.core.field_labels import field_label
from civicdesk.core.wording import describe, possessive
from civicdesk.sync.merge import LostValue, MergeOutcome
from civicdesk.sync.rows import TableShape

# Fields whose change the record's own line already says (deleted, restored, erased).
UNSAID = frozenset({"deleted", "erased"})
OURS = "ours"
THEIRS = "theirs"


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One detail of one record: before and after in words; `waits` says whose value goes to
    Needs review ("ours", "theirs" or "" when nothing does), `why` says why in a sentence."""

    field: str
    label: str
    before: str
    after: str
    waits: str = ""
    waiting: str = ""  # the value that waits, in words
    why: str = ""

    @property
    def changes(self) -> bool:
        return self.before != self.after

    def sentence(self, sender: str = "theirs") -> str:
        """The detail as one line, e.g. "Hire cost: £12 an hour → £15 an hour"."""
        if self.changes:
            text = f"{self.label}: {self.before} → {self.after}"
        else:
            text = f"{self.label}: stays {self.after}"
        if self.waits == OURS and self.waiting == self.before:
            text += " (ours waits in Needs review)"
        elif self.waits == OURS:
            text += f" (ours, {self.waiting}, waits in Needs review)"
        elif self.waits == THEIRS:
            text += f" ({possessive(sender)}, {self.waiting}, waits in Needs review)"
        return text

    def as_json(self) -> dict[str, Any]:
        return {
            "field": self.field,
            "label": self.label,
            "before": self.before,
            "after": self.after,
            "needs_review": bool(self.waits),
            "waits": self.waits or None,
            "waiting": self.waiting or None,
            "why": self.why or None,
        }


def why_waiting(waits: str, sender: str) -> str:
    """Why a value waits in Needs review, in one short sentence."""
    newer = "theirs" if waits == OURS else "yours"
    return f"You and {sender} both changed this without seeing each other's change; {newer} is newer."


def whose_lost(shape: TableShape, outcome: MergeOutcome, item: LostValue) -> str:
    """Whose value lost and waits: ours when the bundle's value replaced the one held here
    (the two differ, or there would be nothing to review), theirs when ours stayed."""
    return OURS if any(m in outcome.changed for m in shape.fields_of(item.key)) else THEIRS


def record_changes(
    record_type: str,
    shape: TableShape,
    outcome: MergeOutcome,
    lost_here: list[LostValue],
    sender: str,
) -> list[FieldChange]:
    """The details a merge changes in one record (in field order), with the values that wait."""
    waiting: dict[str, tuple[str, LostValue]] = {}
    for item in lost_here:
        waiting[item.key] = (whose_lost(shape, outcome, item), item)
    details: list[FieldChange] = []
    done: set[str] = set()
    for name in shape.checks:
        if name in UNSAID:
            continue
        key = shape.key_of(name)
        if key in done:
            continue
        members = shape.fields_of(key)
        touched = [m for m in members if m in outcome.changed]
        if not touched and key not in waiting:
            continue
        done.add(key)
        if len(members) > 1:
            before = describe(key, {m: _old(outcome, m) for m in members})
            after = describe(key, {m: outcome.state.values.get(m) for m in members})
        else:
            before = describe(name, _old(outcome, name))
            after = describe(name, outcome.state.values.get(name))
        label = field_label(record_type, key)
        if key in waiting:
            waits, item = waiting[key]
            details.append(
                FieldChange(key, label, before, after, waits, describe(key, item.other_value),
                            why_waiting(waits, sender))
            )
        elif before != after:
            details.append(FieldChange(key, label, before, after))
    return details


def _old(outcome: MergeOutcome, name: str) -> Any:
    if name in outcome.changed:
        return outcome.changed[name][0]
    return outcome.state.values.get(name)
