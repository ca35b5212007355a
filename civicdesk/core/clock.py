"""Hybrid Logical Clock: stamps that order writes across sites even when wall clocks disagree.

A stamp is `(wall_ms, counter, site)`. It is written as a fixed-width string so that comparing
two strings compares the stamps: ``"001764201234567.00003.<site id>"``.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

WALL_DIGITS = 15
COUNTER_DIGITS = 5
MAX_COUNTER = 10**COUNTER_DIGITS - 1


def wall_clock_ms() -> int:
    return time.time_ns() // 1_000_000


@dataclass(frozen=True, order=True)
class Stamp:
    wall_ms: int
    counter: int
    site: str

    def encode(self) -> str:
        return f"{self.wall_ms:0{WALL_DIGITS}d}.{self.counter:0{COUNTER_DIGITS}d}.{self.site}"

    @classmethod
    def decode(cls, text: str) -> Stamp:
        try:
            wall, counter, site = text.split(".", 2)
            return cls(int(wall), int(counter), site)
        except ValueError as exc:
            raise ValueError(f"not a clock stamp: {text!r}") from exc

    def __str__(self) -> str:
        return self.encode()


ZERO = Stamp(0, 0, "")


class HybridClock:
    """Issues strictly increasing stamps for one site.

    `now` is injectable so tests can move the wall clock backwards; `last` lets the caller
    resume from the highest stamp already stored, so restarts never reuse a stamp.
    """

    def __init__(self, site: str, last: Stamp | None = None, now: Callable[[], int] = wall_clock_ms) -> None:
        self.site = site
        self._now = now
        self._last = last or ZERO

    @property
    def last(self) -> Stamp:
        return self._last

    def tick(self) -> Stamp:
        wall = self._now()
        if wall > self._last.wall_ms:
            stamp = Stamp(wall, 0, self.site)
        else:
            stamp = self._bump(self._last.wall_ms, self._last.counter)
        self._last = stamp
        return stamp

    def observe(self, remote: Stamp) -> Stamp:
        """Advance past a stamp received from another site (on import)."""
        wall = self._now()
        top = max(wall, self._last.wall_ms, remote.wall_ms)
        if top == self._last.wall_ms == remote.wall_ms:
            stamp = self._bump(top, max(self._last.counter, remote.counter))
        elif top == self._last.wall_ms:
            stamp = self._bump(top, self._last.counter)
        elif top == remote.wall_ms:
            stamp = self._bump(top, remote.counter)
        else:
            stamp = Stamp(top, 0, self.site)
        self._last = stamp
        return stamp

    def _bump(self, wall: int, counter: int) -> Stamp:
        if counter >= MAX_COUNTER:
            # Counter exhausted within one millisecond: borrow the next millisecond.
            return Stamp(wall + 1, 0, self.site)
        return Stamp(wall, counter + 1, self.site)


def stamp_site(stamp: str) -> str:
    """The site of a stamp in its text form ("wall.counter.site")."""
    return stamp.split(".", 2)[2]
