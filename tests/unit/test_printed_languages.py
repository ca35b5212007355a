"""The directory, the health report and the kit list print in the chosen language; names as they are."""

from __future__ import annotations

import io
import re
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from civicdesk.cli import main
from civicdesk.devtools import print_strings
from civicdesk.errors import CivicDeskError
from civicdesk.reports.directory import build_directory
from civicdesk.reports.directory_data import DirectoryOptions
from civicdesk.reports.health_report import write_health_report
from civicdesk.reports.kit_list import write_kit_list
from civicdesk.reports.words import PrintWords
from civicdesk.services import pickers


def text_of(pdf: bytes) -> str:
    return " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(pdf)).pages)


def test_a_welsh_directory_has_welsh_headings_dates_and_symbol_keys_and_the_names_as_they_are(village):
    printed_on = date(2026, 12, 7)
    pdf, result = build_directory(village, DirectoryOptions(language="cy", printed_on=printed_on))
    welsh = text_of(pdf)
    for words in ("Cynnwys", "Mynegai", "Symbolau yn y cyfeiriadur hwn", "Mynediad heb risiau",
                  "Neuaddau, llyfrgelloedd a chanolfannau cymunedol", "Ble", "Ar agor", "Tudalen 2",
                  "argraffwyd 7 Rhagfyr 2026"):
        assert words in welsh, words
    for english in ("Contents", "Index", "Symbols used", "Step-free access", "Page 2", "December"):
        assert english not in welsh, english
    english_pdf, _ = build_directory(village, DirectoryOptions(printed_on=printed_on))
    names = [choice.name for choice in pickers.choices(village, "space", limit=5)]
    assert names and all(name in welsh and name in text_of(english_pdf) for name in names)
    assert result.entries == 40


def test_the_health_report_and_kit_list_print_in_polish(village, tmp_path: Path):
    space_id = pickers.choices(village, "space", limit=1)[0].record_id
    report = write_health_report(village, space_id, tmp_path / "raport.pdf", today=date(2026, 12, 7),
                                 language="pl")
    polish = text_of(report.read_bytes())
    for words in ("Raport o kondycji", "Wydrukowano 7 grudnia 2026", "Właściciel", "Co jest do zrobienia",
                  "Strona 1"):
        assert words in polish, words
    assert "Printed on" not in polish and "What is due" not in polish
    count = write_kit_list(village, tmp_path / "sprzet.pdf", date(2026, 12, 7), "pl")
    kit = text_of((tmp_path / "sprzet.pdf").read_bytes())
    assert count > 0 and "Wspólny sprzęt" in kit and "Kogo zapytać" in kit and "7 grudnia 2026" in kit


def test_the_command_line_prints_the_directory_in_urdu(village, db_path: Path, tmp_path: Path):
    out = tmp_path / "ڈائریکٹری.pdf"
    assert main(["directory", "--db", str(db_path), "--out", str(out), "--language", "ur"]) == 0
    text = text_of(out.read_bytes())  # Urdu is shaped into Nastaliq glyphs, which pdf text cannot read back
    assert "Elmfield" in text  # names as they are
    assert not [w for w in ("Contents", "Index", "Symbols used", "Page 2", "Where", "Run by") if w in text]


def test_dates_follow_the_language_and_an_unknown_language_is_refused():
    day = date(2026, 12, 7)
    assert [PrintWords(code).long_date(day) for code in ("en", "cy", "pl", "ur")] == [
        "7 December 2026", "7 Rhagfyr 2026", "7 grudnia 2026", "7 دسمبر 2026"]
    with pytest.raises(CivicDeskError, match="unknown language"):
        PrintWords("xx")


@pytest.mark.parametrize("language", ["cy", "pl", "ur"])
def test_every_word_the_printed_pages_use_is_in_the_catalogue_and_translated(language):
    assert print_strings.stale(language) == [], "run `make translations`"
    assert print_strings.untranslated(language) == []


def test_when_groups_meet_prints_in_the_directorys_language(village):
    """"Monthly, Sundays 10:00–12:00" reads "Co miesiąc, w niedziele 10:00–12:00" on a Polish page."""
    english, _ = build_directory(village, DirectoryOptions(language="en"))
    polish, _ = build_directory(village, DirectoryOptions(language="pl"))
    english_text, polish_text = text_of(english), text_of(polish)
    assert re.search(r"Monthly, \w+days \d\d:\d\d–\d\d:\d\d", english_text)
    assert re.search(r"Co miesiąc, we? \w+ \d\d:\d\d–\d\d:\d\d", polish_text)
    assert re.search(r"Co dwa tygodnie, we? \w+ \d\d:\d\d–\d\d:\d\d", polish_text)
    for day in ("Mondays", "Tuesdays", "Wednesdays", "Thursdays", "Fridays", "Saturdays", "Sundays",
                "Monthly"):
        assert day not in polish_text, day
