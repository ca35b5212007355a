"""Hostile and broken bundles are refused with one clear line and the database untouched."""

from __future__ import annotations

import io
import json
import os
import struct
import zipfile
from collections.abc import Callable
from typing import Any

import pytest

from civicdesk.db.ids import new_id
from civicdesk.sync import bundle_format as fmt
from civicdesk.sync import limits
from civicdesk.sync.limits import BundleError
from civicdesk.sync.receive import BundleImporter
from tests.unit.sync_helpers import (
    canonical,
    forged,
    make_site,
    ndjson,
    raw_zip,
    snapshot,
    space_row,
    stamp,
)

SPACES = "rows/spaces.ndjson"


def info(name: str, *, symlink: bool = False) -> zipfile.ZipInfo:
    entry = zipfile.ZipInfo(name, date_time=fmt.ZIP_TIME)
    entry.external_attr = (0o120777 if symlink else 0o100644) << 16
    return entry


def prefix() -> list[tuple[zipfile.ZipInfo | str, bytes]]:
    good = forged({SPACES: ndjson([space_row()])})
    archive = zipfile.ZipFile(io.BytesIO(good))
    return [(i, archive.read(i)) for i in archive.infolist() if i.filename != SPACES]


def line(text: bytes) -> dict[str, bytes]:
    return {SPACES: text + b"\n"}


def lying_size() -> bytes:
    data = forged({SPACES: ndjson([space_row("A" * 50)])})
    # Patch the central directory's uncompressed size of the last member to a smaller number.
    at = data.rfind(b"PK\x01\x02")
    patched = bytearray(data)
    struct.pack_into("<I", patched, at + 24, 10)
    return bytes(patched)


def tampered() -> bytes:
    good = forged({SPACES: ndjson([space_row("Honest Hall")])})
    archive = zipfile.ZipFile(io.BytesIO(good))
    entries = [(i, archive.read(i)) for i in archive.infolist()]
    return raw_zip([(i, d.replace(b"Honest", b"Forged")) for i, d in entries])


def bad_signature() -> bytes:
    good = forged({SPACES: ndjson([space_row()])})
    archive = zipfile.ZipFile(io.BytesIO(good))
    entries = [(i, archive.read(i)) for i in archive.infolist()]
    return raw_zip([(i, d.replace(b'"Forgers"', b'"Friends"')) for i, d in entries])


def dangling_role() -> bytes:
    role = {
        "id": new_id(),
        "created_at": "2026-01-01T00:00:00Z",
        "clock": stamp(),
        "field_clocks": {},
        "extra": {},
        "person_id": new_id(),
        "group_id": new_id(),
        "role": "chair",
        "deleted": False,
    }
    return forged({"rows/roles.ndjson": ndjson([role])})


def unsorted() -> bytes:
    rows = [space_row("B"), space_row("A")]
    rows.sort(key=lambda r: r["id"], reverse=True)
    return forged({SPACES: b"".join(json.dumps(r).encode() + b"\n" for r in rows)})


def duplicate_members() -> bytes:
    entries = prefix() + [(info(SPACES), ndjson([space_row()])), (info(SPACES), ndjson([space_row()]))]
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return raw_zip(entries)


def deep(write: Callable[[Any], bytes]) -> bytes:
    nested: object = "x"
    for _ in range(limits.MAX_DEPTH + 5):
        nested = {"a": nested}
    return forged(line(write(space_row(address=nested))))


def unsorted_canonical() -> bytes:
    rows = sorted([space_row("B"), space_row("A")], key=lambda r: r["id"], reverse=True)
    return forged({SPACES: b"".join(canonical(r) + b"\n" for r in rows)})


def repeated_key() -> bytes:
    """A canonical line but for one key given twice: a reader keeping the last would be fooled."""
    text = canonical(space_row(capacity=20))
    return forged(line(text.replace(b'"capacity":20', b'"capacity":20,"capacity":20000')))


def spaced(row: Any) -> bytes:
    return json.dumps(row).encode()  # another writer's spacing: read by the strict parser


