"""Printed documents (reportlab): the directory and its fonts. Qt-free."""
