"""All text meets WCAG AA contrast (4.5:1): the colours of ui/colours.py and every style sheet's color."""

from __future__ import annotations

import ast
import importlib
import re
from pathlib import Path

import pytest
from PySide6.QtGui import QPalette

from civicdesk.ui import colours
from civicdesk.ui.colours import AA_NORMAL_TEXT, contrast_ratio

UI = Path(colours.__file__).parent
COLOR = re.compile(r"(?<![-\w])color:\s*([^;}]+)")


def test_the_contrast_ratio_matches_the_published_reference_values():
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert contrast_ratio("#777", "#fff") == pytest.approx(4.48, abs=0.01)  # just fails AA
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)  # just passes
    assert contrast_ratio("#fff", "#000") == contrast_ratio("#000", "#fff")
    with pytest.raises(ValueError):
        contrast_ratio("grey", "#fff")


def test_every_text_colour_meets_aa_on_its_background():
    failing = [f"{what}: {fg} on {bg} is {contrast_ratio(fg, bg):.2f}:1"
               for what, fg, bg in colours.TEXT_PAIRS if contrast_ratio(fg, bg) < AA_NORMAL_TEXT]
    assert not failing, "\n".join(failing)
    assert len(colours.TEXT_PAIRS) >= 20


def test_placeholder_text_meets_aa_in_the_application_palette(qapp):
    from civicdesk.app import application

    assert application() is qapp
    palette = qapp.palette()
    placeholder = palette.color(QPalette.ColorRole.PlaceholderText)
    base = palette.color(QPalette.ColorRole.Base)
    alpha = placeholder.alphaF()  # drawn over the box's background
    seen = "#" + "".join(f"{round(p * alpha + b * (1 - alpha)):02x}" for p, b in
                         zip(placeholder.getRgb()[:3], base.getRgb()[:3], strict=True))
    assert contrast_ratio(seen, base.name()) >= AA_NORMAL_TEXT, seen


def _values(expr: ast.expr, namespace: dict) -> list[str]:
    """The colours an f-string's {expr} can take: a name's value, or every value of a dict it indexes."""
    def value(node: ast.expr) -> object:
        return eval(compile(ast.Expression(node), "<style>", "eval"), namespace)

    if isinstance(expr, ast.Subscript):
        return [str(v) for v in value(expr.value).values()]  # type: ignore[attr-defined]
    return [str(value(expr))]


def _style_sheet_colours() -> list[tuple[str, str]]:
    """(where, colour) for every color: in a setStyleSheet call under civicdesk/ui/."""
    found = []
    for path in sorted(UI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        calls = [node for node in ast.walk(tree) if isinstance(node, ast.Call)
                 and isinstance(node.func, ast.Attribute) and node.func.attr == "setStyleSheet" and node.args]
        if not calls:
            continue
        module = importlib.import_module(".".join(path.relative_to(UI.parent.parent).with_suffix("").parts))
        namespace = {**vars(colours), **vars(module)}  # names imported inside functions come from colours
        for call in calls:
            where = f"{path.relative_to(UI.parent.parent)}:{call.lineno}"
            arg, holes = call.args[0], []
            if isinstance(arg, ast.Constant):
                text = str(arg.value)
            elif isinstance(arg, ast.JoinedStr):
                parts = []
                for piece in arg.values:
                    if isinstance(piece, ast.FormattedValue):
                        parts.append(f"@{len(holes)}@")
                        holes.append(piece.value)
                    else:
                        parts.append(str(piece.value))  # type: ignore[attr-defined]
                text = "".join(parts)
            else:  # a name such as ERROR_STYLE
                text = _values(arg, namespace)[0]
            for value in COLOR.findall(text):
                value = value.strip()
                hole = re.fullmatch(r"@(\d+)@", value)
                values = _values(holes[int(hole.group(1))], namespace) if hole else [value]
                found += [(where, v) for v in values]
    return found


def test_every_style_sheet_text_colour_meets_aa_on_the_window_and_in_lists(qapp):
    palette = qapp.palette()
    backgrounds = {colours.WINDOW, colours.BASE, palette.color(QPalette.ColorRole.Window).name(),
                   palette.color(QPalette.ColorRole.Base).name()}
    found = _style_sheet_colours()
    failing = []
    for where, value in found:
        role = re.fullmatch(r"palette\((\w+)\)", value)
        if role:
            value = palette.color(getattr(QPalette.ColorRole, role.group(1).capitalize())).name()
        for background in sorted(backgrounds):
            ratio = contrast_ratio(value, background)
            if ratio < AA_NORMAL_TEXT:
                failing.append(f"{where}: {value} on {background} is {ratio:.2f}:1")
    assert not failing, "\n".join(failing)
    assert len(found) >= 10  # the scan finds the style sheets' colours (error messages, stars, scores…)
