"""What a bundle changes, said in the window's words, and which values wait in Needs review."""

from __future__ import annotations

from civicdesk.core.field_labels import field_label, field_of_label
from civicdesk.core.wording import possessive
from civicdesk.services.conflicts import ConflictService, choice_words
from civicdesk.services.spaces import SpaceService
from civicdesk.sync.receive import BundleImporter
from tests.unit.review_helpers import START, three_to_review, twenty_changes


def _preview(tmp_path):
    hall, bundle, ids = twenty_changes(tmp_path)
    return hall, BundleImporter(hall, now=lambda: START + 4000).preview(bundle), ids


def test_each_changed_detail_reads_from_what_to_what(tmp_path):
    hall, summary, ids = _preview(tmp_path)
    by_record = {r.record_id: [d.sentence("Kington Residents' Association") for d in r.details]
                 for r in summary.records}
    assert by_record[ids["Chapel Street Hall"]] == [
        "Description: — → Main hall with a stage and a kitchen",
        "Capacity: 40 → 80",
        "Hire cost: £12 an hour → £15 an hour (ours waits in Needs review)",
    ]
    assert "Opening hours: — → Tue 09:30–17:00; Sat 10:00–13:00" in by_record[ids["Kington Library"]]
    assert by_record[ids["Riverside Park"]] == [
        "Category: civic → outdoors",
        "Status: stays thriving (Kington Residents' Association's, at risk, waits in Needs review)",
    ]
    assert sum(len(r.details) for r in summary.records) == 20
    hall.dispose()


def test_what_waits_in_needs_review_says_whose_value_and_why(tmp_path):
    hall, summary, _ids = _preview(tmp_path)
    notes = {(n.title, n.detail.label): n.detail for n in summary.conflicts}
    assert set(notes) == {("Chapel Street Hall", "Hire cost"), ("Kington Library", "Capacity"),
                          ("Riverside Park", "Status")}
    hire = notes["Chapel Street Hall", "Hire cost"]
    assert (hire.waits, hire.waiting, hire.after) == ("ours", "£12 an hour", "£15 an hour")
    assert hire.why == ("You and Kington Residents' Association both changed this without seeing each "
                        "other's change; theirs is newer.")
    status = notes["Riverside Park", "Status"]
    assert (status.waits, status.waiting, status.after) == ("theirs", "at risk", "thriving")
    assert status.why.endswith("yours is newer.")
    as_json = summary.as_json()
    assert {c["waits"] for c in as_json["conflict_details"]} == {"ours", "theirs"}
    assert all("label" in d and "before" in d for r in as_json["records"] for d in r["details"])
    hall.dispose()


def test_labels_are_the_windows_words_and_can_name_a_field():
    assert field_label("space", "hire_cost") == "Hire cost"
    assert field_label("tool", "holder") == "Held by"
    assert field_label("person", "address") == "Home address"
    assert field_label("space", "address") == "Address"
    assert field_of_label("space", "Hire cost") == "hire_cost"
    assert field_of_label("space", "hire_cost") == "hire_cost"
    assert field_of_label("space", "colour") is None
    assert possessive("Kington Residents' Association") == "Kington Residents' Association's"
    assert possessive("Friends of the Parks") == "Friends of the Parks'"


def test_review_choices_name_the_values_and_whose_they_are_and_can_be_taken_back(tmp_path):
    hall = three_to_review(tmp_path)
    review = ConflictService(hall)
    items = {i.field: i for i in review.open_items()}
    hire = items["hire_cost"]
    assert choice_words(hire) == (
        "Keep £15 an hour (Kington Residents' Association's)", "Use £12 an hour (ours)"
    )
    assert choice_words(items["status"]) == ("Keep thriving (ours)",
                                             "Use at risk (Kington Residents' Association's)")
    before = review.keep_other(hire.id)
    assert before == {"hire_cost": "£15 an hour"}
    assert SpaceService(hall).get(hire.record_id).hire_cost == "£12 an hour" and review.count_open() == 2
    review.reopen(hire.id, before)
    assert SpaceService(hall).get(hire.record_id).hire_cost == "£15 an hour" and review.count_open() == 3
    assert review.keep_current(items["capacity"].id) == {}
    review.reopen(items["capacity"].id)
    assert review.count_open() == 3
    hall.dispose()
