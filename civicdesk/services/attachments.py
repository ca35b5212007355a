"""Files attached to records (certificates, photos): copied beside the database, named by content.

An attachment lives at ``<database folder>/attachments/<sha256>``; the record keeps only the
original file name and the hash, so the same file attached twice is stored once and a bundle can
carry it as ``files/<sha256>``.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from pathlib import Path, PurePath

from civicdesk.errors import CivicDeskError
from civicdesk.portable import replace_file

_CHUNK = 1 << 20


def attachments_dir(db_path: Path) -> Path:
    # A PurePath keeps its flavour (tests give Windows paths); anything else becomes a Path.
    return (db_path if isinstance(db_path, PurePath) else Path(db_path)).parent / "attachments"


def attachment_path(db_path: Path, sha256: str) -> Path:
    return attachments_dir(db_path) / sha256


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with Path(path).open("rb") as handle:
        while block := handle.read(_CHUNK):
            digest.update(block)
    return digest.hexdigest()


def store_attachment(db_path: Path, source: Path) -> dict[str, str]:
    """Copy `source` into the attachments folder; returns {"name": file name, "sha256": hash}."""
    source = Path(source).expanduser()
    if not source.is_file():
        raise CivicDeskError(f"cannot attach {source}: there is no such file")
    try:
        sha = file_sha256(source)
        target = attachment_path(db_path, sha)
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            # Copy to a temporary name first so a half-copied file never looks like a stored one.
            fd, temp = tempfile.mkstemp(dir=target.parent, prefix=".incoming-")
            os.close(fd)
            try:
                shutil.copyfile(source, temp)
                replace_file(temp, target)
            finally:
                Path(temp).unlink(missing_ok=True)
    except OSError as exc:
        raise CivicDeskError(f"cannot attach {source}: {exc.strerror or exc}") from exc
    return {"name": source.name, "sha256": sha}
