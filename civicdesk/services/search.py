"""Full-text search over every record type, accent- and apostrophe-insensitive, prefix-matching.

Text is folded in Python before it reaches SQLite's FTS5 ("Łódź" → "lodz"), because FTS5 only
strips accents that Unicode can decompose and leaves letters such as Ł, ø and ß alone. Apostrophes
are folded out too ("Men's", "Men’s" → "mens"), since volunteers rarely type them. The index itself
is kept by civicdesk.core.search_index.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from civicdesk.core.search_index import SEARCHABLE_TYPES, fold, query_words
from civicdesk.db.database import Database


@dataclass(frozen=True)
class SearchHit:
    record_type: str
    record_id: str
    title: str
    subtitle: str

    def as_json(self) -> dict[str, str]:
        return {
            "type": self.record_type,
            "id": self.record_id,
            "title": self.title,
            "subtitle": self.subtitle,
        }


TITLE_POOL = 300


def search_in(
    session: Session, query: str, limit: int = 20, record_types: Iterable[str] | None = None
) -> list[SearchHit]:
    """Names first, then descriptions, places and tags.

    Ranking every match with bm25 costs hundreds of milliseconds when a one-letter prefix matches
    half the city, so we rank in Python among at most TITLE_POOL name matches instead: names that
    begin with what was typed, then names with a word that does, shorter names first.
    """
    words = query_words(query)
    if not words:
        return []
    # Every word must match, the last one (still being typed) and each other as a prefix.
    expression = " ".join(f'"{word}"*' for word in words)
    types = tuple(record_types or SEARCHABLE_TYPES)
    placeholders = ", ".join(f":t{i}" for i in range(len(types)))
    base = {f"t{i}": t for i, t in enumerate(types)}
    sql = text(
        "SELECT k.record_type, k.record_id, k.title, k.subtitle FROM search_fts "
        "JOIN search_key k ON k.rowid = search_fts.rowid "
        f"WHERE search_fts MATCH :q AND k.record_type IN ({placeholders}) LIMIT :limit"
    )
    conn = session.connection()
    names = conn.execute(sql, {**base, "q": f"title : ({expression})", "limit": TITLE_POOL}).all()
    typed = " ".join(words)

    def closeness(row: Any) -> tuple[int, int, str]:
        title = fold(row[2])
        if title.startswith(typed):
            return (0, len(title), title)
        if any(word.startswith(typed) for word in title.split()):
            return (1, len(title), title)
        return (2, len(title), title)

    hits = [SearchHit(*row) for row in sorted(names, key=closeness)[:limit]]
    if len(hits) < limit:
        seen = {hit.record_id for hit in hits}
        others = conn.execute(sql, {**base, "q": expression, "limit": limit + len(seen)}).all()
        hits += [SearchHit(*row) for row in others if row[1] not in seen][: limit - len(hits)]
    return hits


class SearchService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def search(
        self, query: str, limit: int = 20, record_types: Iterable[str] | None = None
    ) -> list[SearchHit]:
        with self.db.read() as session:
            return search_in(session, query, limit, record_types)
