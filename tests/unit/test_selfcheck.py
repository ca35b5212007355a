"""The self-check reports each step and names what failed; its PDF uses the bundled fonts."""

from __future__ import annotations

import io
import shutil

import pytest
from pypdf import PdfReader

from civicdesk import selfcheck
from civicdesk.paths import resource_path
from civicdesk.selfcheck import Context, NotInThisBuildError, Step

NOTO = resource_path("fonts", "NotoSans-Regular.ttf")  # the copy the repository ships


def test_a_failing_step_is_named_and_the_others_still_run(monkeypatch):
    ran = []

    def boom(_ctx: Context) -> str:
        raise FileNotFoundError("no such file: fonts/NotoSans-Regular.ttf")

    def fine(_ctx: Context) -> str:
        ran.append("fine")
        return "all good"

    def later(_ctx: Context) -> str:
        raise NotInThisBuildError("not available in this build")

    steps = (Step("render a PDF", boom), Step("count things", fine), Step("swap a bundle", later))
    monkeypatch.setattr(selfcheck, "STEPS", steps)
    out = io.StringIO()
    assert selfcheck.self_check(out) == 1
    text = out.getvalue()
    assert "✗ render a PDF: FileNotFoundError: no such file: fonts/NotoSans-Regular.ttf" in text
    assert "✓ count things: all good" in text
    assert "– swap a bundle: not available in this build" in text
    assert text.rstrip().splitlines()[-1].startswith("self-check FAILED at: render a PDF")
    assert ran == ["fine"]


def test_unavailable_steps_do_not_fail_the_check(monkeypatch):
    def later(_ctx: Context) -> str:
        raise NotInThisBuildError("not available in this build")

    monkeypatch.setattr(selfcheck, "STEPS", (Step("ok", lambda _c: "yes"), Step("bundle", later)))
    out = io.StringIO()
    assert selfcheck.self_check(out) == 0
    assert "self-check passed: 1 steps checked, 1 not available in this build" in out.getvalue()


def test_the_sample_pdf_embeds_a_bundled_font_and_shows_accents(village, tmp_path, monkeypatch):
    fonts = tmp_path / "resources" / "fonts"
    fonts.mkdir(parents=True)
    shutil.copy(NOTO, fonts / NOTO.name)
    monkeypatch.setattr(selfcheck, "resource_path", lambda *parts: (tmp_path / "resources").joinpath(*parts))
    monkeypatch.setattr(selfcheck, "DIRECTORY_MODULE", "civicdesk.reports.not_here")  # force the sample page
    detail = selfcheck.directory_pdf(Context(tmp_path, db=village))
    assert "1 page" in detail and "bundled fonts embedded" in detail
    reader = PdfReader(tmp_path / "directory.pdf")
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    assert "Łódź" in text
    fonts_used = [str(f.get_object()["/BaseFont"]) for f in reader.pages[0]["/Resources"]["/Font"].values()]
    assert any("NotoSans" in name for name in fonts_used)


def test_without_bundled_fonts_the_pdf_says_so(village, tmp_path, monkeypatch):
    monkeypatch.setattr(selfcheck, "resource_path", lambda *parts: (tmp_path / "nothing").joinpath(*parts))
    monkeypatch.setattr(selfcheck, "DIRECTORY_MODULE", "civicdesk.reports.not_here")
    detail = selfcheck.directory_pdf(Context(tmp_path, db=village))
    assert "standard PDF fonts" in detail


def test_steps_needing_the_database_fail_clearly_without_it(tmp_path):
    with pytest.raises(RuntimeError, match="migration step"):
        selfcheck.village(Context(tmp_path))
