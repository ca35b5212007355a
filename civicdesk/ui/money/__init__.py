"""Money in the window: the funder pack from a space's page, and trust with finances when sending."""
