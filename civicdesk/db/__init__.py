"""Storage: SQLite engine and sessions, typed models, migrations and backups."""
