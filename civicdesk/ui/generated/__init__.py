"""Python modules compiled from forms/*.ui — do not edit by hand."""
