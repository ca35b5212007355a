"""Repeated import problems said once: one line per kind of problem, with its count and first rows.

"1,454 rows have no category" is read; 1,454 copies of the same sentence are not. Problems are of
one kind when they concern the same column and say the same thing apart from the quoted value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Protocol

FIRST_ROWS = 8
_QUOTED = re.compile(r"“[^”]*”")


class _Problem(Protocol):
    row: int
    column: str
    message: str
    source: str
    hint: str

    def line(self) -> str: ...


@dataclass
class ProblemGroup:
    """Problems of one kind: the same column, the same words around a different value."""

    column: str
    message: str  # with the value left out when the values differ
    hint: str
    source: str
    rows: list[int] = field(default_factory=list)
    values: list[str] = field(default_factory=list)
    first_line: str = ""

    @property
    def count(self) -> int:
        return len(self.rows)

    def line(self) -> str:
        if self.count == 1:
            return self.first_line
        rows = sorted(set(self.rows))
        shown = ", ".join(str(r) for r in rows[:FIRST_ROWS]) + (", …" if len(rows) > FIRST_ROWS else "")
        where = f", {self.column}" if self.column else ""
        examples = list(dict.fromkeys(self.values))
        text = f"{len(rows):,} rows{where}: {self.message}: rows {shown}"
        if examples and "“…”" in self.message:
            text += " (values such as " + ", ".join(examples[:3]) + (", …" if len(examples) > 3 else "") + ")"
        text += f"; {self.hint}" if self.hint else ""
        return f"{self.source}: {text}" if self.source else text

    def as_json(self) -> dict[str, Any]:
        return {
            "column": self.column,
            "message": self.message,
            "count": self.count,
            "rows": sorted(set(self.rows)),
            "line": self.line(),
        }


def group_problems(problems: list[Any]) -> list[ProblemGroup]:
    """One group per kind of problem, in the order each kind first appears."""
    groups: dict[tuple[str, str, str], ProblemGroup] = {}
    for problem in problems:
        template = _QUOTED.sub("“…”", problem.message)
        hint = getattr(problem, "hint", "")
        key = (problem.column, template, hint)
        group = groups.get(key)
        if group is None:
            group = groups[key] = ProblemGroup(
                problem.column, template, hint, problem.source, first_line=problem.line()
            )
        group.rows.append(problem.row)
        found = _QUOTED.search(problem.message)
        if found:
            group.values.append(found.group(0))
    for group in groups.values():
        if len(set(group.values)) == 1 and group.values:
            group.message = group.message.replace("“…”", group.values[0], 1)
    return list(groups.values())
