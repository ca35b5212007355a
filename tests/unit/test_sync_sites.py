"""Three groups edit, delete, erase and swap bundles in any order: they always converge.

Bundles may arrive late, twice or never, clocks may be hours apart; after one full exchange
every site holds exactly the same records, and no erased person has come back.
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule
from sqlalchemy import select

from civicdesk.core.clock import wall_clock_ms
from civicdesk.core.consent import erased_values
from civicdesk.core.record_writer import RecordWriter
from civicdesk.db.database import Database
from civicdesk.db.models import SYNCED_MODELS, Peer, Person
from civicdesk.errors import NotFoundError
from civicdesk.services.people import PersonService
from civicdesk.services.spaces import SpaceService
from civicdesk.sync.export import build_bundle, load_states
from civicdesk.sync.receive import BundleImporter
from civicdesk.sync.rows import shape_of
from tests.unit.sync_helpers import make_site, snapshot

GROUPS = ("Hall", "Library", "Tenants")
CONSENT = {"given": True, "on": "2026-01-05", "how": "form", "recorded_by": "Sec"}
_TEMPLATES: list[Path] = []


def templates() -> list[Path]:
    """Three migrated databases, each with its own site, made once and copied per example."""
    if not _TEMPLATES:
        folder = Path(tempfile.mkdtemp(prefix="civicdesk-sites-"))
        for group in GROUPS:
            db = make_site(folder / f"{group}.sqlite3", group)
            snapshot(db)
            _TEMPLATES.append(db.path)
    return _TEMPLATES


class Wall:
    def __init__(self, start: int) -> None:
        self.start, self.skew, self.steps = start, 0, 0

    def __call__(self) -> int:
        return self.start + self.steps * 1000 + self.skew


class ThreeSites(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="civicdesk-run-"))
        start = wall_clock_ms()
        self.walls = [Wall(start) for _ in GROUPS]
        self.dbs: list[Database] = []
        for template in templates():
            shutil.copyfile(template, self.folder / template.name)
            self.dbs.append(Database(self.folder / template.name))
        self.spaces: list[str] = []
        self.people: list[str] = []
        self.mailbox: list[tuple[int, bytes]] = []

    def teardown(self) -> None:
        for db in self.dbs:
            db.dispose()
        shutil.rmtree(self.folder, ignore_errors=True)

    def _tick(self) -> None:
        for wall in self.walls:
            wall.steps += 1

    sites = st.integers(0, len(GROUPS) - 1)

    @rule(site=sites, name=st.sampled_from(["Hall", "Chapel", "Park"]))
    def create_space(self, site: int, name: str) -> None:
        self._tick()
        self.spaces.append(
            SpaceService(self.dbs[site], now=self.walls[site]).create({"name": name, "category": "civic"}).id
        )

    @precondition(lambda self: self.spaces)
    @rule(
        site=sites, pick=st.integers(0, 50), text=st.sampled_from(["big kitchen", "garden", "closed Mondays"])
    )
    def edit_space(self, site: int, pick: int, text: str) -> None:
        self._tick()
        with contextlib.suppress(NotFoundError):  # not arrived here yet, or deleted
            SpaceService(self.dbs[site], now=self.walls[site]).update(
                self.spaces[pick % len(self.spaces)], {"description": text, "capacity": len(text)}
            )

    @precondition(lambda self: self.spaces)
    @rule(site=sites, pick=st.integers(0, 50))
    def delete_space(self, site: int, pick: int) -> None:
        self._tick()
        with contextlib.suppress(NotFoundError):
            SpaceService(self.dbs[site], now=self.walls[site]).delete(self.spaces[pick % len(self.spaces)])

    @rule(site=sites, name=st.sampled_from(["Ann Lee", "Bo Chan", "Cy Dunn"]))
    def create_person(self, site: int, name: str) -> None:
        self._tick()
        person = PersonService(self.dbs[site], now=self.walls[site]).create(
            {"name": name, "email": "someone@example.org", "consent_bundles": CONSENT}
        )
        self.people.append(person.id)

    @precondition(lambda self: self.people)
    @rule(site=sites, pick=st.integers(0, 50), phone=st.sampled_from(["0113 496 0001", "0113 496 0002"]))
    def edit_person(self, site: int, pick: int, phone: str) -> None:
        self._tick()
        service = PersonService(self.dbs[site], now=self.walls[site])
        with contextlib.suppress(NotFoundError):
            person = service.get(self.people[pick % len(self.people)])
            if not person.erased:  # the app refuses edits to an erased person
                service.update(person.id, {"phone": phone})

    @precondition(lambda self: self.people)
    @rule(site=sites, pick=st.integers(0, 50))
    def erase_person(self, site: int, pick: int) -> None:
        self._tick()
        with self.dbs[site].write() as session:
            person = session.get(Person, self.people[pick % len(self.people)])
            if person is not None:
                RecordWriter(session, now=self.walls[site]).update(
                    person, {**erased_values(), "erased": True}
                )

    @rule(site=sites, skew_minutes=st.integers(-180, 180))
    def skew_clock(self, site: int, skew_minutes: int) -> None:
        self.walls[site].skew = skew_minutes * 60_000

    @rule(site=sites, to=sites, incremental=st.booleans())
    def export(self, site: int, to: int, incremental: bool) -> None:
        peer = None
        if incremental:
            with self.dbs[site].read() as session:
                peer = session.scalars(select(Peer.name).where(Peer.name == GROUPS[to])).first()
        self.mailbox.append((site, build_bundle(self.dbs[site], peer).data))

    @precondition(lambda self: self.mailbox)
    @rule(pick=st.integers(0, 50), to=sites)
    def deliver(self, pick: int, to: int) -> None:
        self._tick()
        origin, data = self.mailbox[pick % len(self.mailbox)]
        if origin != to:
            BundleImporter(self.dbs[to], now=self.walls[to]).apply(data, backup=False)

    @invariant()
    def erased_people_stay_blank(self) -> None:
        for db in self.dbs:
            with db.read() as session:
                for person in session.scalars(select(Person).where(Person.erased.is_(True))):
                    assert person.name == "" and person.email == "" and person.phone == ""

    def _state(self, db: Database) -> dict[str, list[tuple[object, ...]]]:
        with db.read() as session:
            conn = session.connection()
            return {
                m.__tablename__: [(s.id, s.values, s.clocks) for s in load_states(conn, shape_of(m))]
                for m in SYNCED_MODELS
            }

    def check_convergence(self) -> None:
        for _round in range(2):
            for i, source in enumerate(self.dbs):
                data = build_bundle(source).data
                for j, target in enumerate(self.dbs):
                    if i != j:
                        BundleImporter(target, now=self.walls[j]).apply(data, backup=False)
        states = [self._state(db) for db in self.dbs]
        assert states[0] == states[1] == states[2]
        erased = {row[0] for row in states[0]["people"] if row[1]["erased"]}
        for person in erased:
            assert all(r[1]["name"] == "" for r in states[0]["people"] if r[0] == person)


class ConvergingSites(ThreeSites):
    def teardown(self) -> None:
        try:
            self.check_convergence()
        finally:
            super().teardown()


ConvergingSites.TestCase.settings = settings(
    max_examples=12,
    stateful_step_count=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
TestThreeSitesConverge = ConvergingSites.TestCase
