"""`civicdesk --self-check`: prove that this installation (source, wheel or frozen app) really works.

Each step exercises something a packaging mistake would break — migrations shipped as files, data
files, the Qt plugins, the bundled fonts — and prints a tick or a cross with its time. Only the
window step touches Qt, through `civicdesk.ui.smoke`, imported when that step runs.
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import platform
import re
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from civicdesk import __version__
from civicdesk.db.database import Database
from civicdesk.paths import resource_path

DIRECTORY_MODULE = "civicdesk.reports.directory"
# Fonts we prefer for the sample page when resources/fonts holds several families.
PREFERRED_FONTS = ("NotoSans-Regular.ttf", "NotoSans-Regular.otf")


class NotInThisBuildError(Exception):
    """This build does not have the feature a step checks (not a failure)."""


@dataclass
class Context:
    """What the steps share: a scratch folder and, once migrated, the database in it."""

    folder: Path
    db: Database | None = None
    notes: dict[str, str] = field(default_factory=dict)

    def database(self) -> Database:
        if self.db is None:
            raise RuntimeError("needs the database from the migration step, which failed")
        return self.db


@dataclass(frozen=True)
class Step:
    name: str
    run: Callable[[Context], str]  # returns a short detail; raises NotInThisBuildError or any error


@dataclass(frozen=True)
class Outcome:
    step: str
    status: str  # "ok", "failed" or "unavailable"
    detail: str
    seconds: float


def how_installed() -> str:
    if getattr(sys, "frozen", False):
        return "frozen app"
    package = Path(__file__).resolve().parent
    return "source tree" if (package.parent / "pyproject.toml").is_file() else "installed package"


# -- the steps --------------------------------------------------------------------------------
def migrate(ctx: Context) -> str:
    from civicdesk.db.migrate import head_revision, stored_revision
    from civicdesk.startup import open_database

    path = ctx.folder / "selfcheck.sqlite3"
    ctx.db = open_database(path)
    revision = stored_revision(path)
    if revision != head_revision():
        raise RuntimeError(f"the database is at schema {revision}, expected {head_revision()}")
    return f"schema {revision}"


def shipped_files(ctx: Context) -> str:
    data = [resource_path("data", name) for name in ("compliance_kinds.json", "demo_vocabulary.json")]
    missing = [str(p) for p in data if not p.is_file()]
    if not resource_path("icons", "civicdesk.svg").is_file():
        missing.append(str(resource_path("icons", "civicdesk.svg")))
    if missing:
        raise FileNotFoundError(f"missing: {', '.join(missing)}")
    fonts = bundled_fonts()
    ctx.notes["fonts"] = str(len(fonts))
    return f"data and icons in {resource_path()}, {len(fonts)} font file(s)"


def village(ctx: Context) -> str:
    from civicdesk.services import demo

    counts = demo.generate(ctx.database(), "village", seed=1)
    if not counts.get("spaces"):
        raise RuntimeError("the example neighbourhood has no spaces")
    return f"{counts['spaces']} spaces, {counts['groups']} groups, {counts['people']} people"


def network_layout(ctx: Context) -> str:
    # The graph measures (networkx) and our own pure-Python layout: proves the build left nothing out.
    from civicdesk.services.network import NetworkOptions, NetworkService

    shown = NetworkService(ctx.database()).picture(NetworkOptions())
    if not shown.positions:
        raise RuntimeError("the network has no nodes to lay out")
    return f"{len(shown.positions)} nodes placed"


def main_window(ctx: Context) -> str:
    from civicdesk.app import application  # the only Qt in the self-check
    from civicdesk.ui.smoke import check_main_window

    application()
    return check_main_window(ctx.database())


def directory_pdf(ctx: Context) -> str:
    out = ctx.folder / "directory.pdf"
    if importlib.util.find_spec(DIRECTORY_MODULE) is not None:
        importlib.import_module(DIRECTORY_MODULE).render_sample(out)
        made_by = "the directory layout"
    else:
        made_by = "a sample page (the directory layout is not in this build)"
        _sample_page(ctx.database(), out)
    pages, embedded = _pdf_facts(out)
    if pages != 1:
        raise RuntimeError(f"{out.name} has {pages} pages, expected 1")
    fonts = "bundled fonts embedded" if embedded else "standard PDF fonts (no bundled fonts found)"
    return f"1 page, {out.stat().st_size // 1024} KB, {fonts}, by {made_by}"


def bundle_roundtrip(ctx: Context) -> str:
    """Export an encrypted bundle and apply it to a second, empty database."""
    from civicdesk.services.overview import stats
    from civicdesk.startup import open_database
    from civicdesk.sync import fast_rows
    from civicdesk.sync.export import export_bundle
    from civicdesk.sync.receive import BundleImporter, read_bundle_file

    if not fast_rows.AVAILABLE:
        raise RuntimeError("msgspec is missing from this installation: bundles would be read slowly")
    out = ctx.folder / "selfcheck.civicdesk"
    passphrase = "self-check passphrase"
    result = export_bundle(ctx.database(), out, passphrase=passphrase)
    receiver = open_database(ctx.folder / "receiver.sqlite3")
    try:
        summary = BundleImporter(receiver).apply(read_bundle_file(out), passphrase, backup=False)
        received = stats(receiver)["spaces"]
    finally:
        receiver.dispose()
    sent = stats(ctx.database())["spaces"]
    if received != sent:
        raise RuntimeError(f"sent {sent} spaces but {received} arrived")
    size = out.stat().st_size // 1024
    return (
        f"{result.built.rows} rows, {size} KB encrypted; {summary.new} new records arrived, "
        "rows checked by msgspec"
    )


def encryption_roundtrip(ctx: Context) -> str:
    """Encrypt a copy of the example with SQLCipher, open it with the passphrase and not without."""
    from civicdesk.db import backup, connection
    from civicdesk.services.encryption import encrypt_database
    from civicdesk.services.overview import stats
    from civicdesk.startup import open_database

    if not connection.available():
        raise NotInThisBuildError("encryption is not in this build (no sqlcipher3); databases stay plain")
    copy = backup.backup_database(ctx.database().path, out=ctx.folder / "encrypted.sqlite3")
    passphrase = "self-check passphrase"
    result = encrypt_database(copy, passphrase)
    encrypted = open_database(copy, passphrase)
    try:
        counts = stats(encrypted)
    finally:
        encrypted.dispose()
    if counts != stats(ctx.database()):
        raise RuntimeError("the encrypted copy does not hold the same records")
    try:
        connection.check_passphrase(copy, "not the passphrase")
    except connection.WrongPassphraseError:
        pass
    else:
        raise RuntimeError("a wrong passphrase opened the encrypted copy")
    return f"{counts['spaces']} spaces encrypted and read back in {result.seconds:.1f} s"


STEPS: tuple[Step, ...] = (
    Step("migrate a new database", migrate),
    Step("find the shipped data, icons and fonts", shipped_files),
    Step("generate the village example", village),
    Step("lay out the neighbourhood network", network_layout),
    Step("build the main window", main_window),
    Step("render a one-page directory PDF", directory_pdf),
    Step("write and read back a bundle", bundle_roundtrip),
    Step("encrypt a database and open it again", encryption_roundtrip),
)


# -- PDF helpers (Qt-free; reportlab is a runtime dependency anyway) ---------------------------
def bundled_fonts() -> list[Path]:
    folder = resource_path("fonts")
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.rglob("*") if p.suffix.lower() in (".ttf", ".otf"))


def _sample_page(db: Database, out: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen.canvas import Canvas

    from civicdesk.services.search import SearchService

    fonts = bundled_fonts()
    font = "Helvetica"
    if fonts:
        chosen = next((p for p in fonts if p.name in PREFERRED_FONTS), fonts[0])
        pdfmetrics.registerFont(TTFont("SelfCheck", str(chosen)))
        font = "SelfCheck"
    canvas = Canvas(str(out), pagesize=A4)
    width, height = A4
    canvas.setFont(font, 18)
    canvas.drawString(56, height - 72, "CivicDesk — directory sample")
    canvas.setFont(font, 11)
    y = height - 110
    # Accented names from the example data show the font covers more than ASCII.
    search = SearchService(db)
    for hit in [*search.search("lodz", limit=5), *search.search("hall", limit=30)]:
        canvas.drawString(56, y, f"{hit.title}  ·  {hit.subtitle}"[:95])
        y -= 16
        if y < 72:
            break
    canvas.showPage()
    canvas.save()


def _pdf_facts(path: Path) -> tuple[int, bool]:
    """Page count and whether a font file is embedded, read from reportlab's uncompressed objects."""
    raw = path.read_bytes()
    if not raw.startswith(b"%PDF-"):
        raise RuntimeError(f"{path.name} is not a PDF")
    pages = len(re.findall(rb"/Type\s*/Page\b(?!s)", raw))
    return pages, b"/FontFile2" in raw or b"/FontFile3" in raw


