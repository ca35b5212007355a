"""Encrypting, decrypting or re-keying the open database from the app, the window waiting modally."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog

from civicdesk.services import keychain
from civicdesk.ui.dialogs import show_error
from civicdesk.ui.security.context import SecurityContext

# The window's words, in its context (lupdate reads translate("Context", "text") calls).
translate = QCoreApplication.translate


def convert_in_window(
    context: SecurityContext,
    passphrase: str,
    encrypt: bool,
    remember: bool = False,
    on_done: Callable[[], None] | None = None,
    current: str | None = None,
) -> None:
    """Encrypt or decrypt the open database off the UI thread, the window waiting modally; with
    `current` (the passphrase it has now) encrypt it under `passphrase` instead."""
    from civicdesk.services import encryption

    window, db, runner = context.window, context.db, context.runner
    runner.wait()
    db.dispose()  # no connection may stay open on the file being replaced
    changing = encrypt and current is not None
    doing = (translate("MainWindow", "Changing the passphrase…") if changing
             else translate("MainWindow", "Encrypting the database…") if encrypt
             else translate("MainWindow", "Removing the encryption…"))
    progress = QProgressDialog(doing, "", 0, 0, window)
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)

    def finished(result: encryption.Conversion) -> None:
        progress.close()
        db.rekeyed(passphrase if encrypt else None)
        if encrypt and remember:
            keychain.save_passphrase(db.path, passphrase)
        elif changing:
            keychain.forget_passphrase(db.path)  # the old one is no use now
        if not encrypt:
            keychain.forget_passphrase(db.path)
        if context.lock is not None:
            context.lock.refresh()
        if changing:
            context.show_status(
                translate("MainWindow",
                          "The passphrase was changed; the old one no longer opens the database."),
                8000)
        elif encrypt:
            context.show_status(translate("MainWindow", "The database is now encrypted."), 8000)
        else:
            context.show_status(translate("MainWindow", "The database is no longer encrypted."), 8000)
        if on_done is not None:
            on_done()

    def failed(exc: BaseException) -> None:
        progress.close()
        db.reopen()
        show_error(window, translate("MainWindow", "Could not change the encryption"), exc)

    if changing:
        runner.run(encryption.change_passphrase, db.path, current, passphrase,
                          on_done=finished, on_error=failed)
        return
    work = encryption.encrypt_database if encrypt else encryption.decrypt_database
    runner.run(work, db.path, passphrase, on_done=finished, on_error=failed)
