"""The builders view: offers and requests for help, help given, and kit reservations."""
