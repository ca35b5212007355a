"""The exchange folder reports each complete bundle file once, and never one still being written."""

from __future__ import annotations

import os

from civicdesk.sync.exchange import ExchangeFolder


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_a_bundle_is_reported_once_it_stops_growing_and_only_once(tmp_path):
    clock = Clock()
    folder = ExchangeFolder(tmp_path, settle_seconds=2.0, clock=clock)
    bundle = tmp_path / "from-the-hall.civicdesk"
    bundle.write_bytes(b"PK\x03\x04 first half")
    assert folder.scan() == [] and folder.waiting  # just appeared: maybe still being copied
    clock.now += 5
    with bundle.open("ab") as handle:  # the copy goes on
        handle.write(b" second half")
    os.utime(bundle, ns=(1, 1))
    assert folder.scan() == []  # it changed since the last look: wait again
    clock.now += 1
    assert folder.scan() == []  # unchanged, but not for long enough yet
    clock.now += 2
    arrivals = folder.scan()
    assert [a.path for a in arrivals] == [bundle]
    folder.mark_seen(arrivals[0].digest)
    clock.now += 10
    assert folder.scan() == []
    (tmp_path / "copy-of-the-same.civicdesk").write_bytes(bundle.read_bytes())
    clock.now += 10
    folder.scan()
    clock.now += 10
    assert folder.scan() == []  # same contents under another name: already seen


def test_other_files_partial_files_and_empty_files_are_left_alone(tmp_path):
    clock = Clock()
    for name, data in (
        ("notes.txt", b"hello"),
        ("bundle.civicdesk.partial", b"PK"),
        (".syncthing.bundle.civicdesk.tmp", b"PK"),
        (".~lock.bundle.civicdesk", b"PK"),
        ("empty.civicdesk", b""),
    ):
        (tmp_path / name).write_bytes(data)
    (tmp_path / "folder.civicdesk").mkdir()
    folder = ExchangeFolder(tmp_path, settle_seconds=1.0, clock=clock)
    for _ in range(3):
        assert folder.scan() == []
        clock.now += 5
    (tmp_path / "Upper.CIVICDESK").write_bytes(b"PK\x03\x04")
    folder.scan()
    clock.now += 5
    assert [a.path.name for a in folder.scan()] == ["Upper.CIVICDESK"]


def test_digests_seen_in_an_earlier_session_are_not_reported_and_a_missing_folder_is_quiet(tmp_path):
    clock = Clock()
    (tmp_path / "old.civicdesk").write_bytes(b"PK\x03\x04 old")
    first = ExchangeFolder(tmp_path, settle_seconds=1.0, clock=clock)
    first.scan()
    clock.now += 5
    digest = first.scan()[0].digest
    again = ExchangeFolder(tmp_path, seen=[digest], settle_seconds=1.0, clock=clock)
    again.scan()
    clock.now += 5
    assert again.scan() == []
    assert ExchangeFolder(tmp_path / "unplugged-stick").scan() == []
