"""The Map section: zones, signals and presence on an offline Web Mercator map."""

from console.views.map.section import MapView

__all__ = ["MapView"]
