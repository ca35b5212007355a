"""No module of the application grows past 500 lines: a longer one holds more than one purpose."""

from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "civicdesk"
MOST = 500
EXEMPT = ("generated", "migrations")  # written by pyside6-uic and by Alembic, not by hand


def lines_over(limit: int, root: Path = PACKAGE) -> dict[str, int]:
    """{module path: line count} for every hand-written module longer than `limit` lines."""
    found = {}
    for path in sorted(root.rglob("*.py")):
        if any(part in EXEMPT for part in path.relative_to(root).parts):
            continue
        count = len(path.read_text(encoding="utf-8").splitlines())
        if count > limit:
            found[str(path.relative_to(root))] = count
    return found


def test_no_module_is_over_500_lines():
    assert lines_over(MOST) == {}, "split these along their purposes (README, Architecture)"


def test_the_check_finds_a_long_module(tmp_path):
    (tmp_path / "long.py").write_text("x = 1\n" * (MOST + 1), encoding="utf-8")
    (tmp_path / "short.py").write_text("x = 1\n" * MOST, encoding="utf-8")
    (tmp_path / "generated").mkdir()
    (tmp_path / "generated" / "ui_big.py").write_text("x = 1\n" * 900, encoding="utf-8")
    assert lines_over(MOST, tmp_path) == {"long.py": MOST + 1}
