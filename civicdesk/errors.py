"""Errors a user can cause, each with a message a volunteer understands."""

from __future__ import annotations


class CivicDeskError(Exception):
    """Base of every error we show to a person instead of a traceback."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ValidationError(CivicDeskError):
    """One or more fields hold values we cannot accept; `errors` maps field -> message."""

    def __init__(self, errors: dict[str, str]) -> None:
        self.errors = dict(errors)
        text = "; ".join(f"{field.replace('_', ' ')}: {msg}" for field, msg in self.errors.items())
        super().__init__(text or "invalid value")


class NotFoundError(CivicDeskError):
    """A record the user named does not exist (or was deleted)."""


class DatabaseError(CivicDeskError):
    """The database file cannot be used: newer schema, corrupt, not a CivicDesk file."""


class NewerDatabaseError(DatabaseError):
    """The database was written by a newer CivicDesk and must not be touched."""
