"""What sync and services both stand on: the clock, keys, consent rules, erasure, the record writer,
the search index, validation, structured values, dates and wording (above db, below everything else)."""
