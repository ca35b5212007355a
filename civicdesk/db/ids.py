"""Record ids: UUIDv7 text, time-ordered so new rows append to the index."""

from __future__ import annotations

import random

import uuid6


def new_id() -> str:
    return str(uuid6.uuid7())


def seeded_id(rng: random.Random, unix_ms: int) -> str:
    """A UUIDv7-shaped id from a seeded generator, so example data is identical run to run."""
    rand_a = rng.getrandbits(12)
    rand_b = rng.getrandbits(62)
    value = (unix_ms & ((1 << 48) - 1)) << 80 | 0x7 << 76 | rand_a << 64 | 0b10 << 62 | rand_b
    hex_ = f"{value:032x}"
    return f"{hex_[:8]}-{hex_[8:12]}-{hex_[12:16]}-{hex_[16:20]}-{hex_[20:]}"
