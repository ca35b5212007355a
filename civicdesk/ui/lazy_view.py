"""A view that is built the first time it is shown, so heavy views cost nothing at start-up."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget


class LazyView(QWidget):
    """Holds a factory; `ensure()` builds the real view; `ready` fires once it has shown its data."""

    ready = Signal()

    def __init__(self, factory: Callable[[QWidget], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._factory = factory
        self.inner: QWidget | None = None
        self.is_ready = False
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
        self.is_ready = True
        self.ready.emit()
