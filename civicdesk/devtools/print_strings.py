"""List the printed pages' words and keep `resources/translations/print_XX.ts` up to date with them.

The reports look their words up in a `PrintWords` (civicdesk/reports/words.py), always called
`words` or `w`; this finds every literal they pass it in `civicdesk/reports/`, and the words they
pass from constants (section titles, symbol keys, scales, headings), listed in `_constant_words`.
`update` keeps the translations already there (a source no longer used is dropped); `make
translations` runs it and a test fails when a catalogue lacks a word the reports use.
"""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

from civicdesk.reports.words import CONTEXT

ROOT = Path(__file__).resolve().parents[2]
REPORTS = ROOT / "civicdesk" / "reports"
TRANSLATIONS = ROOT / "resources" / "translations"
CALLERS = {"words", "w"}  # the names a PrintWords goes by in the reports


def _literal_words() -> set[str]:
    found = set()
    for path in sorted(REPORTS.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = (func.id if isinstance(func, ast.Name)
                    else func.attr if isinstance(func, ast.Attribute) else "")
            first = node.args[0]
            if name in CALLERS and isinstance(first, ast.Constant) and isinstance(first.value, str):
                found.add(first.value)
    return found


def _constant_words() -> set[str]:
    from civicdesk.core.structured import ACCESSIBILITY_FEATURES, DAYS
    from civicdesk.reports import health_report, kit_list
    from civicdesk.reports.directory_data import CATEGORY_TITLES, FREQUENCY_WORDS, SCHEDULE_DAYS
    from civicdesk.services.health import SCALES
    from civicdesk.services.spaces import CATEGORIES, OWNERSHIP_TYPES, STATUSES

    return {
        *CATEGORY_TITLES.values(), *ACCESSIBILITY_FEATURES.values(), *(d.title() for d in DAYS),
        *SCHEDULE_DAYS.values(), *FREQUENCY_WORDS.values(),
        *kit_list.HEADINGS, *health_report.CHECK_HEADINGS, *health_report.DUE_HEADINGS,
        *health_report.STATE_WORDS.values(), *(c.title() for c in CATEGORIES), *STATUSES,
        *(o.title() for o in OWNERSHIP_TYPES), *(w for s in SCALES for w in (s.question, *s.labels)),
    }


def sources() -> list[str]:
    """Every word the printed pages look up, sorted."""
    return sorted(_literal_words() | _constant_words(), key=lambda s: (s.casefold(), s))


def catalogue(language: str) -> Path:
    return TRANSLATIONS / f"print_{language}.ts"


def translations(path: Path) -> dict[str, ET.Element]:
    if not path.exists():
        return {}
    return {m.findtext("source") or "": m for c in ET.parse(path).getroot().iter("context")
            if c.findtext("name") == CONTEXT for m in c.iter("message")}


def render(language: str) -> str:
    """The catalogue as it should be: every source, with the translations it has now."""
    have = translations(catalogue(language))
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="en")
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    for source in sources():
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = source
        old = have.get(source)
        translation = old.find("translation") if old is not None else None
        if translation is not None and (translation.text or "").strip():
            message.append(translation)
        else:
            ET.SubElement(message, "translation", type="unfinished")
    ET.indent(root, "    ")
    return ('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
            "<!-- The printed pages' words (directory, health report, kit list), read by "
            "civicdesk/reports/words.py. -->\n" + ET.tostring(root, encoding="unicode") + "\n")


def update(language: str) -> Path:
    path = catalogue(language)
    path.write_text(render(language), encoding="utf-8", newline="\n")
    return path


def untranslated(language: str) -> list[str]:
    """Sources in the catalogue with no finished translation (they print in English)."""
    return sorted(source for source, message in translations(catalogue(language)).items()
                  if (t := message.find("translation")) is None or t.get("type") == "unfinished"
                  or not (t.text or "").strip())


def stale(language: str) -> list[str]:
    """Words the reports use that the catalogue lacks, and words it has that they no longer use."""
    have, wanted = set(translations(catalogue(language))), set(sources())
    return sorted(wanted - have) + sorted(f"(unused) {s}" for s in have - wanted)