ATTACKS = {
    "path traversal": (lambda: raw_zip([*prefix(), (info("../evil.ndjson"), b"x")]), "outside the bundle"),
    "absolute path": (lambda: raw_zip([*prefix(), (info("/etc/cron.d/x"), b"x")]), "outside the bundle"),
    "symbolic link": (
        lambda: raw_zip([*prefix(), (info(SPACES, symlink=True), b"/etc/passwd")]),
        "symbolic link",
    ),
    "duplicate member": (duplicate_members, "two members called"),
    "member not allowed": (lambda: raw_zip([*prefix(), (info("run.sh"), b"rm -rf /")]), "unexpected member"),
    "compression bomb": (lambda: forged({"files/" + "0" * 64: b"\0" * (3 << 20)}), "compression bomb"),
    "member over the size limit": (
        lambda: forged({"files/" + "1" * 64: os.urandom(600_000)}),
        "too large",
    ),
    "size that lies": (lying_size, "damaged"),
    "overlong line": (
        lambda: forged(line(json.dumps(space_row(description=os.urandom(600_000).hex())).encode())),
        "longer than",
    ),
    "deep nesting": (lambda: deep(spaced), "nested more than"),
    "deep nesting, written canonically": (lambda: deep(canonical), "nested more than"),
    "nesting deep enough to overflow a parser": (
        lambda: forged(line(b'{"id": ' + b"[" * 100_000 + b"]" * 100_000 + b"}")),
        "nested more than",
    ),
    "duplicate key": (lambda: forged(line(b'{"id": "a", "id": "b"}')), "appears twice"),
    "duplicate key in a canonical row": (repeated_key, "appears twice"),
    "NaN": (lambda: forged(line(json.dumps(space_row(capacity=float("nan"))).encode())), "NaN"),
    "invalid UTF-8": (lambda: forged(line(b'{"name": "\xff\xfe"}')), "not valid UTF-8"),
    "row failing validation": (lambda: forged(line(spaced(space_row(capacity="lots")))), "capacity"),
    "row failing validation, written canonically": (
        lambda: forged(line(canonical(space_row(capacity="lots")))),
        "capacity",
    ),
    "text over its length, written canonically": (
        lambda: forged(line(canonical(space_row(name="N" * 5000)))),
        "name must be text of at most",
    ),
    "whole number too large, written canonically": (
        lambda: forged(line(canonical(space_row(capacity=2**60)))),
        "capacity must be a whole number",
    ),
    "wrong type of row": (lambda: forged(line(b"[1, 2, 3]")), "must be a JSON object"),
    "a list where a clock belongs": (
        lambda: forged(line(spaced(space_row(clock=["x"])))),
        "clock is not a clock stamp",
    ),
    "a clock with a line break after it, written canonically": (
        lambda: forged(line(canonical(space_row(clock=stamp() + "\n")))),
        "clock is not a clock stamp",
    ),
    "a field name with a line break after it, written canonically": (
        lambda: forged(line(canonical(space_row(**{"solar_panels\n": True})))),
        "is not a field name",
    ),
    "an object where a field clock belongs": (
        lambda: forged(line(spaced(space_row(field_clocks={"name": {"a": 1}})))),
        "field_clocks must map",
    ),
    "a field clock for a field the row does not have, written canonically": (
        lambda: forged(line(canonical(space_row(field_clocks={"colour": stamp()})))),
        "which the row does not have",
    ),
    "newer schema": (
        lambda: forged({SPACES: ndjson([space_row()])}, min_reader_schema="9999"),
        "newer CivicDesk",
    ),
    "newer format": (lambda: forged({SPACES: ndjson([space_row()])}, format_version=99), "newer than this"),
    "clock a day ahead": (
        lambda: forged({SPACES: ndjson([space_row(clock=stamp(25 * 3600 * 1000))])}),
        "24 hours in the future",
    ),
    "rows out of order": (unsorted, "not sorted"),
    "rows out of order, written canonically": (unsorted_canonical, "not sorted"),
    "tampered member": (tampered, "changed after signing"),
    "bad signature": (bad_signature, "signature does not match"),
    "member missing from manifest": (
        lambda: raw_zip([*prefix(), (info("rows/groups.ndjson"), b"")]),
        "not listed in its signed manifest",
    ),
    "dangling reference": (dangling_role, "neither in the bundle nor in this database"),
    "not a bundle": (lambda: b"Dear committee, please find attached", "not a CivicDesk bundle"),
    "empty file": (lambda: b"", "empty or incomplete"),
    "truncated": (lambda: forged({SPACES: ndjson([space_row()])})[:-40], "damaged or incomplete"),
    "zip without mimetype": (lambda: raw_zip([(info("manifest.json"), b"{}")]), "not a CivicDesk bundle"),
    "another format": (
        lambda: forged({SPACES: ndjson([space_row()])}, format="something-else"),
        "does not describe a CivicDesk bundle",
    ),
}


@pytest.fixture
def site(tmp_path):
    return make_site(tmp_path / "victim.sqlite3", "Victims")


@pytest.mark.parametrize("attack", sorted(ATTACKS))
def test_hostile_bundle_is_refused_and_the_database_is_byte_identical(site, monkeypatch, attack):
    if attack == "member over the size limit":
        monkeypatch.setattr(limits, "MAX_MEMBER_BYTES", 500_000)
    build, message = ATTACKS[attack]
    data = build()
    before = snapshot(site)
    importer = BundleImporter(site)
    with pytest.raises(BundleError) as caught:
        importer.apply(data)
    text = str(caught.value)
    assert message in text and "\n" not in text and len(text) < 400
    with pytest.raises(BundleError):
        importer.preview(data)
    assert snapshot(site) == before
