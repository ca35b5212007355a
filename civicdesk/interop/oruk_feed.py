"""The rows of an Open Referral feed as read, before they become records (shared by reader and mapper)."""

from __future__ import annotations

from typing import Any

from civicdesk.interop.results import Problem


class Feed:
    """Rows of every table in a feed, each remembering the file and row it came from."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.tables: dict[str, dict[str, dict[str, Any]]] = {}
        self.where: dict[tuple[str, str], tuple[str, int]] = {}
        self.warnings: list[Problem] = []

    def add(self, kind: str, row: dict[str, Any], file: str, number: int) -> None:
        row_id = str(row.get("id") or f"{file}#{number}")
        table = self.tables.setdefault(kind, {})
        table[row_id] = {**table.get(row_id, {}), **{k: v for k, v in row.items() if v not in (None, "")}}
        self.where.setdefault((kind, row_id), (file, number))

    def warn(self, kind: str, row_id: str, column: str, message: str) -> None:
        file, number = self.where.get((kind, row_id), (self.source, 0))
        self.warnings.append(Problem(number, f"{file} {column}".strip(), message))

    def rows(self, kind: str) -> list[tuple[str, dict[str, Any]]]:
        return list(self.tables.get(kind, {}).items())
