"""The import wizard driven by keyboard and mouse on a messy Windows-1252 spreadsheet."""

from __future__ import annotations

import hashlib

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox, QWizard
from sqlalchemy import select

from civicdesk.db.models import Space
from civicdesk.services.spaces import SpaceService
from civicdesk.ui.importing.wizard import ImportWizard

MESSY = "\r\n".join(
    [
        "Venue name,Kind,Postcode,ACV listed,Step free",
        "  St Aidan’s Hall ,village hall,LS7 3AB,3/12/2012,Yes",
        "Crèche Café,café,ls8 1aa,March 2013,no ",
        "Oak Tree Green,village green,NOT A POSTCODE,2013,y",
        "Mill Lane Allotments,allotments,LS9 2BB,02-Sep-16,N",
        "St Aidans Hall,village hall,LS7 3AB,,yes",
    ]
)


@pytest.fixture
def messy_csv(tmp_path):
    path = tmp_path / "halls.csv"
    path.write_bytes(MESSY.encode("cp1252"))
    return path


@pytest.fixture
def wizard(qtbot, db, monkeypatch):
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    wiz = ImportWizard(db)
    wiz.warnings = warnings
    qtbot.addWidget(wiz)
    wiz.show()
    yield wiz
    wiz.runner.wait()


def click(qtbot, wiz, which):
    qtbot.mouseClick(wiz.button(which), Qt.MouseButton.LeftButton)


