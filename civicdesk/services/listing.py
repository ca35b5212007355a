"""Pages of records for the list views: columns, quick filters and sorting, done in SQL.

Lists can be long (300,000 people in a city), so views ask for one page at a time, sorted and
filtered by the database. Column and filter expressions are fixed here; values are always bound
parameters.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from civicdesk.core.consent import sql_given
from civicdesk.core.record_types import MAIN_TYPES

if TYPE_CHECKING:
    from civicdesk.db.database import Database

# SQLAlchemy is imported inside the functions that run queries: start-up reads the first rows
# with sqlite3 alone (civicdesk.services.first_rows) from these same definitions.


@dataclass(frozen=True)
class Column:
    key: str
    label: str
    sql: str
    indexed: bool = False  # sorting on an indexed column walks the index instead of sorting


@dataclass(frozen=True)
class Listing:
    table: str
    columns: tuple[Column, ...]
    filters: dict[str, str] = field(default_factory=dict)
    where: str = "t.deleted = 0"


_TOWN = "COALESCE(NULLIF(json_extract(t.address, '$.locality'), ''), json_extract(t.address, '$.town'))"
_DIRECTORY = f"CASE WHEN {sql_given('t.consent_directory')} THEN 'yes' ELSE 'no' END"

LISTINGS: dict[str, Listing] = {
    "space": Listing(
        "spaces",
        (
            Column("name", "Name", "t.name", indexed=True),
            Column("category", "Category", "t.category"),
            Column("subtype", "Type", "t.subtype"),
            Column("town", "Area", _TOWN),
            Column("postcode", "Postcode", "json_extract(t.address, '$.postcode')"),
            Column("status", "Status", "t.status"),
            Column("updated", "Last changed", "substr(t.updated_at, 1, 10)"),
        ),
        {"category": "t.category = :category", "status": "t.status = :status"},
    ),
    "group": Listing(
        "groups",
        (
            Column("name", "Name", "t.name", indexed=True),
            Column("kind", "Kind", "t.kind"),
            Column(
                "activities", "Activities", "(SELECT group_concat(value, ', ') FROM json_each(t.activities))"
            ),
            Column(
                "languages", "Languages", "(SELECT group_concat(value, ', ') FROM json_each(t.languages))"
            ),
            Column("status", "Status", "t.status"),
            Column("updated", "Last changed", "substr(t.updated_at, 1, 10)"),
        ),
        {"kind": "t.kind = :kind", "status": "t.status = :status"},
    ),
    "person": Listing(
        "people",
        (
            Column("name", "Name", "t.name", indexed=True),
            Column("email", "Email", "t.email"),
            Column("phone", "Phone", "t.phone"),
            Column("skills", "Skills", "(SELECT group_concat(value, ', ') FROM json_each(t.skills))"),
            Column("directory", "In directory", _DIRECTORY),
            Column("updated", "Last changed", "substr(t.updated_at, 1, 10)"),
        ),
        {
            "group": "EXISTS (SELECT 1 FROM roles r JOIN groups g ON g.id = r.group_id "
            "WHERE r.person_id = t.id AND r.deleted = 0 AND g.name LIKE :group || '%')",
            "consent": _DIRECTORY + " = :consent",
        },
        # Erasing a person also sets the tombstone, so deleted = 0 leaves out erased people.
    ),
    "tool": Listing(
        "tools",
        (
            Column("name", "Name", "t.name", indexed=True),
            Column("kind", "Kind", "t.kind"),
            Column("cost", "Cost", "t.cost"),
            Column("purposes", "Good for", "(SELECT group_concat(value, ', ') FROM json_each(t.purposes))"),
            Column("updated", "Last changed", "substr(t.updated_at, 1, 10)"),
        ),
        {"kind": "t.kind = :kind"},
        where="t.deleted = 0 AND t.hidden = 0",
    ),
}

RECORD_TYPE_OF_LISTING = {name: name for name in MAIN_TYPES}


def _where(listing: Listing, filters: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    clauses, params = [listing.where], {}
    for key, value in filters.items():
        if value in (None, ""):
            continue
        if key not in listing.filters:
            raise KeyError(f"{key} is not a filter of this list")
        clauses.append(listing.filters[key])
        params[key] = value
    return " AND ".join(clauses), params


def count(db: Database, kind: str, filters: dict[str, Any] | None = None) -> int:
    from sqlalchemy import text

    listing = LISTINGS[kind]
    where, params = _where(listing, filters or {})
    with db.read() as session:
        return int(
            session.execute(
                text(f"SELECT COUNT(*) FROM {listing.table} t WHERE {where}"), params
            ).scalar_one()
        )


def page_sql(
    kind: str, filters: dict[str, Any] | None = None, sort: str = "name", descending: bool = False
) -> tuple[str, dict[str, Any], Callable[[int], str]]:
    """The two queries of `page`: the ids of a page (bound :limit, :offset and the filters'
    values), and, for n ids bound as :i0…, the display columns of those ids."""
    listing = LISTINGS[kind]
    columns = {c.key: c for c in listing.columns}
    order = columns[sort] if sort in columns else listing.columns[0]
    where, params = _where(listing, filters or {})
    direction = "DESC" if descending else "ASC"
    if order.indexed:
        # "+t.deleted" keeps SQLite from choosing the tombstone index, so it walks the sort index.
        where = where.replace("t.deleted = 0", "+t.deleted = 0")
        order_by = f"{order.sql} {direction}"
    else:
        order_by = f"{order.sql} COLLATE NOCASE {direction}, t.rowid {direction}"
    select_list = ", ".join(c.sql for c in listing.columns)
    ids_sql = (
        f"SELECT t.id FROM {listing.table} t WHERE {where} ORDER BY {order_by} LIMIT :limit OFFSET :offset"
    )

    def rows_sql(n: int) -> str:
        marks = ", ".join(f":i{i}" for i in range(n))
        return f"SELECT t.id, {select_list} FROM {listing.table} t WHERE t.id IN ({marks})"

    return ids_sql, params, rows_sql


def page(
    db: Database,
    kind: str,
    filters: dict[str, Any] | None = None,
    sort: str = "name",
    descending: bool = False,
    offset: int = 0,
    limit: int = 200,
) -> list[tuple[Any, ...]]:
    """Rows as (id, value of each column…), sorted and filtered.

    Two steps, so that a page of 300,000 people costs a page, not a list: first the ids of the
    page, sorted on the sort key alone; then the display columns of just those ids.
    """
    from sqlalchemy import text

    ids_sql, params, rows_sql = page_sql(kind, filters, sort, descending)
    with db.read() as session:
        ids = [
            r[0]
            for r in session.execute(
                text(ids_sql), {**params, "limit": limit, "offset": offset}
            )
        ]
        if not ids:
            return []
        found: dict[str, tuple[Any, ...]] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            rows = session.execute(
                text(rows_sql(len(chunk))),
                {f"i{n}": value for n, value in enumerate(chunk)},
            )
            found.update({row[0]: tuple(row) for row in rows})
    return [found[i] for i in ids if i in found]


def row(db: Database, kind: str, record_id: str) -> tuple[Any, ...] | None:
    """One record's row as it appears in the list (None if it is deleted or gone)."""
    from sqlalchemy import text

    listing = LISTINGS[kind]
    select_list = ", ".join(c.sql for c in listing.columns)
    with db.read() as session:
        found = session.execute(
            text(f"SELECT t.id, {select_list} FROM {listing.table} t WHERE t.id = :id AND {listing.where}"),
            {"id": record_id},
        ).first()
    return tuple(found) if found else None
