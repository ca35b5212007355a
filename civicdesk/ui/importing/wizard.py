"""The import wizard: choose a file, see it, map its columns, settle duplicates, try it, then import.

Reading the file, the dry run and the import itself run off the UI thread through TaskRunner;
the wizard only shows what the interop layer reports.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from civicdesk.db.database import Database
from civicdesk.errors import CivicDeskError
from civicdesk.interop.column_guess import samples
from civicdesk.interop.files import check_file, import_with_backup
from civicdesk.interop.mapping import (
    TARGETS,
    TRANSFORMS,
    ColumnMapping,
    Mapping,
    default_transforms,
    guess_mapping,
)
from civicdesk.interop.results import ImportResult
from civicdesk.interop.tabular import Table, read_table
from civicdesk.services.spaces import CATEGORIES
from civicdesk.ui.accessible import name_list
from civicdesk.ui.dialogs import show_error
from civicdesk.ui.importing.duplicates import DuplicatesTable
from civicdesk.ui.tasks import Progress, TaskRunner
from civicdesk.ui.words import data_word

PREVIEW_ROWS = 20
FILE_PAGE, PREVIEW_PAGE, MAPPING_PAGE, CHECK_PAGE, IMPORT_PAGE = range(5)
RECORD_TYPES = (
    ("space", "Spaces (halls, parks, pubs…)"),
    ("group", "Groups"),
    ("person", "People (volunteers)"),
    ("tool", "Tools"),
)


class ImportWizard(QWizard):
    """Import spaces, groups, people or tools; emits `imported(result as dict)` when it is done."""

    imported = Signal(dict)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.runner = TaskRunner(self)
        self.table: Table | None = None
        self.format = "csv"
        # Shadows QDialog.result() (the dialog code), which nothing reads here: what was imported.
        self.result: ImportResult | None = None  # type: ignore[assignment]
        self.setObjectName("import_wizard")
        self.setWindowTitle(self.tr("Import"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setPage(FILE_PAGE, FilePage(self))
        self.setPage(PREVIEW_PAGE, PreviewPage(self))
        self.setPage(MAPPING_PAGE, MappingPage(self))
        self.setPage(CHECK_PAGE, CheckPage(self))
        self.setPage(IMPORT_PAGE, ImportPage(self))
        geometry = QSettings().value("import_wizard/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:  # room for the preview and the column mapping from the start
            self.resize(880, 620)

    @property
    def tabular(self) -> bool:
        return self.format in ("csv", "xlsx")

    def mapping(self) -> Mapping | None:
        page = self.page(MAPPING_PAGE)
        return page.current_mapping() if self.tabular and isinstance(page, MappingPage) else None

    def run_import(self, dry_run: bool, report: Progress | None = None) -> ImportResult:
        file_page = self.page(FILE_PAGE)
        check = self.page(CHECK_PAGE)
        assert isinstance(file_page, FilePage) and isinstance(check, CheckPage)
        return import_with_backup(
            self.db,
            Path(file_page.path.text().strip()),
            fmt=self.format,
            record_type=file_page.record_type() if self.tabular else None,
            mapping=self.mapping(),
            dry_run=dry_run,
            skip_invalid=check.skip_invalid.isChecked(),
            strict=check.strict.isChecked(),
            duplicates=check.default_choice.currentData(),
            choices=check.choices(),
            report=report,
            cancelled=(lambda: report.cancelled) if report else (lambda: False),
        )

    def done(self, result: int) -> None:
        QSettings().setValue("import_wizard/geometry", self.saveGeometry())
        super().done(result)


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Choose a file"))
        self.setSubTitle(
            self.tr(
                "A spreadsheet (CSV or Excel), an Open Referral file or folder, GeoJSON, or "
                "an OpenStreetMap .osm file."
            )
        )
        self.path = QLineEdit()
        self.path.setObjectName("import_path")
        self.path.setAccessibleName(self.tr("File to import"))
        browse = QPushButton(self.tr("B&rowse…"))
        browse.setObjectName("import_browse")
        browse.clicked.connect(self.browse)
        self.kind = QComboBox()
        self.kind.setObjectName("import_type")
        self.kind.setAccessibleName(self.tr("What each row is"))
        for value, label in RECORD_TYPES:
            self.kind.addItem(data_word(label), value)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout(self)
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.path)  # a row of two widgets gets no buddy of its own: "&" would show
        form.addRow(file_label, row)
        form.addRow(self.tr("Each row is &a:"), self.kind)
        self.path.textChanged.connect(self.completeChanged)

    def browse(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import from"),
            "",
            self.tr("Importable files (*.csv *.tsv *.txt *.xlsx *.json *.geojson *.osm);;All files (*)"),
        )
        if name:
            self.path.setText(name)

    def record_type(self) -> str:
        return str(self.kind.currentData())

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return bool(self.path.text().strip())

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        path = Path(self.path.text().strip()).expanduser()
        try:
            if not path.exists():
                raise CivicDeskError(self.tr("%1: there is no such file").replace("%1", str(path)))
            self.owner.format = check_file(path)  # an image or PDF is named, never previewed
            self.owner.table = read_table(path) if self.owner.tabular else None
        except Exception as exc:  # noqa: BLE001 - shown to the person
            show_error(self, self.tr("Import"), exc)
            return False
        return True

    def nextId(self) -> int:  # noqa: N802 - Qt's name
        return PREVIEW_PAGE if self.owner.tabular else CHECK_PAGE


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Preview"))
        self.info = QLabel()
        self.info.setObjectName("import_preview_info")
        self.info.setWordWrap(True)
        self.grid = QTableWidget()
        self.grid.setObjectName("import_preview")
        name_list(self.grid, self.tr("First rows of the file"))
        self.grid.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(self.grid)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        table = self.owner.table
        assert table is not None
        rows = table.rows[:PREVIEW_ROWS]
        self.grid.clear()
        self.grid.setColumnCount(len(table.headers))
        self.grid.setRowCount(len(rows))
        self.grid.setHorizontalHeaderLabels(table.headers)
        self.grid.setVerticalHeaderLabels([str(table.row_number(i)) for i in range(len(rows))])
        for r, row in enumerate(rows):
            for c in range(len(table.headers)):
                value = row[c] if c < len(row) else ""
                self.grid.setItem(r, c, QTableWidgetItem("" if value is None else str(value)))
        detail = (
            f", {table.encoding}" if table.encoding else (f", sheet {table.sheet}" if table.sheet else "")
        )
        self.info.setText(
            self.tr("%1 rows%2. The first %3 are shown.")
            .replace("%1", f"{len(table.rows):,}")
            .replace("%2", detail)
            .replace("%3", str(len(rows)))
        )
        misfits = [table.row_number(i) for i in range(len(table.rows)) if table.ragged(i)]
        if misfits:
            shown = ", ".join(str(n) for n in misfits[:10]) + (" …" if len(misfits) > 10 else "")
            self.info.setText(
                self.info.text()
                + "\n"
                + (
                    self.tr("Row %1 has more or fewer cells than the header; it will be listed as failed")
                    if len(misfits) == 1
                    else self.tr(
                        "Rows %1 have more or fewer cells than the header; they will be listed as failed"
                    )
                ).replace("%1", shown)
                + self.tr(" (check for a comma in a cell without quotes around it).")
            )


class MappingPage(QWizardPage):
    """One line per column: which field it fills and how its values are tidied."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Match columns to fields"))
        self.setSubTitle(
            self.tr(
                "CivicDesk guessed from the column names and contents. Change anything "
                "that is wrong; choose “(not imported)” to leave a column out."
            )
        )
        self.grid = QTableWidget(0, 3)
        self.grid.setObjectName("import_mapping")
        name_list(self.grid, self.tr("Columns of the file and the fields they fill"))
        self.grid.setHorizontalHeaderLabels(
            [self.tr("Column (first values)"), self.tr("Field"), self.tr("Also")]
        )
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.category = QComboBox()
        self.category.setObjectName("import_category")
        self.category.setAccessibleName(self.tr("Category for rows that do not say"))
        save = QPushButton(self.tr("&Save mapping…"))
        save.clicked.connect(self.save)
        form = QFormLayout()
        form.addRow(self.tr("&Category for rows that do not say:"), self.category)
        layout = QVBoxLayout(self)
        layout.addWidget(self.grid)
        layout.addLayout(form)
        layout.addWidget(save)
        self.record_type = ""

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        table = self.owner.table
        assert table is not None
        file_page = self.owner.page(FILE_PAGE)
        assert isinstance(file_page, FilePage)
        self.record_type = file_page.record_type()
        guessed = guess_mapping(table, self.record_type)
        targets = TARGETS[self.record_type]
        self.grid.setRowCount(len(table.headers))
        for row, column in enumerate(table.headers):
            examples = samples(table.column(column))
            cell = QTableWidgetItem(column + ("\n" + " · ".join(examples) if examples else ""))
            cell.setToolTip("\n".join(examples) or self.tr("Empty in every row"))
            cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.grid.setItem(row, 0, cell)
            field = QComboBox()
            field.setObjectName(f"field_{row}")
            field.setAccessibleName(self.tr("Field for column %1").replace("%1", column))
            field.addItem(self.tr("(not imported)"), None)
            for key, (label, _synonyms) in targets.items():
                field.addItem(data_word(label), key)
            field.setCurrentIndex(max(0, field.findData(guessed.columns[column].field)))
            extra = QComboBox()
            extra.setObjectName(f"transform_{row}")
            extra.setAccessibleName(self.tr("How to read column %1").replace("%1", column))
            extra.addItem(self.tr("as it is"), None)
            for key, (label, _fn) in TRANSFORMS.items():
                if key != "trim":
                    extra.addItem(data_word(label), key)
            self._suggest(field, extra)
            field.currentIndexChanged.connect(lambda _i, f=field, e=extra: self._suggest(f, e))
            self.grid.setCellWidget(row, 1, field)
            self.grid.setCellWidget(row, 2, extra)
        self.grid.resizeRowsToContents()  # room for the examples under each column's name
        self.category.clear()
        self.category.setEnabled(self.record_type == "space")
        self.category.addItem(self.tr("(guess from the name)"), None)
        for category in CATEGORIES:
            self.category.addItem(data_word(category), category)

    @staticmethod
    def _suggest(field: QComboBox, extra: QComboBox) -> None:
        wanted = [t for t in default_transforms(field.currentData()) if t != "trim"]
        extra.setCurrentIndex(max(0, extra.findData(wanted[0] if wanted else None)))

    def current_mapping(self) -> Mapping:
        table = self.owner.table
        assert table is not None
        columns = {}
        for row, column in enumerate(table.headers):
            field = self.grid.cellWidget(row, 1)
            extra = self.grid.cellWidget(row, 2)
            assert isinstance(field, QComboBox) and isinstance(extra, QComboBox)
            transforms = ["trim"] + ([extra.currentData()] if extra.currentData() else [])
            columns[column] = ColumnMapping(field.currentData(), transforms)
        fallbacks = {"category": self.category.currentData()} if self.category.currentData() else {}
        return Mapping(
            self.record_type, columns, header=table.has_header, sheet=table.sheet or None, fallbacks=fallbacks
        )

    def save(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save mapping"), "mapping.json", self.tr("Mapping (*.json)")
        )
        if name:
            try:
                self.current_mapping().save(Path(name))
            except OSError as exc:
                show_error(self, self.tr("Save mapping"), exc)

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        if "name" not in self.current_mapping().fields():
            show_error(
                self, self.tr("Import"), CivicDeskError(self.tr("Choose the column that holds the name."))
            )
            return False
        return True