def test_walk_the_wizard_on_a_messy_csv(qtbot, wizard, db, messy_csv):
    SpaceService(db).create(
        {"name": "St Aidan's Hall", "category": "civic", "address": {"postcode": "LS7 3AB"}}
    )
    path_box = wizard.findChild(object, "import_path")
    qtbot.keyClicks(path_box, str(messy_csv))
    type_box = wizard.findChild(object, "import_type")
    assert type_box.currentData() == "space"
    click(qtbot, wizard, QWizard.WizardButton.NextButton)

    preview = wizard.findChild(object, "import_preview")
    assert preview.rowCount() == 5 and preview.item(1, 0).text() == "Crèche Café"  # Windows-1252 decoded
    click(qtbot, wizard, QWizard.WizardButton.NextButton)

    fields = [wizard.findChild(object, f"field_{i}").currentData() for i in range(5)]
    assert fields[0] == "name" and fields[2] == "address.postcode"
    assert wizard.findChild(object, "transform_3").currentData() == "date"  # ACV listed read as a date
    # "Kind" was matched to the sub-type; "Step free" needs choosing by keyboard.
    step_free = wizard.findChild(object, "field_4")
    step_free.setFocus()
    index = step_free.findData("accessibility.step_free")
    while step_free.currentIndex() != index:
        qtbot.keyClick(step_free, Qt.Key.Key_Down if step_free.currentIndex() < index else Qt.Key.Key_Up)
    assert wizard.findChild(object, "transform_4").currentData() == "yes_no"
    category = wizard.findChild(object, "import_category")
    category.setCurrentIndex(category.findData("civic"))
    click(qtbot, wizard, QWizard.WizardButton.NextButton)

    summary = wizard.findChild(object, "import_summary")
    qtbot.waitUntil(lambda: wizard.page(3).checked, timeout=10_000)
    problems = wizard.findChild(object, "import_problems").toPlainText()
    # A bad postcode is left out with a warning; the row is kept.
    assert "halls.csv: row 4, Postcode: “NOT A POSTCODE” is not a UK postcode" in problems
    assert "(left out)" in problems
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    duplicates = wizard.findChild(object, "import_duplicates")
    # Rows 2 and 6 are both the hall already recorded (curly apostrophe, missing apostrophe),
    # shown beside it with both addresses.
    assert [duplicates.item(r, 0).text() for r in range(duplicates.rowCount())] == ["2", "6"]
    assert "LS7 3AB" in duplicates.item(0, 1).text() and "LS7 3AB" in duplicates.item(0, 2).text()
    assert duplicates.item(0, 3).text() == "same name and postcode"
    assert "3 new, 1 updated" in summary.text()

    strict = wizard.findChild(object, "import_strict")
    qtbot.mouseClick(strict, Qt.MouseButton.LeftButton, pos=QPoint(8, strict.height() // 2))
    qtbot.mouseClick(wizard.findChild(object, "import_recheck"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.page(3).checked, timeout=10_000)
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # strict: the bad row blocks
    assert "✗ halls.csv: row 4, Postcode" in wizard.findChild(object, "import_problems").toPlainText()

    skip = wizard.findChild(object, "import_skip_invalid")
    # On its box: the widget is as wide as the page, and a click far right of its words misses.
    qtbot.mouseClick(skip, Qt.MouseButton.LeftButton, pos=QPoint(8, skip.height() // 2))
    assert skip.isChecked()
    qtbot.mouseClick(wizard.findChild(object, "import_recheck"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: wizard.page(3).checked and wizard.button(QWizard.WizardButton.NextButton).isEnabled(),
        timeout=10_000,
    )
    with qtbot.waitSignal(wizard.imported, timeout=20_000) as signal:
        click(qtbot, wizard, QWizard.WizardButton.NextButton)
    result = signal.args[0]
    assert (result["created"], result["updated"], result["failed"]) == (2, 1, 1)
    assert [f["row"] for f in result["failures"]] == [4]
    with db.read() as session:
        spaces = {s.name: s for s in session.scalars(select(Space))}
    assert spaces["St Aidan's Hall"].acv == {"listed_on": "2012-12-03"}
    assert spaces["St Aidan's Hall"].accessibility == {"step_free": True}
    assert (
        spaces["Crèche Café"].address["postcode"] == "LS8 1AA" and spaces["Crèche Café"].category == "private"
    )
    assert spaces["Mill Lane Allotments"].category == "outdoors"
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()


def test_a_missing_file_is_explained_and_nothing_changes(qtbot, wizard, db, db_path, tmp_path):
    db.dispose()
    before = hashlib.sha256(db_path.read_bytes()).hexdigest()
    qtbot.keyClicks(wizard.findChild(object, "import_path"), str(tmp_path / "nowhere.csv"))
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == 0
    assert wizard.warnings and "there is no such file" in wizard.warnings[0]
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before


def test_an_unclosed_quote_is_explained_on_the_first_page(qtbot, wizard, tmp_path):
    path = tmp_path / "broken.csv"
    path.write_text('name,category\nGood Hall,civic\n"Broken, row,civic\nAnother,civic\n', encoding="utf-8")
    qtbot.keyClicks(wizard.findChild(object, "import_path"), str(path))
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == 0
    assert wizard.warnings and "broken.csv: row 3: a quote is never closed" in wizard.warnings[0]


def test_the_preview_names_rows_that_do_not_fit_under_the_header(qtbot, wizard, tmp_path):
    path = tmp_path / "ragged.csv"
    path.write_text("name,category,postcode\nHall A,civic,LS7 3AB,extra\nHall B,civic,LS7 3AB\n")
    qtbot.keyClicks(wizard.findChild(object, "import_path"), str(path))
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    info = wizard.findChild(object, "import_preview_info").text()
    assert "Row 2 has more or fewer cells than the header; it will be listed as failed" in info


def test_the_wizard_first_opens_roomy_and_alt_f_goes_to_the_file_box(qtbot, wizard):
    """Nothing remembered yet: big enough for the preview and the column mapping, and "File" is
    a keyboard shortcut rather than a label showing a stray ampersand."""
    from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit

    assert wizard.width() >= 800 and wizard.height() >= 560
    path = wizard.findChild(QLineEdit, "import_path")
    label = next(w for w in wizard.findChildren(QLabel) if w.text() == "&File:")
    assert label.buddy() is path
    wizard.activateWindow()
    kind = wizard.findChild(QComboBox, "import_type")
    kind.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is kind)
    qtbot.keyClick(kind, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is path)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        (
            "photo.csv",
            b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4,
            "photo.csv looks like a PNG image, not a spreadsheet",
        ),
        ("letter.csv", b"%PDF-1.4\n", "letter.csv looks like a PDF document, not a spreadsheet"),
        ("header.csv", b"name,category\n", "header.csv has column names but no rows"),
    ],
)
def test_a_file_that_is_not_a_spreadsheet_is_named_and_never_previewed(
    qtbot, wizard, tmp_path, name, content, message
):
    path = tmp_path / name
    path.write_bytes(content)
    qtbot.keyClicks(wizard.findChild(object, "import_path"), str(path))
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == 0  # still on the file page: no preview of garbage
    assert wizard.warnings and message in wizard.warnings[0]


def test_possible_duplicates_are_shown_side_by_side_and_a_person_can_merge_them(qtbot, wizard, db, tmp_path):
    SpaceService(db).create(
        {
            "name": "Mill Hill",
            "category": "public",
            "address": {"lines": ["Hartley Avenue"], "postcode": "NW7 2HX"},
        }
    )
    path = tmp_path / "libraries.csv"
    path.write_text(
        "Library name,Postal address,Postcode,Category\n"
        'Mill Hill,"Mill Hill Community Centre, New Chapel Street, Blackburn",BB2 4DT,public\n',
        encoding="utf-8",
    )
    qtbot.keyClicks(wizard.findChild(object, "import_path"), str(path))
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    qtbot.waitUntil(lambda: wizard.page(3).checked, timeout=10_000)
    table = wizard.findChild(object, "import_duplicates")
    assert table.rowCount() == 1
    assert "BB2 4DT" in table.item(0, 1).text() and "NW7 2HX" in table.item(0, 2).text()
    assert table.item(0, 3).text() == "possible: same name, another postcode"
    choice = wizard.findChild(object, "duplicate_0")
    assert choice.currentData() == "create"  # kept apart unless the person says so
    choice.setCurrentIndex(choice.findData("merge"))
    with qtbot.waitSignal(wizard.imported, timeout=20_000) as signal:
        click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert signal.args[0]["created"] == 0
    with db.read() as session:
        assert len(list(session.scalars(select(Space)))) == 1
