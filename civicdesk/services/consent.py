"""What of a person may leave this laptop: the consent rules every output follows.

A bundle carries a person's personal details only if they agreed to sharing in bundles
(`consent_bundles.given`). Otherwise the person travels as initials and consents only, so
roles and links still point somewhere, and nothing that identifies them leaves.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

# Fields that identify or describe a volunteer privately. `name` is also personal but is
# reduced to initials rather than dropped, because other records point at the person.
PERSONAL_FIELDS = ("email", "phone", "address", "skills", "availability", "safeguarding", "notes")

# What an erased person's fields become; erasure also blanks the name.
ERASED_VALUES: dict[str, Any] = {
    "name": "",
    "email": "",
    "phone": "",
    "address": {},
    "skills": [],
    "availability": "",
    "safeguarding": {},
    "notes": "",
}


def _get(person: Any, field: str) -> Any:
    if isinstance(person, Mapping):
        return person.get(field)
    return getattr(person, field, None)


def may_share(person: Any) -> bool:
    """True if the person's personal details may go into a bundle for another group."""
    if _get(person, "erased"):
        return False
    consent = _get(person, "consent_bundles") or {}
    return bool(isinstance(consent, Mapping) and consent.get("given"))


def initials(name: str) -> str:
    """ "Aisha Khan" → "A. K.": enough to tell volunteers apart on a list, not to find them."""
    return " ".join(f"{part[0].upper()}." for part in str(name or "").split() if part[:1].isalnum())


def erased_values() -> dict[str, Any]:
    """Fresh blank values for erasing a person (copies, so callers may change them)."""
    return {k: (v.copy() if isinstance(v, dict | list) else v) for k, v in ERASED_VALUES.items()}
