"""Use cases over the database: each opens one short session and returns plain data."""
