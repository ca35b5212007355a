"""A small, fast run of the twelve-site simulation (tests/benchmarks/twelve_sites.py): sites that
edit, delete, erase and change consents, swapping bundles lost, twice and late, end the same."""

from __future__ import annotations

import pytest

from tests.benchmarks.twelve_sites import simulate


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5])
def test_sites_swapping_bundles_in_any_order_end_with_the_same_records(seed):
    figures = simulate(seed, sites=5, steps=80)
    # Something really happened: edits and bundles; simulate() itself asserts convergence.
    assert figures.edits > 20 and figures.delivered > 10
    assert figures.counts["spaces"] > 0 and figures.counts["people"] > 0
