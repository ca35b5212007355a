"""Every script in the example data prints with a real glyph, from a font embedded in the PDF."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from civicdesk.reports import fonts
from civicdesk.reports.directory import render_sample
from civicdesk.services.demo_people_places import vocabulary

MULTILINGUAL = vocabulary()["multilingual"]["groups"]


@pytest.mark.parametrize("bold", [False, True])
@pytest.mark.parametrize(("name", "description", "language"), MULTILINGUAL)
def test_each_script_is_covered_by_its_font(name, description, language, bold):
    assert fonts.missing_glyphs(name, bold) == []
    assert fonts.missing_glyphs(description, bold) == []


def test_text_is_split_into_runs_per_script():
    scripts = {language: fonts.main_script(name) for name, _, language in MULTILINGUAL}
    assert scripts["Arabic"] == fonts.ARABIC and scripts["Urdu"] == fonts.URDU
    assert scripts["Bengali"] == fonts.BENGALI and scripts["Chinese"] == fonts.CJK
    assert {scripts[x] for x in ("Polish", "Turkish", "Greek", "Russian")} == {fonts.LATIN}
    mixed = fonts.runs("Meets at 华人社区中心 on Saturdays")
    assert [r.script for r in mixed] == [fonts.LATIN, fonts.CJK, fonts.LATIN]
    assert "".join(r.text for r in mixed) == "Meets at 华人社区中心 on Saturdays"


def test_right_to_left_words_are_drawn_in_reading_order():
    first, second, third = "مجموعة", "النساء", "العربيات"
    assert fonts.base_direction(f"{first} {second}") == "rtl"
    assert fonts._visual_words([first, second, third]) == [third, second, first]
    # A Latin name inside Arabic text keeps its own order.
    assert fonts._visual_words([first, "Green", "End", second]) == [second, "Green", "End", first]
    assert fonts.reorder_inline(f"Group: {first} {second}") == f"Group: {second} {first}"


def test_sample_page_embeds_every_bundled_font(tmp_path: Path):
    out = render_sample(tmp_path / "sample.pdf")
    reader = PdfReader(str(out))
    assert len(reader.pages) == 1
    embedded = {}
    for font in reader.pages[0]["/Resources"]["/Font"].values():
        font = font.get_object()
        descriptor = font.get("/FontDescriptor")
        name = str(font["/BaseFont"]).split("+")[-1]
        embedded[name] = descriptor is not None and "/FontFile2" in descriptor.get_object()
    assert all(embedded.values()), embedded
    families = " ".join(embedded)
    for family in ("NotoSans", "NotoNaskhArabic", "NotoNastaliqUrdu", "NotoSansBengali", "WenQuanYi"):
        assert family in families
    text = reader.pages[0].extract_text()
    for name in ("Łódź Polish Community Club", "Türk Toplum Derneği", "Ελληνική Κοινότητα",
                 "Русская субботняя школа", "华人社区中心"):
        assert name in text
