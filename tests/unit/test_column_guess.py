"""Columns told by their cells: postcodes, web addresses, emails, phones, addresses and names."""

from __future__ import annotations

from civicdesk.interop.column_guess import guess_by_contents, read_column, samples


def test_kinds_of_column():
    assert read_column(["LS7 3AB", "ls8 1aa", "M1 1AE", ""]).kind == "postcode"
    assert read_column(["www.leeds.gov.uk/libraries", "https://a.example/x", "bradford.gov.uk"]).kind == "url"
    assert read_column(["a@b.org", "c@d.co.uk", "e@f.com"]).kind == "email"
    assert read_column(["0113 496 0000", "+44 113 496 0001", "01904 123456"]).kind == "phone"
    assert read_column(
        ["2 Town Square, Barking", "Gale Street, Dagenham", "1 Church Elm Lane, Dagenham"]
    ).kind == ("address")
    assert read_column(["Barking", "Castle Green", "Dagenham"]).kind == "place"
    assert read_column(["72", "56", "9"]).kind is None


def test_names_are_the_place_column_that_differs_on_every_row():
    columns = {
        "Column 1": ["Leeds", "Leeds", "Leeds", "Leeds"],
        "Column 2": ["Armley", "Bramley", "Chapel Allerton", "Headingley"],
        "Column 3": ["LS12 3AB", "LS13 2CD", "LS7 4EF", "LS6 3GH"],
    }
    assert guess_by_contents(columns, "space") == {"Column 2": "name", "Column 3": "address.postcode"}
    assert guess_by_contents(columns, "space", taken={"name"}) == {"Column 3": "address.postcode"}


def test_samples_skip_empty_cells():
    assert samples(["", None, " a ", "b", "c", "d"]) == ["a", "b", "c"]
