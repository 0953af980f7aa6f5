"""Refusals of the places services, as people read them."""

TEXTS: dict[str, str] = {}
