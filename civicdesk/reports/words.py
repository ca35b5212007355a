"""The printed pages' words in the chosen language, read without Qt from `resources/translations/print_XX.ts`.

The catalogues are Qt Linguist files (context "Print"), so translators edit them as they edit the
window's; `make translations` adds every string the reports pass to `PrintWords` (listed by
`civicdesk/devtools/print_strings.py`) and a test fails when one is missing. Month names are a
table here: the three languages' twelve names are all the printed pages need, where Babel would
bring all of CLDR (about 30 MB) into a frozen app kept under 200 MB.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date
from functools import lru_cache

from civicdesk.core.languages import LANGUAGES, RIGHT_TO_LEFT
from civicdesk.errors import CivicDeskError
from civicdesk.paths import resource_path

CONTEXT = "Print"

# Month names as a date is written in running text ("7 December 2026"): Polish takes the genitive.
MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"),
    "cy": ("Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi",
           "Hydref", "Tachwedd", "Rhagfyr"),
    "pl": ("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
           "października", "listopada", "grudnia"),
    "ur": ("جنوری", "فروری", "مارچ", "اپریل", "مئی", "جون", "جولائی", "اگست", "ستمبر", "اکتوبر",
           "نومبر", "دسمبر"),
}


@lru_cache(maxsize=8)
def _catalogue(language: str) -> dict[str, str]:
    if language == "en":
        return {}
    path = resource_path("translations", f"print_{language}.ts")
    found: dict[str, str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        if context.findtext("name") != CONTEXT:
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if translation.text and translation.text.strip():
                found[message.findtext("source") or ""] = translation.text
    return found


def check_language(language: str) -> str:
    if language not in LANGUAGES:
        raise CivicDeskError(f"unknown language “{language}”; choose from: {', '.join(LANGUAGES)}")
    return language


class PrintWords:
    """`words("Contents")` is the word in the chosen language (the English when it has none yet)."""

    def __init__(self, language: str = "en") -> None:
        self.language = check_language(language)
        self._words = _catalogue(self.language)

    def __call__(self, text: str) -> str:
        return self._words.get(text, text)

    @property
    def right_to_left(self) -> bool:
        return self.language in RIGHT_TO_LEFT

    def long_date(self, value: date) -> str:
        """A date as running text reads it: "7 December 2026", "7 Rhagfyr 2026", "7 grudnia 2026"."""
        return f"{value.day} {MONTHS[self.language][value.month - 1]} {value.year}"
