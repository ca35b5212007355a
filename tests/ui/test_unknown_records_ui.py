"""The preview window says what a newer CivicDesk sent that this version keeps without knowing."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from civicdesk.sync.receive import BundleImporter
from civicdesk.ui.bundles import PreviewDialog
from tests.unit.sync_helpers import make_site, ndjson, signed_as
from tests.unit.test_unknown_records import PANELS, panels


def test_the_preview_window_says_what_is_kept_and_the_apply_button_takes_it(qtbot, tmp_path):
    hall = make_site(tmp_path / "hall.sqlite3", "Chapel Street Hall")
    kington = make_site(tmp_path / "kington.sqlite3", "Kington Residents' Association")
    bundle = signed_as(kington, {PANELS: ndjson(panels(kington))})
    dialog = PreviewDialog(BundleImporter(hall).preview(bundle))
    qtbot.addWidget(dialog)
    dialog.show()
    shown = dialog.findChild(QLabel, "bundle_unknown").text()
    assert shown == "2 records of a kind this version does not know — kept and passed on"
    assert dialog.apply_button.isEnabled()
