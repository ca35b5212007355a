"""Assets of Community Value: when a listing ends and what a disposal notice sets in motion.

Under the Localism Act 2011 a listing lasts five years from the listing date and cannot be
extended (the group must nominate again). When the owner gives notice of a disposal, a six-week
interim moratorium starts; if a community group asks to be treated as a bidder in that time, the
full moratorium runs six months from the notice. The protected period (when no new moratorium
can start) is eighteen months from the notice. Warnings start 180 days before a listing ends, so
there is time to prepare a new nomination.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from civicdesk.core.dates import add_months, parse

LISTING_MONTHS = 60
INTERIM_MORATORIUM = timedelta(weeks=6)
FULL_MORATORIUM_MONTHS = 6
PROTECTED_PERIOD_MONTHS = 18
WARN_DAYS = 180


def listing_expires(listed_on: date) -> date:
    return add_months(listed_on, LISTING_MONTHS)


@dataclass(frozen=True)
class AcvStatus:
    """The ACV record of one space read on one day."""

    nominated_on: date | None
    listed_on: date | None
    expires_on: date | None
    disposal_notice_on: date | None
    interim_moratorium_ends: date | None
    full_moratorium_ends: date | None
    protected_period_ends: date | None
    today: date

    @property
    def state(self) -> str:
        """"none", "nominated", "listed", "expiring" (within 180 days) or "expired"."""
        if self.listed_on is None or self.expires_on is None:
            return "nominated" if self.nominated_on else "none"
        if self.today >= self.expires_on:
            return "expired"
        if (self.expires_on - self.today).days <= WARN_DAYS:
            return "expiring"
        return "listed"

    @property
    def days_to_expiry(self) -> int | None:
        return (self.expires_on - self.today).days if self.expires_on else None

    @property
    def moratorium(self) -> str:
        """"interim", "full" or "" — which moratorium (if any) is running today."""
        if self.disposal_notice_on is None or self.today < self.disposal_notice_on:
            return ""
        if self.interim_moratorium_ends and self.today < self.interim_moratorium_ends:
            return "interim"
        if self.full_moratorium_ends and self.today < self.full_moratorium_ends:
            return "full"
        return ""

    def warnings(self) -> list[str]:
        """Sentences a committee should read, most urgent first."""
        found = []
        if self.state == "expired" and self.expires_on:
            found.append(f"The listing ended on {self.expires_on:%d %B %Y}; nominate the asset again.")
        elif self.state == "expiring" and self.expires_on:
            found.append(
                f"The listing ends on {self.expires_on:%d %B %Y} ({self.days_to_expiry} days) and "
                "cannot be extended: prepare a new nomination."
            )
        if self.moratorium == "interim" and self.interim_moratorium_ends:
            found.append(
                "Disposal notice given: the interim moratorium ends on "
                f"{self.interim_moratorium_ends:%d %B %Y}. Ask to be treated as a bidder before then."
            )
        elif self.moratorium == "full" and self.full_moratorium_ends:
            ends = self.full_moratorium_ends
            found.append(f"Full moratorium: the owner cannot sell before {ends:%d %B %Y}.")
        return found

    def summary(self) -> str:
        """One line for tables and reports."""
        if self.state == "none":
            return "Not listed"
        if self.state == "nominated" and self.nominated_on:
            return f"Nominated on {self.nominated_on:%d %b %Y}, not yet listed"
        assert self.listed_on and self.expires_on
        text = f"Listed {self.listed_on:%d %b %Y}, "
        text += "listing ended" if self.state == "expired" else "listing ends"
        text += f" {self.expires_on:%d %b %Y}"
        if self.disposal_notice_on:
            text += f"; disposal notice {self.disposal_notice_on:%d %b %Y}"
            if self.moratorium:
                text += f" ({self.moratorium} moratorium running)"
        return text

    def as_json(self) -> dict[str, Any]:
        def iso(day: date | None) -> str | None:
            return day.isoformat() if day else None

        return {
            "state": self.state,
            "nominated_on": iso(self.nominated_on),
            "listed_on": iso(self.listed_on),
            "expires_on": iso(self.expires_on),
            "days_to_expiry": self.days_to_expiry,
            "disposal_notice_on": iso(self.disposal_notice_on),
            "interim_moratorium_ends": iso(self.interim_moratorium_ends),
            "full_moratorium_ends": iso(self.full_moratorium_ends),
            "protected_period_ends": iso(self.protected_period_ends),
            "moratorium": self.moratorium,
        }


def acv_status(acv: dict[str, Any] | None, today: date) -> AcvStatus:
    """Read a space's `acv` value ({nominated_on, listed_on, disposal_notice_on}) on `today`."""
    acv = acv or {}
    listed, notice = parse(acv.get("listed_on")), parse(acv.get("disposal_notice_on"))
    return AcvStatus(
        nominated_on=parse(acv.get("nominated_on")),
        listed_on=listed,
        expires_on=listing_expires(listed) if listed else None,
        disposal_notice_on=notice,
        interim_moratorium_ends=notice + INTERIM_MORATORIUM if notice else None,
        full_moratorium_ends=add_months(notice, FULL_MORATORIUM_MONTHS) if notice else None,
        protected_period_ends=add_months(notice, PROTECTED_PERIOD_MONTHS) if notice else None,
        today=today,
    )
