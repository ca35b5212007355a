"""The columns page shows each column's first values and matches a headerless file by its contents."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWizard

from tests.ui.test_import_wizard import click, wizard  # noqa: F401 - the wizard fixture

LIBRARIES = (
    Path(__file__).resolve().parents[1]
    / "fixtures"
    / "realdata"
    / "england-libraries-taskforce"
    / "libraries_raw.csv"
)


def open_columns_page(qtbot, wizard, path):  # noqa: F811
    qtbot.keyClicks(wizard.findChild(object, "import_path"), str(path))
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    grid = wizard.findChild(object, "import_mapping")
    assert grid.isVisible()
    return grid


def test_the_libraries_file_without_a_header_is_matched_by_its_contents(qtbot, wizard):  # noqa: F811
    grid = open_columns_page(qtbot, wizard, LIBRARIES)
    fields = {
        grid.item(row, 0).text().split("\n")[0]: wizard.findChild(object, f"field_{row}").currentText()
        for row in range(grid.rowCount())
    }
    assert fields["Column 2"] == "Name"
    assert fields["Column 3"] == "Address lines"
    assert fields["Column 4"] == "Postcode"
    assert fields["Column 16"] == "Website"
    # The council's name repeats on every row: not taken for the library's name.
    assert fields["Column 1"] == "(not imported)"


def test_every_column_shows_its_first_values(qtbot, wizard, tmp_path):  # noqa: F811
    path = tmp_path / "halls.csv"
    path.write_text(
        "Venue,Postcode,Phone,Email\n"
        "St Aidan's Hall,LS7 3AB,,\n"
        "Mill Lane Hall,LS9 2BB,0113 496 0000,\n"
        "Oak Tree Barn,LS8 1AA,0113 496 0001,bookings@oak.example\n",
        encoding="utf-8",
    )
    grid = open_columns_page(qtbot, wizard, path)
    cells = [grid.item(row, 0).text() for row in range(grid.rowCount())]
    assert cells[0] == "Venue\nSt Aidan's Hall · Mill Lane Hall · Oak Tree Barn"
    assert cells[2] == "Phone\n0113 496 0000 · 0113 496 0001"  # the first non-empty values
    assert cells[3] == "Email\nbookings@oak.example"
    # The two lines are shown, not cut to one.
    assert grid.rowHeight(0) >= 2 * grid.fontMetrics().height()
