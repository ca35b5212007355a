"""How healthy a space is: the score of a health check and the status it implies.

Score: each of the seven answers is on a 1 (worst) to 5 (best) scale; the score is their mean
mapped onto 0–100, i.e. ``(sum - 7) / 28 * 100``. Status: 70 and over is thriving, 45 to 69 is
stable, under 45 is at risk.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from civicdesk.paths import resource_path

QUESTIONS = ("condition", "trend", "usage", "openness", "valued", "finances", "ownership_risk")
THRIVING_FROM = 70.0
STABLE_FROM = 45.0


def score(answers: dict[str, int]) -> float:
    values = [int(answers[q]) for q in QUESTIONS]
    if any(not 1 <= value <= 5 for value in values):
        raise ValueError("every answer must be between 1 and 5")
    return round((sum(values) - len(values)) / (4 * len(values)) * 100, 1)


def status_for(score_value: float) -> str:
    if score_value >= THRIVING_FROM:
        return "thriving"
    if score_value >= STABLE_FROM:
        return "stable"
    return "at risk"


@cache
def compliance_kinds() -> list[dict[str, Any]]:
    """Kinds of compliance item and their default renewal intervals, read from resources."""
    with resource_path("data", "compliance_kinds.json").open(encoding="utf-8") as handle:
        return list(json.load(handle)["kinds"])
