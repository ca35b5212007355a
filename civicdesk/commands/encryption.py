"""Commands for encrypted databases: encrypt, decrypt, a new passphrase (finding one: passphrase.py)."""

from __future__ import annotations

import argparse
import getpass
import os

from civicdesk.commands.common import print_json
from civicdesk.commands.passphrase import PASSPHRASE_ENV, at_terminal, read_passphrase_file
from civicdesk.db import connection
from civicdesk.errors import CivicDeskError


def _new_passphrase(file: str | None, option: str, from_env: bool = True) -> str:
    """A new passphrase: from `file` (given with `option`), the environment, or typed twice."""
    from civicdesk.services.encryption import check_new_passphrase

    if file:
        passphrase = read_passphrase_file(file)
    elif from_env and os.environ.get(PASSPHRASE_ENV):
        passphrase = os.environ[PASSPHRASE_ENV]
    elif at_terminal():
        passphrase = getpass.getpass("New passphrase: ")
        check_new_passphrase(passphrase, getpass.getpass("The same passphrase again: "))
    else:
        raise CivicDeskError(
            f"give the new passphrase with {option} FILE"
            + (f" or the {PASSPHRASE_ENV} environment variable" if from_env else "")
        )
    check_new_passphrase(passphrase)
    return passphrase


def cmd_encrypt(args: argparse.Namespace) -> int:
    from civicdesk.commands.common import chosen_database
    from civicdesk.services import keychain
    from civicdesk.services.encryption import encrypt_database

    path, _ = chosen_database(args)
    if connection.is_encrypted(path):
        raise CivicDeskError(f"{path} is already encrypted")
    new = _new_passphrase(args.passphrase_file, "--passphrase-file")
    result = encrypt_database(path, new)
    remembered = args.remember and keychain.save_passphrase(path, new)
    if args.json:
        print_json({**result.as_json(), "remembered": bool(remembered)})
        return 0
    print(f"Encrypted {path} in {result.seconds:.1f} s. Keep the passphrase safe: without it nobody, "
          "not even you, can open this database or its backups.")
    _say_backups(result)
    if args.remember and not remembered:
        print("This computer has no keyring to remember the passphrase in; CivicDesk will ask for it.")
    return 0


def cmd_decrypt(args: argparse.Namespace) -> int:
    from civicdesk.commands.common import chosen_database
    from civicdesk.services import keychain
    from civicdesk.services.encryption import decrypt_database

    if args.passphrase_file:
        args.db_passphrase_file = args.passphrase_file
    path, passphrase = chosen_database(args)  # finds and checks the passphrase
    if not connection.is_encrypted(path):
        raise CivicDeskError(f"{path} is not encrypted")
    result = decrypt_database(path, passphrase or "")
    keychain.forget_passphrase(path)
    if args.json:
        print_json(result.as_json())
        return 0
    print(f"Decrypted {path} in {result.seconds:.1f} s: it is stored unencrypted again.")
    _say_backups(result)
    return 0


def cmd_change_passphrase(args: argparse.Namespace) -> int:
    from civicdesk.commands.common import chosen_database
    from civicdesk.services import keychain
    from civicdesk.services.encryption import change_passphrase

    path, passphrase = chosen_database(args)  # finds and checks the current passphrase
    if not connection.is_encrypted(path):
        raise CivicDeskError(f"{path} is not encrypted, so it has no passphrase to change; see `encrypt`")
    # Not from CIVICDESK_PASSPHRASE: that names the current passphrase here.
    new = _new_passphrase(args.new_passphrase_file, "--new-passphrase-file", from_env=False)
    old = passphrase or ""
    was_saved = keychain.saved_passphrase(path) is not None
    result = change_passphrase(path, old, new)
    remembered = (was_saved or args.remember) and keychain.save_passphrase(path, new)
    if args.json:
        print_json({**result.as_json(), "remembered": bool(remembered)})
        return 0
    print(f"The passphrase of {path} was changed in {result.seconds:.1f} s; the old one no longer opens it.")
    _say_backups(result)
    if remembered:
        print("The keyring of this computer now holds the new passphrase.")
    return 0


def _say_backups(result: object) -> None:
    from civicdesk.services.encryption import Conversion

    assert isinstance(result, Conversion)
    print(f"The previous state was kept in {result.previous_state}.")
    if result.backups_converted:
        print(f"{result.backups_converted} older backup(s) were converted the same way.")
    for left in result.backups_left:
        print(f"Left as it was (another passphrase, or damaged): {left}")


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    p = sub.add_parser(
        "encrypt",
        parents=[common],
        help="encrypt the database (and its backups) with a passphrase",
        description="Encrypt the database file and its backups with SQLCipher. Close the app first. "
        f"The new passphrase comes from --passphrase-file, {PASSPHRASE_ENV}, or a prompt.",
    )
    p.add_argument("--passphrase-file", metavar="FILE", help="read the new passphrase from FILE's first line")
    p.add_argument("--remember", action="store_true", help="keep the passphrase in this computer's keyring")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_encrypt)

    p = sub.add_parser(
        "decrypt",
        parents=[common],
        help="store the database (and its backups) unencrypted again",
        description="Remove the encryption of the database file and its backups. Close the app first.",
    )
    p.add_argument(
        "--passphrase-file", metavar="FILE", help="read the current passphrase from FILE's first line"
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_decrypt)

    p = sub.add_parser(
        "change-passphrase",
        parents=[common],
        help="encrypt the database (and its backups) under a new passphrase",
        description="Change the passphrase of an encrypted database and its backups. Close the app first. "
        f"The current passphrase comes as for any command (--db-passphrase-file, {PASSPHRASE_ENV}, the "
        "keyring or a prompt); the new one from --new-passphrase-file or a prompt.",
    )
    p.add_argument("--new-passphrase-file", metavar="FILE",
                   help="read the new passphrase from FILE's first line")
    p.add_argument("--remember", action="store_true",
                   help="keep the new passphrase in this computer's keyring")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_change_passphrase)
