"""How the command line finds the passphrase of an encrypted database before a command opens it.

First found wins: the global option `--db-passphrase-file FILE` (its first line), the environment
variable CIVICDESK_PASSPHRASE, the computer's keyring (when the app saved it there), and last a
prompt when a person is at a terminal. Without any of them an encrypted database is refused with
one clear line.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from civicdesk.db import connection
from civicdesk.errors import CivicDeskError

PASSPHRASE_ENV = "CIVICDESK_PASSPHRASE"


def read_passphrase_file(name: str) -> str:
    path = Path(name).expanduser()
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CivicDeskError(f"cannot read the passphrase file {path}: {exc}") from exc
    lines = text.splitlines()
    if not lines or not lines[0]:
        raise CivicDeskError(f"the passphrase file {path} is empty; put the passphrase on its first line")
    return lines[0]


def at_terminal() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def unlock(path: Path, args: argparse.Namespace) -> str | None:
    """Find and check the passphrase of an encrypted database before any command opens it.

    None for a plain (or new) file, and for the desktop app, which asks in a dialog of its own.
    """
    if not connection.is_encrypted(path):
        return None
    if not connection.available():
        raise connection.EncryptionUnavailableError(
            f"{path} is encrypted (or is not a CivicDesk database), and this copy of CivicDesk cannot "
            "open encrypted databases (the sqlcipher3 component is not installed for this computer)"
        )
    from civicdesk.services import keychain

    given = getattr(args, "db_passphrase_file", None)
    if given:
        passphrase: str | None = read_passphrase_file(given)
    elif os.environ.get(PASSPHRASE_ENV):
        passphrase = os.environ[PASSPHRASE_ENV]
    else:
        passphrase = keychain.saved_passphrase(path)
        if passphrase is not None:
            try:
                connection.check_passphrase(path, passphrase)
            except connection.WrongPassphraseError:
                passphrase = None  # changed since it was saved: ask instead
    # The desktop app asks in a dialog of its own (and says when a passphrase was wrong).
    opening_app = getattr(getattr(args, "handler", None), "__name__", "") == "cmd_gui"
    if passphrase is None and opening_app and not getattr(args, "screenshot", None):
        return None
    if passphrase is None and at_terminal():
        passphrase = getpass.getpass(f"Passphrase for {path.name}: ")
    if not passphrase:
        raise connection.PassphraseNeededError(
            f"{path} is encrypted (or is not a CivicDesk database): give its passphrase with "
            f"--db-passphrase-file FILE or the {PASSPHRASE_ENV} environment variable"
        )
    connection.check_passphrase(path, passphrase)
    return passphrase
