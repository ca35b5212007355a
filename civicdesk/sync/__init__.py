"""Synchronisation between sites: clocks now; bundles and merge later."""
