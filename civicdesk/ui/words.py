"""Words that come from data (categories, scales, kinds, weekdays, column and field names), translated
once, in the context "Data", whatever widget shows them.

lupdate cannot see a word held in a constant, so `civicdesk/ui/data_words.py` lists them all for it;
`make translations` writes that list from the constants themselves (civicdesk/devtools/data_words.py)
and a test fails when it is stale.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

DATA_CONTEXT = "Data"


def data_word(text: str) -> str:
    """A word from data in the chosen language (the word itself when it has no translation)."""
    return QCoreApplication.translate(DATA_CONTEXT, text)
