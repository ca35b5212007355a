"""Encrypted databases in the app: the passphrase dialog, the lock after inactivity, the security settings.

Nothing here knows the main window: each part receives what it needs (a `SecurityContext`).
"""

from civicdesk.ui.security.context import SecurityContext
from civicdesk.ui.security.convert import convert_in_window
from civicdesk.ui.security.dialog import SecurityDialog
from civicdesk.ui.security.lock import DEFAULT_LOCK_MINUTES, LOCK_MINUTES_KEY, InactivityLock, lock_minutes
from civicdesk.ui.security.passphrase import PassphraseDialog, unavailable_text, unlock_at_start

__all__ = [
    "DEFAULT_LOCK_MINUTES",
    "LOCK_MINUTES_KEY",
    "InactivityLock",
    "PassphraseDialog",
    "SecurityContext",
    "SecurityDialog",
    "convert_in_window",
    "lock_minutes",
    "unavailable_text",
    "unlock_at_start",
]
