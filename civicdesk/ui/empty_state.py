"""The colour of "nothing here yet" messages: quiet, but dark enough to read (WCAG AA on any light page)."""

from __future__ import annotations

# 6.0:1 on the window grey (#efefef), 7.0:1 on white: light grey text failed AA (palette(mid), 2.6:1).
EMPTY_STATE_COLOUR = "#595959"
EMPTY_STATE_STYLE = f"color: {EMPTY_STATE_COLOUR};"
