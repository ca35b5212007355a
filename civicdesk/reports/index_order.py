"""The order and letter headings of the directory's index, by the Unicode Collation Algorithm.

pyuca (pure Python, the DUCET tables) rather than code points: "Łódź" files under L with the
other L names, "Émile" under E; names in other scripts (Greek, Cyrillic, Arabic, Urdu, Bengali,
Chinese) follow the Latin ones, each script under its own heading, in the order of its alphabet.
PyICU would do as well but has no wheels (it builds against the system's ICU), which the
PyInstaller build and volunteers' laptops cannot count on.
"""

from __future__ import annotations

import unicodedata
from functools import cache

# Headings of scripts other than Latin: one heading per script (Greek letters under "A", "E" and "O"
# headings would look like a second run of the Latin ones).
SCRIPT_HEADINGS = {"GREEK": "Greek", "CYRILLIC": "Cyrillic", "ARABIC": "Arabic and Urdu",
                   "BENGALI": "Bengali", "CJK": "Chinese",
                   "HIRAGANA": "Japanese", "KATAKANA": "Japanese", "HANGUL": "Korean",
                   "HEBREW": "Hebrew", "DEVANAGARI": "Devanagari", "GURMUKHI": "Gurmukhi",
                   "TAMIL": "Tamil", "THAI": "Thai"}


@cache
def _collator():  # type: ignore[no-untyped-def]
    from pyuca import Collator

    return Collator()


def sort_key(name: str) -> tuple[int, ...]:
    """The collation key of a name (case and accents only break ties)."""
    return _collator().sort_key(name)  # type: ignore[no-any-return]


def _script(char: str) -> str:
    try:
        return unicodedata.name(char).split()[0]
    except ValueError:
        return ""


def heading(name: str) -> str:
    """The index heading a name sits under: a Latin name's first letter without accents ("Ł" → "L"),
    else its script ("Greek", "Arabic and Urdu"); "0–9" for digits, "#" for signs only."""
    first = next((c for c in name if c.isalnum()), "")
    if not first:
        return "#"
    if first.isdigit():
        return "0–9"
    script = _script(first)
    if script in SCRIPT_HEADINGS:
        return SCRIPT_HEADINGS[script]
    base = unicodedata.normalize("NFD", first)[0]
    stroked = {"Ł": "L", "ł": "L", "Ø": "O", "ø": "O", "Đ": "D", "đ": "D", "Ħ": "H", "ħ": "H"}
    return stroked.get(first, base).upper()


def ordered(names: list[str]) -> list[tuple[str, list[str]]]:
    """The names under their headings: headings in collation order, names in collation order."""
    groups: dict[str, list[str]] = {}
    for name in sorted(names, key=lambda n: (sort_key(n), n)):
        groups.setdefault(heading(name), []).append(name)
    return sorted(groups.items(), key=lambda item: sort_key(item[1][0]))
