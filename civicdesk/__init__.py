"""CivicDesk: keep the map of a neighbourhood's social infrastructure on a laptop."""

__version__ = "0.1.0"
APP_NAME = "CivicDesk"
