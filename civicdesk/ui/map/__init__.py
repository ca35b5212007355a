"""The offline map of spaces."""
