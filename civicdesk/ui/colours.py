"""The colours of the user interface, in one place (hex strings: no Qt here, so anything may import it)."""

from __future__ import annotations

# Messages
ERROR = "#b00020"  # a message saying what is wrong, under the field or in a dialog
ERROR_STYLE = f"color: {ERROR};"  # the style sheet of such a message
MUTED = "#5f6b76"  # secondary text (subtitles, "never lent out yet")
INK = "#222222"  # text and outlines drawn on maps and pictures
INK_DARK = "#1a1a1a"  # the darkest outline (a selected marker or node)
FOCUS = "#0b57d0"  # the ring round whatever has the keyboard focus: 5.6:1 on the window, 6.3:1 on white

# Health of a space or group
STATUS = {"thriving": "#1e7b34", "stable": "#7d6200", "at risk": "#b02a37"}  # also text: AA on the window
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
MAP_LABEL = "#6e6a5e"  # the degrees along the map's edges

# The network picture
RECORD_TYPE = {"group": "#0072B2", "space": "#E69F00", "person": "#009E73", "tool": "#CC79A7"}
# The same hues dark enough for text (the "Show:" boxes): the fills above are too light to read.
RECORD_TYPE_TEXT = {"group": "#0072B2", "space": "#985400", "person": "#00704f", "tool": "#a3427a"}
FLAG = "#C62828"  # a finding (a single point of failure)
NETWORK_BACKGROUND = "#fbfaf7"

# Tools
STAR = "#8f5f00"  # ratings (dark amber: the stars are text, AA on white and the window)

# Text drawn in the colours above must stand out from its background (WCAG 2.1 AA, criterion 1.4.3).
AA_NORMAL_TEXT = 4.5
WINDOW = "#efefef"  # the default (Fusion) palette's window and dialog background
BASE = "#ffffff"  # ... and of lists, tables, text boxes and tool cards
DEFAULT_TEXT = "#000000"

# Every text colour with each background it is drawn on: (what, text, background).
TEXT_PAIRS: list[tuple[str, str, str]] = [
    *((f"error message on {name}", ERROR, bg) for name, bg in (("window", WINDOW), ("list", BASE))),
    *((f"secondary and placeholder text on {name}", MUTED, bg) for name, bg in (
        ("window", WINDOW), ("list", BASE), ("network", NETWORK_BACKGROUND), ("map", MAP_BACKGROUND))),
    *((f"{status} score", colour, WINDOW) for status, colour in STATUS.items()),
    *((f"{kind} in the network's Show boxes", colour, WINDOW) for kind, colour in RECORD_TYPE_TEXT.items()),
    *((f"rating stars on {name}", STAR, bg) for name, bg in (("window", WINDOW), ("tool card", BASE))),
    ("names on the map", INK, MAP_BACKGROUND),
    ("names in the network", INK, NETWORK_BACKGROUND),
    ("degrees along the map", MAP_LABEL, MAP_BACKGROUND),
    ("an overdue row", DEFAULT_TEXT, OVERDUE),
    ("a row due soon", DEFAULT_TEXT, DUE_SOON),
]


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: str) -> float:
    """Relative luminance of "#rrggbb" (or "#rgb"), 0 for black to 1 for white."""
    digits = colour.lstrip("#")
    if len(digits) == 3:
        digits = "".join(d * 2 for d in digits)
    if len(digits) != 6 or not colour.startswith("#"):
        raise ValueError(f"not a #rrggbb colour: {colour!r}")
    r, g, b = (int(digits[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG contrast, from 1 (the same colour) to 21 (black on white); AA asks 4.5 for text."""
    a, b = relative_luminance(foreground), relative_luminance(background)
    return (max(a, b) + 0.05) / (min(a, b) + 0.05)
