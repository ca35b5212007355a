"""The bundle file: a signed ZIP with an exact list of members, optionally age-encrypted.

Writing is deterministic (fixed timestamps and permissions, sorted members, one compression
level) so the same state gives the same bytes. Reading never touches the disk and checks every
limit in `limits` before it believes a member; see docs/FORMAT.md for the layout.
"""

from __future__ import annotations

import base64
import hashlib
import io
import re
import stat
import zipfile
import zlib
from dataclasses import dataclass
from typing import Any

import pyrage
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from civicdesk.sync import limits
from civicdesk.sync.limits import BundleError, canonical_json, strict_json

MIMETYPE = b"application/vnd.civicdesk.bundle"
FORMAT = "civicdesk-bundle"
FORMAT_VERSION = 1
AGE_MAGIC = b"age-encryption.org/v1\n"
ZIP_MAGIC = b"PK\x03\x04"
ZIP_TIME = (1980, 1, 1, 0, 0, 0)
COMPRESS_LEVEL = 6
_ROWS = re.compile(r"^rows/([a-z][a-z0-9_]{0,59})\.ndjson$")
_FILES = re.compile(r"^files/[0-9a-f]{64}$")
FIXED_MEMBERS = ("mimetype", "manifest.json", "manifest.sig")


def schema_number(revision: str) -> int:
    """Alembic revisions are named "0003_feature": the leading number orders them."""
    match = re.match(r"^(\d+)", str(revision))
    if not match:
        raise BundleError(f"the bundle names an unknown schema version {str(revision)[:40]!r}")
    return int(match.group(1))


def member_allowed(name: str) -> bool:
    return name in FIXED_MEMBERS or bool(_ROWS.match(name) or _FILES.match(name))


def table_of(name: str) -> str | None:
    match = _ROWS.match(name)
    return match.group(1) if match else None


# -- writing ------------------------------------------------------------------------------------
def _info(name: str, stored: bool) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
    info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    info.create_system = 3  # Unix, on every platform, so the bytes do not depend on the OS
    info.external_attr = (stat.S_IFREG | 0o644) << 16
    return info


def write_bundle(manifest: dict[str, Any], members: dict[str, bytes], private_key: bytes) -> bytes:
    """The signed ZIP bytes. `manifest` gets each member's size and SHA-256 filled in here."""
    listed = {
        name: {"bytes": len(data), "sha256": hashlib.sha256(data).hexdigest()}
        for name, data in sorted(members.items())
    }
    for name, entry in listed.items():
        entry.update(manifest.get("members", {}).get(name, {}))
    manifest = {**manifest, "members": listed}
    manifest_bytes = canonical_json(manifest)
    signature = Ed25519PrivateKey.from_private_bytes(private_key).sign(manifest_bytes)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr(_info("mimetype", stored=True), MIMETYPE)
        archive.writestr(_info("manifest.json", False), manifest_bytes, compresslevel=COMPRESS_LEVEL)
        archive.writestr(_info("manifest.sig", stored=True), signature)
        for name in sorted(members):
            archive.writestr(_info(name, False), members[name], compresslevel=COMPRESS_LEVEL)
    return out.getvalue()


def encrypt(data: bytes, passphrase: str) -> bytes:
    """age format with a scrypt passphrase: `age -d` opens it too."""
    if not passphrase:
        raise BundleError("the passphrase is empty")
    return bytes(pyrage.passphrase.encrypt(data, passphrase))


# -- reading ------------------------------------------------------------------------------------
@dataclass
class OpenedBundle:
    manifest: dict[str, Any]
    manifest_bytes: bytes
    members: dict[str, bytes]  # rows/ and files/ members, hashes already verified
    public_key: bytes
    encrypted: bool


def is_encrypted(data: bytes) -> bool:
    return data.startswith(AGE_MAGIC)


def decrypt(data: bytes, passphrase: str | None) -> bytes:
    if passphrase is None:
        raise BundleError("this bundle is encrypted: give its passphrase (--passphrase-file FILE)")
    try:
        return bytes(pyrage.passphrase.decrypt(data, passphrase))
    except pyrage.DecryptError as exc:
        if "Decryption failed" in str(exc) or "passphrase" in str(exc).lower():
            raise BundleError("the passphrase is wrong, so the bundle cannot be opened") from exc
        raise BundleError(f"the bundle is damaged or incomplete and cannot be decrypted ({exc})") from exc


def _check_entry(info: zipfile.ZipInfo, seen: set[str]) -> None:
    name = info.filename
    shown = name[:80]
    if name in seen:
        raise BundleError(f"the bundle has two members called {shown!r}")
    seen.add(name)
    parts = name.replace("\\", "/").split("/")
    if name.startswith(("/", "\\")) or ".." in parts or re.match(r"^[A-Za-z]:", name):
        raise BundleError(f"the bundle has a member with a path outside the bundle ({shown!r})")
    if stat.S_ISLNK(info.external_attr >> 16):
        raise BundleError(f"the bundle member {shown!r} is a symbolic link, which bundles never contain")
    if len(name) > limits.MAX_NAME_LENGTH or not member_allowed(name):
        raise BundleError(f"the bundle has an unexpected member {shown!r}")
    if info.flag_bits & 0x1:
        raise BundleError(f"the bundle member {shown!r} uses ZIP encryption, which bundles never use")
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        raise BundleError(f"the bundle member {shown!r} uses an unsupported compression")
    cap = limits.MAX_MANIFEST_BYTES if name in FIXED_MEMBERS else limits.MAX_MEMBER_BYTES
    if info.file_size > cap:
        raise BundleError(f"the bundle member {shown!r} is too large ({info.file_size:,} bytes)")
    if info.file_size > limits.RATIO_FLOOR_BYTES and info.file_size > limits.MAX_RATIO * max(
        info.compress_size, 1
    ):
        raise BundleError(f"the bundle member {shown!r} expands suspiciously (a compression bomb?)")


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    try:
        with archive.open(info) as handle:
            data = handle.read(info.file_size + 1)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError) as exc:
        raise BundleError(f"the bundle member {info.filename!r} is damaged ({exc})") from exc
    if len(data) != info.file_size:
        raise BundleError(f"the bundle member {info.filename!r} is not the size it claims")
    return data


