"""The window's language: which one (command line, Settings, else the computer's), and putting it in place.

`install_language` loads CivicDesk's translation (`resources/translations/civicdesk_XX.qm`) and
Qt's own for standard buttons (`qtbase_XX.qm`, where Qt has one: Polish, not yet Welsh or Urdu),
sets the default locale (numbers, month names in Qt's widgets) and lays the window out right to
left for Urdu. English has a small translation too: the plural forms of counted words ("1 space",
"2 spaces"), which Qt writes as "%n space(s)" in the source.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, Qt, QTranslator
from PySide6.QtGui import QGuiApplication

from civicdesk.core.languages import LANGUAGES, LOCALES, RIGHT_TO_LEFT
from civicdesk.paths import resource_path

SETTING = "ui/language"  # QSettings key: a code from LANGUAGES, or absent to follow the computer

_installed: list[QTranslator] = []  # kept alive while installed (Qt holds no reference)
_current = ["en"]  # the language installed last


def system_language() -> str:
    """The computer's language if CivicDesk speaks it, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("-", "_").split("_")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def saved_language() -> str | None:
    """The language chosen in Settings, or None to follow the computer."""
    value = QSettings().value(SETTING)
    return str(value) if value in LANGUAGES else None


def save_language(code: str | None) -> None:
    """Remember the choice for the next start (None: follow the computer)."""
    if code is None:
        QSettings().remove(SETTING)
    else:
        QSettings().setValue(SETTING, code)


def chosen_language(requested: str | None = None) -> str:
    """`--language` if given, else the one chosen in Settings, else the computer's."""
    if requested:
        return requested
    return saved_language() or system_language()


def current_language() -> str:
    """The language the window is in (the one installed last; English before any)."""
    return _current[0]


def install_language(code: str) -> str:
    """Put `code`'s translations, locale and layout direction in place for the whole application."""
    app = QCoreApplication.instance()
    for old in _installed:
        QCoreApplication.removeTranslator(old)
    _installed.clear()
    ours = QTranslator()
    if ours.load(str(resource_path("translations", f"civicdesk_{code}.qm"))):
        _installed.append(ours)
    qt_own = QTranslator()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if code != "en" and qt_own.load(f"qtbase_{code}", qt_dir):
        _installed.append(qt_own)
    for translator in _installed:
        QCoreApplication.installTranslator(translator)
    QLocale.setDefault(QLocale(LOCALES.get(code, code)))
    _current[0] = code
    if isinstance(app, QGuiApplication):
        rtl = code in RIGHT_TO_LEFT
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
    return code
