"""A bulk write checks references once, at the end, and leaves the database as strict as before."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from civicdesk.db.database import BrokenReferenceError
from civicdesk.db.models import Role
from tests.unit.sync_helpers import make_site, snapshot


def dangling_role(role_id: str) -> Role:
    return Role(id=role_id, created_at="t", updated_at="t", clock="c", person_id="nobody", group_id="nowhere")


@pytest.fixture
def db(tmp_path):
    return make_site(tmp_path / "bulk.sqlite3", "Bulk Street")


def test_a_bulk_write_pointing_nowhere_is_refused_whole_and_names_the_record(db):
    before = snapshot(db)
    with pytest.raises(BrokenReferenceError) as caught, db.write(bulk=True) as session:
        session.add(dangling_role("0190a1b2-c3d4-7e5f-8a9b-00000000000a"))
    assert caught.value.table == "roles" and caught.value.record_id == "0190a1b2-c3d4-7e5f-8a9b-00000000000a"
    assert caught.value.parent in {"people", "groups"}
    assert snapshot(db) == before


def test_after_a_bulk_write_every_write_checks_references_row_by_row_again(db):
    with db.write(bulk=True) as session:  # a bulk write that is fine
        assert session.scalar(select(func.count()).select_from(Role)) == 0
    for _ in range(3):  # whichever pooled connection the next write gets
        with pytest.raises(IntegrityError), db.write() as session:
            session.add(dangling_role("0190a1b2-c3d4-7e5f-8a9b-00000000000b"))
            session.flush()  # refused on the spot, not only at the end
        with db.read() as session:
            assert session.scalar(select(func.count()).select_from(Role)) == 0
