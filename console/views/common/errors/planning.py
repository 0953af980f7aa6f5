"""Refusals of the planning services, as people read them."""

TEXTS: dict[str, str] = {}
