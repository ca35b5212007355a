"""Tools for developers (not shipped features): e.g. `python -m civicdesk.devtools.layers`."""
