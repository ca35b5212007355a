"""The network of builders across two groups' laptops: offers, requests, matches, help logged."""

from __future__ import annotations

from datetime import date

import pytest

from civicdesk.errors import CivicDeskError, ValidationError
from civicdesk.services import builders_board as bb
from civicdesk.services.builders import Builders
from civicdesk.services.network import helped_edges, load_graph, node_key
from civicdesk.services.people import PersonService
from tests.unit.builders_helpers import GIVEN, HART, KINGTON, exchange, two_sites, volunteer


def test_an_offer_needs_the_builder_consent(tmp_path):
    s = two_sites(tmp_path)
    shy = volunteer(s["kington"], s["k_group"], "Bob Shy")
    with pytest.raises(ValidationError, match="has not agreed to be listed as a builder"):
        Builders(s["kington"]).offer({"person_id": shy, "skills": ["first aid"]})
    assert bb.board(s["kington"]).offers == []


def test_offer_travels_with_initials_and_is_matched_and_done_on_both_sites(tmp_path):
    s = two_sites(tmp_path)
    kington, hart = s["kington"], s["hart"]
    offer = Builders(kington).offer(
        {
            "person_id": s["aisha"],
            "skills": ["first aid"],
            "areas": ["Hart Bridge"],
            "ways": ["come and run it"],
            "how_often": "once a month",
        }
    )
    assert offer.group_id == s["k_group"]  # through the group she volunteers for
    assert [o.who for o in bb.board(kington).offers] == ["Aisha Khan"]
    exchange(kington, hart)
    seen = bb.board(hart).offers
    assert [o.who for o in seen] == [f"A. K., a volunteer of {KINGTON}"]
    assert [o.printed_who for o in seen] == [f"a volunteer of {KINGTON}"]

    request = Builders(hart).ask(
        {
            "group_id": s["h_group"],
            "name": "first aid cover for the fun day on 14 June",
            "skills": ["first aid"],
            "area": "Hart Bridge",
            "needed_by": "2027-06-14",
        }
    )
    found = bb.matches(hart, request.id)
    assert [m.offer.id for m in found] == [offer.id]
    assert found[0].reasons[:2] == ["offers first aid", "works in Hart Bridge"]

    Builders(hart).answer(request.id, offer.id)
    Builders(hart).accept(request.id)
    Builders(hart).mark_done(request.id, "3.5", date(2027, 6, 14))
    with pytest.raises(CivicDeskError, match="already marked done"):
        Builders(hart).mark_done(request.id, 1, date(2027, 6, 14))
    exchange(hart, kington)
    for db in (kington, hart):
        board = bb.board(db)
        assert [(h.hours, h.helper_group, h.helped_group) for h in board.help] == [(3.5, KINGTON, HART)]
        assert board.hours_by_group == [(KINGTON, 3.5)]
        assert [r.status for r in board.requests] == ["done"]
        assert len(bb.help_of_group(db, s["k_group"])) == 1 == len(bb.help_of_group(db, s["h_group"]))
    graph = load_graph(kington)
    assert (node_key("group", s["k_group"]), node_key("group", s["h_group"])) in {
        tuple(sorted(e, key=lambda k: k != node_key("group", s["k_group"]))) for e in helped_edges(graph)
    }


def test_bad_hours_are_refused_and_nothing_changes(tmp_path):
    s = two_sites(tmp_path)
    b = Builders(s["kington"])
    offer = b.offer({"group_id": s["k_group"], "skills": ["repair café"]})
    request = b.ask({"group_id": s["k_group"], "name": "start a repair café"})
    assert [m.reasons[0] for m in bb.matches(s["kington"], request.id)] == ["offers repair café"]
    b.answer(request.id, offer.id)
    with pytest.raises(ValidationError, match="not a number of hours"):
        b.mark_done(request.id, "lots", date(2027, 1, 1))
    assert bb.board(s["kington"]).help == []
    assert [r.status for r in bb.board(s["kington"]).requests] == ["answered"]


def test_gaps_name_the_skill_and_the_area(tmp_path):
    s = two_sites(tmp_path)
    Builders(s["hart"]).ask(
        {
            "group_id": s["h_group"],
            "name": "training for our new volunteers",
            "skills": ["safeguarding training"],
            "area": "Hart Bridge",
        }
    )
    assert bb.board(s["hart"]).gaps == ["No one offers safeguarding training in Hart Bridge"]


def test_withdrawing_the_builder_consent_hides_the_offer(tmp_path):
    s = two_sites(tmp_path)
    Builders(s["kington"]).offer({"person_id": s["aisha"], "skills": ["first aid"]})
    PersonService(s["kington"]).update(s["aisha"], {"consent_builder": {**GIVEN, "given": False}})
    assert bb.board(s["kington"]).offers == []
    exchange(s["kington"], s["hart"])
    assert bb.board(s["hart"]).offers == []
    assert HART  # the other laptop's name, used by the helpers
