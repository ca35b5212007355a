"""Send a bundle to another group, and receive one: passphrase, preview, then apply."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from civicdesk.db.database import Database
from civicdesk.errors import CivicDeskError
from civicdesk.services import site
from civicdesk.sync import finances
from civicdesk.sync.export import export_bundle
from civicdesk.sync.receive import BundleImporter, read_bundle_file
from civicdesk.sync.summary import ImportSummary
from civicdesk.ui import colours
from civicdesk.ui.change_tree import ChangeTree
from civicdesk.ui.dialogs import RememberingDialog, show_error
from civicdesk.ui.exchange import ExchangeFolderDialog, ExchangeWatcher, saved_folder
from civicdesk.ui.tasks import TaskRunner

# The window's words, in its context (lupdate reads translate("Context", "text") calls).
translate = QCoreApplication.translate

AGE_HEADER = b"age-encryption.org/"


class SendDialog(RememberingDialog):
    """Who it is for and the passphrase (typed twice)."""

    settings_key = "bundles/send"

    def __init__(self, peers: list[str], parent: QWidget | None = None, db: Database | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Send to another group"))
        intro = QLabel(
            self.tr(
                "CivicDesk writes one file with your records to send by email, USB stick or a shared folder. "
                "Volunteers' details go in only if they agreed to sharing; the file is locked with a "
                "passphrase. Tell the other group the passphrase by phone, not in the same email."
            )
        )
        intro.setWordWrap(True)
        self.peer = QComboBox()
        self.peer.addItem(self.tr("Any group — everything we have"), "")
        for name in peers:
            self.peer.addItem(self.tr("%1 — only what is new to them").replace("%1", name), name)
        self.peer.setAccessibleName(self.tr("Group it is for"))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.again.setAccessibleName(self.tr("Passphrase again"))
        self.problem = QLabel()
        self.problem.setStyleSheet(colours.ERROR_STYLE)
        form = QFormLayout()
        form.addRow(self.tr("&For:"), self.peer)
        # Money goes only to a group trusted with it (sync.finances); remembered per group.
        self.finances = QCheckBox(self.tr("Include our &money: income, costs, reserves, backlog, invoices"))
        self.finances.setAccessibleDescription(self.tr(
            "Only for a group you trust with your finances; CivicDesk remembers it for that group"))
        self.peer.currentIndexChanged.connect(self._follow_peer)
        self._follow_peer()
        form.addRow("", self.finances)
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        form.addRow(self.tr("Passphrase a&gain:"), self.again)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton(self.tr("&Save bundle…"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def _follow_peer(self) -> None:
        name = self.peer.currentData() or ""
        self.finances.setEnabled(bool(name) and self.db is not None)
        self.finances.setChecked(bool(name) and self.db is not None and finances.is_trusted(self.db, name))
        if not name:
            self.finances.setToolTip(self.tr("Choose a group: money never goes into a bundle for any group"))

    def _remember_trust(self) -> None:
        name = self.peer.currentData() or ""
        if name and self.db is not None and self.finances.isChecked() != finances.is_trusted(self.db, name):
            finances.trust(self.db, name, self.finances.isChecked())

    def _check(self) -> None:
        if len(self.passphrase.text()) < 8:
            self.problem.setText(self.tr("Please choose a passphrase of at least 8 characters."))
        elif self.passphrase.text() != self.again.text():
            self.problem.setText(self.tr("The two passphrases are not the same."))
        else:
            self._remember_trust()
            self.accept()


class PreviewDialog(RememberingDialog):
    """What a bundle would change, and who it is from, before anything is applied."""

    settings_key = "bundles/preview"

    def __init__(self, summary: ImportSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The same words as the command line for a group that gave itself no name.
        sender = summary.origin_group or self.tr("an unnamed group")
        self.setWindowTitle(self.tr("Bundle from %1").replace("%1", sender))
        who = QLabel()
        who.setWordWrap(True)
        text = (
            self.tr("From <b>%1</b>. Their key's fingerprint: <b>%2</b>.")
            .replace("%1", html.escape(sender))
            .replace("%2", summary.fingerprint)
        )
        if summary.first_contact:
            text += " " + self.tr(
                "This is the first bundle from them: read the fingerprint to them by phone "
                "and check it matches theirs before you apply it."
            )
        who.setText(text)
        counts = QLabel(
            self.tr("%1 new · %2 updated · %3 deleted · %4 to review · %5 unchanged")
            .replace("%1", str(summary.new))
            .replace("%2", str(summary.updated))
            .replace("%3", str(summary.deleted))
            .replace("%4", str(len(summary.conflicts) + len(summary.reservation_clashes)))
            .replace("%5", str(summary.unchanged))
        )
        counts.setObjectName("bundle_counts")
        counts.setStyleSheet("font-size: 12pt; font-weight: 600;")
        changes = self.changes = ChangeTree(summary)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = buttons.addButton(self.tr("&Apply"), QDialogButtonBox.ButtonRole.AcceptRole)
        something = summary.changes > 0 or summary.unknown_records > 0
        self.apply_button.setEnabled(something or bool(summary.conflicts))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(who)
        layout.addWidget(counts)
        if summary.unknown_records:  # from a newer CivicDesk: kept and passed on (sync.unknown)
            kept = QLabel(
                self.tr("%1 records of a kind this version does not know — kept and passed on")
                .replace("%1", f"{summary.unknown_records:,}")
                if summary.unknown_records != 1
                else self.tr("1 record of a kind this version does not know — kept and passed on")
            )
            kept.setObjectName("bundle_unknown")
            kept.setWordWrap(True)
            layout.addWidget(kept)
        if summary.reservation_clashes:  # the same kit reserved for the same days here and there
            clashes = QLabel(
                "<b>" + self.tr("Reservations that clash with ours:") + "</b><br/>"
                + "<br/>".join(html.escape(s) for s in self._clash_words(summary))
            )
            clashes.setObjectName("bundle_clashes")
            clashes.setWordWrap(True)
            clashes.setStyleSheet(f"background: {colours.DUE_SOON}; padding: 6px;")
            layout.addWidget(clashes)
        layout.addWidget(changes, 1)
        layout.addWidget(
            QLabel(self.tr("A backup is made first; everything is applied at once or not at all."))
        )
        layout.addWidget(buttons)
        self.resize(760, 560)


    def _clash_words(self, summary: ImportSummary) -> list[str]:
        sender = summary.origin_group or self.tr("the other group")
        return [
            self.tr("%1: %2 reserved it for %3 — the same days as our reservation for %4. Both are kept "
                    "and wait in Needs review for you to choose who has it.")
            .replace("%1", c.tool).replace("%2", sender).replace("%3", c.theirs).replace("%4", c.ours)
            for c in summary.reservation_clashes
        ]


class BundleActions:
    """The main window's Send and Receive commands."""

    def __init__(self, window: QWidget, db: Database, runner: TaskRunner, after_import) -> None:  # noqa: ANN001
        self.window, self.db, self.runner, self.after_import = window, db, runner, after_import
        self.busy = False  # a bundle is being received: the exchange folder waits its turn
        self.exchange = ExchangeWatcher(window, self.receive, lambda: self.busy)

    def choose_exchange_folder(self) -> None:
        dialog = ExchangeFolderDialog(saved_folder(), self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.exchange.set_folder(dialog.chosen)

    def send(self) -> None:
        dialog = SendDialog(site.peer_names(self.db), self.window, self.db)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        name = dialog.peer.currentData() or ""
        folder = saved_folder()
        where = folder if folder is not None and folder.is_dir() else Path.home()
        default = where / f"{name or 'our-neighbourhood'}.civicdesk".replace(" ", "-").lower()
        out, _ = QFileDialog.getSaveFileName(
            self.window,
            translate("MainWindow", "Save bundle"),
            str(default),
            translate("MainWindow", "CivicDesk bundles (*.civicdesk)"),
        )
        if not out:
            return

        def done(result) -> None:  # noqa: ANN001
            built = result.built
            self.exchange.remember_file(result.path)  # ours, outgoing: not one to import
            money = (
                self.window.tr("%1 money records stayed home (the group is not trusted with our finances). ")
                .replace("%1", str(built.finances_withheld))
                if built.finances_withheld else ""
            )
            answer = QMessageBox.information(
                self.window,
                translate("MainWindow", "Bundle saved"),
                translate("MainWindow",
                    "Saved %1 (%2 records; %3 volunteers' details shared, %4 kept back). "
                )
                .replace("%1", str(result.path))
                .replace("%2", str(built.rows))
                .replace("%3", str(built.shared_people))
                .replace("%4", str(built.withheld_people))
                + money + self.window.tr("Open your email to send it?"),
                QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close,
            )
            if answer == QMessageBox.StandardButton.Open:
                name = Path(result.path).name
                body = f"Our CivicDesk bundle is attached: {name}. The passphrase comes by phone."
                QDesktopServices.openUrl(QUrl(f"mailto:?subject=CivicDesk bundle&body={body}"))

        self.runner.run(
            export_bundle,
            self.db,
            Path(out),
            dialog.passphrase.text(),
            name or None,
            on_done=done,
            on_error=lambda exc: show_error(self.window,
                translate("MainWindow", "Could not save the bundle"), exc),
        )

    def receive(self, path: Path | None = None) -> None:
        if self.busy:  # one bundle at a time; the exchange folder offers its next when this is done
            QMessageBox.information(
                self.window,
                translate("MainWindow", "Receive a bundle"),
                translate("MainWindow",
                          "Another bundle is being received; please try again when it is done."),
            )
            return
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self.window,
                translate("MainWindow", "Receive a bundle"),
                str(Path.home()),
                translate("MainWindow", "CivicDesk bundles (*.civicdesk);;All files (*)"),
            )
            if not chosen:
                return
            path = Path(chosen)
        self.busy = True
        try:
            self._receive(path)
        except BaseException:
            self._finished()
            raise

    def _finished(self) -> None:
        self.busy = False
        QTimer.singleShot(0, self.exchange.offer_next)

    def _receive(self, path: Path) -> None:
        try:
            data = read_bundle_file(path)
        except CivicDeskError as exc:
            show_error(self.window, translate("MainWindow", "Could not read the bundle"), exc)
            self._finished()
            return
        passphrase = None
        if data.startswith(AGE_HEADER):
            passphrase, ok = QInputDialog.getText(
                self.window,
                translate("MainWindow", "Passphrase"),
                translate("MainWindow", "The bundle %1 is locked. Its passphrase:").replace("%1", path.name),
                QLineEdit.EchoMode.Password,
            )
            if not ok:
                self._finished()
                return
        importer = BundleImporter(self.db)

        def previewed(summary: ImportSummary) -> None:
            try:
                accepted = PreviewDialog(summary, self.window).exec() == QDialog.DialogCode.Accepted
            except BaseException:
                self._finished()
                raise
            if not accepted:
                self._finished()
                return
            self.runner.run(importer.apply, data, passphrase, on_done=applied, on_error=failed)

        def applied(summary: ImportSummary) -> None:
            try:
                self._tell_applied(summary)
            finally:
                self._finished()

        def failed(exc: BaseException) -> None:
            try:
                show_error(self.window, translate("MainWindow", "This bundle was not applied"), exc)
            finally:
                self._finished()

        self.runner.run(importer.preview, data, passphrase, on_done=previewed, on_error=failed)

    def _tell_applied(self, summary: ImportSummary) -> None:
        self.after_import()
        QMessageBox.information(
            self.window,
            translate("MainWindow", "Bundle applied"),
            translate("MainWindow", "%1 new, %2 updated, %3 deleted; %4 to review in “Needs review”.")
            .replace("%1", str(summary.new))
            .replace("%2", str(summary.updated))
            .replace("%3", str(summary.deleted))
            .replace("%4", str(len(summary.conflicts))),
        )
