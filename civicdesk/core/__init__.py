"""What sync and services both stand on: the clock, keys, consent, erasure, the record writer, the index."""
