"""Proposals in Needs review: whole changes from a group that had not been shown the record."""

from __future__ import annotations

# The `field` of a Needs review item that is a whole-record proposal rather than one lost value.
PROPOSAL = "*proposal*"


def describe(group: str, title: str, deletes: bool, fields: list[str]) -> str:
    """The proposal in words, for Needs review and the preview."""
    if deletes:
        return f"{group} would delete {title}, which they have not been shown"
    changed = ", ".join(f.replace("_", " ") for f in fields[:4]) or "its details"
    return f"{group} would change {changed} of {title}, which they have not been shown"
