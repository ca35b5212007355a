"""How healthy a space is: the committee's questions, a check's score and status, and its history.

Score: each of the seven answers is on a 1 (worst) to 5 (best) scale; the score is their mean
mapped onto 0–100, i.e. ``(sum - 7) / 28 * 100``. Status: 70 and over is thriving, 45 to 69 is
stable, under 45 is at risk. Checks are never edited: a new check never changes an old one (a
check just recorded can be taken back by Undo, which marks it deleted), and the space's `status`
follows its most recent check unless the space is closed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from civicdesk.core import validation as v
from civicdesk.core.record_writer import RecordWriter
from civicdesk.core.validation import FieldError
from civicdesk.db.models import HealthCheck, Space
from civicdesk.errors import NotFoundError, ValidationError
from civicdesk.paths import resource_path
from civicdesk.services.records import RecordService

QUESTIONS = ("condition", "trend", "usage", "openness", "valued", "finances", "ownership_risk")
THRIVING_FROM = 70.0
STABLE_FROM = 45.0


@dataclass(frozen=True)
class Scale:
    """One question and the words for its answers, worst (1) first."""

    key: str
    question: str
    labels: tuple[str, str, str, str, str]

    def label(self, value: int) -> str:
        return self.labels[value - 1]


SCALES: tuple[Scale, ...] = (
    Scale("condition", "What condition is the place in?",
          ("crumbling", "poor", "fair", "good", "refreshed")),
    Scale("trend", "Is it growing or shrinking?",
          ("dying", "declining", "steady", "growing", "thriving")),
    Scale("usage", "How often is it used?",
          ("rarely", "a few times a year", "monthly", "weekly", "daily")),
    Scale("openness", "Who can use it?",
          ("members only", "mostly members", "by arrangement", "mostly open", "open to all")),
    Scale("valued", "How do local people feel about it?",
          ("taken for granted", "little noticed", "appreciated", "valued", "loved")),
    Scale("finances", "How does it stand financially?",
          ("unsustainable", "struggling", "breaking even", "healthy", "surplus")),
    Scale("ownership_risk", "How secure is its ownership or lease?",
          ("for sale/closure threatened", "at risk", "uncertain", "stable", "secure")),
)
SCALE_BY_KEY = {scale.key: scale for scale in SCALES}


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


def answers_in_words(answers: dict[str, int]) -> dict[str, str]:
    """Each answer as the words a committee chose, e.g. {"condition": "fair", ...}."""
    return {q: SCALE_BY_KEY[q].label(int(answers[q])) for q in QUESTIONS}


@cache
def compliance_kinds() -> list[dict[str, Any]]:
    """Kinds of compliance item and their default renewal intervals, read from resources."""
    with resource_path("data", "compliance_kinds.json").open(encoding="utf-8") as handle:
        return list(json.load(handle)["kinds"])


@dataclass(frozen=True)
class CheckSummary:
    """One health check as the UI and reports show it."""

    id: str
    space_id: str
    checked_on: str
    answers: dict[str, int]
    score: float
    status: str
    notes: str
    assessor: str

    @property
    def words(self) -> dict[str, str]:
        return answers_in_words(self.answers)

    @classmethod
    def of(cls, check: HealthCheck) -> CheckSummary:
        answers = {q: int(getattr(check, q)) for q in QUESTIONS}
        return cls(check.id, check.space_id, check.checked_on, answers, check.score,
                   status_for(check.score), check.notes, check.assessor)


def _answer(question: str, value: Any) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError) as exc:
        raise FieldError("please choose an answer") from exc
    if not 1 <= number <= 5:
        raise FieldError("please choose one of the five answers")
    return number


def _status_follows(session: Session, writer: RecordWriter, space: Space, check: HealthCheck) -> None:
    """An open space's status follows its newest check: this one, unless another is newer."""
    newer = session.scalar(
        select(HealthCheck.id)
        .where(
            HealthCheck.space_id == space.id,
            HealthCheck.deleted.is_(False),
            HealthCheck.id != check.id,
            HealthCheck.checked_on > check.checked_on,
        )
        .limit(1)
    )
    if space.status != "closed" and newer is None:
        writer.update(space, {"status": status_for(check.score)})


class HealthService(RecordService[HealthCheck]):
    """Adds dated health checks (never edits them) and reads a space's history."""

    model = HealthCheck
    label = "health check"

    def add_check(
        self,
        space_id: str,
        answers: dict[str, Any],
        checked_on: date | str | None = None,
        notes: str = "",
        assessor: str = "",
        today: date | None = None,
    ) -> CheckSummary:
        """Record a check; the space's status follows it if it is the newest and the space is open."""
        today = today or date.today()
        errors: dict[str, str] = {}
        cleaned: dict[str, Any] = {}
        for question in QUESTIONS:
            try:
                cleaned[question] = _answer(question, answers.get(question))
            except FieldError as exc:
                errors[question] = str(exc)
        unknown = set(answers) - set(QUESTIONS)
        errors.update({f: "not a health check question" for f in sorted(unknown)})
        try:
            day = v.iso_date(checked_on) or today.isoformat()
            if day > today.isoformat():
                raise FieldError("a health check cannot be dated in the future")
            cleaned["checked_on"] = day
        except FieldError as exc:
            errors["checked_on"] = str(exc)
        if errors:
            raise ValidationError(errors)
        cleaned["score"] = score(cleaned)
        cleaned["notes"] = str(notes or "").strip()
        cleaned["assessor"] = " ".join(str(assessor or "").split())
        cleaned["space_id"] = space_id
        with self.db.write() as session:
            space = session.get(Space, space_id)
            if space is None or space.deleted:
                raise NotFoundError(f"no space with id {space_id}")
            writer = self.writer(session)
            check = writer.create(HealthCheck, cleaned)
            _status_follows(session, writer, space, check)
            return CheckSummary.of(check)

    def withdraw_check(self, check_id: str, status_before: str) -> None:
        """Take back a check just recorded (Undo): it is marked deleted, and the space gets back
        `status_before` if it still shows the status this check gave it."""
        with self.db.write() as session:
            check = self._load(session, check_id)
            writer = self.writer(session)
            writer.delete(check)
            space = session.get(Space, check.space_id)
            if space is not None and space.status == status_for(check.score) != status_before:
                writer.update(space, {"status": status_before})

    def reinstate_check(self, check_id: str) -> CheckSummary:
        """Put a withdrawn check back (Redo); the space's status follows it again if it is the newest."""
        with self.db.write() as session:
            check = self._load(session, check_id, include_deleted=True)
            space = session.get(Space, check.space_id)
            if space is None or space.deleted:
                raise NotFoundError(f"the space of this {self.label} has been deleted")
            writer = self.writer(session)
            writer.restore(check)
            _status_follows(session, writer, space, check)
            return CheckSummary.of(check)

    def space_history(self, space_id: str) -> list[CheckSummary]:
        """Every check of a space, oldest first (ties in insertion order): the trend chart's points."""
        with self.db.read() as session:
            rows = session.scalars(
                select(HealthCheck)
                .where(HealthCheck.space_id == space_id, HealthCheck.deleted.is_(False))
                .order_by(HealthCheck.checked_on, HealthCheck.id)
            )
            return [CheckSummary.of(r) for r in rows]

    def latest(self, space_id: str) -> CheckSummary | None:
        checks = self.space_history(space_id)
        return checks[-1] if checks else None
