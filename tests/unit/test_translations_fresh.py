"""The translation files match the source: `make translations` would change nothing."""

from __future__ import annotations

import pytest

from civicdesk.devtools import data_words, translations


def test_the_words_from_data_are_listed_for_lupdate_from_the_constants_themselves():
    assert data_words.TARGET.read_text(encoding="utf-8") == data_words.render(), "run `make translations`"
    listed = data_words.words()
    for word in ("Civic", "civic", "crumbling", "Monday", "Hire cost", "Needs review", "Step-free access"):
        assert word in listed


@pytest.mark.parametrize("language", translations.LANGUAGES)
def test_each_ts_holds_exactly_the_strings_in_the_source(language):
    wanted = translations.extracted()
    have = set(translations.messages(translations.ts_file(language)))
    assert have == wanted, (
        f"{translations.ts_file(language).name} is stale — run `make translations`: "
        f"{len(wanted - have)} missing (e.g. {sorted(wanted - have)[:3]}), "
        f"{len(have - wanted)} no longer used (e.g. {sorted(have - wanted)[:3]})"
    )


def test_every_qm_is_built_from_its_ts_files(tmp_path):
    for language in translations.QM_LANGUAGES:
        built = tmp_path / f"{language}.qm"
        translations.release(language, built)
        assert translations.qm_file(language).read_bytes() == built.read_bytes(), (
            f"{translations.qm_file(language).name} is stale — run `make translations`")


def test_the_extra_translations_fill_only_what_the_translators_file_leaves_unfinished(tmp_path, monkeypatch):
    main = tmp_path / "civicdesk_pl.ts"
    main.write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="pl">'
        '<context><name>MainWindow</name>'
        '<message><source>Se&amp;ttings…</source><translation>Ustawi&amp;enia…</translation></message>'
        '<message numerus="yes"><source>%Ln space(s)</source><translation type="unfinished">'
        '<numerusform></numerusform><numerusform></numerusform><numerusform></numerusform></translation>'
        '</message></context></TS>', encoding="utf-8")
    monkeypatch.setattr(translations, "TRANSLATIONS", tmp_path)
    extra = translations.ROOT / "resources" / "translations" / "extra_pl.ts"
    (tmp_path / "extra_pl.ts").write_text(extra.read_text(encoding="utf-8"), encoding="utf-8")
    merged = _messages(translations.merged("pl"))
    assert merged[("MainWindow", "Se&ttings…")].findtext("translation") == "Ustawi&enia…"  # the translator's
    forms = [f.text for f in merged[("MainWindow", "%Ln space(s)")].iter("numerusform")]
    assert forms == ["%Ln miejsce", "%Ln miejsca", "%Ln miejsc"]  # from extra_pl.ts
    assert ("Data", "Monday") in merged  # strings the translators' file does not have yet


def _messages(tree):
    return {(c.findtext("name") or "", m.findtext("source") or ""): m
            for c in tree.getroot().iter("context") for m in c.iter("message")}
