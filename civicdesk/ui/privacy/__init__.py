"""Data protection in the app: the retention view and a person's subject access and erasure actions."""
