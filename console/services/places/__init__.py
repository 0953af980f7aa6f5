"""Places: the zones and their geometry, GeoJSON import and export, signals (citizen reports,
police interventions, media) with CSV import, the pressure and presence indicators, and the
offline basemap tiles."""
