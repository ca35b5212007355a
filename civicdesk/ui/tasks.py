"""Slow work off the UI thread: run a function in the pool, hear back on the UI thread.

    runner = TaskRunner(parent)
    runner.run(build_pdf, args..., on_done=show_pdf, on_error=show_error, progress=True)

The function may accept a `report` keyword (a `Progress`) to say how far it got and to notice a
cancel request (`report.cancelled`). Callbacks always run on the UI thread; workers never touch
widgets.
"""

from __future__ import annotations

import inspect
import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class Progress:
    """Handed to a worker: report(done, total, text) and check `cancelled`."""

    def __init__(self, emit: Callable[[int, int, str], None]) -> None:
        self._emit = emit
        self._cancel = threading.Event()

    def __call__(self, done: int, total: int = 0, text: str = "") -> None:
        self._emit(done, total, text)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int, str)


class _Job(QRunnable):
    def __init__(self, fn: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
        super().__init__()
        self.signals = _Signals()
        self.fn, self.args, self.kwargs = fn, args, kwargs
        self.report = Progress(self.signals.progress.emit)
        try:
            wants_report = "report" in inspect.signature(fn).parameters
        except (TypeError, ValueError):
            wants_report = False
        if wants_report:
            self.kwargs["report"] = self.report

    def run(self) -> None:
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:  # noqa: BLE001 - handed to the UI thread to show
            log.exception("background task failed")
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


class TaskRunner(QObject):
    """Runs jobs on a thread pool and keeps them alive until their results are delivered."""

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self.pool = pool or QThreadPool.globalInstance()
        self._jobs: set[_Job] = set()

    def run(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
        **kwargs: Any,
    ) -> Progress:
        job = _Job(fn, args, kwargs)
        job.setAutoDelete(False)
        self._jobs.add(job)

        def finished(result: Any, callback: Callable[[Any], None] | None) -> None:
            self._jobs.discard(job)
            if callback is not None:
                callback(result)

        job.signals.done.connect(lambda result: finished(result, on_done))
        job.signals.failed.connect(lambda exc: finished(exc, on_error))
        if on_progress is not None:
            job.signals.progress.connect(on_progress)
        self.pool.start(job)
        return job.report

    @property
    def busy(self) -> bool:
        return bool(self._jobs)

    def wait(self, msecs: int = 30_000) -> bool:
        return self.pool.waitForDone(msecs)
