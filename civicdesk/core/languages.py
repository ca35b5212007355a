"""The languages CivicDesk speaks, by code, for the window, the command line and the printed pages."""

from __future__ import annotations

# Each language by its code, with its name in itself (as a chooser lists it).
LANGUAGES = {"en": "English", "cy": "Cymraeg", "pl": "Polski", "ur": "اردو"}
# The locale each language's numbers and dates follow.
LOCALES = {"en": "en_GB", "cy": "cy_GB", "pl": "pl_PL", "ur": "ur_PK"}
RIGHT_TO_LEFT = frozenset({"ur"})
