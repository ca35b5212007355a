"""Reading messy spreadsheets and guessing their columns."""

from __future__ import annotations

from datetime import datetime

import pytest

from civicdesk.core.validation import FieldError
from civicdesk.interop.mapping import guess_mapping, mixed_date, postcode_fix, trim, yes_no
from civicdesk.interop.tabular import read_table


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2013", "2013-01-01"),
        ("March 2013", "2013-03-01"),
        ("Sept 2010", "2010-09-01"),
        ("Dec-13", "2013-12-01"),
        ("02-Sep-16", "2016-09-02"),
        ("3/12/2012", "2012-12-03"),
        ("2017-11-07", "2017-11-07"),
        (44138, "2020-11-03"),
        (datetime(2021, 4, 7, 10, 0), "2021-04-07"),
    ],
)
def test_mixed_dates(text, expected):
    assert mixed_date(text) == expected


def test_words_that_are_not_dates_say_so():
    with pytest.raises(FieldError, match="is not a date"):
        mixed_date("2016? Uncertain date")


def test_yes_no_variants_and_tidying():
    assert [yes_no(v) for v in ("Yes", "no ", "Y", "x", "0")] == [True, False, True, True, False]
    assert trim("  Fulford Library St Oswald‰Ûªs\xa0 School ") == "Fulford Library St Oswald’s School"
    assert postcode_fix("NE27 OHJ") == "NE27 0HJ" and postcode_fix("C013 9DA") == "CO13 9DA"


@pytest.mark.parametrize(
    "encoding, newline, bom",
    [
        ("utf-8", "\n", b""),
        ("utf-8", "\r\n", b"\xef\xbb\xbf"),
        ("cp1252", "\r", b""),
    ],
)
def test_encodings_and_line_endings(tmp_path, encoding, newline, bom):
    text = newline.join(["Name,Postcode,Notes", 'Café Nero,LS7 3AB,"two\nlines"', "Crèche Hall,LS8 1AA,£5"])
    path = tmp_path / "in.csv"
    path.write_bytes(bom + text.encode(encoding))
    table = read_table(path)
    assert table.headers == ["Name", "Postcode", "Notes"]
    assert [r[0] for r in table.rows] == ["Café Nero", "Crèche Hall"]
    assert table.rows[0][2] == "two\nlines" and table.rows[1][2] == "£5"


def test_columns_are_matched_by_name_and_by_content(tmp_path):
    path = tmp_path / "halls.csv"
    path.write_text(
        "Venue,Where,Site email,Web\nSt Aidan's Hall,LS7 3AB,a@b.org,www.aidan.org\n"
        "Oak Hall,LS8 1AA,c@d.org,www.oak.org\nElm Hall,LS9 2BB,e@f.org,www.elm.org\n",
        encoding="utf-8",
    )
    mapping = guess_mapping(read_table(path), "space")
    assert mapping.fields() == {"name": "Venue", "address.postcode": "Where", "website": "Web"}
