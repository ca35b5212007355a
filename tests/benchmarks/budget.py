"""Judging benchmark figures against their budgets: each figure printed beside its budget, and the
script's exit status non-zero when any is over (`make bench` runs every script, then fails)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Budgets:
    """Collects verdicts; `exit_code()` is 1 when any figure was over its budget."""

    over: list[str] = field(default_factory=list)

    def check(self, what: str, figure: float, most: float, unit: str = "", digits: int = 2) -> bool:
        """Print 'what: figure unit (budget at most B unit): OK' or '… OVER BUDGET'; True if within."""
        within = figure <= most
        verdict = "OK" if within else "OVER BUDGET"
        limit = f"{most:g}" if float(most).is_integer() else f"{most:.{digits}f}"
        print(f"{what}: {figure:.{digits}f}{unit} (budget at most {limit}{unit}): {verdict}")
        if not within:
            self.over.append(what)
        return within

    def exit_code(self) -> int:
        if self.over:
            print(f"over budget: {', '.join(self.over)}")
            return 1
        print("all figures within their budgets")
        return 0
