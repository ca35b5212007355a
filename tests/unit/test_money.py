"""Money per space as a treasurer relies on it: entries, backlog, invoices, payments and the facts."""

from __future__ import annotations

from datetime import date

import pytest

from civicdesk.errors import ValidationError
from civicdesk.services import invoices, money_settings
from civicdesk.services.finance_facts import finance_facts
from civicdesk.services.money import BacklogService, MoneyEntryService, backlog_of, pence, pounds
from civicdesk.services.spaces import SpaceService

TODAY = date(2026, 6, 30)


@pytest.fixture
def hall(db):
    return SpaceService(db).create({"name": "Ashby Village Hall", "category": "civic"})


def test_amounts_are_typed_in_pounds_and_kept_in_pence():
    assert pence("£1,234.50") == 123450
    assert pence("12") == 1200
    assert pounds(123450) == "£1,234.50" and pounds(-500, False) == "-£5"
    for bad in ("twelve", "-3", "1.234", "nan"):
        with pytest.raises(ValueError):
            pence(bad)


def test_income_against_costs_months_of_reserves_and_backlog_against_reserves(db, hall):
    entries = MoneyEntryService(db)
    for kind, category, amount, day in [
        ("income", "grant", "6000", "2026-02-01"),
        ("income", "bar", "1200", "2026-03-01"),
        ("cost", "energy", "4800", "2026-01-15"),
        ("cost", "insurance", "1200", "2025-09-01"),
        ("cost", "repairs", "999", "2024-05-01"),  # more than a year ago: not in the 12 months
        ("reserves", "", "3000", "2025-04-01"),
        ("reserves", "", "4500", "2026-04-01"),  # the latest statement counts
    ]:
        entries.create({"space_id": hall.id, "kind": kind, "category": category, "amount_pence": amount,
                        "dated": day})
    BacklogService(db).create({"space_id": hall.id, "title": "Roof", "kind": "roof",
                               "estimated_pence": "45000", "urgency": "urgent", "due_year": 2027})
    BacklogService(db).create({"space_id": hall.id, "title": "Old boiler", "kind": "heating",
                               "estimated_pence": "8000", "done_on": "2025-01-01"})
    invoice = invoices.issue(db, hall.id, {"name": "Yoga with Sam"},
                             [{"description": "Hall hire, 2 hours", "quantity": 2, "unit_pence": "15"}],
                             issued_on=date(2026, 5, 1))
    invoices.record_payment(db, invoice.id, "10", date(2026, 5, 10))

    facts = finance_facts(db, hall.id, TODAY)
    assert facts.income_pence == 720000 + 1000  # grant, bar and £10 hire paid
    assert facts.income_by_category["hire"] == 1000
    assert facts.costs_pence == 600000
    assert facts.reserves_pence == 450000 and facts.months_of_reserves == 9.0
    assert facts.backlog_pence == 4500000 and facts.backlog_items == 1  # the finished boiler is not owed
    assert facts.backlog_to_reserves == 10.0
    assert facts.unpaid_pence == 2000 and facts.overdue_invoices == 1
    words = facts.in_words()
    assert words["income_costs"] == (
        "Income £7,210 against costs £6,000 in the last 12 months: a surplus of £1,210"
    )
    assert words["reserves"] == "Reserves £4,500: 9 months of running costs"
    assert "10 times the reserves" in words["backlog"]
    assert [b.title for b in backlog_of(db, hall.id)] == ["Roof"]


def test_a_space_with_no_money_entered_says_so(db, hall):
    words = finance_facts(db, hall.id, TODAY).in_words()
    assert words == {"money": "No income, costs or reserves entered yet"}


def test_a_wrong_category_or_amount_is_refused_naming_the_field(db, hall):
    with pytest.raises(ValidationError) as wrong:
        MoneyEntryService(db).create({"space_id": hall.id, "kind": "income", "category": "energy",
                                      "amount_pence": "5", "dated": "2026-01-01"})
    assert "category" in wrong.value.errors
    with pytest.raises(ValidationError) as wrong:
        MoneyEntryService(db).create({"space_id": hall.id, "kind": "cost", "amount_pence": "lots",
                                      "dated": "2026-01-01"})
    assert "amount_pence" in wrong.value.errors


def test_invoices_and_receipts_are_numbered_per_site_and_never_reused(db, hall):
    money_settings.save(db, {"invoice_prefix": "avh", "payment_terms_days": 30})
    line = [{"description": "Hire", "quantity": 1, "unit_pence": "40"}]
    first = invoices.issue(db, hall.id, {"name": "A"}, line, issued_on=date(2026, 1, 1))
    second = invoices.issue(db, hall.id, {"name": "B"}, line, issued_on=date(2026, 1, 2))
    assert (first.number, second.number) == ("AVH-0001", "AVH-0002")
    assert first.due_on == "2026-01-31" and first.total_pence == 4000
    invoices.InvoiceService(db).delete(second.id)  # cancelled
    third = invoices.issue(db, hall.id, {"name": "C"}, line, issued_on=date(2026, 1, 3))
    assert third.number == "AVH-0003"
    receipt = invoices.record_payment(db, first.id, "40", date(2026, 1, 5), method="cash")
    assert receipt.receipt_number == "AVH-R0001"
    assert [i.number for i in invoices.unpaid(db, date(2026, 3, 1))] == ["AVH-0003"]


def test_a_payment_against_a_cancelled_invoice_is_refused(db, hall):
    line = [{"description": "Hire", "quantity": 1, "unit_pence": "40"}]
    invoice = invoices.issue(db, hall.id, {"name": "A"}, line, issued_on=date(2026, 1, 1))
    invoices.InvoiceService(db).delete(invoice.id)
    with pytest.raises(ValidationError):
        invoices.record_payment(db, invoice.id, "40", date(2026, 1, 5))


def test_bad_bank_details_are_refused_and_nothing_changes(db):
    before = money_settings.load(db)
    with pytest.raises(ValidationError) as wrong:
        money_settings.save(db, {"sort_code": "12345", "account_name": "Hall"})
    assert "sort_code" in wrong.value.errors
    assert money_settings.load(db) == before
    saved = money_settings.save(db, {"sort_code": "123456", "account_number": "12345678",
                                     "account_name": "Ashby VH", "charity_number": "1012345"})
    assert saved.sort_code == "12-34-56" and saved.has_bank_details
