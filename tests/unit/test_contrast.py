"""WCAG contrast ratios, checked against the published reference values."""

from __future__ import annotations

import pytest

from civicdesk.ui.colours import AA_NORMAL_TEXT, contrast_ratio


def test_reference_values():
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert contrast_ratio("#777", "#fff") == pytest.approx(4.48, abs=0.01)  # just fails AA
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)  # just passes
    assert contrast_ratio("#fff", "#000") == contrast_ratio("#000", "#fff")


def test_light_grey_on_grey_fails_aa():
    assert contrast_ratio("#a0a0a0", "#efefef") < AA_NORMAL_TEXT


def test_a_bad_colour_is_refused():
    with pytest.raises(ValueError):
        contrast_ratio("grey", "#fff")


def test_the_quiet_text_colour_of_empty_states_meets_aa_on_light_pages():
    from civicdesk.ui import colours

    for background in ("#ffffff", "#efefef", colours.NETWORK_BACKGROUND):
        assert contrast_ratio(colours.MUTED, background) >= AA_NORMAL_TEXT, background
