"""WCAG 2 contrast between two colours, so text colours can be checked against their background."""

from __future__ import annotations

AA_NORMAL_TEXT = 4.5  # WCAG 2.1 success criterion 1.4.3, level AA, text under 18 pt


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: str) -> float:
    """Relative luminance of "#rrggbb" (or "#rgb"), 0 for black to 1 for white."""
    hex_digits = colour.lstrip("#")
    if len(hex_digits) == 3:
        hex_digits = "".join(d * 2 for d in hex_digits)
    if len(hex_digits) != 6:
        raise ValueError(f"not a #rrggbb colour: {colour!r}")
    r, g, b = (int(hex_digits[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast_ratio(foreground: str, background: str) -> float:
    """From 1 (the same) to 21 (black on white); AA asks 4.5 for normal text."""
    a, b = relative_luminance(foreground), relative_luminance(background)
    lighter, darker = max(a, b), min(a, b)
    return (lighter + 0.05) / (darker + 0.05)
