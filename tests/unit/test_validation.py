import pytest

from civicdesk.core import validation as v
from civicdesk.core.validation import FieldError
from civicdesk.errors import ValidationError
from civicdesk.services.groups import GroupService
from civicdesk.services.people import PersonService
from civicdesk.services.spaces import SpaceService


@pytest.mark.parametrize(
    "typed, stored", [("ls7 3ab", "LS7 3AB"), ("SW1A1AA", "SW1A 1AA"), (" m1  1ae ", "M1 1AE")]
)
def test_postcodes_are_tidied(typed, stored):
    assert v.postcode(typed) == stored


@pytest.mark.parametrize("bad", ["LS7", "12345", "LS7 3A", "hello"])
def test_bad_postcodes_are_refused_with_an_example(bad):
    with pytest.raises(FieldError, match="not a UK postcode.*LS7 3AB"):
        v.postcode(bad)


def test_phone_numbers_are_checked_and_formatted():
    assert v.phone("01134960123") == "0113 496 0123"
    assert v.phone("+44 20 7946 0123") == "020 7946 0123"
    with pytest.raises(FieldError, match="phone"):
        v.phone("12345")


def test_email_and_web_addresses():
    assert v.email(" jo@example.org ") == "jo@example.org"
    with pytest.raises(FieldError, match="not an email address"):
        v.email("jo@")
    assert v.url("example.org/hall") == "https://example.org/hall"
    with pytest.raises(FieldError, match="not a web address"):
        v.url("not a website")


def test_dates_accept_british_and_iso_forms():
    assert v.iso_date("27/11/2026") == "2026-11-27"
    assert v.iso_date("2026-11-27") == "2026-11-27"
    with pytest.raises(FieldError, match="not a date"):
        v.iso_date("31/02/2026")


def test_a_space_with_a_bad_postcode_and_no_name_is_refused_and_not_saved(db):
    spaces = SpaceService(db)
    with pytest.raises(ValidationError) as caught:
        spaces.create({"name": "  ", "category": "civic", "address": {"postcode": "LS7"}})
    assert set(caught.value.errors) == {"name", "address"}
    assert "postcode" in caught.value.errors["address"]
    assert spaces.count() == 0


def test_every_wrong_field_is_reported_at_once(db):
    with pytest.raises(ValidationError) as caught:
        PersonService(db).create({"name": "Ann", "email": "ann@", "phone": "999"})
    assert set(caught.value.errors) == {"email", "phone"}


def test_unknown_category_and_kind_are_named(db):
    with pytest.raises(ValidationError, match="category"):
        SpaceService(db).create({"name": "Hall", "category": "castle"})
    with pytest.raises(ValidationError, match="kind of group"):
        GroupService(db).create({"name": "Choir", "kind": "band"})
