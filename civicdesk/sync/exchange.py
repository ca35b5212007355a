"""An exchange folder (USB stick, Syncthing, Nextcloud): which bundle files in it are new and complete.

The folder is only a way to carry files; nothing here imports anything. A scan reports each
bundle file once it has stopped changing (a sync tool or a slow USB stick may still be writing
it) and only if its contents were never reported before, whatever the file is called.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

BUNDLE_SUFFIX = ".civicdesk"
# Names sync tools and editors give files they are still writing or locking.
_TEMPORARY_PREFIXES = (".", "~")


@dataclass(frozen=True)
class Arrival:
    path: Path
    digest: str  # SHA-256 of the file's bytes


def file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with Path(path).open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def is_bundle_name(name: str) -> bool:
    return name.lower().endswith(BUNDLE_SUFFIX) and not name.startswith(_TEMPORARY_PREFIXES)


class ExchangeFolder:
    """Watches one folder's bundle files between scans; remembers the digests already handled."""

    def __init__(
        self,
        folder: Path,
        seen: Iterable[str] = (),
        settle_seconds: float = 2.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.folder = Path(folder)
        self.seen = set(seen)
        self.settle_seconds = settle_seconds
        self.clock = clock
        self._changing: dict[str, tuple[int, int, float]] = {}  # name -> (size, mtime_ns, since)
        self._settled: dict[str, tuple[int, int]] = {}  # name -> (size, mtime_ns) already hashed

    def scan(self) -> list[Arrival]:
        """Bundle files that are complete (unchanged for `settle_seconds`) and not seen before."""
        now = self.clock()
        arrivals: list[Arrival] = []
        present: set[str] = set()
        try:
            entries = sorted(self.folder.iterdir())
        except OSError:  # unplugged, not mounted yet, or no permission: try again next time
            return []
        for path in entries:
            name = path.name
            if not is_bundle_name(name):
                continue
            try:
                if path.is_symlink() or not path.is_file():
                    continue
                info = path.stat()
            except OSError:
                continue
            present.add(name)
            signature = (info.st_size, info.st_mtime_ns)
            if self._settled.get(name) == signature:
                continue
            changing = self._changing.get(name)
            if changing is None or changing[:2] != signature:
                self._changing[name] = (*signature, now)  # new or still growing: look again later
                continue
            if info.st_size == 0 or now - changing[2] < self.settle_seconds:
                continue
            try:
                digest = file_digest(path)
            except OSError:
                continue
            del self._changing[name]
            self._settled[name] = signature
            if digest not in self.seen:
                arrivals.append(Arrival(path, digest))
        for gone in set(self._changing) - present:
            del self._changing[gone]
        for gone in set(self._settled) - present:
            del self._settled[gone]
        return arrivals

    @property
    def waiting(self) -> bool:
        """Are files still being written (worth another scan soon)?"""
        return bool(self._changing)

    def mark_seen(self, digest: str) -> None:
        self.seen.add(digest)
