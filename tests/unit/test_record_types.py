"""The one list of record types covers every synced model, and what lists types reads it."""

from __future__ import annotations

import subprocess
import sys

from civicdesk.core.field_labels import LABELS
from civicdesk.core.record_types import MAIN_TYPES, RECORD_TYPES
from civicdesk.core.search_index import SEARCHABLE_TYPES
from civicdesk.db.models import SYNCED_MODELS
from civicdesk.interop.importer import SERVICES
from civicdesk.interop.mapping import TARGETS
from civicdesk.services.listing import LISTINGS
from civicdesk.services.overview import STATS_KEYS


def test_every_synced_model_is_in_the_list_with_its_table():
    listed = {(t.name, t.plural, t.model) for t in RECORD_TYPES}
    assert listed == {(m.RECORD_TYPE, m.__tablename__, m) for m in SYNCED_MODELS}


def test_the_main_types_have_a_service_a_list_labels_and_an_import_mapping():
    assert MAIN_TYPES == ("space", "group", "person", "tool")
    for name in MAIN_TYPES:
        assert name in SERVICES and name in LISTINGS and name in LABELS and name in TARGETS, name


def test_search_and_stats_read_the_list():
    assert SEARCHABLE_TYPES == MAIN_TYPES
    assert [key for key, _model in STATS_KEYS][:4] == ["spaces", "groups", "people", "tools"]
    assert "compliance_kinds" not in dict(STATS_KEYS)


def test_the_command_line_offers_the_main_types():
    for command in (["import", "x.csv", "--type", "bench"], ["edit", "bench", "1"]):
        out = subprocess.run(
            [sys.executable, "-m", "civicdesk", "--db", "unused.sqlite3", *command],
            capture_output=True, text=True,
        )
        assert out.returncode == 2
        assert "'space', 'group', 'person', 'tool'" in out.stderr
