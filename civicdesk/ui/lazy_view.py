"""A view that is built the first time it is shown, so heavy views cost nothing at start-up."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget


class LazyView(QWidget):
    """Holds a factory; `ensure()` builds the real view; `ready` fires once it has shown its data.

    It passes the window's requests (civicdesk.ui.view_api.WorkspaceView) on to the real view
    once that exists.
    """

    ready = Signal()

    def __init__(self, factory: Callable[[QWidget], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._factory = factory
        self.inner: QWidget | None = None
        self._ready = False
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def ensure(self) -> QWidget:
        if self.inner is None:
            self.inner = self._factory(self)
            self._layout.addWidget(self.inner)
            loaded = getattr(self.inner, "loaded", None)
            if loaded is not None:
                loaded.connect(self._loaded)
            else:
                self._loaded()
        return self.inner

    def _loaded(self) -> None:
        self._ready = True
        self.ready.emit()

    # -- what the main window asks of a view -------------------------------------------------
    def activate(self) -> None:
        self.ensure()

    def is_ready(self) -> bool:
        return self._ready

    def reload_data(self, current: bool) -> None:
        if self.inner is not None:
            self.inner.reload_data(current)  # type: ignore[attr-defined]

    def record_changed(self, record_type: str, record_id: str) -> None:
        if self.inner is not None:
            self.inner.record_changed(record_type, record_id)  # type: ignore[attr-defined]

    def save_state(self) -> None:
        if self.inner is not None:
            self.inner.save_state()  # type: ignore[attr-defined]
