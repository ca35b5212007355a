"""Stored field values in the words a volunteer would use (history, "Needs review", the CLI).

Qt-free so the command line can say things the same way; the UI passes its translator as `tr`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

from civicdesk.core import structured
from civicdesk.core.consent import party_name
from civicdesk.core.dates import british_date
from civicdesk.db.models import CONSENT_FIELDS

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_PARTY_KEYS = {"name", "group_id", "person_id"}


def _same(text: str) -> str:
    return text


def _consent(value: Mapping[str, Any], tr: Callable[[str], str]) -> str:
    withdrawn_or_not = tr("withdrawn") if value.get("on") else tr("not given")
    state = tr("given") if value.get("given") else withdrawn_or_not
    parts = [state]
    if value.get("on"):
        parts.append(tr("on %1").replace("%1", british_date(value["on"])))
    if value.get("how"):
        parts.append(f"({value['how']})")
    if value.get("recorded_by"):
        parts.append(tr("recorded by %1").replace("%1", value["recorded_by"]))
    return " ".join(parts)


def describe(
    field: str,
    value: Any,
    tr: Callable[[str], str] = _same,
    people: Mapping[str, Any] | None = None,
) -> str:
    """A stored value as a volunteer would say it.

    `people` (person id → person) makes a holder or borrower who is a person print through the
    consent rules (`party_name`: initials unless they agreed to be listed); without it the name
    is shown as stored, as in a record's own history.
    """
    if value in (None, "", [], {}):
        return "—"
    if isinstance(value, bool):
        return tr("Yes") if value else tr("No")
    if isinstance(value, list):
        return ", ".join(describe(field, v, tr, people) if isinstance(v, dict) else str(v) for v in value)
    if isinstance(value, dict):
        if field == "address":
            return structured.format_address(value)
        if field == "opening_hours":
            return structured.format_opening_hours(value)
        if field == "schedule":
            return structured.format_schedule(value)
        if field == "accessibility":
            features: dict[str, Any] = value  # JSON: the keys are text
            on = [structured.ACCESSIBILITY_FEATURES.get(k, k) for k, v in features.items() if v]
            return ", ".join(on) or tr("none of the listed features")
        if field in CONSENT_FIELDS:
            return _consent(value, tr)
        if "name" in value and set(value) <= _PARTY_KEYS:
            name = party_name(value, people) if people is not None else str(value["name"] or "")
            return name or "—"
        return "; ".join(
            f"{k.replace('_', ' ')}: {describe(k, v, tr, people)}" for k, v in value.items() if v
        )
    if isinstance(value, str) and _ISO_DATE.match(value):
        return british_date(value)
    return str(value)


def possessive(name: str) -> str:
    """ "Kington Residents' Association" → "Kington Residents' Association's"; "Friends" → "Friends'"."""
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def shorten(text: str, limit: int) -> str:
    """`text` on one line, cut at a word to fit `limit` characters, with "…" when cut."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0] if " " in text[: limit - 1] else text[: limit - 1]
    return cut.rstrip(",;:") + "…"
