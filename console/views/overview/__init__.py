"""The Overview section: the current week at a glance, from real data."""
