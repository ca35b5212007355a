"""Printed documents built with reportlab: directories and health reports."""
