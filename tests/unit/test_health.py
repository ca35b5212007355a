"""Health checks, compliance dates and ACV windows as a committee relies on them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from civicdesk.errors import ValidationError
from civicdesk.services.acv import acv_status
from civicdesk.services.attachments import attachment_path, file_sha256
from civicdesk.services.compliance import ComplianceService
from civicdesk.services.dashboard import Filters, build_dashboard
from civicdesk.services.health import QUESTIONS, SCALES, HealthService, answers_in_words
from civicdesk.services.spaces import SpaceService

TODAY = date(2026, 3, 15)


def answers(value: int) -> dict[str, int]:
    return {q: value for q in QUESTIONS}


@pytest.fixture
def hall(db):
    return SpaceService(db).create({"name": "St Mary's Hall", "category": "civic",
                                    "owner": {"name": "Parish Council"}})


def test_every_scale_has_five_labels_worst_first():
    assert [s.key for s in SCALES] == list(QUESTIONS)
    assert all(len(s.labels) == 5 for s in SCALES)
    words = answers_in_words({**answers(1), "ownership_risk": 5, "condition": 5})
    assert words["condition"] == "refreshed" and words["trend"] == "dying"
    assert words["ownership_risk"] == "secure" and words["openness"] == "members only"


def test_a_check_sets_the_space_status_and_history_is_oldest_first(db, hall):
    service = HealthService(db)
    service.add_check(hall.id, answers(5), checked_on="2026-01-10", today=TODAY)
    poor = service.add_check(hall.id, answers(1), checked_on="2026-03-01", assessor="Ann", today=TODAY)
    assert poor.score == 0 and poor.status == "at risk"
    assert SpaceService(db).get(hall.id).status == "at risk"
    # A back-dated check joins the history but does not overrule the newest one.
    service.add_check(hall.id, answers(3), checked_on="2025-06-01", today=TODAY)
    assert SpaceService(db).get(hall.id).status == "at risk"
    dates = [c.checked_on for c in service.space_history(hall.id)]
    assert dates == ["2025-06-01", "2026-01-10", "2026-03-01"]
    changes = [(h.old_value, h.new_value) for h in SpaceService(db).history(hall.id) if h.field == "status"]
    assert changes == [("stable", "thriving"), ("thriving", "at risk")]  # stamped through RecordWriter


def test_a_closed_space_stays_closed(db, hall):
    SpaceService(db).update(hall.id, {"status": "closed"})
    HealthService(db).add_check(hall.id, answers(5), today=TODAY)
    assert SpaceService(db).get(hall.id).status == "closed"


def test_bad_answers_are_refused_by_field(db, hall):
    with pytest.raises(ValidationError) as caught:
        HealthService(db).add_check(hall.id, {**answers(3), "usage": 6, "trend": None},
                                    checked_on="2027-01-01", today=TODAY)
    assert set(caught.value.errors) == {"usage", "trend", "checked_on"}
    assert HealthService(db).space_history(hall.id) == []


def test_gas_certificate_next_due_and_mark_done(db, hall):
    service = ComplianceService(db)
    item = service.add_item(hall.id, "Gas safety certificate", last_done="2025-01-31")
    assert item.interval_months == 12 and item.next_due == "2026-01-31"
    assert service.items_for(hall.id, TODAY)[0].state == "overdue"
    done = service.mark_done(item.id, today=TODAY)
    assert (done.last_done, done.next_due) == ("2026-03-15", "2027-03-15")
    assert service.items_for(hall.id, TODAY)[0].state == "ok"


def test_next_due_can_be_overridden_and_reset(db, hall):
    service = ComplianceService(db)
    eicr = "Electrical installation condition report (EICR)"
    item = service.add_item(hall.id, eicr, last_done="2024-02-29")
    assert item.next_due == "2029-02-28"  # five years on, clamped to the month's end
    item = service.override_next_due(item.id, "01/06/2026")
    assert item.next_due == "2026-06-01" and item.next_due_overridden
    item = service.edit_item(item.id, {"last_done": "2024-03-01"})
    assert item.next_due == "2026-06-01"  # a date typed by hand wins
    item = service.override_next_due(item.id, None)
    assert item.next_due == "2029-03-01" and not item.next_due_overridden


def test_own_kinds_are_offered_with_their_interval(db, hall):
    service = ComplianceService(db)
    service.add_kind("Defibrillator pads", 24)
    assert any(k.name == "Defibrillator pads" and not k.builtin for k in service.kinds())
    item = service.add_item(hall.id, "Defibrillator pads", last_done="2026-01-01")
    assert item.next_due == "2028-01-01"
    with pytest.raises(ValidationError):
        service.add_kind("gas safety certificate", 12)


def test_a_certificate_is_copied_beside_the_database(db, hall, tmp_path: Path):
    certificate = tmp_path / "gas-2026.pdf"
    certificate.write_bytes(b"%PDF-1.4 certificate")
    service = ComplianceService(db)
    item = service.add_item(hall.id, "Gas safety certificate", last_done="2026-01-01")
    item = service.attach_document(item.id, certificate)
    sha = file_sha256(certificate)
    assert item.document == {"name": "gas-2026.pdf", "sha256": sha}
    assert attachment_path(db.path, sha).read_bytes() == b"%PDF-1.4 certificate"


def test_acv_listing_expiry_and_moratorium_windows():
    listed = acv_status({"listed_on": "2021-06-15"}, date(2026, 3, 15))
    assert listed.expires_on == date(2026, 6, 15) and listed.state == "expiring"
    assert "cannot be extended" in listed.warnings()[0]
    notice = acv_status({"listed_on": "2024-01-01", "disposal_notice_on": "2026-03-01"}, date(2026, 3, 15))
    assert notice.interim_moratorium_ends == date(2026, 4, 12)
    assert notice.full_moratorium_ends == date(2026, 9, 1)
    assert notice.moratorium == "interim" and notice.state == "listed"
    assert acv_status({"listed_on": "2020-01-01"}, date(2026, 3, 15)).state == "expired"


def test_dashboard_sections_and_filters(db, hall):
    other = SpaceService(db).create({"name": "Rec Ground", "category": "outdoors"})
    ComplianceService(db).add_item(hall.id, "Insurance", last_done="2025-03-01")  # overdue
    ComplianceService(db).add_item(other.id, "Insurance", last_done="2025-04-01")  # due in 17 days
    SpaceService(db).update(hall.id, {"acv": {"listed_on": "2021-06-15"}})  # 4 years 9 months ago
    HealthService(db).add_check(other.id, answers(1), checked_on="2024-01-01", today=TODAY)
    board = build_dashboard(db, TODAY)
    assert [r.space_name for r in board.overdue] == ["St Mary's Hall"]
    assert [(r.space_name, r.days_left) for r in board.due_within_30_days] == [("Rec Ground", 17)]
    assert [r.space_name for r in board.acv_expiring_within_180_days] == ["St Mary's Hall"]
    assert [r.space_name for r in board.at_risk_spaces] == ["Rec Ground"]
    assert [r.space_name for r in board.never_checked] == ["St Mary's Hall"]
    assert [r.space_name for r in board.not_checked_in_12_months] == ["Rec Ground"]
    only_council = build_dashboard(db, TODAY, Filters(owner="Parish Council"))
    assert only_council.due_within_30_days == [] and len(only_council.overdue) == 1
    assert build_dashboard(db, TODAY, Filters(category="outdoors")).overdue == []


def test_the_health_report_pdf_names_the_space_and_highlights_overdue_items(db, hall, tmp_path: Path):
    from pypdf import PdfReader

    from civicdesk.reports.health_report import write_health_report

    HealthService(db).add_check(hall.id, answers(2), checked_on="2025-05-01", today=TODAY)
    HealthService(db).add_check(hall.id, answers(4), checked_on="2026-02-01", assessor="Ann", today=TODAY)
    ComplianceService(db).add_item(hall.id, "Gas safety certificate", last_done="2025-01-01")
    SpaceService(db).update(hall.id, {"acv": {"listed_on": "2021-06-15"}})
    out = write_health_report(db, hall.id, tmp_path / "hall.pdf", today=TODAY)
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    for expected in ("Health report: St Mary's Hall", "Parish Council", "Score 75 out of 100",
                     "good", "Overdue by 73 days", "Gas safety certificate", "cannot be extended"):
        assert expected in text
