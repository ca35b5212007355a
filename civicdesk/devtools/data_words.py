"""Write `civicdesk/ui/data_words.py`: every word the window shows from data, for lupdate to find.

The window translates a word held in a constant (a category, an answer on a health-check scale, a
column's heading, a field's name) with `civicdesk.ui.words.data_word`, in the context "Data";
lupdate reads only literal strings, so the words are listed here from the constants themselves, in
the form the window shows them (as stored, or with a capital letter). `make translations` runs this
before lupdate; `--check` (and a test) fails when the written list is stale.
"""

from __future__ import annotations

import argparse
import ast
import json
import sys
from collections.abc import Callable, Iterable
from functools import partial
from pathlib import Path
from types import ModuleType

TARGET = Path(__file__).resolve().parents[1] / "ui" / "data_words.py"
HEADER = '''"""Every word the window shows from data, listed for lupdate (which reads only literal strings).

Written by `python -m civicdesk.devtools.data_words` (run by `make translations`) from the constants
named in that module; do not edit. The window translates these with `civicdesk.ui.words.data_word`.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP

WORDS = (
'''


# Fields every record type has, whose names field_labels keeps apart from the per-type ones.
_SHARED_FIELDS = ("name", "description", "status", "tags", "notes", "website", "deleted", "external_ids")


def _capital(word: str) -> str:
    return word[:1].upper() + word[1:]


def _both(words: Iterable[str]) -> list[str]:
    return [form for word in words for form in (word, _capital(word))]


def _sources() -> list[tuple[str, Callable[[], Iterable[str]]]]:
    """(what, the words) for every constant whose words the window shows."""
    from civicdesk.core import field_labels, structured, wording
    from civicdesk.interop.mapping import TARGETS, TRANSFORMS
    from civicdesk.reports.directory_data import CATEGORY_TITLES
    from civicdesk.services import catalogue, groups, health, listing, people, spaces, tools
    from civicdesk.ui import registry
    from civicdesk.ui.editors.widgets import ConsentEditor
    from civicdesk.ui.importing.wizard import RECORD_TYPES
    from civicdesk.ui.lists.view import QUICK_FILTERS
    from civicdesk.ui.map.markers import STATUS_LABELS
    from civicdesk.ui.network.canvas import TYPE_NAMES
    from civicdesk.ui.privacy.view import COLUMNS, REASONS
    from civicdesk.ui.search_box import TYPE_LABELS

    return [
        ("space categories and statuses", lambda: _both([*spaces.CATEGORIES, *spaces.STATUSES])),
        ("ownership types", lambda: [_capital(o) for o in spaces.OWNERSHIP_TYPES]),
        ("group kinds and statuses", lambda: _both([*groups.GROUP_KINDS, *groups.GROUP_STATUSES])),
        ("tool kinds", lambda: _both(tools.TOOL_KINDS)),
        ("roles", lambda: people.ROLE_NAMES),
        ("meeting frequencies", lambda: [_capital(f) for f in structured.FREQUENCIES]),
        ("how consent was given", lambda: [_capital(m) for m in structured.CONSENT_METHODS]),
        ("DBS check types", lambda: [_capital(k) for k in structured.DBS_TYPES]),
        ("weekdays", lambda: structured.DAY_NAMES.values()),
        ("accessibility features", lambda: structured.ACCESSIBILITY_FEATURES.values()),
        ("consents", lambda: ConsentEditor.LABELS.values()),
        ("health-check questions and answers",
         lambda: [w for s in health.SCALES for w in (s.question, *s.labels)]),
        ("tool purposes and costs", lambda: _both([*catalogue.PURPOSES, *catalogue.COSTS])),
        ("directory sections", lambda: CATEGORY_TITLES.values()),
        ("views", lambda: [spec.label for spec in registry.views()]),
        ("record types", lambda: [*field_labels.RECORD_WORDS.values(),
                                  *TYPE_NAMES.values(), *TYPE_LABELS.values()]),
        ("list columns and quick filters",
         lambda: [c.label for listing_ in listing.LISTINGS.values() for c in listing_.columns]),
        ("field names", lambda: [
            *(label for labels in field_labels.LABELS.values() for label in labels.values()),
            *(field_labels.field_label("", field) for field in _SHARED_FIELDS)]),
        ("import fields and ways to read a column",
         lambda: [label for fields in TARGETS.values() for label, _synonyms in fields.values()]
         + [label for label, _fn in TRANSFORMS.values()]),
        ("map legend", lambda: STATUS_LABELS.values()),
        ("built-in compliance items", lambda: [kind["kind"] for kind in health.compliance_kinds()]),
        ("values in words (core/wording.py, handed data_word as its tr)",
         lambda: _literal_calls(wording, "tr")),
        ("what a spreadsheet's rows are", lambda: [label for _value, label in RECORD_TYPES]),
        ("the lists' quick filters",
         lambda: [label for filters in QUICK_FILTERS.values() for _key, label, _choices in filters]),
        ("Data protection list", lambda: [*COLUMNS, *REASONS.values()]),
    ]


def _literal_calls(module: ModuleType, name: str) -> list[str]:
    """The literal first arguments of calls to `name` in a module's source."""
    tree = ast.parse(Path(str(module.__file__)).read_text(encoding="utf-8"))
    return [node.args[0].value for node in ast.walk(tree)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == name
            and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)]


def words() -> list[str]:
    """Every data word, once, in a stable order."""
    seen: dict[str, None] = {}
    for _what, source in _sources():
        for word in source():
            if word and word.strip():
                seen.setdefault(str(word), None)
    return sorted(seen, key=lambda w: (w.lower(), w))


def render() -> str:
    from civicdesk.ui.words import DATA_CONTEXT

    quote = partial(json.dumps, ensure_ascii=False)  # double quotes, as lupdate reads them
    lines = [f"    QT_TRANSLATE_NOOP({quote(DATA_CONTEXT)}, {quote(word)}),\n" for word in words()]
    return HEADER + "".join(lines) + ")\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m civicdesk.devtools.data_words")
    parser.add_argument("--check", action="store_true", help="exit 1 if civicdesk/ui/data_words.py is stale")
    args = parser.parse_args(argv)
    text = render()
    if args.check:
        if not TARGET.exists() or TARGET.read_text(encoding="utf-8") != text:
            print(f"{TARGET.name} is stale: run `make translations`", file=sys.stderr)
            return 1
        return 0
    TARGET.write_text(text, encoding="utf-8", newline="\n")
    print(TARGET)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
