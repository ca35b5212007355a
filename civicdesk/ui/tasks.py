"""Slow work off the UI thread: run a function on a worker thread, hear back on the UI thread.

    runner = TaskRunner(parent)
    runner.run(build_pdf, args..., on_done=show_pdf, on_error=show_error)

The function may accept a `report` keyword (a `Progress`) to say how far it got and to notice a
cancel request (`report.cancelled`). Callbacks always run on the UI thread; workers never touch
widgets.

Results never travel through Qt signals and no QRunnable is involved: a worker puts its result
on a Python queue and pokes the UI thread with an argument-less signal. (Passing Python objects
through cross-thread signals, or letting Python drop a QRunnable that a pool thread is still
finishing, crashes PySide6 6.12 at exit with "deallocating None".)
"""

from __future__ import annotations

import inspect
import logging
import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import wait as wait_for_futures
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)

_DONE, _FAILED, _PROGRESS = "done", "failed", "progress"


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


class _Callbacks:
    def __init__(
        self,
        on_done: Callable[[Any], None] | None,
        on_error: Callable[[BaseException], None] | None,
        on_progress: Callable[[int, int, str], None] | None,
    ) -> None:
        self.on_done, self.on_error, self.on_progress = on_done, on_error, on_progress


class _Postman(QObject):
    """Carries finished work to the UI thread for every runner. It lives as long as the process:
    a worker that finishes after its runner's widget was closed (and the runner deleted with it)
    must not emit a signal on a deleted object — that crashed the process."""

    poke = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.box: queue.SimpleQueue[tuple[TaskRunner, str, _Callbacks, Any]] = queue.SimpleQueue()
        self.poke.connect(self.deliver)

    def deliver(self) -> None:
        while True:
            try:
                runner, kind, callbacks, payload = self.box.get_nowait()
            except queue.Empty:
                return
            if shiboken6.isValid(runner):  # a closed window's work is dropped
                runner._deliver(kind, callbacks, payload)


_postman: _Postman | None = None


class TaskRunner(QObject):
    """Runs jobs on a small thread pool and delivers their outcome on the UI thread."""

    def __init__(self, parent: QObject | None = None, workers: int = 3) -> None:
        super().__init__(parent)
        global _postman
        if _postman is None:  # made on the UI thread, with the first runner
            _postman = _Postman()
        self._postman = _postman
        self._executor = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="civicdesk-task")
        self._futures: set[Future[Any]] = set()
        self._lock = threading.Lock()

    def run(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
        **kwargs: Any,
    ) -> Progress:
        callbacks = _Callbacks(on_done, on_error, on_progress)

        def progress(done: int, total: int, text: str) -> None:
            self._send(_PROGRESS, callbacks, (done, total, text))

        report = Progress(progress)
        try:
            if "report" in inspect.signature(fn).parameters:
                kwargs["report"] = report
        except (TypeError, ValueError):
            pass

        def work() -> None:
            try:
                result = fn(*args, **kwargs)
            except BaseException as exc:  # noqa: BLE001 - handed to the UI thread to show
                log.exception("background task failed")
                self._send(_FAILED, callbacks, exc)
            else:
                self._send(_DONE, callbacks, result)

        try:
            future = self._executor.submit(work)
        except RuntimeError:  # the app is closing (undo stacks emit as they are torn down)
            log.info("%s not started: the app is closing", getattr(fn, "__name__", "a task"))
            return report
        with self._lock:
            self._futures.add(future)
        future.add_done_callback(self._forget)
        return report

    def _forget(self, future: Future[Any]) -> None:
        with self._lock:
            self._futures.discard(future)

    def _send(self, kind: str, callbacks: _Callbacks, payload: Any) -> None:
        self._postman.box.put((self, kind, callbacks, payload))
        self._postman.poke.emit()

    def _deliver(self, kind: str, callbacks: _Callbacks, payload: Any) -> None:
        if kind == _DONE and callbacks.on_done is not None:
            callbacks.on_done(payload)
        elif kind == _FAILED and callbacks.on_error is not None:
            callbacks.on_error(payload)
        elif kind == _PROGRESS and callbacks.on_progress is not None:
            callbacks.on_progress(*payload)

    @property
    def busy(self) -> bool:
        with self._lock:
            return bool(self._futures)

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until running jobs finish (their callbacks are delivered later, on the UI thread)."""
        with self._lock:
            pending = set(self._futures)
        _done, not_done = wait_for_futures(pending, timeout=msecs / 1000)
        return not not_done
