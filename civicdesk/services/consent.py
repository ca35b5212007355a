"""Consent gates: whether a person's details may appear in print, in exports or in bundles."""

from __future__ import annotations

from typing import Any


def _given(person: Any, field: str) -> bool:
    if getattr(person, "deleted", False) or getattr(person, "erased", False):
        return False
    value = getattr(person, field, None) or {}
    return bool(value.get("given"))


def may_print(person: Any) -> bool:
    """Listed in the printed directory (and so in spreadsheet exports for mail merge)."""
    return _given(person, "consent_directory")


def may_share(person: Any) -> bool:
    """Personal details may travel to other groups in bundles."""
    return _given(person, "consent_bundles")


def may_show_email(person: Any) -> bool:
    """The email address may be listed alongside the person's name."""
    return may_print(person) and _given(person, "consent_email")


def may_show_phone(person: Any) -> bool:
    """The phone number may be listed alongside the person's name."""
    return may_print(person) and _given(person, "consent_phone")
