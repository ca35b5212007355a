"""A killed import leaves the database either untouched or fully imported, never in between."""

import pytest

from tests.benchmarks.crash_import import run_trials


@pytest.mark.slow
def test_killing_an_import_never_leaves_half_of_it():
    outcomes = run_trials(4, seed=7)
    assert sum(outcomes.values()) == 4
