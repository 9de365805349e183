// Framing the map on something: a place together with its surroundings (at least SURROUNDINGS_M across,
// never closer than MAX_ZOOM), so a square or a walkway is seen with the streets around it rather than
// filling the screen at zoom 19 over an empty background.
export const SURROUNDINGS_M = 400;
export const MAX_ZOOM = 16;

/** geojson: a Feature, FeatureCollection or geometry in WGS84. Does nothing when it has no position. */
export function frame(map, geojson, { maxZoom = MAX_ZOOM, across = SURROUNDINGS_M } = {}) {
  const bounds = L.geoJSON(geojson).getBounds();
  if (!bounds.isValid()) return;
  bounds.extend(bounds.getCenter().toBounds(across));
  map.fitBounds(bounds, { maxZoom, padding: [30, 30] });
}

/** A feature from a list (a place to check, a search hit), as close as a place's own details need. */
export function frameFeature(map, feature) {
  frame(map, feature, { maxZoom: 17, across: 150 });
}
