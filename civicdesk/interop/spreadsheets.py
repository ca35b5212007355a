"""CSV and XLSX exports for mail merge and spreadsheets: one table (or sheet) per record type.

People appear only when they agreed to be listed in the directory (`may_print`), and then only
their name, skills and availability, plus email or phone where they agreed to be contacted that
way. Addresses, safeguarding checks and notes never leave. A group's contact name is left out too
(it is often a volunteer's own); the group's public email and phone are kept.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import select

from civicdesk.core.consent import (
    may_print,
    may_show_email,
    may_show_phone,
    party_name,
    referenced_people,
)
from civicdesk.core.structured import format_address, format_opening_hours
from civicdesk.db.database import Database
from civicdesk.db.models import Group, Person, Space, Tool

Row = list[Any]


def _join(values: Any) -> str:
    return "; ".join(str(v) for v in values or [])


SPACE_COLUMNS: list[tuple[str, Callable[[Space], Any]]] = [
    ("id", lambda s: s.id),
    ("name", lambda s: s.name),
    ("category", lambda s: s.category),
    ("subtype", lambda s: s.subtype),
    ("description", lambda s: s.description),
    ("address", lambda s: ", ".join((s.address or {}).get("lines", []))),
    ("locality", lambda s: (s.address or {}).get("locality", "")),
    ("town", lambda s: (s.address or {}).get("town", "")),
    ("postcode", lambda s: (s.address or {}).get("postcode", "")),
    ("full address", lambda s: format_address(s.address)),
    ("latitude", lambda s: s.latitude),
    ("longitude", lambda s: s.longitude),
    ("website", lambda s: s.website),
    ("opening hours", lambda s: format_opening_hours(s.opening_hours)),
    ("accessibility", lambda s: _join(k.replace("_", " ") for k, v in (s.accessibility or {}).items() if v)),
    ("capacity", lambda s: s.capacity),
    ("facilities", lambda s: _join(s.facilities)),
    ("hire cost", lambda s: s.hire_cost),
    ("owner", lambda s: (s.owner or {}).get("name", "")),
    ("run by", lambda s: (s.operator or {}).get("name", "")),
    ("ownership type", lambda s: s.ownership_type),
    ("status", lambda s: s.status),
    ("tags", lambda s: _join(s.tags)),
]
GROUP_COLUMNS: list[tuple[str, Callable[[Group], Any]]] = [
    ("id", lambda g: g.id),
    ("name", lambda g: g.name),
    ("kind", lambda g: g.kind),
    ("charity number", lambda g: g.charity_number),
    ("company number", lambda g: g.company_number),
    ("description", lambda g: g.description),
    ("activities", lambda g: _join(g.activities)),
    ("audiences", lambda g: _join(g.audiences)),
    ("languages", lambda g: _join(g.languages)),
    ("email", lambda g: (g.contact or {}).get("email", "")),
    ("phone", lambda g: (g.contact or {}).get("phone", "")),
    ("website", lambda g: g.website),
    ("status", lambda g: g.status),
    ("tags", lambda g: _join(g.tags)),
]
PERSON_COLUMNS: list[tuple[str, Callable[[Person], Any]]] = [
    ("name", lambda p: p.name),
    ("email", lambda p: p.email if may_show_email(p) else ""),
    ("phone", lambda p: p.phone if may_show_phone(p) else ""),
    ("skills", lambda p: _join(p.skills)),
    ("availability", lambda p: p.availability),
]
TOOL_COLUMNS: list[tuple[str, Callable[[Tool], Any]]] = [
    ("id", lambda t: t.id),
    ("name", lambda t: t.name),
    ("kind", lambda t: t.kind),
    ("description", lambda t: t.description),
    ("how to use", lambda t: t.how_to_use),
    ("cost", lambda t: t.cost),
    ("link", lambda t: t.link),
    ("held by", lambda t: ""),  # filled in by collect(), through the consent rules
    ("condition", lambda t: t.condition),
    ("tags", lambda t: _join(t.tags)),
]


def collect(db: Database) -> dict[str, tuple[list[str], list[Row]]]:
    """Sheet name -> (headers, rows), people filtered by consent."""
    tables = {}
    # The four record types side by side; each sheet's columns read its own model.
    sheets: tuple[tuple[str, type[Any], Sequence[tuple[str, Callable[..., Any]]]], ...] = (
        ("spaces", Space, SPACE_COLUMNS),
        ("groups", Group, GROUP_COLUMNS),
        ("people", Person, PERSON_COLUMNS),
        ("tools", Tool, TOOL_COLUMNS),
    )
    with db.read() as session:
        for sheet, model, columns in sheets:
            query = select(model).where(model.deleted.is_(False)).order_by(model.name)
            if model is Tool:
                query = query.where(Tool.hidden.is_(False))
            records: Iterable[Any] = session.scalars(query)
            if model is Person:
                records = (p for p in records if may_print(p))
            if model is Tool:
                records = list(records)
            rows = [[get(r) for _n, get in columns] for r in records]
            if model is Tool:
                # A tool held by a volunteer names them only as consent allows.
                people = referenced_people(session, (t.holder for t in records))
                held = [c[0] for c in columns].index("held by")
                for row, tool in zip(rows, records, strict=True):
                    row[held] = party_name(tool.holder, people)
            tables[sheet] = ([c[0] for c in columns], rows)
    return tables


_SAFE_NUMBER = re.compile(r"^[+-][\d\s().]+$")


def _defuse(value: Any) -> Any:
    """Text that a spreadsheet would run as a formula is kept as text (CSV injection)."""
    if (
        isinstance(value, str)
        and value[:1] in ("=", "@", "+", "-", "\t", "\r")
        and not _SAFE_NUMBER.match(value)
    ):
        return "'" + value
    return value


def export_csv(db: Database, out: Path) -> str:
    """A folder with spaces.csv, groups.csv, people.csv and tools.csv (UTF-8 with BOM, for Excel)."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    counts = []
    for sheet, (headers, rows) in collect(db).items():
        with (out / f"{sheet}.csv").open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(headers)
            writer.writerows([["" if v is None else _defuse(v) for v in row] for row in rows])
        counts.append(f"{len(rows)} {sheet}")
    return f"Wrote {', '.join(counts)} to {out} (people only where they agreed to be listed)"


def export_xlsx(db: Database, out: Path) -> str:
    """One workbook, one sheet per record type."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    book = Workbook(write_only=True)
    counts = []
    bold = Font(bold=True)
    for sheet, (headers, rows) in collect(db).items():
        ws = book.create_sheet(sheet)
        ws.freeze_panes = "A2"
        header = []
        for title in headers:
            cell = WriteOnlyCell(ws, value=title)
            cell.font = bold
            header.append(cell)
        ws.append(header)
        for row in rows:
            cells = []
            for value in row:
                cell = WriteOnlyCell(ws, value=value)
                if isinstance(value, str) and value.startswith("="):
                    cell.data_type = "s"  # text, never a formula
                cells.append(cell)
            ws.append(cells)
        counts.append(f"{len(rows)} {sheet}")
    book.save(str(out))
    return f"Wrote {', '.join(counts)} to {out} (people only where they agreed to be listed)"
