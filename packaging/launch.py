"""Entry point of the frozen app (PyInstaller starts here): the same `civicdesk` command as the wheel."""

import sys

from civicdesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
