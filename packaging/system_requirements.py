"""The one list of system packages CivicDesk needs outside its virtualenv, and the step that checks them.

`make run`, `make test` and `.ci/run` call this with what they are about to do (`run`, `test`,
`package`) before anything else. It looks for each library with `ldconfig -p` (as the dynamic
loader will), each tool on PATH and at least one font; as root it installs what is missing
(apt-get on Debian/Ubuntu, dnf on Fedora) and goes on, otherwise it prints ONE line naming the
packages and the command to run, and exits 1. On Windows and macOS the Qt wheels carry their own
libraries, so there is nothing to check.

Standard library only: it runs with the system's python3 before the virtualenv exists.

The library list is what PySide6's own libraries and the plugins CivicDesk uses link to, found with
`readelf -d` (NEEDED) on QtCore/Gui/Widgets/Pdf/Svg/Charts/PrintSupport/Network/DBus/XcbQpa and the
xcb, offscreen and xcb-GLX plugins of the pinned wheel; the C library, libstdc++, zlib and zstd are
left out (every system has them). Re-check it when PySide6's pin moves.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

RUN, TEST, PACKAGE = "run", "test", "package"
PURPOSES = {RUN: {RUN}, TEST: {RUN, TEST}, PACKAGE: {RUN, TEST, PACKAGE}}


@dataclass(frozen=True)
class Need:
    kind: str  # "lib" (a soname), "tool" (a command on PATH), "font" (any font file), "venv"
    name: str
    debian: str
    fedora: str
    purpose: str


LIB, TOOL, FONT, VENV = "lib", "tool", "font", "venv"

NEEDS: tuple[Need, ...] = (
    # Making the virtualenv: Debian splits ensurepip out of python3.
    Need(VENV, "ensurepip", "python3-venv", "python3", RUN),
    # Qt's xcb platform plugin (libqxcb.so, libQt6XcbQpa.so.6).
    Need(LIB, "libxcb.so.1", "libxcb1", "libxcb", RUN),
    Need(LIB, "libxcb-cursor.so.0", "libxcb-cursor0", "xcb-util-cursor", RUN),
    Need(LIB, "libxcb-icccm.so.4", "libxcb-icccm4", "xcb-util-wm", RUN),
    Need(LIB, "libxcb-image.so.0", "libxcb-image0", "xcb-util-image", RUN),
    Need(LIB, "libxcb-keysyms.so.1", "libxcb-keysyms1", "xcb-util-keysyms", RUN),
    Need(LIB, "libxcb-randr.so.0", "libxcb-randr0", "libxcb", RUN),
    Need(LIB, "libxcb-render.so.0", "libxcb-render0", "libxcb", RUN),
    Need(LIB, "libxcb-render-util.so.0", "libxcb-render-util0", "xcb-util-renderutil", RUN),
    Need(LIB, "libxcb-shape.so.0", "libxcb-shape0", "libxcb", RUN),
    Need(LIB, "libxcb-shm.so.0", "libxcb-shm0", "libxcb", RUN),
    Need(LIB, "libxcb-sync.so.1", "libxcb-sync1", "libxcb", RUN),
    Need(LIB, "libxcb-util.so.1", "libxcb-util1", "xcb-util", RUN),
    Need(LIB, "libxcb-xfixes.so.0", "libxcb-xfixes0", "libxcb", RUN),
    Need(LIB, "libxcb-xkb.so.1", "libxcb-xkb1", "libxcb", RUN),
    Need(LIB, "libxcb-glx.so.0", "libxcb-glx0", "libxcb", RUN),
    Need(LIB, "libxkbcommon.so.0", "libxkbcommon0", "libxkbcommon", RUN),
    Need(LIB, "libxkbcommon-x11.so.0", "libxkbcommon-x11-0", "libxkbcommon-x11", RUN),
    Need(LIB, "libX11.so.6", "libx11-6", "libX11", RUN),
    Need(LIB, "libX11-xcb.so.1", "libx11-xcb1", "libX11-xcb", RUN),
    # QtGui, QtCore, QtNetwork, QtDBus: even the offscreen platform the tests use needs these.
    Need(LIB, "libEGL.so.1", "libegl1", "libglvnd-egl", RUN),
    Need(LIB, "libGL.so.1", "libgl1", "libglvnd-glx", RUN),
    Need(LIB, "libfontconfig.so.1", "libfontconfig1", "fontconfig", RUN),
    Need(LIB, "libfreetype.so.6", "libfreetype6", "freetype", RUN),
    Need(LIB, "libglib-2.0.so.0", "libglib2.0-0", "glib2", RUN),
    Need(LIB, "libgthread-2.0.so.0", "libglib2.0-0", "glib2", RUN),
    Need(LIB, "libdbus-1.so.3", "libdbus-1-3", "dbus-libs", RUN),
    Need(LIB, "libgssapi_krb5.so.2", "libgssapi-krb5-2", "krb5-libs", RUN),
    # Qt draws every label with a system font (the PDFs use the bundled ones in resources/fonts).
    Need(FONT, "a font for Qt", "fonts-dejavu-core", "dejavu-sans-fonts", RUN),
    # Tools the tests call: PDF text as poppler reads it, the desktop's own validators.
    Need(TOOL, "pdftotext", "poppler-utils", "poppler-utils", TEST),
    Need(TOOL, "pdftoppm", "poppler-utils", "poppler-utils", TEST),
    Need(TOOL, "appstreamcli", "appstream", "appstream", TEST),
    Need(TOOL, "desktop-file-validate", "desktop-file-utils", "desktop-file-utils", TEST),
    # `make package-check`: the frozen app under an X server, and slimming Qt's ICU data.
    Need(TOOL, "xvfb-run", "xvfb", "xorg-x11-server-Xvfb", PACKAGE),
    Need(TOOL, "xauth", "xauth", "xorg-x11-xauth", PACKAGE),
    Need(TOOL, "readelf", "binutils", "binutils", PACKAGE),
    Need(TOOL, "icupkg", "icu-devtools", "icu", PACKAGE),
    Need(TOOL, "genccode", "icu-devtools", "icu", PACKAGE),
    Need(TOOL, "gcc", "gcc", "gcc", PACKAGE),
)

FONT_DIRS = ("/usr/share/fonts", "/usr/local/share/fonts", "~/.local/share/fonts", "~/.fonts")
LIB_DIRS = ("/lib", "/usr/lib", "/lib64", "/usr/lib64", "/lib/*-linux-gnu", "/usr/lib/*-linux-gnu")


def needs_for(purpose: str) -> list[Need]:
    return [need for need in NEEDS if need.purpose in PURPOSES[purpose]]


def ldconfig_command() -> str | None:
    """ldconfig from PATH first, then where distributions keep it (not on a user's PATH on Debian)."""
    return shutil.which("ldconfig") or next(
        (p for p in ("/sbin/ldconfig", "/usr/sbin/ldconfig") if os.access(p, os.X_OK)), None
    )


def known_libraries() -> set[str]:
    """Sonames the dynamic loader can find."""
    command = ldconfig_command()
    if command is not None:
        listing = subprocess.run([command, "-p"], capture_output=True, text=True).stdout
        return {line.split()[0] for line in listing.splitlines()[1:] if line.strip()}
    names: set[str] = set()  # no ldconfig (some containers): look in the usual folders
    for pattern in LIB_DIRS:
        for folder in glob.glob(pattern):
            names.update(os.listdir(folder))
    return names


def has_font() -> bool:
    for folder in FONT_DIRS:
        root = Path(folder).expanduser()
        if root.is_dir() and any(p.suffix.lower() in {".ttf", ".otf", ".ttc"} for p in root.rglob("*")):
            return True
    return False


def has_venv(python: str) -> bool:
    return subprocess.run([python, "-c", "import ensurepip, venv"], capture_output=True).returncode == 0


def missing(needs: Iterable[Need], python: str = sys.executable) -> list[Need]:
    needs = list(needs)
    libraries = known_libraries() if any(n.kind == LIB for n in needs) else set()
    checks = {
        LIB: lambda n: n.name in libraries,
        TOOL: lambda n: shutil.which(n.name) is not None,
        FONT: lambda _n: has_font(),
        VENV: lambda _n: has_venv(python),
    }
    return [need for need in needs if not checks[need.kind](need)]


def distribution(os_release: str = "/etc/os-release") -> str:
    """"debian" (also Ubuntu, Mint…), "fedora" (also RHEL, Rocky…) or "other"."""
    fields: dict[str, str] = {}
    try:
        for line in Path(os_release).read_text(encoding="utf-8").splitlines():
            key, _, value = line.partition("=")
            fields[key] = value.strip().strip('"')
    except OSError:
        return "other"
    family = {fields.get("ID", ""), *fields.get("ID_LIKE", "").split()}
    if family & {"debian", "ubuntu"}:
        return "debian"
    if family & {"fedora", "rhel", "centos"}:
        return "fedora"
    return "other"


def packages(needs: Iterable[Need], distro: str) -> list[str]:
    names = [n.fedora if distro == "fedora" else n.debian for n in needs]
    return list(dict.fromkeys(names))


def install_command(names: list[str], distro: str) -> list[str]:
    if distro == "fedora":
        return ["dnf", "install", "-y", *names]
    return ["apt-get", "install", "-y", "--no-install-recommends", *names]


def stop_message(absent: list[Need], distro: str) -> str:
    """The one line a person without root reads: what is missing and what to type."""
    if distro == "other":
        what = ", ".join(n.name if n.kind != VENV else "Python's venv module" for n in absent)
        return f"civicdesk: missing system libraries/tools: {what}; install them with your package manager"
    names = packages(absent, distro)
    return (f"civicdesk: missing system packages: {' '.join(names)}; "
            f"run: sudo {' '.join(install_command(names, distro))}")


def install(absent: list[Need], distro: str) -> int:
    names = packages(absent, distro)
    print(f"civicdesk: installing system packages: {' '.join(names)}", file=sys.stderr, flush=True)
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    steps = [install_command(names, distro)]
    if distro == "debian":
        steps.insert(0, ["apt-get", "update", "-q"])
    for step in steps:
        # apt's and dnf's chatter goes to stderr: stdout carries only the stop line (see Makefile).
        if subprocess.run(step, stdout=sys.stderr, env=env).returncode != 0:
            print(f"civicdesk: `{' '.join(step)}` failed; run it yourself and try again")
            return 1
    return 0


def main(argv: list[str]) -> int:
    purpose = argv[0] if argv else RUN
    if purpose not in PURPOSES:
        print(f"usage: system_requirements.py [{'|'.join(PURPOSES)}]", file=sys.stderr)
        return 2
    if not sys.platform.startswith("linux"):
        return 0  # the Qt wheels for Windows and macOS carry their own libraries
    python = os.environ.get("CIVICDESK_PYTHON", sys.executable)
    absent = missing(needs_for(purpose), python)
    if not absent:
        return 0
    distro = distribution()
    if os.geteuid() == 0 and distro != "other":
        if install(absent, distro) != 0:
            return 1
        still = missing(absent, python)
        if not still:
            return 0
        absent = still
    print(stop_message(absent, distro))
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
