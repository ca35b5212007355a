"""Printed documents made with reportlab (Qt-free): directories, health reports, kit lists."""
