"""The one list of the window's dialogs and wizards, each with a factory that opens it on a database.

A test walks every module under civicdesk/ui/ and fails when a QDialog or QWizard subclass defined
there is not listed here (or in `BASES`), then opens each one and checks every control is named
for screen readers. Adding a dialog: add one line to `DIALOGS` with the class and a factory
``(window) -> QDialog``, where window is a MainWindow opened on the database.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog

# Classes that are only the base of others (never opened themselves): "module:Class".
BASES = {
    "civicdesk.ui.dialogs:RememberingDialog",
    "civicdesk.ui.editors.base:RecordEditor",
    "civicdesk.ui.editors.subrecords:_SubEditor",
    "civicdesk.ui.builders.dialogs:_Form",
}


def _first(window: Any, record_type: str) -> tuple[str, str]:
    from civicdesk.services import pickers

    choice = pickers.choices(window.db, record_type, limit=1)[0]
    return choice.record_id, choice.name


def _editor(module: str, name: str, record_type: str | None) -> Callable[[Any], QDialog]:
    def make(window: Any) -> QDialog:
        import importlib

        cls = getattr(importlib.import_module(module), name)
        record_id = _first(window, record_type)[0] if record_type else None
        return cls(window, window.db, record_id, QUndoStack(window), lambda *_: None)

    return make


def _history(window: Any) -> QDialog:
    from civicdesk.services.spaces import SpaceService
    from civicdesk.ui.editors.history import HistoryDialog

    space_id, _name = _first(window, "space")
    return HistoryDialog(window, SpaceService(window.db).history(space_id), {"name": "Name"})


def _health_check(window: Any) -> QDialog:
    from civicdesk.ui.health.check_form import HealthCheckDialog

    space_id, name = _first(window, "space")
    return HealthCheckDialog(window.db, space_id, name, QUndoStack(window), lambda *_: None, window)


def _money_form(window: Any) -> QDialog:
    from civicdesk.ui.money.form import Field, MoneyForm

    fields = [Field("amount_pence", "Amount (£)", "money"), Field("dated", "Date", "date"),
              Field("category", "Category", "choice", (("grant", "Grant"),))]
    return MoneyForm("Add income", fields, window)


def _send(window: Any) -> QDialog:
    from civicdesk.services import site
    from civicdesk.ui.bundles import SendDialog

    return SendDialog(site.peer_names(window.db), window, window.db)


def _preview(window: Any) -> QDialog:
    from civicdesk.sync.summary import ImportSummary
    from civicdesk.ui.bundles import PreviewDialog

    summary = ImportSummary("site-b", "Kington Residents' Association", "AB12 CD34", first_contact=True,
                            incremental=False, dry_run=True, new=3, updated=2)
    return PreviewDialog(summary, window)


def _new_kind(window: Any) -> QDialog:
    from civicdesk.ui.health.compliance_panel import NewKindDialog

    return NewKindDialog(window)


def _import(window: Any) -> QDialog:
    from civicdesk.ui.importing.wizard import ImportWizard

    return ImportWizard(window.db, window)


def _rate(window: Any) -> QDialog:
    from civicdesk.ui.tools.dialogs import RateDialog

    tool_id, name = _first(window, "tool")
    return RateDialog(window, window.db, name, tool_id)


def _suggest(window: Any) -> QDialog:
    from civicdesk.ui.tools.dialogs import SuggestDialog

    return SuggestDialog(window, window.db)


def _directory(window: Any) -> QDialog:
    from civicdesk.ui.directory.dialog import DirectoryDialog

    return DirectoryDialog(window.db, window)


def _exchange(window: Any) -> QDialog:
    from civicdesk.ui.exchange import ExchangeFolderDialog

    return ExchangeFolderDialog(None, window)


def _welcome(window: Any) -> QDialog:
    from civicdesk.ui.welcome import WelcomeDialog

    return WelcomeDialog(window)


def _security(window: Any) -> QDialog:
    from civicdesk.ui.security.dialog import SecurityDialog

    return SecurityDialog(window.security())


def _booking(window: Any) -> QDialog:
    from civicdesk.ui.diary.dialog import BookingDialog

    return BookingDialog(window.db, _first(window, "space")[0], window)


def _edit_booking(window: Any) -> QDialog:
    from datetime import date, timedelta

    from civicdesk.services.bookings import BookingService
    from civicdesk.ui.diary.edit_dialog import EditBookingDialog

    today = date.today()
    found = BookingService(window.db).occurrences(today - timedelta(days=400), today + timedelta(days=400))
    occ = next((o for o in found if o.recurring), found[0])
    return EditBookingDialog(window.db, occ.booking_id, window, print_confirmation=lambda _id: None)


def _money_settings(window: Any) -> QDialog:
    from civicdesk.ui.money.settings_dialog import MoneySettingsDialog

    return MoneySettingsDialog(window.db, window)


def _invoice(window: Any) -> QDialog:
    from civicdesk.ui.money.invoice_dialog import InvoiceDialog

    return InvoiceDialog(window.db, _first(window, "space")[0], window)


def _passphrase(window: Any) -> QDialog:
    from civicdesk.ui.security.passphrase import PassphraseDialog

    return PassphraseDialog(window.db.path, window)


def _builders(name: str) -> Callable[[Any], QDialog]:
    def make(window: Any) -> QDialog:
        from civicdesk.ui.builders import dialogs

        if name == "DoneDialog":
            return dialogs.DoneDialog(window, window.db, "", "first aid cover for the fun day")
        return getattr(dialogs, name)(window, window.db)  # type: ignore[no-any-return,unused-ignore]

    return make


def _reserve(window: Any) -> QDialog:
    from civicdesk.ui.builders.kit_tab import ReserveDialog

    tool_id, name = _first(window, "tool")
    return ReserveDialog(window, window.db, tool_id, name)


def _trusted(window: Any) -> QDialog:
    from civicdesk.ui.tools.trusted import TrustedBorrowersDialog

    return TrustedBorrowersDialog(window, window.db, QUndoStack(window), lambda *_: None)


def _lend_anyway(window: Any) -> QDialog:
    from civicdesk.ui.editors.lend_anyway import LendAnywayDialog

    return LendAnywayDialog(window, "Scouts still has the mower (due back 8 Jan 2027); the holder can "
                                    "lend anyway by recording an override")


def _settings(window: Any) -> QDialog:
    from civicdesk.ui.settings import SettingsDialog

    return SettingsDialog(window)


E = "civicdesk.ui.editors"
DIALOGS: dict[str, Callable[[Any], QDialog]] = {
    f"{E}.space:SpaceEditor": _editor(f"{E}.space", "SpaceEditor", "space"),
    f"{E}.group:GroupEditor": _editor(f"{E}.group", "GroupEditor", "group"),
    f"{E}.person:PersonEditor": _editor(f"{E}.person", "PersonEditor", "person"),
    f"{E}.tool:ToolEditor": _editor(f"{E}.tool", "ToolEditor", "tool"),
    f"{E}.subrecords:MeetingEditor": _editor(f"{E}.subrecords", "MeetingEditor", None),
    f"{E}.subrecords:RoleEditor": _editor(f"{E}.subrecords", "RoleEditor", None),
    f"{E}.subrecords:ToolUseEditor": _editor(f"{E}.subrecords", "ToolUseEditor", None),
    f"{E}.subrecords:LoanEditor": _editor(f"{E}.subrecords", "LoanEditor", None),
    f"{E}.history:HistoryDialog": _history,
    "civicdesk.ui.settings:SettingsDialog": _settings,
    "civicdesk.ui.health.check_form:HealthCheckDialog": _health_check,
    "civicdesk.ui.health.compliance_panel:NewKindDialog": _new_kind,
    "civicdesk.ui.bundles:SendDialog": _send,
    "civicdesk.ui.money.form:MoneyForm": _money_form,
    "civicdesk.ui.money.settings_dialog:MoneySettingsDialog": _money_settings,
    "civicdesk.ui.money.invoice_dialog:InvoiceDialog": _invoice,
    "civicdesk.ui.bundles:PreviewDialog": _preview,
    "civicdesk.ui.importing.wizard:ImportWizard": _import,
    "civicdesk.ui.tools.dialogs:RateDialog": _rate,
    "civicdesk.ui.tools.dialogs:SuggestDialog": _suggest,
    "civicdesk.ui.directory.dialog:DirectoryDialog": _directory,
    "civicdesk.ui.exchange:ExchangeFolderDialog": _exchange,
    "civicdesk.ui.welcome:WelcomeDialog": _welcome,
    "civicdesk.ui.security.dialog:SecurityDialog": _security,
    "civicdesk.ui.security.passphrase:PassphraseDialog": _passphrase,
    "civicdesk.ui.diary.dialog:BookingDialog": _booking,
    "civicdesk.ui.diary.edit_dialog:EditBookingDialog": _edit_booking,
    "civicdesk.ui.builders.dialogs:OfferDialog": _builders("OfferDialog"),
    "civicdesk.ui.builders.dialogs:RequestDialog": _builders("RequestDialog"),
    "civicdesk.ui.builders.dialogs:DoneDialog": _builders("DoneDialog"),
    "civicdesk.ui.builders.kit_tab:ReserveDialog": _reserve,
    "civicdesk.ui.tools.trusted:TrustedBorrowersDialog": _trusted,
    "civicdesk.ui.editors.lend_anyway:LendAnywayDialog": _lend_anyway,
}
