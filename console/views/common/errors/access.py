"""Refusals of the access services, as people read them."""

TEXTS: dict[str, str] = {}
