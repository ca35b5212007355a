"""Every string the window asks Qt to translate is asked for under the context the .ts file has it in."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QWizard

from civicdesk.devtools.translations import extracted
from civicdesk.ui import dialog_registry, registry
from tests.ui.conftest import open_window


class Recorder(QTranslator):
    """Translates nothing; remembers each lookup as the contexts it was asked under.

    PySide6's `self.tr(text)` asks under the name of each class of the object's MRO in turn (the
    subclass first) until one gives a translation, so a base class's `self.tr` finds the base
    class's context; consecutive questions for the same text are one lookup.
    """

    def __init__(self) -> None:
        super().__init__()
        self.lookups: list[tuple[str, list[str]]] = []

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: N802 - Qt's name
        context, source = context or "", source or ""
        if self.lookups and self.lookups[-1][0] == source and context not in self.lookups[-1][1]:
            self.lookups[-1][1].append(context)
        else:
            self.lookups.append((source, [context]))
        return None  # no translation (an empty string would be one)


def _ours(context: str) -> bool:
    # Qt's own classes ask for their words too (QPlatformTheme's "OK", QLineEdit's menu).
    return not (context[:1] == "Q" and context[1:2].isupper())


def test_every_looked_up_string_is_in_the_catalogue_under_the_same_context(qtbot, village):
    recorder = Recorder()
    QCoreApplication.installTranslator(recorder)
    try:
        window = open_window(qtbot, village)
        for name in registry.names():
            window.show_view(name)
            view = window.views[name]
            if hasattr(view, "ensure"):
                view.ensure()
            qtbot.wait(50)
        for factory in dialog_registry.DIALOGS.values():
            dialog = factory(window)
            qtbot.addWidget(dialog)
            dialog.show()
            if isinstance(dialog, QWizard):
                for page_id in dialog.pageIds():
                    dialog.page(page_id).show()
            dialog.close()
        window.runner.wait()
    finally:
        QCoreApplication.removeTranslator(recorder)
    catalogue = extracted()  # what lupdate finds in the source (test_translations_fresh checks the .ts)
    asked = [(source, contexts) for source, contexts in recorder.lookups if _ours(contexts[0])]
    missing = sorted({(contexts[0], source) for source, contexts in asked
                      if not any((context, source) in catalogue for context in contexts)})
    assert len(asked) > 400, "the window asked for few strings: were views and dialogs opened?"
    assert not missing, (
        f"{len(missing)} strings are looked up under a context the .ts does not have them in "
        "(a base class's self.tr() looks up the subclass's name; lupdate cannot read f-strings):\n"
        + "\n".join(f"{c!r}: {s!r}" for c, s in missing)
    )
