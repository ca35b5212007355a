"""The one place that decides whether a volunteer's name may be shown outside their record.

A consent counts only if it was recorded as given (`{"given": True, ...}`); missing, empty or
withdrawn all mean no, and an erased or deleted person never appears anywhere.
"""

from __future__ import annotations

from typing import Any


def may_print(person: Any) -> bool:
    """The person agreed to be listed by name in printed directories, maps and exports."""
    if getattr(person, "erased", False) or getattr(person, "deleted", False):
        return False
    value = getattr(person, "consent_directory", None) or {}
    return value.get("given") is True
