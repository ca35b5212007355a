"""Limits a bundle must respect before we trust a byte of it, and strict JSON parsing.

A bundle arrives from outside (email, USB stick), so everything here assumes a hostile file:
sizes are bounded before reading, JSON refuses duplicate keys, NaN and deep nesting.
"""

from __future__ import annotations

import json
import math
from typing import Any

from civicdesk.errors import CivicDeskError

try:  # a fast parser for bundle rows; the standard library does the same checks without it
    import orjson as _orjson
except ImportError:  # pragma: no cover - orjson is a dependency; this keeps a broken install working
    _orjson = None  # type: ignore[assignment]


MAX_FILE_BYTES = 1 << 30  # 1 GiB on disk (encrypted or not)
MAX_MEMBERS = 10_000
MAX_NAME_LENGTH = 120
MAX_MANIFEST_BYTES = 1 << 20
SIGNATURE_BYTES = 64
MAX_MEMBER_BYTES = 512 << 20  # one rows/ or files/ member, uncompressed
MAX_TOTAL_BYTES = 2 << 30  # everything, uncompressed
MAX_RATIO = 200  # uncompressed / compressed, for members large enough to matter
RATIO_FLOOR_BYTES = 1 << 20
MAX_LINE_BYTES = 1 << 20
MAX_DEPTH = 12
MAX_ROWS = 5_000_000
FUTURE_TOLERANCE_MS = 24 * 3600 * 1000


class BundleError(CivicDeskError):
    """A bundle we refuse: damaged, hostile, from a newer CivicDesk, or not ours."""


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)  # in C; a repeated key leaves the dict shorter than the list of pairs
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _value in pairs:
            if key in seen:
                raise ValueError(f"the key {key!r} appears twice in one object")
            seen.add(key)
    return result


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed")


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"the number {text[:20]} is too large")
    return value


def _depth(value: Any, level: int = 1) -> int:
    """How deep a parsed value nests, looking no further than one level past the limit."""
    if level > MAX_DEPTH:
        return level
    children = value.values() if isinstance(value, dict) else value
    deepest = level
    for child in children:
        if isinstance(child, dict | list):
            deepest = max(deepest, _depth(child, level + 1))
            if deepest > MAX_DEPTH:
                break
    return deepest


_STRICT = json.JSONDecoder(
    object_pairs_hook=_no_duplicates, parse_constant=_no_constant, parse_float=_finite_float
)

_SCAN = _STRICT.scan_once  # type: ignore[attr-defined]  # set in JSONDecoder.__init__; typeshed omits it


def strict_json(data: bytes, where: str) -> Any:
    """Parse JSON from bytes, refusing invalid UTF-8, NaN/Infinity, duplicate keys, deep nesting."""
    return strict_json_text(utf8(data, where), where)


def utf8(data: bytes, where: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BundleError(f"{where} is not valid UTF-8 text (byte {exc.start})") from exc


def strict_json_text(text: str, where: str) -> Any:
    """Parse one JSON text with the same refusals as `strict_json`.

    Depth is measured on the parsed value, and only when the text has enough brackets to be too
    deep; the C parser guards its own recursion, so a hostile tower of brackets ends as a
    RecursionError, reported as too deep, instead of overflowing the stack.
    """
    try:
        try:  # the scanner alone: what decode() does for a text without surrounding spaces
            value, end = _SCAN(text, 0)
        except StopIteration:
            end = -1
        if end != len(text):
            value = _STRICT.decode(text)  # spaces around the value, or an error to explain
    except RecursionError as exc:
        raise BundleError(f"{where} is nested more than {MAX_DEPTH} levels deep") from exc
    except ValueError as exc:
        raise BundleError(f"{where} is not valid JSON ({exc})") from exc
    if (
        isinstance(value, dict | list)
        and text.count("[") + text.count("{") > MAX_DEPTH
        and _depth(value) > MAX_DEPTH
    ):
        raise BundleError(f"{where} is nested more than {MAX_DEPTH} levels deep")
    return value


def strict_json_line(line: bytes, where: str) -> Any:
    """One bundle line, with the refusals of `strict_json`, fast when the line is canonical.

    A line as CivicDesk writes it is canonical JSON (sorted keys, no spaces). orjson parses it,
    and writing the value back must give the very same bytes: a repeated key would be lost on
    the way and so shows as a difference, and orjson itself refuses NaN, Infinity and numbers it
    cannot hold. Anything else — another writer's spacing, a refusal — goes through the standard
    strict parser, which says precisely what is wrong.
    """
    if _orjson is not None:
        try:
            value = _orjson.loads(line)
            same = _orjson.dumps(value, option=_orjson.OPT_SORT_KEYS) == line
        except (_orjson.JSONDecodeError, _orjson.JSONEncodeError, RecursionError):
            same = False
        if same:
            if (
                isinstance(value, dict | list)
                and line.count(b"[") + line.count(b"{") > MAX_DEPTH
                and _depth(value) > MAX_DEPTH
            ):
                raise BundleError(f"{where} is nested more than {MAX_DEPTH} levels deep")
            return value
    return strict_json_text(utf8(line, where), where)


def canonical_json(value: Any) -> bytes:
    """The one byte form of a value: sorted keys, no spaces, UTF-8 (for rows and the manifest)."""
    return json.dumps(
        value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False
    ).encode("utf-8")
