"""The network of groups, spaces, people and tools."""
