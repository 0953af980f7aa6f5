"""Use cases, one package per area; no Qt here: the GUI, the CLI and the tests share them.

- ``planning``: the week of shifts, edits and their rules, copy and publish, absences, exports;
- ``places``: zones, geometry, GeoJSON, signals, indicators, basemap tiles;
- ``cases``: debriefs, people met and consents, cases, notes, referrals, search;
- ``access``: accounts, signing in, the permission table, the audit log, the database's facts;
- ``demo``: the Cremona demo data;
- ``changes``: the areas a write announces (one ``Area`` enum).
"""
