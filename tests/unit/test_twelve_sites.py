"""A small, fast run of the twelve-site simulation (tests/benchmarks/twelve_sites.py): sites that
edit, delete, erase and change consents, swapping bundles lost, twice and late, end the same."""

from __future__ import annotations

import pytest

from tests.benchmarks.twelve_sites import lost_unreviewed, simulate


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5])
def test_sites_swapping_bundles_in_any_order_end_with_the_same_records(seed):
    figures = simulate(seed, sites=5, steps=80)
    # Something really happened: edits and bundles; simulate() itself asserts convergence.
    assert figures.edits > 20 and figures.delivered > 10
    assert figures.counts["spaces"] > 0 and figures.counts["people"] > 0


# The count of values lost unreviewed (lost_unreviewed), on the edits of one space's description:
# created blank; two groups set "step-free" without seeing each other (the merge folds them into
# the later stamp, with nothing to review); a third group, which had seen neither, sets "closed
# Mondays", which wins.
SPACE = ("space-1", "description")
CREATED, FIRST, SECOND, LATEST = "c@hall", "t1@library", "t2@tenants", "t3@hall"
EDITS = {CREATED: '[""]', FIRST: '["step-free"]', SECOND: '["step-free"]', LATEST: '["closed Mondays"]'}
SAW_ONLY_THE_CREATION = {CREATED: frozenset()} | {s: frozenset({CREATED}) for s in (FIRST, SECOND, LATEST)}
KEPT = {SPACE: (LATEST, '["closed Mondays"]')}


def test_a_value_in_needs_review_under_the_stamp_of_an_equal_edit_is_not_counted_as_lost_unreviewed():
    waiting = {(*SPACE, SECOND)}  # "step-free" lost to "closed Mondays": one item, the later stamp
    assert lost_unreviewed({SPACE: EDITS}, SAW_ONLY_THE_CREATION, KEPT, waiting) == []


def test_a_value_in_no_needs_review_is_counted_for_every_edit_that_made_it():
    assert lost_unreviewed({SPACE: EDITS}, SAW_ONLY_THE_CREATION, KEPT, set()) == [
        (*SPACE, FIRST), (*SPACE, SECOND)
    ]


def test_an_item_for_one_value_does_not_cover_a_different_value_of_the_same_field():
    garden = "t2@library"
    edits = EDITS | {garden: '["garden"]'}
    made = SAW_ONLY_THE_CREATION | {garden: frozenset({CREATED})}
    assert lost_unreviewed({SPACE: edits}, made, KEPT, {(*SPACE, SECOND)}) == [(*SPACE, garden)]


def test_a_value_replaced_by_a_group_that_had_seen_it_is_no_loss_and_an_erased_persons_are_purged():
    made = SAW_ONLY_THE_CREATION | {LATEST: frozenset({CREATED, FIRST})}
    assert lost_unreviewed({SPACE: EDITS}, made, KEPT, set()) == []
    assert lost_unreviewed({SPACE: EDITS}, SAW_ONLY_THE_CREATION, {SPACE: None}, set()) == []