def open_bundle(data: bytes, passphrase: str | None = None) -> OpenedBundle:
    """Decrypt, unpack and verify a bundle held in memory; raises BundleError on any doubt."""
    if len(data) > limits.MAX_FILE_BYTES:
        raise BundleError(f"the file is too large to be a bundle ({len(data):,} bytes)")
    encrypted = is_encrypted(data)
    if encrypted:
        data = decrypt(data, passphrase)
    if not data.startswith(ZIP_MAGIC):
        if len(data) < 4:
            raise BundleError("the file is empty or incomplete, not a CivicDesk bundle")
        raise BundleError("the file is not a CivicDesk bundle")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, OSError) as exc:
        raise BundleError(f"the bundle is damaged or incomplete (cut short in transfer?): {exc}") from exc
    if len(infos) > limits.MAX_MEMBERS:
        raise BundleError(f"the bundle has too many members ({len(infos):,})")
    seen: set[str] = set()
    total = 0
    for info in infos:
        _check_entry(info, seen)
        total += info.file_size
    if total > limits.MAX_TOTAL_BYTES:
        raise BundleError(f"the bundle would unpack to more than {limits.MAX_TOTAL_BYTES:,} bytes")
    if not infos or infos[0].filename != "mimetype" or infos[0].compress_type != zipfile.ZIP_STORED:
        raise BundleError("the file is a ZIP but not a CivicDesk bundle (no mimetype first)")
    for required in FIXED_MEMBERS:
        if required not in seen:
            raise BundleError(f"the bundle has no {required}; it is incomplete or not a CivicDesk bundle")
    by_name = {info.filename: info for info in infos}
    if _read_member(archive, by_name["mimetype"]) != MIMETYPE:
        raise BundleError("the file is a ZIP but not a CivicDesk bundle (wrong mimetype)")
    manifest_bytes = _read_member(archive, by_name["manifest.json"])
    signature = _read_member(archive, by_name["manifest.sig"])
    manifest = strict_json(manifest_bytes, "manifest.json")
    public_key = check_manifest(manifest)
    if len(signature) != limits.SIGNATURE_BYTES:
        raise BundleError("the bundle's signature is malformed")
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, manifest_bytes)
    except (InvalidSignature, ValueError) as exc:
        raise BundleError("the bundle's signature does not match: it was changed after it was made") from exc
    listed: dict[str, Any] = manifest["members"]
    members: dict[str, bytes] = {}
    for name, info in by_name.items():
        if name in FIXED_MEMBERS:
            continue
        entry = listed.get(name)
        if not isinstance(entry, dict):
            raise BundleError(f"the bundle member {name!r} is not listed in its signed manifest")
        content = _read_member(archive, info)
        if hashlib.sha256(content).hexdigest() != entry.get("sha256"):
            raise BundleError(f"the bundle member {name!r} was changed after signing (its checksum differs)")
        members[name] = content
    missing = sorted(set(listed) - set(members))
    if missing:
        raise BundleError(f"the bundle is missing {missing[0]!r}, which its manifest lists")
    return OpenedBundle(manifest, manifest_bytes, members, public_key, encrypted)


def check_manifest(manifest: Any) -> bytes:
    """Refuse manifests we cannot read; returns the signer's public key."""
    from civicdesk.db.migrate import head_revision

    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BundleError("manifest.json does not describe a CivicDesk bundle")
    version = manifest.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise BundleError("manifest.json has no format version")
    if version > FORMAT_VERSION:
        raise BundleError(
            f"this bundle uses format {version}, newer than this CivicDesk understands; "
            "please update CivicDesk to import it"
        )
    reader = manifest.get("min_reader_schema")
    if schema_number(str(reader)) > schema_number(head_revision()):
        raise BundleError(
            f"this bundle needs a newer CivicDesk (schema {reader}; this one has {head_revision()}); "
            "please update CivicDesk to import it"
        )
    for field, kind in (("origin", dict), ("members", dict), ("vector", dict), ("public_key", str)):
        if not isinstance(manifest.get(field), kind):
            raise BundleError(f"manifest.json has no valid {field}")
    origin = manifest["origin"]
    if not isinstance(origin.get("site_id"), str) or not isinstance(origin.get("group_name"), str):
        raise BundleError("manifest.json does not say which group made it")
    try:
        key = base64.b64decode(manifest["public_key"], validate=True)
    except ValueError as exc:
        raise BundleError("manifest.json has a malformed public key") from exc
    if len(key) != 32:
        raise BundleError("manifest.json has a malformed public key")
    return key
