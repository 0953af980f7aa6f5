"""Coordination Console: joint interventions of street educators and municipal police."""

__version__ = "0.1.0"
