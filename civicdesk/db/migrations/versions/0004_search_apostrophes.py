"""Search ignores apostrophes: "Mens" finds "Men's", so the search index is rewritten that way.

Revision ID: 0004_search_apostrophes
Revises: 0003_privacy
Create Date: 2026-12-03 10:00:00.000000

The index already holds each record's folded text (lower case, no accents), only with its
apostrophes still in. Rewriting that text is enough, so this revision does not need the
record tables or the app's code (which may change after it): the rule below is a frozen copy of
civicdesk.core.search_index.indexed_form as it was when this revision was written.
"""
import re

from alembic import op


revision = '0004_search_apostrophes'
down_revision = '0003_privacy'
branch_labels = None
depends_on = None

APOSTROPHES = "'\u2019\u02bc\u2018"
_APOSTROPHE = re.compile(f"[{APOSTROPHES}]")
_JOINED = re.compile(f"\\w+(?:[{APOSTROPHES}]\\w+)+")


def indexed_form(folded: str) -> str:
    """A word with an apostrophe, indexed joined and in parts: "o'brien" → "obrien o brien"."""
    if not _APOSTROPHE.search(folded):
        return folded
    spaced = _JOINED.sub(lambda m: f"{_APOSTROPHE.sub('', m[0])} {_APOSTROPHE.sub(' ', m[0])}", folded)
    return _APOSTROPHE.sub(" ", spaced)


def upgrade() -> None:
    conn = op.get_bind()
    rows = conn.exec_driver_sql("SELECT rowid, title, body FROM search_fts").all()
    changed = []
    for rowid, title, body in rows:
        new_title, new_body = indexed_form(title or ""), indexed_form(body or "")
        if (new_title, new_body) != (title, body):
            changed.append((new_title, new_body, rowid))
    if changed:
        conn.exec_driver_sql("UPDATE search_fts SET title = ?, body = ? WHERE rowid = ?", changed)


def downgrade() -> None:
    # The older search still works on this index (it finds "Men's" through "men" and "s"), and
    # the apostrophes cannot be put back, so there is nothing to undo.
    pass
