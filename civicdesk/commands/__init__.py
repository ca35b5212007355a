"""The command-line commands, one module per feature; civicdesk.cli wires them together."""
