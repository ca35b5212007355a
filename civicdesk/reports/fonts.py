"""Bundled fonts for printed documents, and text split into runs each set in a font for its script.

reportlab embeds a subset of every TrueType font it uses. Latin, Greek and Cyrillic share Noto
Sans; Arabic, Urdu, Bengali and Chinese each get their own font. Arabic-script and Bengali runs
are shaped with HarfBuzz (``reportlab[shaping]``). reportlab's own bidi support needs `rlbidi`,
which is not available, so right-to-left text is put in visual order here, a word at a time
(HarfBuzz already orders the letters inside each word).
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Literal, cast
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from civicdesk.paths import resource_path

LATIN, ARABIC, URDU, BENGALI, CJK = "latin", "arabic", "urdu", "bengali", "cjk"

# (script, bold) -> (registered name, file, subfont index)
FONT_FILES: dict[tuple[str, bool], tuple[str, str, int]] = {
    (LATIN, False): ("CD-Sans", "NotoSans-Regular.ttf", 0),
    (LATIN, True): ("CD-Sans-Bold", "NotoSans-Bold.ttf", 0),
    (ARABIC, False): ("CD-Naskh", "NotoNaskhArabic-Regular.ttf", 0),
    (ARABIC, True): ("CD-Naskh-Bold", "NotoNaskhArabic-Bold.ttf", 0),
    # Urdu is read in Nastaliq; one weight keeps the bundle small.
    (URDU, False): ("CD-Nastaliq", "NotoNastaliqUrdu-Regular.ttf", 0),
    (URDU, True): ("CD-Nastaliq", "NotoNastaliqUrdu-Regular.ttf", 0),
    (BENGALI, False): ("CD-Bengali", "NotoSansBengali-Regular.ttf", 0),
    (BENGALI, True): ("CD-Bengali-Bold", "NotoSansBengali-Bold.ttf", 0),
    # reportlab cannot read Noto CJK (CFF outlines); WenQuanYi Micro Hei has TrueType outlines.
    (CJK, False): ("CD-WQY", "wqy-microhei.ttc", 0),
    (CJK, True): ("CD-WQY", "wqy-microhei.ttc", 0),
}
RTL_SCRIPTS = frozenset({ARABIC, URDU})
# Letters used in Urdu but not in Arabic: their presence picks the Nastaliq font.
URDU_LETTERS = frozenset("ٹڈڑںہھےۓۃۂ۔ڭگکپچژ")
# Nastaliq stacks letters diagonally: it needs more room between lines.
LEADING_FACTOR = {URDU: 1.9, ARABIC: 1.5}

_lock = threading.Lock()


@cache
def _register(name: str, filename: str, subfont: int) -> str:
    font = TTFont(name, str(resource_path("fonts", filename)), subfontIndex=subfont)
    pdfmetrics.registerFont(font)
    return name


def font_name(script: str = LATIN, bold: bool = False) -> str:
    """The registered reportlab name of the bundled font for a script (registering it once)."""
    name, filename, subfont = FONT_FILES[(script, bold)]
    with _lock:  # the preview builds PDFs on a worker thread
        return _register(name, filename, subfont)


def sans_family() -> str:
    """Noto Sans registered as a family, so <b> in paragraph markup picks the bold face."""
    from reportlab.lib.fonts import addMapping

    regular, bold = font_name(LATIN), font_name(LATIN, True)
    faces: tuple[tuple[Literal[0, 1], Literal[0, 1], str], ...] = (
        (0, 0, regular), (1, 0, bold), (0, 1, regular), (1, 1, bold))
    for is_bold, is_italic, face in faces:
        addMapping(regular, is_bold, is_italic, face)
    return regular


def register_all() -> None:
    for script, bold in FONT_FILES:
        font_name(script, bold)


_NOT_PLAIN = re.compile("[^\u0000-\u058f\u2000-\u20cf]")


def is_plain(text: str) -> bool:
    """Text Noto Sans draws on its own, left to right, unshaped (Latin, Greek, Cyrillic, punctuation)."""
    return text.isascii() or _NOT_PLAIN.search(text) is None


def char_script(char: str) -> str | None:
    """The script a character needs a font for; None for spaces, digits and common punctuation."""
    code = ord(char)
    if code < 0x80:
        return LATIN if char.isalpha() else None
    if 0x0600 <= code <= 0x06FF or 0x0750 <= code <= 0x077F or 0x08A0 <= code <= 0x08FF:
        return ARABIC
    if 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF:
        return ARABIC
    if 0x0980 <= code <= 0x09FF:
        return BENGALI
    if 0x2E80 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF or 0xFF00 <= code <= 0xFFEF:
        return CJK
    if unicodedata.category(char)[0] in "LM":
        return LATIN
    return None


@dataclass(frozen=True)
class Run:
    script: str
    text: str


def runs(text: str) -> list[Run]:
    """Split text into runs of one script; neutral characters join the run they sit in."""
    result: list[Run] = []
    current: str | None = None
    buffer: list[str] = []
    for char in text:
        script = char_script(char)
        if script is not None and current is not None and script != current:
            result.append(Run(current, "".join(buffer)))
            buffer = []
        if script is not None:
            current = script
        buffer.append(char)
    if buffer:
        result.append(Run(current or LATIN, "".join(buffer)))
    # Arabic-script runs that use Urdu letters are Urdu.
    return [Run(URDU, r.text) if r.script == ARABIC and URDU_LETTERS & set(r.text) else r for r in result]


def base_direction(text: str) -> str:
    """'rtl' when the first letter of the text is Arabic-script, otherwise 'ltr'."""
    for char in text:
        script = char_script(char)
        if script is not None:
            return "rtl" if script == ARABIC else "ltr"
    return "ltr"


def main_script(text: str) -> str:
    scripts = [r.script for r in runs(text) if r.text.strip()]
    return scripts[0] if scripts else LATIN


def _visual_words(words: list[str]) -> list[str]:
    """Words of a right-to-left line in left-to-right drawing order.

    The line is reversed as a whole, but runs of left-to-right words (a Latin name, a
    number) keep their own order — a simplified Unicode bidi algorithm that is right for
    the text a directory holds.
    """
    groups: list[list[str]] = []
    for word in words:
        ltr = base_direction(word) == "ltr" and any(char_script(c) for c in word)
        if ltr and groups and groups[-1][0] == "ltr":
            groups[-1].append(word)
        else:
            groups.append(["ltr" if ltr else "rtl", word])
    ordered: list[str] = []
    for group in reversed(groups):
        ordered.extend(group[1:])
    return ordered


def reorder_inline(text: str) -> str:
    """Put right-to-left stretches inside left-to-right text in visual (drawing) order."""
    words = text.split(" ")
    out: list[str] = []
    stretch: list[str] = []
    for word in words:
        if base_direction(word) == "rtl":
            stretch.append(word)
            continue
        if stretch:
            out.extend(reversed(stretch))
            stretch = []
        out.append(word)
    out.extend(reversed(stretch))
    return " ".join(out)


def markup(text: str, bold: bool = False, link: str = "") -> str:
    """Paragraph markup for plain text: escaped, each script run in its own bundled font."""
    parts = []
    for run in runs(text):
        parts.append(f'<font face="{font_name(run.script, bold)}">{escape(run.text)}</font>')
    body = "".join(parts)
    if link:
        body = f'<a href="{escape(link, {chr(34): "&quot;"})}">{body}</a>'
    return body


def fonts_for(text: str, bold: bool = False) -> Iterator[tuple[str, str]]:
    """(font name, run text) pairs, for checking glyph coverage."""
    for run in runs(text):
        yield font_name(run.script, bold), run.text


def missing_glyphs(text: str, bold: bool = False) -> list[str]:
    """Characters of `text` that the font chosen for them cannot draw (would print as boxes)."""
    missing = []
    for name, chunk in fonts_for(text, bold):
        cmap = cast(TTFont, pdfmetrics.getFont(name)).face.charToGlyph  # all ours are TrueType
        missing += [c for c in chunk if not c.isspace() and ord(c) not in cmap]
    return missing
