"""The benchmarks judge: a figure over its budget is printed so and makes the script exit non-zero."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.benchmarks.budget import Budgets

ROOT = Path(__file__).resolve().parents[2]


def test_figures_within_budget_pass(capsys):
    budgets = Budgets()
    assert budgets.check("search p95", 12.3, 50, " ms", digits=1)
    assert budgets.check("import", 3.0, 3, "x")  # exactly on the budget is within it
    assert budgets.exit_code() == 0
    out = capsys.readouterr().out
    assert "search p95: 12.3 ms (budget at most 50 ms): OK" in out


def test_one_figure_over_budget_fails_the_script(capsys):
    budgets = Budgets()
    budgets.check("search p95", 12.3, 50, " ms")
    assert not budgets.check("import", 3.4, 3, "x")
    assert budgets.exit_code() == 1
    out = capsys.readouterr().out
    assert "import: 3.40x (budget at most 3x): OVER BUDGET" in out
    assert "over budget: import" in out


def test_no_benchmark_changes_sys_path():
    for script in sorted((ROOT / "tests" / "benchmarks").glob("*.py")):
        text = script.read_text(encoding="utf-8")
        assert not any(f"sys.path{how}" in text for how in (".insert", ".append", "[", " =")), script.name


def test_every_benchmark_exits_with_its_verdict():
    for script in sorted((ROOT / "tests" / "benchmarks").glob("bench_*.py")):
        text = script.read_text(encoding="utf-8")
        assert "Budgets()" in text and "sys.exit(main())" in text, script.name


def test_benchmarks_run_as_modules_from_the_root():
    out = subprocess.run(
        [sys.executable, "-m", "tests.benchmarks.bench_directory", "--help"],
        cwd=ROOT, capture_output=True, text=True, check=True,
    ).stdout
    assert "--runs" in out
