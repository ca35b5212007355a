"""The one place that decides whether a volunteer's details may leave the database.

Every output that could carry a person's name, phone or email (printed directories, exports,
bundles) asks here. A consent counts only if it was recorded as given; an erased person never
appears anywhere. A person's home address is never printed or shared, whatever the consents.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol


class HasConsents(Protocol):
    erased: bool
    consent_directory: dict[str, Any]
    consent_bundles: dict[str, Any]
    consent_email: dict[str, Any]
    consent_phone: dict[str, Any]


def consent_given(value: Mapping[str, Any] | None) -> bool:
    """A stored consent value says yes (missing, empty or withdrawn all mean no)."""
    return bool(value) and value.get("given") is True  # type: ignore[union-attr]


def _allowed(person: HasConsents, field: str) -> bool:
    if getattr(person, "erased", False):
        return False
    return consent_given(getattr(person, field, None))


def may_print(person: HasConsents) -> bool:
    """The person agreed to be listed (name, phone, email) in printed directories."""
    return _allowed(person, "consent_directory")


def may_share(person: HasConsents) -> bool:
    """The person agreed that their details travel to other groups in bundles."""
    return _allowed(person, "consent_bundles")


def may_contact_by_email(person: HasConsents) -> bool:
    return _allowed(person, "consent_email")


def may_contact_by_phone(person: HasConsents) -> bool:
    return _allowed(person, "consent_phone")
