"""Work around PySide6 6.12 on Python 3.11 dropping references to None and True it never took.

Every call of a Qt method that returns nothing (`label.setText`, `painter.setPen`, ...) gives
back None without counting the reference, and `Signal.emit` does the same with True. From Python
3.12 these objects are immortal, so nothing happens there; on 3.11 their count falls by one per
call until the interpreter aborts ("Fatal Python error: none_dealloc") — after a few thousand
calls, that is within seconds of drawing a map. We give the three singletons a huge count, which
is what 3.12 does for them anyway.
"""

from __future__ import annotations

import ctypes
import sys

_done = False


def keep_singletons_alive() -> None:
    """Idempotent; a no-op on Python 3.12+ and on interpreters other than CPython."""
    global _done
    if _done or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    for singleton in (None, True, False):
        # ob_refcnt is the first field of every CPython object.
        ctypes.c_ssize_t.from_address(id(singleton)).value += 1 << 40
    _done = True
