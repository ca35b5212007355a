"""Guessing which of the ten categories a space belongs to from the words in its name or kind."""

from __future__ import annotations

import re

# Checked in order: the first keyword found in the name or sub-type decides.
KEYWORDS: tuple[tuple[str, str, str], ...] = (
    (
        r"\b(church|chapel|mosque|masjid|synagogue|temple|gurdwara|cathedral|mandir|meeting house|abbey)\b",
        "religious",
        "place of worship",
    ),
    (r"\blibrar(y|ies)\b", "public", "library"),
    (r"\b(pub|inn|tavern|arms|social club|working men'?s club|bar)\b", "private", "pub"),
    (r"\b(caf[eé]|coffee|restaurant)\b", "private", "café"),
    (
        r"\b(park|green|garden|allotments?|woods?|meadow|common|playground|recreation ground)\b",
        "outdoors",
        "",
    ),
    (r"\b(footpath|bridleway|trail|walk|towpath|cycleway)\b", "routes", ""),
    (r"\b(festival|fair|carnival|gala|fete|fête)\b", "occasions", ""),
    (
        r"\b(village hall|community cent(re|er)|community hall|hall|hub|institute|pavilion|scout hut)\b",
        "civic",
        "",
    ),
    (
        r"\b(school|college|academy|health cent(re|er)|surgery|leisure cent(re|er)|pool|museum)\b",
        "public",
        "",
    ),
    (r"\b(online|facebook|whatsapp|forum|zoom)\b", "digital", ""),
)


def guess_category(*texts: str) -> tuple[str, str] | None:
    """(category, sub-type) suggested by a name or kind, or None when the words say nothing."""
    joined = " ".join(t for t in texts if t).lower()
    for pattern, category, subtype in KEYWORDS:
        match = re.search(pattern, joined)
        if match:
            return category, subtype or match.group(0)
    return None
