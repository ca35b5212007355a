"""What sync and services both stand on: clock, keys, consent, erasure, the record writer, the search index, values."""
