"""The passphrase of an encrypted database kept in the computer's keyring, where it has one.

Everything here fails quietly: a headless Linux without a keyring service (or a keyring that
refuses) simply means the passphrase is asked for each time.
"""

from __future__ import annotations

import logging
from pathlib import Path
from types import ModuleType

log = logging.getLogger(__name__)

SERVICE = "CivicDesk database"


def _keyring() -> ModuleType | None:
    """The keyring module, or None where there is no usable keyring."""
    try:
        import keyring
        from keyring.backends import fail
    except Exception:  # noqa: BLE001 - no keyring package, or it failed to load its backends
        return None
    try:
        backend = keyring.get_keyring()
    except Exception:  # noqa: BLE001
        return None
    if backend is None or isinstance(backend, fail.Keyring) or getattr(backend, "priority", 1) <= 0:
        return None
    return keyring


def _account(db_path: Path) -> str:
    return str(Path(db_path).expanduser().resolve())


def available() -> bool:
    """True when this computer has a keyring that can keep the passphrase."""
    return _keyring() is not None


def saved_passphrase(db_path: Path) -> str | None:
    keyring = _keyring()
    if keyring is None:
        return None
    try:
        password: str | None = keyring.get_password(SERVICE, _account(db_path))
        return password
    except Exception as exc:  # noqa: BLE001 - a locked or broken keyring: ask the person instead
        log.info("keyring could not be read: %s", exc)
        return None


def save_passphrase(db_path: Path, passphrase: str) -> bool:
    """Keep the passphrase in the keyring; False when there is none or it refused."""
    keyring = _keyring()
    if keyring is None:
        return False
    try:
        keyring.set_password(SERVICE, _account(db_path), passphrase)
    except Exception as exc:  # noqa: BLE001
        log.info("keyring could not store the passphrase: %s", exc)
        return False
    return True


def forget_passphrase(db_path: Path) -> None:
    keyring = _keyring()
    if keyring is None:
        return
    try:
        keyring.delete_password(SERVICE, _account(db_path))
    except Exception:  # noqa: BLE001 - nothing was saved, or the keyring is gone: nothing to forget
        return
