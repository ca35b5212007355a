"""The Qt user interface. The only package (with civicdesk.app) that may import PySide6."""