class CheckPage(QWizardPage):
    """A dry run: what would happen, rows with problems, and a choice for each duplicate."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Check before importing"))
        self.summary = QLabel(self.tr("Checking…"))
        self.summary.setObjectName("import_summary")
        self.summary.setWordWrap(True)
        self.problems = QPlainTextEdit()
        self.problems.setObjectName("import_problems")
        self.problems.setAccessibleName(self.tr("Problems found in the file"))
        self.problems.setReadOnly(True)
        self.duplicates = DuplicatesTable()
        self.default_choice = QComboBox()
        self.default_choice.setObjectName("import_duplicate_choice")
        for value, label in (
            ("merge", self.tr("Merge into the existing record")),
            ("skip", self.tr("Skip the row")),
            ("create", self.tr("Create a new record anyway")),
        ):
            self.default_choice.addItem(label, value)
        self.skip_invalid = QCheckBox(self.tr("Import the good rows and leave out rows with &problems"))
        self.skip_invalid.setObjectName("import_skip_invalid")
        self.strict = QCheckBox(
            self.tr("&Refuse a row for any bad cell (otherwise a bad website, phone, email, number or "
                    "postcode is left out and the row kept)")
        )
        self.strict.setObjectName("import_strict")
        self.recheck = QPushButton(self.tr("Check &again"))
        self.recheck.setObjectName("import_recheck")
        self.recheck.clicked.connect(self.check)
        form = QFormLayout()
        form.addRow(self.tr("When a row matches a record already here:"), self.default_choice)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems)
        layout.addLayout(form)
        layout.addWidget(self.duplicates)
        layout.addWidget(self.skip_invalid)
        layout.addWidget(self.strict)
        layout.addWidget(self.recheck)
        self._choices: dict[int, str] = {}
        self.checked = False

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        self._choices = {}
        self.check()

    def choices(self) -> dict[int, str]:
        self._choices.update(self.duplicates.choices())
        return dict(self._choices)

    def check(self) -> None:
        self.checked = False
        self.completeChanged.emit()
        self.summary.setText(self.tr("Checking…"))
        self.owner.runner.run(
            lambda: self.owner.run_import(dry_run=True), on_done=self.show_result, on_error=self.failed
        )

    def failed(self, error: BaseException) -> None:
        self.summary.setText(self.tr("The file cannot be imported."))
        show_error(self, self.tr("Import"), error)

    def show_result(self, result: ImportResult) -> None:
        self.owner.result = result
        text = result.summary()
        if result.failures and not self.skip_invalid.isChecked():
            text += " " + self.tr("Fix the rows below, or tick the box to leave them out.")
        self.summary.setText(text)
        notes, failures = result.problem_lines()  # one line per kind of problem
        lines = [f"✗ {line}" for line in failures] + [f"• {line}" for line in notes]
        if result.attribution:
            lines.append(result.attribution)
        self.problems.setPlainText("\n".join(lines) or self.tr("No problems found."))
        self.duplicates.show_result(result, self.choices())
        self.checked = True
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        result = self.owner.result
        return self.checked and result is not None and (not result.failures or self.skip_invalid.isChecked())


class ImportPage(QWizardPage):
    """The import itself, with progress and a cancel button; the database changes only at the end."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Importing"))
        self.status = QLabel()
        self.status.setObjectName("import_status")
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.cancel_button = QPushButton(self.tr("&Stop"))
        self.cancel_button.setObjectName("import_cancel")
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.cancel_button)
        self.finished = False
        self._job: Progress | None = None
        self.cancel_button.clicked.connect(self.cancel)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        self.finished = False
        self.status.setText(self.tr("Importing…"))
        self.cancel_button.setEnabled(True)
        self._job = self.owner.runner.run(
            self._work, on_done=self.done_importing, on_error=self.failed, on_progress=self.moved
        )

    def _work(self, report: Progress) -> ImportResult:
        return self.owner.run_import(dry_run=False, report=report)

    def moved(self, done: int, total: int, _text: str) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()
            self.status.setText(self.tr("Stopping…"))

    def failed(self, error: BaseException) -> None:
        self.status.setText(self.tr("Nothing was imported."))
        self.cancel_button.setEnabled(False)
        show_error(self, self.tr("Import"), error)

    def done_importing(self, result: ImportResult) -> None:
        self.owner.result = result
        self.progress.setMaximum(1)
        self.progress.setValue(1)
        self.cancel_button.setEnabled(False)
        self.status.setText(result.summary() + (f"\n{result.attribution}" if result.attribution else ""))
        self.finished = True
        self.completeChanged.emit()
        self.owner.imported.emit(result.as_json())

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return self.finished
