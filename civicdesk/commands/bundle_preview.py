"""The bundle preview as lines of text for the terminal: counts, then each record's details.

The same words as the preview window (sync.changes): "Hire cost: £12 an hour → £15 an hour",
grouped by what happens to the record, with what will wait in Needs review and why.
"""

from __future__ import annotations

from civicdesk.core.field_labels import record_word
from civicdesk.core.wording import possessive
from civicdesk.sync.summary import ImportSummary, RecordChange
from civicdesk.sync.unknown import described

GROUPS = (("updated", "Changed"), ("new", "New"), ("restored", "Brought back"), ("deleted", "Deleted"))
SHOWN = 50  # records per group; --json has them all


def _record_line(record: RecordChange) -> str:
    return f"    {record.title} ({record_word(record.record_type)})"


def preview_lines(summary: ImportSummary, shown: int = SHOWN) -> list[str]:
    who = summary.origin_group or "an unnamed group"
    sender = summary.origin_group or "the other group"
    lines = [f"Bundle from {who}, key fingerprint {summary.fingerprint}"]
    if summary.first_contact:
        lines.append("  First bundle from this group: compare the fingerprint with them by phone.")
    lines.append(
        f"  new: {summary.new}  updated: {summary.updated}  deleted: {summary.deleted}  "
        f"needs review: {len(summary.conflicts) + len(summary.reservation_clashes)}  "
        f"unchanged: {summary.unchanged}"
    )
    for change, heading in GROUPS:
        records = [r for r in summary.records if r.change == change]
        if not records:
            continue
        lines.append(f"  {heading} ({len(records):,}):")
        for record in records[:shown]:
            lines.append(_record_line(record))
            lines.extend(f"      {d.sentence(sender)}" for d in record.details)
        if len(records) > shown:
            lines.append(f"    … and {len(records) - shown:,} more (--json lists them all)")
    if summary.conflicts:
        lines.append(f"  Will wait in Needs review ({len(summary.conflicts):,}):")
        for note in summary.conflicts[:shown]:
            detail = note.detail
            label = detail.label if detail else note.field
            lines.append(f"    {note.title} ({record_word(note.record_type)}) · {label}")
            if detail is not None:
                whose = "ours" if detail.waits == "ours" else possessive(sender)
                lines.append(f"      waits: {detail.waiting} ({whose}); everyone sees: {detail.after}")
                lines.append(f"      {detail.why}")
        if len(summary.conflicts) > shown:
            lines.append(f"    … and {len(summary.conflicts) - shown:,} more (--json lists them all)")
    if summary.reservation_clashes:
        lines.append(f"  Reservations that clash with ours ({len(summary.reservation_clashes):,}):")
        lines.extend(f"    {sentence}" for sentence in summary.clash_sentences())
    if summary.proposals:
        count = len(summary.proposals)
        lines.append(f"  Not applied, for you to accept or ignore in Needs review ({count:,}): "
                     "changes to records this group has not been shown")
        for proposal in summary.proposals[:shown]:
            kind = record_word(proposal.record_type)
            lines.append(f"    {who} would {proposal.change} {proposal.title} ({kind})")
    if summary.unknown_records:
        lines.append(f"  {described(summary.unknown_records)}")
    if not (summary.records or summary.conflicts or summary.proposals or summary.unknown_records):
        lines.append("  Nothing would change: you already have everything in this bundle.")
    return lines
