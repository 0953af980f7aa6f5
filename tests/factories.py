"""What many tests build the same way: the home time zone and a small zone on the map."""

from __future__ import annotations

from console.clock import HOME_TIME_ZONE

ROME = HOME_TIME_ZONE
# A small triangle near piazza Roma (WGS84 longitude, latitude): a valid zone geometry.
SQUARE = {
    "type": "Polygon",
    "coordinates": [[[10.02, 45.13], [10.03, 45.13], [10.03, 45.14], [10.02, 45.13]]],
}
