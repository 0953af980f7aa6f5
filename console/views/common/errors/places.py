"""Refusals of the places services, as people read them: zone shapes drawn on the map or read
from a GeoJSON file, zones, signals and their CSV files, the indicators and the basemap
(``console.services.places``).

A GeoJSON file comes from a GIS: its texts say which feature is wrong ("3 (Piazza Roma)": its
number in the file and its name) and how to export it again.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEXTS: dict[str, str] = {
    # -- the shape of a zone ---------------------------------------------------------------------
    "geometry_not_object": QT_TRANSLATE_NOOP(
        "Errors", "The zone has no shape that can be read. Draw the zone again on the map."
    ),
    "geometry_not_polygon": QT_TRANSLATE_NOOP(
        "Errors",
        "A zone must be an area (a Polygon or MultiPolygon), not “{kind}”. Draw it as an area "
        "on the map.",
    ),
    "geometry_no_polygons": QT_TRANSLATE_NOOP(
        "Errors", "The shape of the zone has no parts. Draw the zone again on the map."
    ),
    "geometry_no_outline": QT_TRANSLATE_NOOP(
        "Errors", "A part of the zone has no outline. Draw the zone again on the map."
    ),
    "geometry_not_positions": QT_TRANSLATE_NOOP(
        "Errors",
        "The shape of the zone holds something that is not a list of points. Draw the zone "
        "again on the map.",
    ),
    "geometry_bad_position": QT_TRANSLATE_NOOP(
        "Errors",
        "The shape of the zone has a point that is not a pair of numbers (longitude and "
        "latitude). Draw the zone again on the map.",
    ),
    "geometry_out_of_range": QT_TRANSLATE_NOOP(
        "Errors",
        "The shape of the zone has a point off the map (longitude {lon}, latitude {lat}). "
        "Longitude goes from -180 to 180 and latitude from -90 to 90: move the point.",
    ),
    "geometry_too_few_points": QT_TRANSLATE_NOOP(
        "Errors",
        "The outline of the zone, or one of its holes, has only {count} different points: an "
        "area needs at least 3. Add corners.",
    ),
    "geometry_no_area": QT_TRANSLATE_NOOP(
        "Errors",
        "The corners of the zone's outline, or of one of its holes, all lie on one straight "
        "line, so they enclose no area. Move a corner off the line.",
    ),
    "geometry_crosses_itself": QT_TRANSLATE_NOOP(
        "Errors",
        "The outline of the zone, or one of its holes, crosses itself. Move the corners so "
        "that no two edges cross.",
    ),
    "geometry_holes_cross": QT_TRANSLATE_NOOP(
        "Errors",
        "A hole in the zone crosses or touches the outline or another hole. Move its corners "
        "so that it lies inside the outline, apart from the other holes.",
    ),
    "geometry_hole_outside": QT_TRANSLATE_NOOP(
        "Errors",
        "A hole in the zone lies outside the outline. Move it inside the outline, or remove it.",
    ),
    "geometry_holes_nested": QT_TRANSLATE_NOOP(
        "Errors",
        "A hole in the zone lies inside another hole. Remove one of the two.",
    ),
    "geometry_too_many_vertices": QT_TRANSLATE_NOOP(
        "Errors",
        "The zone has {count} corners, more than the {limit} a zone may have. Simplify its "
        "outline: fewer corners are enough for a street or a square.",
    ),
    # -- GeoJSON files of zones ------------------------------------------------------------------
    "geojson_too_large": QT_TRANSLATE_NOOP(
        "Errors",
        "The file is larger than {limit} MB. Export only the zones you need from the GIS.",
    ),
    "geojson_binary": QT_TRANSLATE_NOOP(
        "Errors",
        "The file is not text: it may be a shapefile or an image. Choose a .geojson file.",
    ),
    "geojson_not_utf8": QT_TRANSLATE_NOOP(
        "Errors",
        "The file is not saved as UTF-8 text (the problem is at byte {byte}). Export it again "
        "from the GIS as GeoJSON in UTF-8.",
    ),
    "geojson_empty": QT_TRANSLATE_NOOP(
        "Errors", "The file is empty. Choose the GeoJSON file that holds the zones."
    ),
    "geojson_number_not_allowed": QT_TRANSLATE_NOOP(
        "Errors",
        "The file holds the value {name}, which JSON does not allow as a number. Export it "
        "again from the GIS, or correct that value.",
    ),
    "geojson_invalid_json": QT_TRANSLATE_NOOP(
        "Errors",
        "The file is not valid JSON: there is an error at line {line}, column {column}. Export "
        "it again from the GIS, or correct it in a text editor.",
    ),
    "geojson_too_deep": QT_TRANSLATE_NOOP(
        "Errors",
        "The file is nested too deeply to be read. Export the zones again from the GIS as a "
        "GeoJSON FeatureCollection.",
    ),
    "geojson_not_an_object": QT_TRANSLATE_NOOP(
        "Errors",
        "The file is JSON but not GeoJSON: it holds no FeatureCollection. Export the zones "
        "from the GIS as GeoJSON.",
    ),
    "geojson_no_type": QT_TRANSLATE_NOOP(
        "Errors",
        "The file is JSON but says no GeoJSON type. Export the zones from the GIS as a GeoJSON "
        "FeatureCollection.",
    ),
    "geojson_wrap_in_collection": QT_TRANSLATE_NOOP(
        "Errors",
        "The file holds a single {kind}, not a FeatureCollection. Export the zones from the GIS "
        "as a FeatureCollection, or put the {kind} in one.",
    ),
    "geojson_not_a_collection": QT_TRANSLATE_NOOP(
        "Errors",
        "The file's GeoJSON type is “{kind}”, not FeatureCollection. Export the zones from the "
        "GIS as a FeatureCollection of polygons.",
    ),
    "geojson_no_features": QT_TRANSLATE_NOOP(
        "Errors",
        "The file has no features, so there is no zone to import. Check that you exported the "
        "right layer.",
    ),
    "geojson_file_crs": QT_TRANSLATE_NOOP(
        "Errors",
        "The file uses the coordinate system {crs}, not WGS84. Export it again from the GIS in "
        "WGS84 longitude/latitude (EPSG:4326).",
    ),
    "geojson_file_crs_unknown": QT_TRANSLATE_NOOP(
        "Errors",
        "The file names its coordinate system in a form that is not known, so it may not be "
        "WGS84. Export it again from the GIS in WGS84 longitude/latitude (EPSG:4326).",
    ),
    "geojson_feature_crs": QT_TRANSLATE_NOOP(
        "Errors",
        "Feature {feature} uses the coordinate system {crs}, not WGS84. Export the file again "
        "from the GIS in WGS84 longitude/latitude (EPSG:4326).",
    ),
    "geojson_feature_crs_unknown": QT_TRANSLATE_NOOP(
        "Errors",
        "Feature {feature} names its coordinate system in a form that is not known, so it may "
        "not be WGS84. Export the file again from the GIS in WGS84 longitude/latitude "
        "(EPSG:4326).",
    ),
    "geojson_not_a_feature": QT_TRANSLATE_NOOP(
        "Errors",
        "Item {feature} of the file's features is not a GeoJSON Feature. Export the zones "
        "again from the GIS.",
    ),
    "geojson_properties_not_object": QT_TRANSLATE_NOOP(
        "Errors",
        "The properties of feature {feature} are not a list of names and values. Export the "
        "zones again from the GIS.",
    ),
    "geojson_no_geometry": QT_TRANSLATE_NOOP(
        "Errors",
        "Feature {feature} has no geometry, and every zone needs an area. Draw its polygon in "
        "the GIS, or leave the feature out.",
    ),
    "geojson_geometry_type_unknown": QT_TRANSLATE_NOOP(
        "Errors",
        "The geometry of feature {feature} has no known type, and only areas can be zones. "
        "Export it again as a Polygon or MultiPolygon.",
    ),
    "geojson_not_polygon": QT_TRANSLATE_NOOP(
        "Errors",
        "Feature {feature} is a {kind}, but only areas (Polygon or MultiPolygon) can be zones. "
        "Leave it out, or export only the layer of polygons.",
    ),
    "geojson_projected": QT_TRANSLATE_NOOP(
        "Errors",
        "Feature {feature} has coordinates like {x} / {y}: they look like metres of a "
        "projected system, not longitude and latitude. Export the file again from the GIS in "
        "WGS84 longitude/latitude (EPSG:4326).",
    ),
    "geojson_out_of_range": QT_TRANSLATE_NOOP(
        "Errors",
        "Feature {feature} has a point at longitude {x}, latitude {y}, off the map (longitude "
        "goes from -180 to 180, latitude from -90 to 90). Export the file again from the GIS "
        "in WGS84 longitude/latitude (EPSG:4326).",
    ),
    "geojson_no_polygons": QT_TRANSLATE_NOOP(
        "Errors",
        "Feature {feature} is a MultiPolygon without polygons. Draw its area in the GIS, or "
        "leave the feature out.",
    ),
    "geojson_no_outline": QT_TRANSLATE_NOOP(
        "Errors",
        "Polygon {polygon} of feature {feature} has no outline. Correct it in the GIS and "
        "export the file again.",
    ),
    "geojson_bad_positions": QT_TRANSLATE_NOOP(
        "Errors",
        "Polygon {polygon} of feature {feature} has coordinates that are not pairs of numbers "
        "(longitude and latitude). Correct it in the GIS and export the file again.",
    ),
    "geojson_too_few_points": QT_TRANSLATE_NOOP(
        "Errors",
        "Polygon {polygon} of feature {feature} has an outline or a hole with only {count} "
        "different points: an area needs at least 3. Correct it in the GIS and export the file "
        "again.",
    ),
    "geojson_no_area": QT_TRANSLATE_NOOP(
        "Errors",
        "Polygon {polygon} of feature {feature} has an outline or a hole whose points all lie "
        "on one line, so it encloses no area. Correct it in the GIS and export the file again.",
    ),
    "geojson_crosses_itself": QT_TRANSLATE_NOOP(
        "Errors",
        "The outline or a hole of polygon {polygon} of feature {feature} crosses itself. "
        "Correct it in the GIS (its geometry check finds where) and export the file again.",
    ),
    "geojson_holes_cross": QT_TRANSLATE_NOOP(
        "Errors",
        "A hole of polygon {polygon} of feature {feature} crosses or touches the outline or "
        "another hole. Correct it in the GIS and export the file again.",
    ),
    "geojson_hole_outside": QT_TRANSLATE_NOOP(
        "Errors",
        "Hole {hole} of polygon {polygon} of feature {feature} lies outside the outline. "
        "Correct it in the GIS and export the file again.",
    ),
    "geojson_holes_nested": QT_TRANSLATE_NOOP(
        "Errors",
        "Polygon {polygon} of feature {feature} has a hole inside another hole. Correct it in "
        "the GIS and export the file again.",
    ),
    "geojson_too_many_vertices": QT_TRANSLATE_NOOP(
        "Errors",
        "Feature {feature} has {count} vertices, more than the {limit} a zone may have. "
        "Simplify it in the GIS (for example with a tolerance of one metre) and export the file "
        "again.",
    ),
    "geojson_shape_invalid": QT_TRANSLATE_NOOP(
        "Errors",
        "The geometry of feature {feature} cannot be a zone. Check it in the GIS and export the "
        "file again.",
    ),
    "geojson_no_properties": QT_TRANSLATE_NOOP(
        "Errors",
        "The features have no properties, so none can give the zones their names (“{property}” "
        "was chosen). Add a name to each feature in the GIS and export the file again.",
    ),
    "geojson_no_such_property": QT_TRANSLATE_NOOP(
        "Errors",
        "The features have no property “{property}”. Choose one of these for the zones' "
        "names: {available}.",
    ),
    "geojson_name_missing": QT_TRANSLATE_NOOP(
        "Errors",
        "Feature {feature} has no “{property}”, and every zone needs a name. Fill it in the "
        "GIS, or choose another property for the names.",
    ),
    "geojson_name_blank": QT_TRANSLATE_NOOP(
        "Errors",
        "The “{property}” of feature {feature} is empty or is not a name, and every zone needs "
        "one. Fill it in the GIS, or choose another property for the names.",
    ),
    "geojson_name_too_long": QT_TRANSLATE_NOOP(
        "Errors",
        "The name of feature {feature} is {length} characters long, and a zone's name has at "
        "most {limit}. Shorten it in the GIS, or choose another property for the names.",
    ),
    "geojson_name_twice": QT_TRANSLATE_NOOP(
        "Errors",
        "Features {first} and {second} are both called “{name}”, and zone names must differ "
        "(capitals do not count). Rename one of them in the GIS.",
    ),
    "geojson_not_writable": QT_TRANSLATE_NOOP(
        "Errors",
        "The zones cannot be written as GeoJSON: one of them holds a number that is not "
        "finite. Correct that zone and export again.",
    ),
    # -- zones -----------------------------------------------------------------------------------
    "zone_name_missing": QT_TRANSLATE_NOOP("Errors", "A zone needs a name. Type one."),
    "zone_name_too_long": QT_TRANSLATE_NOOP(
        "Errors", "The name is {length} characters long. Keep it to {limit}."
    ),
    "zone_colour_invalid": QT_TRANSLATE_NOOP(
        "Errors",
        "“{colour}” is not a colour. Choose one, or write it as #rrggbb (for example #1f77b4).",
    ),
    "zone_threshold_not_a_number": QT_TRANSLATE_NOOP(
        "Errors",
        "The review threshold “{threshold}” is not a number. Type how many signals a week are "
        "too many, for example 10.",
    ),
    "zone_threshold_negative": QT_TRANSLATE_NOOP(
        "Errors",
        "The review threshold cannot be {threshold}. Type a number of 0 or more: how many "
        "signals a week are too many.",
    ),
    "zone_name_taken": QT_TRANSLATE_NOOP(
        "Errors",
        "There is already a zone called “{name}” (capitals do not count). Choose another name.",
    ),
    "zone_name_taken_deactivated": QT_TRANSLATE_NOOP(
        "Errors",
        "A deactivated zone is already called “{name}” (capitals do not count). Choose another "
        "name, or activate that zone again.",
    ),
    # -- signals ---------------------------------------------------------------------------------
    "signal_kind_unknown": QT_TRANSLATE_NOOP(
        "Errors",
        "“{kind}” is not a kind of signal. Choose citizen report, police intervention or media "
        "item.",
    ),
    "signal_time_naive": QT_TRANSLATE_NOOP(
        "Errors", "The time of the signal is incomplete (it has no time zone). Enter it again."
    ),
    "signal_category_empty": QT_TRANSLATE_NOOP(
        "Errors", "The category is empty. Choose one from the list, or type one."
    ),
    "signal_category_too_long": QT_TRANSLATE_NOOP(
        "Errors", "The category is {length} characters long. Keep it to {limit}."
    ),
    "signal_source_too_long": QT_TRANSLATE_NOOP(
        "Errors", "The source is {length} characters long. Keep it to {limit}."
    ),
    "signal_summary_too_long": QT_TRANSLATE_NOOP(
        "Errors",
        "The summary is {length} characters long. Keep it to {limit}, without personal data.",
    ),
    "signal_point_incomplete": QT_TRANSLATE_NOOP(
        "Errors",
        "The point has a longitude or a latitude, but not both. Give both, or neither and "
        "choose the zone.",
    ),
    "signal_point_out_of_range": QT_TRANSLATE_NOOP(
        "Errors",
        "The point (longitude {lon}, latitude {lat}) is off the map. Click the map where the "
        "signal happened.",
    ),
    "signal_zone_missing": QT_TRANSLATE_NOOP(
        "Errors",
        "The signal needs a zone. Click the map where it happened, or choose the zone.",
    ),
    "signal_zone_unavailable": QT_TRANSLATE_NOOP(
        "Errors",
        "The chosen zone no longer exists or has been deactivated. Choose another zone.",
    ),
    "signal_point_in_no_zone": QT_TRANSLATE_NOOP(
        "Errors",
        "The point is in no zone. Choose the zone, or place the point inside one.",
    ),
    "signal_period_naive": QT_TRANSLATE_NOOP(
        "Errors", "The period is incomplete (it has no time zone). Choose the period again."
    ),
    # -- CSV files of signals --------------------------------------------------------------------
    "csv_too_large": QT_TRANSLATE_NOOP(
        "Errors",
        "The file is larger than {limit} MB. Split it into smaller files and import them one "
        "at a time.",
    ),
    "csv_binary": QT_TRANSLATE_NOOP(
        "Errors",
        "The file is not text: it may be a spreadsheet or an image. Save it as CSV and choose "
        "that file.",
    ),
    "csv_encoding_unknown": QT_TRANSLATE_NOOP(
        "Errors",
        "The file is text in an encoding that is not UTF-8, UTF-16 or Windows-1252. In the "
        "spreadsheet, save it as “CSV UTF-8” and import it again.",
    ),
    "csv_empty": QT_TRANSLATE_NOOP(
        "Errors", "The file is empty. Choose the CSV file that holds the signals."
    ),
    "csv_too_many_rows": QT_TRANSLATE_NOOP(
        "Errors",
        "The file has more than {limit} rows. Split it into smaller files and import them one "
        "at a time.",
    ),
    "csv_unreadable": QT_TRANSLATE_NOOP(
        "Errors",
        "Line {line} of the file cannot be read as CSV: a quote may be missing, or a value is "
        "too long. Correct the file and import it again.",
    ),
    "csv_column_twice": QT_TRANSLATE_NOOP(
        "Errors",
        "The column “{column}” and an earlier one are both the column {name}. Keep only one "
        "of the two.",
    ),
    "csv_columns_missing": QT_TRANSLATE_NOOP(
        "Errors",
        "The file has no column {missing}, which every signal needs (the file has: {found}). "
        "Add it and import the file again.",
    ),
    "csv_no_place_columns": QT_TRANSLATE_NOOP(
        "Errors",
        "The file does not say where the signals happened: it needs a zone (zona) column, or "
        "lon and lat columns, or both. Add them and import the file again.",
    ),
    "csv_too_many_values": QT_TRANSLATE_NOOP(
        "Errors",
        "This row has {values} values, but the file has {columns} columns. Check the separator "
        "({separator}) and the quotes.",
    ),
    "csv_kind_unknown": QT_TRANSLATE_NOOP(
        "Errors",
        "The kind “{kind}” is not known. Write citizen_report (segnalazione), "
        "police_intervention (intervento) or media.",
    ),
    "csv_time_empty": QT_TRANSLATE_NOOP(
        "Errors",
        "The date and time (occurred_at) are missing. Write them, for example 24/11/2026 21:30.",
    ),
    "csv_time_missing": QT_TRANSLATE_NOOP(
        "Errors",
        "“{text}” is a date without a time. Add the time, for example 24/11/2026 21:30.",
    ),
    "csv_time_invalid": QT_TRANSLATE_NOOP(
        "Errors",
        "“{text}” is not a date and time. Write it as 24/11/2026 21:30 or 2026-11-24 21:30.",
    ),
    "csv_time_skipped": QT_TRANSLATE_NOOP(
        "Errors",
        "“{text}” does not exist in {time_zone}: the clocks skip that hour when summer time "
        "starts. Check the time.",
    ),
    "csv_not_a_number": QT_TRANSLATE_NOOP(
        "Errors",
        "In the {column} column, “{text}” is not a number. Write it with a decimal point or "
        "comma, for example 10.0245.",
    ),
    "csv_zone_unknown": QT_TRANSLATE_NOOP(
        "Errors",
        "There is no active zone called “{zone}”. Check the name against the zones on the "
        "map, or give lon and lat instead.",
    ),
    "signal_import_rows_with_errors": QT_TRANSLATE_NOOP(
        "Errors",
        "Rows with errors in the file: {count} (the first on line {line}). Nothing is imported "
        "until every row is right: correct the file and preview it again.",
    ),
    "signal_import_empty": QT_TRANSLATE_NOOP(
        "Errors", "The file has no signals to import: it holds only the names of the columns."
    ),
    "signal_import_zone_unavailable": QT_TRANSLATE_NOOP(
        "Errors",
        "The zone of line {line} no longer exists or has been deactivated since the preview. "
        "Nothing was imported: preview the file again.",
    ),
    "signal_import_row_changed": QT_TRANSLATE_NOOP(
        "Errors",
        "Line {line} can no longer be imported as it was in the preview. Nothing was imported: "
        "preview the file again to see why.",
    ),
    # -- indicators ------------------------------------------------------------------------------
    "indicator_period_reversed": QT_TRANSLATE_NOOP(
        "Errors",
        "The period ends on {end}, before it starts on {start}. Choose an end on or after the "
        "start.",
    ),
    "indicator_weight_invalid": QT_TRANSLATE_NOOP(
        "Errors",
        "The weight of {kind} must be a number of 0 or more. Correct it in the map settings.",
    ),
    "indicator_trend_too_long": QT_TRANSLATE_NOOP(
        "Errors", "The trend shows at most {limit} weeks. Choose a shorter period."
    ),
    # -- the basemap -----------------------------------------------------------------------------
    "basemap_missing": QT_TRANSLATE_NOOP(
        "Errors",
        "The basemap “{path}” does not exist. Check the path, or choose the file or folder again.",
    ),
    "basemap_not_raster": QT_TRANSLATE_NOOP(
        "Errors",
        "“{path}” holds vector tiles (or tiles of an unknown kind): the map draws images "
        "(PNG, JPEG or WebP). Make a raster MBTiles as the README explains (QGIS: Generate XYZ "
        "tiles (MBTiles)).",
    ),
    "basemap_not_mbtiles": QT_TRANSLATE_NOOP(
        "Errors",
        "“{path}” is not an MBTiles file (an SQLite file with a tiles table). Choose an "
        ".mbtiles file, or a folder of tiles as zoom/x/y.png.",
    ),
    "basemap_no_tiles": QT_TRANSLATE_NOOP(
        "Errors",
        "The folder “{path}” holds no tiles as zoom/x/y.png or .jpg. Choose the folder whose "
        "subfolders are the zoom levels.",
    ),
}
