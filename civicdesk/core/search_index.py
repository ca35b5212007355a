"""The search index: folded text, each record's document, and the FTS5 tables kept in step.

Searching it is civicdesk.services.search; the writers (record writer, imports, bundles) call this.
Text is folded in Python before it reaches SQLite's FTS5 ("Łódź" → "lodz"), because FTS5 only
strips accents that Unicode can decompose and leaves letters such as Ł, ø and ß alone. Apostrophes
are folded out too ("Men's", "Men’s" → "mens"), since volunteers rarely type them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from civicdesk.core.record_types import MAIN_TYPES
from civicdesk.core.structured import format_address

SEARCHABLE_TYPES = MAIN_TYPES

# Letters that are not "a letter plus an accent" to Unicode, spelled the way people type them.
_EXTRA_FOLDS = str.maketrans(
    {
        "ł": "l",
        "Ł": "l",
        "ø": "o",
        "Ø": "o",
        "đ": "d",
        "Đ": "d",
        "ð": "d",
        "Ð": "d",
        "þ": "th",
        "Þ": "th",
        "ß": "ss",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "Œ": "oe",
        "ı": "i",
        "ħ": "h",
    }
)
_TOKEN = re.compile(r"\w+", re.UNICODE)
# Typed, curly, modifier-letter and opening-quote apostrophes: "Men's", "Men’s", "Menʼs", "Men‘s".
APOSTROPHES = "'\u2019\u02bc\u2018"
_APOSTROPHE = re.compile(f"[{APOSTROPHES}]")
# A word with an apostrophe inside it: "men's", "o'brien", "rock'n'roll".
_JOINED = re.compile(f"\\w+(?:[{APOSTROPHES}]\\w+)+")
# FTS5's operators, which people type in capitals when they mean them; as words they would only
# narrow the search ("hall OR (" would need a word starting "or").
_OPERATORS = frozenset({"OR", "AND", "NOT", "NEAR"})


def _fold_letters(value: str) -> str:
    """Lower case, no accents, special letters spelled out (apostrophes left in)."""
    if value.isascii():  # nothing to decompose or spell out: most text, and much faster
        return value.lower()
    decomposed = unicodedata.normalize("NFKD", value.translate(_EXTRA_FOLDS))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.casefold()


def fold(value: str) -> str:
    """Lower case, no accents, special letters spelled out, no apostrophes ("Men’s" → "mens")."""
    return _APOSTROPHE.sub("", _fold_letters(value))


def indexed_form(folded: str) -> str:
    """The text FTS5 indexes for text folded by `_fold_letters`.

    A word with an apostrophe is indexed both joined and in parts ("o'brien" → "obrien o brien"),
    so that the query, whose apostrophes are folded out, finds "O'Brien" as "obrien" or "o'brien"
    and still as "brien". Migration 0004 holds a copy of this function: change both together.
    """
    if not _APOSTROPHE.search(folded):
        return folded
    spaced = _JOINED.sub(lambda m: f"{_APOSTROPHE.sub('', m[0])} {_APOSTROPHE.sub(' ', m[0])}", folded)
    return _APOSTROPHE.sub(" ", spaced)


def _index_fold(value: str) -> str:
    return indexed_form(_fold_letters(value))


def _join(values: Iterable[Any]) -> str:
    return " ".join(map(str, filter(None, values)))


def document(record_type: str, get: Callable[[str], Any]) -> tuple[str, str, str]:
    """(title, subtitle, body) of a record whose fields `get` returns."""
    name = get("name") or ""
    if record_type == "space":
        addr = get("address") or {}
        place = addr.get("town") or addr.get("locality") or ""
        subtitle = " · ".join(p for p in (get("subtype") or get("category"), place) if p)
        body = _join(
            [
                get("category"),
                get("subtype"),
                get("description"),
                format_address(addr, " "),
                _join(get("tags") or []),
                _join(get("facilities") or []),
            ]
        )
    elif record_type == "group":
        subtitle = get("kind") or ""
        body = _join(
            [
                get("kind"),
                get("description"),
                _join(get("activities") or []),
                _join(get("audiences") or []),
                _join(get("languages") or []),
                _join(get("tags") or []),
            ]
        )
    elif record_type == "person":
        skills = get("skills") or []
        subtitle = ", ".join(skills[:3]) if skills else "volunteer"
        body = _join([get("email"), _join(skills), get("availability")])
    elif record_type == "tool":
        subtitle = get("kind") or ""
        body = _join(
            [get("kind"), get("description"), _join(get("purposes") or []), _join(get("tags") or [])]
        )
    else:
        raise ValueError(f"{record_type} is not searchable")
    return name, subtitle, body


def is_indexed(record_type: str, get: Callable[[str], Any]) -> bool:
    return record_type in SEARCHABLE_TYPES and not get("deleted") and not get("erased")


def index_record(session: Session, record_type: str, record_id: str, get: Callable[[str], Any]) -> None:
    """Bring one record's index entry in step with its current state (removing it if deleted)."""
    conn = session.connection()
    row = conn.execute(text("SELECT rowid FROM search_key WHERE record_id = :id"), {"id": record_id}).first()
    if row is not None:
        conn.execute(text("DELETE FROM search_fts WHERE rowid = :r"), {"r": row[0]})
        conn.execute(text("DELETE FROM search_key WHERE rowid = :r"), {"r": row[0]})
    if not is_indexed(record_type, get):
        return
    title, subtitle, body = document(record_type, get)
    rowid = conn.execute(
        text(
            "INSERT INTO search_key (record_type, record_id, title, subtitle) "
            "VALUES (:t, :id, :title, :sub) RETURNING rowid"
        ),
        {"t": record_type, "id": record_id, "title": title, "sub": subtitle},
    ).scalar_one()
    conn.execute(
        text("INSERT INTO search_fts (rowid, title, body) VALUES (:r, :title, :body)"),
        {"r": rowid, "title": _index_fold(title), "body": _index_fold(body)},
    )


def bulk_index(session: Session, records: Iterable[tuple[str, str, Callable[[str], Any]]]) -> None:
    """Index many new records at once (example data, imports into an empty table)."""
    conn = session.connection().connection.driver_connection
    assert conn is not None
    keys, texts = [], []
    next_rowid = (conn.execute("SELECT COALESCE(MAX(rowid), 0) FROM search_key").fetchone()[0]) + 1
    for record_type, record_id, get in records:
        if not is_indexed(record_type, get):
            continue
        title, subtitle, body = document(record_type, get)
        keys.append((next_rowid, record_type, record_id, title, subtitle))
        texts.append((next_rowid, _index_fold(title), _index_fold(body)))
        next_rowid += 1
    conn.executemany(
        "INSERT INTO search_key (rowid, record_type, record_id, title, subtitle) VALUES (?, ?, ?, ?, ?)", keys
    )
    conn.executemany("INSERT INTO search_fts (rowid, title, body) VALUES (?, ?, ?)", texts)


def query_words(query: str) -> list[str]:
    """The folded words of a query; brackets, quotes and stray operators are not words."""
    words = _TOKEN.findall(_APOSTROPHE.sub("", query))
    plain = [w for w in words if w not in _OPERATORS] or words  # "NOT" alone is a word
    return _TOKEN.findall(fold(" ".join(plain)))
