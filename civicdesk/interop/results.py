"""What an import tells the person: problems by row and column, duplicates, counts, the summary line."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from civicdesk.interop.problem_groups import group_problems


@dataclass
class Problem:
    row: int
    column: str
    message: str
    source: str = ""
    hint: str = ""  # what to do about it, said once when the problem repeats

    def line(self) -> str:
        where = ", ".join(p for p in (f"row {self.row}" if self.row else "", self.column) if p)
        message = f"{self.message}; {self.hint}" if self.hint else self.message
        return f"{self.source}: {where}: {message}" if where else f"{self.source}: {message}"

    def as_json(self) -> dict[str, Any]:
        message = f"{self.message}; {self.hint}" if self.hint else self.message
        return {"row": self.row, "column": self.column, "message": message}


@dataclass
class Duplicate:
    row: int
    name: str
    record_id: str
    record_name: str
    score: int
    action: str
    address: str = ""  # the row's address, to show next to the record's
    record_address: str = ""
    record_row: int = 0  # the earlier row of this file it resembles (0: a record already here)
    reason: str = ""
    new_id: str = ""  # the record made from the row (possible duplicates)

    def as_json(self) -> dict[str, Any]:
        return {
            "row": self.row,
            "name": self.name,
            "address": self.address,
            "id": self.new_id,
            "other_row": self.record_row,
            "other_id": self.record_id or None,
            "other_name": self.record_name,
            "other_address": self.record_address,
            "reason": self.reason,
            "score": self.score,
        }


@dataclass
class ImportResult:
    source: str
    record_type: str
    dry_run: bool
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    failed: int = 0
    duplicates_in_file: int = 0
    committed: bool = False
    ready: int = 0  # rows that passed every check (written unless other rows failed)
    failures: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)
    possible_duplicates: list[Duplicate] = field(default_factory=list)
    attribution: str = ""
    counts_by_type: dict[str, dict[str, int]] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        data = {
            "source": self.source,
            "record_type": self.record_type,
            "dry_run": self.dry_run,
            "committed": self.committed,
            "created": self.created,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "skipped": self.skipped,
            "failed": self.failed,
            "duplicates_in_file": self.duplicates_in_file,
            "ready": self.ready,
            "failures": [p.as_json() for p in self.failures],
            "warnings": [p.as_json() for p in self.warnings],
            "failures_grouped": [g.as_json() for g in group_problems(self.failures)],
            "warnings_grouped": [g.as_json() for g in group_problems(self.warnings)],
            "possible_duplicates": [d.as_json() for d in self.possible_duplicates],
            "attribution": self.attribution,
        }
        if self.counts_by_type:
            data["by_type"] = self.counts_by_type
        return data

    def summary(self) -> str:
        counts = (
            f"{self.created:,} new, {self.updated:,} updated, {self.unchanged:,} unchanged, "
            f"{self.skipped:,} skipped, {self.failed:,} failed"
        )
        if self.committed:
            text = f"Imported from {self.source}: {counts}"
        elif self.dry_run:
            text = f"Would import from {self.source}: {counts}"
        else:
            rows = "row has" if self.failed == 1 else "rows have"
            text = (
                f"Nothing was imported from {self.source}: {self.failed:,} {rows} problems "
                f"({self.ready:,} other rows are ready)"
            )
        if self.duplicates_in_file:
            text += f", {self.duplicates_in_file:,} repeated rows merged"
        if self.possible_duplicates:
            text += f", {len(self.possible_duplicates):,} possible duplicates kept apart"
        return text + "."

    def problem_lines(self) -> tuple[list[str], list[str]]:
        """(warning lines, failure lines), one line per kind of problem."""
        return (
            [g.line() for g in group_problems(self.warnings)],
            [g.line() for g in group_problems(self.failures)],
        )
