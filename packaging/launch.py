"""Entry point of the frozen app (PyInstaller starts here): the same `civicdesk` command as the wheel."""

import os
import sys

# The Windows app without a console (civicdesk.exe) starts with no stdout or stderr at all: anything
# that prints, flushes or logs to them would fail. Give them somewhere harmless to go.
for _name in ("stdout", "stderr"):
    if getattr(sys, _name) is None:
        setattr(sys, _name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 - for the whole run

from civicdesk.cli import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
