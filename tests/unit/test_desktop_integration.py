"""Linux desktop files: they validate with the desktop's own tools and agree with each other."""

from __future__ import annotations

import configparser
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from civicdesk.cli import build_parser
from tests.tools import system_tool

pytestmark = pytest.mark.linux_only  # Linux's own set-up and desktop; see pyproject.toml

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / "org.civicdesk.CivicDesk.desktop"
METAINFO = LINUX / "org.civicdesk.CivicDesk.metainfo.xml"
MIME = LINUX / "org.civicdesk.CivicDesk.mime.xml"
BUNDLE_TYPE = "application/vnd.civicdesk.bundle"


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_metainfo_validates_with_appstreamcli():
    result = subprocess.run(
        [system_tool("appstreamcli"), "validate", "--no-net", str(METAINFO)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_desktop_entry_validates():
    validate = system_tool("desktop-file-validate")
    result = subprocess.run([validate, str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout.strip() == "", result.stdout + result.stderr


def test_a_bundle_opens_with_the_app_through_a_command_line_it_accepts():
    entry = desktop_entry()
    assert BUNDLE_TYPE in entry["MimeType"].split(";")
    exec_line = entry["Exec"].split()
    assert exec_line[0] == "civicdesk" and exec_line[-1] == "%f"
    args = build_parser().parse_args([*exec_line[1:-1], "/home/ann/tenants.civicdesk"])
    assert args.open == "/home/ann/tenants.civicdesk" and args.handler.__name__ == "cmd_gui"


def test_the_mime_type_claims_civicdesk_files():
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    mime_type = ET.parse(MIME).getroot().find("m:mime-type", ns)
    assert mime_type.get("type") == BUNDLE_TYPE
    assert [g.get("pattern") for g in mime_type.findall("m:glob", ns)] == ["*.civicdesk"]


def test_the_metainfo_names_the_desktop_entry_and_version():
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == DESKTOP.stem
    assert root.findtext("launchable") == DESKTOP.name
    assert root.find("provides/mediatype").text == BUNDLE_TYPE
    from civicdesk import __version__

    assert root.find("releases/release").get("version") == __version__


def test_the_icon_comes_in_every_size_a_desktop_asks_for():
    hicolor = ROOT / "resources" / "icons" / "hicolor"
    for size in (16, 22, 24, 32, 48, 64, 128, 256, 512):
        png = (hicolor / f"{size}x{size}" / "apps" / "civicdesk.png").read_bytes()
        assert png[:8] == b"\x89PNG\r\n\x1a\n" and struct.unpack(">II", png[16:24]) == (size, size)
    assert (ROOT / "packaging" / "windows" / "civicdesk.ico").read_bytes()[:4] == b"\0\0\1\0"
    assert (ROOT / "packaging" / "macos" / "civicdesk.icns").read_bytes()[:4] == b"icns"
