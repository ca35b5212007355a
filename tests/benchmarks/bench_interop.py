"""Benchmark: import the 3,034-row libraries CSV, and export the borough to Open Referral UK JSON.

Run from the repository root: python -m tests.benchmarks.bench_interop  (medians of 3 runs)
Budgets (set with issue 19, a few times the figures in the README so a slowdown shows): the CSV
import and its re-import within 2 s each, the ORUK export within 3 s, its validation within 10 s.
Exits 1 when a figure is over its budget.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

from civicdesk.interop import oruk, oruk_validation
from civicdesk.interop.files import import_file
from civicdesk.services import demo
from civicdesk.startup import open_database
from tests.benchmarks.budget import Budgets
from tests.realdata import REALDATA

LIBRARIES = REALDATA / "england-libraries-taskforce"


def median_of_three(fn) -> float:
    times = []
    for run in range(3):
        start = time.perf_counter()
        fn(run)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)

        def import_libraries(run: int) -> None:
            db = open_database(root / f"libraries-{run}.sqlite3")
            result = import_file(
                db,
                LIBRARIES / "taskforce.csv",
                record_type="space",
                defaults={"category": "public", "subtype": "library"},
                skip_invalid=True,
            )
            assert result.created == 3034  # every library: none merged on its name alone
            db.dispose()

        first = median_of_three(import_libraries)
        db = open_database(root / "libraries-0.sqlite3")
        again = median_of_three(
            lambda _run: import_file(
                db,
                LIBRARIES / "taskforce.csv",
                record_type="space",
                defaults={"category": "public", "subtype": "library"},
                skip_invalid=True,
            )
        )
        db.dispose()
        borough = open_database(root / "borough.sqlite3")
        demo.generate(borough, "borough", 1)
        export = median_of_three(lambda run: oruk.export_json(borough, root / f"borough-{run}.json"))
        validate = median_of_three(
            lambda run: oruk_validation.validate_document(
                __import__("json").loads((root / "borough-0.json").read_text(encoding="utf-8"))
            )
        )
        borough.dispose()
    budgets = Budgets()
    budgets.check("import libraries CSV (3,034 rows) into an empty database", first, 2, " s")
    budgets.check("re-import the same CSV (all rows matched, unchanged)", again, 2, " s")
    budgets.check("export the borough to ORUK JSON (1,500 orgs, 2,000 places)", export, 3, " s")
    budgets.check("validate that export against the ORUK schemas", validate, 10, " s")
    return budgets.exit_code()


if __name__ == "__main__":
    sys.exit(main())
