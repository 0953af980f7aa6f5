"""Refusals of the cases services, as people read them."""

TEXTS: dict[str, str] = {}
