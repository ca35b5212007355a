"""The `civicdesk` command: the contract in DESIGN.md. Qt is imported only to open the app.

Exit codes: 0 success, 1 a user error (one line on stderr starting ``civicdesk: error:``),
2 bad usage. Unexpected failures are logged with their traceback and reported in one line.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path

from civicdesk import __version__
from civicdesk.commands import (
    bundle,
    data,
    directory,
    edit,
    encryption,
    export,
    health,
    importing,
    kit,
    privacy,
    review,
)
from civicdesk.commands.common import chosen_database, creates_database
from civicdesk.core.languages import LANGUAGES
from civicdesk.errors import CivicDeskError
from civicdesk.ui import registry

log = logging.getLogger("civicdesk")

# Each feature's commands live in a module of civicdesk.commands with a `register` function.
COMMAND_MODULES = (data, health, importing, export, directory, kit, bundle, review, edit, privacy, encryption)


@creates_database
def cmd_gui(args: argparse.Namespace) -> int:
    if args.self_check:
        from civicdesk.selfcheck import self_check

        return self_check()
    from civicdesk.app import run_gui

    basemap = Path(args.basemap).expanduser() if args.basemap else None
    if basemap is not None and not basemap.is_file():
        raise CivicDeskError(f"there is no map file at {basemap}")
    open_file = Path(args.open).expanduser().resolve() if args.open else None
    if open_file is not None and not open_file.is_file():
        raise CivicDeskError(f"there is no file at {open_file}")
    path, passphrase = chosen_database(args)
    return run_gui(
        path, screenshot=args.screenshot, view=args.view, basemap=basemap, open_file=open_file,
        passphrase=passphrase, language=args.language,
    )


# -- parser -----------------------------------------------------------------------------------
def build_parser() -> argparse.ArgumentParser:
    db_help = "database file (default: your user data folder; CIVICDESK_DB overrides)"
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS, help=db_help)
    pass_help = "an encrypted database's passphrase, on FILE's first line (or set CIVICDESK_PASSPHRASE)"
    common.add_argument("--db-passphrase-file", metavar="FILE", default=argparse.SUPPRESS, help=pass_help)

    parser = argparse.ArgumentParser(
        prog="civicdesk",
        description="Keep the map of your neighbourhood's social infrastructure.",
        epilog="With no command, the desktop app opens.",
    )
    parser.add_argument("--version", action="version", version=f"civicdesk {__version__}")
    parser.add_argument("--db", metavar="PATH", help=db_help)
    parser.add_argument("--db-passphrase-file", metavar="FILE", help=pass_help)
    parser.add_argument("--screenshot", metavar="OUT.png", help="open the window, save a PNG of it, exit")
    parser.add_argument(
        "--view",
        default="spaces",
        choices=[*registry.names(), "welcome"],  # the window's views (civicdesk.ui.registry imports no Qt)
        help="the view to show (with --screenshot; welcome: the first-run dialog over the window)",
    )
    parser.add_argument("--basemap", metavar="FILE.mbtiles", help="map background (a raster MBTiles file)")
    parser.add_argument("--open", metavar="FILE", help="open the app, then this .civicdesk bundle")
    parser.add_argument(
        "--language", metavar="CODE", choices=sorted(LANGUAGES),
        help="the window's language: " + ", ".join(f"{c} ({n})" for c, n in LANGUAGES.items())
        + " (default: as chosen in Settings, else the computer's)",
    )
    parser.add_argument(
        "--self-check",
        action="store_true",
        help="check this installation works (temporary database, window, PDF) and exit",
    )
    parser.set_defaults(handler=cmd_gui)
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")

    for module in COMMAND_MODULES:
        module.register(sub, common)
    return parser


def _report_unexpected(exc: BaseException) -> None:
    from civicdesk.paths import log_dir

    detail = "".join(traceback.format_exception(exc))
    try:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        log_file = folder / "civicdesk.log"
        with log_file.open("a", encoding="utf-8", newline="\n") as handle:
            handle.write(detail + "\n")
        where = f"; details were written to {log_file}"
    except OSError:
        where = ""
    print(
        f"civicdesk: error: something unexpected went wrong ({type(exc).__name__}: {exc}){where}",
        file=sys.stderr,
    )


def _silence_stdout() -> None:
    """The reader of our output went away (`… | head`): the Python recipe, quiet and no flush error."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.self_check and args.handler is not cmd_gui:
        parser.error("--self-check runs on its own, without a command")
    try:
        code = int(args.handler(args))
        sys.stdout.flush()  # a closed pipe shows here, not as a message at interpreter exit
        return code
    except BrokenPipeError:
        _silence_stdout()
        return 1
    except CivicDeskError as exc:
        print(f"civicdesk: error: {exc.message}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("civicdesk: error: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - the promise is: no traceback reaches the user
        _report_unexpected(exc)
        return 1


if __name__ == "__main__":
    sys.exit(main())
