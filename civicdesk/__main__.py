"""Allows `python -m civicdesk`."""

import sys

from civicdesk.cli import main

sys.exit(main())
