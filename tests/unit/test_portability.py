"""What differs on Windows and macOS: paths with drive letters and backslashes, replacing a file that
another program holds open, line endings in what CivicDesk writes. Checked here on Linux with
Windows path flavours and a simulated Windows sharing violation (the real thing runs in CI)."""

from __future__ import annotations

import ast
import json
import sys
import zipfile
from pathlib import Path, PureWindowsPath

import pytest

from civicdesk import portable
from civicdesk.errors import CivicDeskError
from civicdesk.paths import backup_dir_for
from civicdesk.services.attachments import attachment_path, attachments_dir
from civicdesk.sync import bundle_format

ROOT = Path(__file__).resolve().parents[2]
DB = PureWindowsPath(r"C:\Users\Ann Smith\AppData\Local\CivicDesk\civicdesk.sqlite3")


def test_files_beside_a_windows_database_stay_on_its_drive_and_folder():
    assert backup_dir_for(DB) == PureWindowsPath(r"C:\Users\Ann Smith\AppData\Local\CivicDesk\backups")
    assert attachments_dir(DB) == PureWindowsPath(r"C:\Users\Ann Smith\AppData\Local\CivicDesk\attachments")
    sha = "ab" * 32
    assert str(attachment_path(DB, sha)) == rf"C:\Users\Ann Smith\AppData\Local\CivicDesk\attachments\{sha}"
    unc = PureWindowsPath(r"\\hall-pc\shared\CivicDesk\civicdesk.sqlite3")
    assert backup_dir_for(unc).drive == r"\\hall-pc\shared"


def test_a_file_is_written_beside_its_target_so_the_final_replace_never_crosses_drives():
    target = PureWindowsPath(r"D:\Directories\Kington directory.pdf")
    assert portable.partial_path(target) == PureWindowsPath(r"D:\Directories\Kington directory.pdf.partial")
    assert portable.partial_path(target).parent == target.parent


def test_on_windows_a_replace_waits_for_a_program_holding_the_target(tmp_path, monkeypatch):
    source, target = tmp_path / "new.partial", tmp_path / "directory.pdf"
    source.write_bytes(b"new")
    target.write_bytes(b"old")
    real_replace, refusals, waits = portable.os.replace, [], []

    def held_twice(a, b):  # noqa: ANN001
        if len(refusals) < 2:
            refusals.append(b)
            raise PermissionError(32, "The process cannot access the file because it is being used")
        real_replace(a, b)

    monkeypatch.setattr(portable.os, "replace", held_twice)
    portable.replace_file(source, target, platform="win32", sleep=waits.append)
    assert target.read_bytes() == b"new" and not source.exists()
    assert len(refusals) == 2 and sum(waits) < 1


def test_a_target_held_for_good_gives_the_original_error_after_a_few_seconds(tmp_path, monkeypatch):
    def always_held(a, b):  # noqa: ANN001
        raise PermissionError(5, "Access is denied")

    waits: list[float] = []
    monkeypatch.setattr(portable.os, "replace", always_held)
    with pytest.raises(PermissionError, match="Access is denied"):
        portable.replace_file(tmp_path / "a", tmp_path / "b", platform="win32", sleep=waits.append)
    assert 1 < sum(waits) < 5
    waits.clear()
    with pytest.raises(PermissionError):  # elsewhere a refusal is real at once
        portable.replace_file(tmp_path / "a", tmp_path / "b", platform="linux", sleep=waits.append)
    assert waits == []


def test_replacing_a_file_that_is_open_for_reading_is_whole_either_way(tmp_path, monkeypatch):
    target = tmp_path / "civicdesk.sqlite3"
    target.write_bytes(b"old")
    new = tmp_path / "civicdesk.sqlite3.partial"
    new.write_bytes(b"new")
    monkeypatch.setattr(portable, "FIRST_WAIT", 0.001)
    with target.open("rb") as reader:
        if sys.platform == "win32":
            # Python opens files without FILE_SHARE_DELETE: Windows refuses, and nothing is half-done.
            with pytest.raises(PermissionError):
                portable.replace_file(new, target)
            assert new.read_bytes() == b"new"
        else:
            portable.replace_file(new, target)
            assert reader.read() == b"old"  # the reader keeps what it opened
    if sys.platform != "win32":
        assert target.read_bytes() == b"new"


@pytest.mark.parametrize("name", [r"C:\Windows\evil.dll", r"..\..\evil", r"\\server\share\x", "c:relative",
                                  r"files\..\..\x"])
def test_a_bundle_member_with_a_windows_path_is_refused(name):
    import io

    raw = io.BytesIO()
    with zipfile.ZipFile(raw, "w") as archive:
        archive.writestr(name, b"x")
    with pytest.raises(CivicDeskError, match="outside the bundle"):
        bundle_format.open_bundle(raw.getvalue())


def _text_writes(tree: ast.AST):
    """Calls that write text: Path.write_text(...) and .open("w"/"a"/"x") without "b"."""
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
            continue
        if node.func.attr == "write_text":
            yield node
        elif node.func.attr == "open" and node.args and isinstance(node.args[0], ast.Constant):
            mode = node.args[0].value
            if isinstance(mode, str) and set(mode) & set("wax") and "b" not in mode:
                yield node


def test_everything_civicdesk_writes_as_text_says_its_line_endings():
    """Without newline=, Windows turns each \\n into \\r\\n: exports would differ by platform (and an
    ICS or CSV that already has \\r\\n would get \\r\\r\\n)."""
    unsaid = []
    for path in sorted((ROOT / "civicdesk").rglob("*.py")):
        if "generated" in path.parts:
            continue
        for call in _text_writes(ast.parse(path.read_text(encoding="utf-8"))):
            if not any(k.arg == "newline" for k in call.keywords):
                unsaid.append(f"{path.relative_to(ROOT)}:{call.lineno}")
    assert unsaid == []


def test_exports_written_as_json_have_unix_line_endings(village, tmp_path):
    from civicdesk.interop import geojson, oruk

    geojson.export_geojson(village, tmp_path / "spaces.geojson")
    oruk.export_json(village, tmp_path / "oruk.json")
    for name in ("spaces.geojson", "oruk.json"):
        data = (tmp_path / name).read_bytes()
        assert b"\r" not in data and data.endswith(b"\n")
        json.loads(data)
