"""The colours of the user interface, in one place (hex strings: no Qt here, so anything may import it)."""

from __future__ import annotations

# Messages
ERROR = "#b00020"  # a message saying what is wrong, under the field or in a dialog
ERROR_STYLE = f"color: {ERROR};"  # the style sheet of such a message
MUTED = "#5f6b76"  # secondary text (subtitles, "never lent out yet")
INK = "#222222"  # text and outlines drawn on maps and pictures
INK_DARK = "#1a1a1a"  # the darkest outline (a selected marker or node)

# Health of a space or group
STATUS = {"thriving": "#1e7b34", "stable": "#8a6d00", "at risk": "#b02a37"}
OVERDUE = "#f8d7da"  # the row of something overdue
DUE_SOON = "#fff3cd"  # the row of something due soon
HISTORY_LINE = "#1f5f8b"  # the line of scores over time
HISTORY_THRESHOLD = "#9aa0a6"  # the thresholds behind it

# Distinct, colour-blind-aware colours (Okabe–Ito plus a few tints) for the ten categories of space.
CATEGORY = {
    "civic": "#0072B2",
    "religious": "#CC79A7",
    "traditional": "#D55E00",
    "digital": "#56B4E9",
    "private": "#E69F00",
    "public": "#009E73",
    "outdoors": "#7FB800",
    "routes": "#8C6D31",
    "occasions": "#F0C808",
    "associations": "#6A3D9A",
}
UNKNOWN_CATEGORY = "#777777"
MAP_BACKGROUND = "#f3f1ec"

# The network picture
RECORD_TYPE = {"group": "#0072B2", "space": "#E69F00", "person": "#009E73", "tool": "#CC79A7"}
FLAG = "#C62828"  # a finding (a single point of failure)
NETWORK_BACKGROUND = "#fbfaf7"

# Tools
STAR = "#e0a100"  # ratings