# -- running ----------------------------------------------------------------------------------
def _default_platform() -> None:
    """Offscreen unless a display is there (so the check also runs under Xvfb) or Qt was told."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return
    has_display = os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    if sys.platform.startswith("linux") and not has_display:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def run_steps(steps: tuple[Step, ...], ctx: Context, out: TextIO) -> list[Outcome]:
    outcomes = []
    for step in steps:
        started = time.perf_counter()
        try:
            detail, status = step.run(ctx), "ok"
        except NotInThisBuildError as exc:
            detail, status = str(exc), "unavailable"
        except Exception as exc:  # noqa: BLE001 - a self-check reports every failure, never crashes
            detail, status = f"{type(exc).__name__}: {exc}", "failed"
        outcome = Outcome(step.name, status, detail, time.perf_counter() - started)
        outcomes.append(outcome)
        mark = {"ok": "✓", "failed": "✗", "unavailable": "–"}[status]
        timing = "" if status == "unavailable" else f"  ({outcome.seconds:.2f} s)"
        print(f"{mark} {step.name}: {detail}{timing}", file=out, flush=True)
    return outcomes


def self_check(out: TextIO | None = None) -> int:
    """Run every step; 0 when none failed, else 1 naming the failing steps."""
    out = out or sys.stdout
    if hasattr(out, "reconfigure"):
        out.reconfigure(errors="replace")  # ticks on a Windows console that cannot show them
    _default_platform()
    print(
        f"CivicDesk {__version__} self-check ({how_installed()}, Python {platform.python_version()}, "
        f"{platform.system()} {platform.machine()})",
        file=out,
    )
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="civicdesk-selfcheck-") as folder:
        ctx = Context(Path(folder))
        try:
            outcomes = run_steps(STEPS, ctx, out)
        finally:
            if ctx.db is not None:
                ctx.db.dispose()
    failed = [o.step for o in outcomes if o.status == "failed"]
    checked = sum(o.status == "ok" for o in outcomes)
    unavailable = sum(o.status == "unavailable" for o in outcomes)
    total = time.perf_counter() - started
    if failed:
        print(f"self-check FAILED at: {'; '.join(failed)} ({total:.1f} s)", file=out)
        return 1
    extra = f", {unavailable} not available in this build" if unavailable else ""
    print(f"self-check passed: {checked} steps checked{extra} ({total:.1f} s)", file=out)
    return 0
