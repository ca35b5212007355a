"""The hire diary: the week of a space's rooms, a month overview, and booking dialogs."""
