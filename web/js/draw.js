// Drawing and moving geometries with Leaflet.draw (webjar): a new point, line or polygon, and editing an
// existing layer's vertices (or dragging a point). Results are GeoJSON geometries in WGS84 (lon, lat).

import { t } from './i18n.js';
import { loadDraw } from './vendor.js';

// The geometry types the server allows per kind (PlaceKind), in the order offered.
const SHAPES = { line: ['LineString'], area: ['Polygon'], areaOrPoint: ['Polygon', 'Point'], any: ['Polygon', 'LineString', 'Point'] };
const KIND_SHAPES = {
  gångväg: SHAPES.line, gata: SHAPES.line, område: SHAPES.area,
  station: SHAPES.any, strand: SHAPES.any, övrigt: SHAPES.any,
};
/** The shapes offered for a kind of place. Offering them means drawing is next: Leaflet.draw starts loading. */
export const shapesFor = (kind) => {
  loadDraw().catch(() => {});
  return KIND_SHAPES[kind] ?? SHAPES.areaOrPoint;
};
/** The text key naming each shape in the forms. */
export const SHAPE_TEXT = { Point: 'shapePoint', LineString: 'shapeLine', Polygon: 'shapePolygon' };

const HANDLERS = {
  Point: (map) => new L.Draw.Marker(map, {}),
  LineString: (map) => new L.Draw.Polyline(map, { shapeOptions: { color: '#0072B2', weight: 4 }, drawError: { message: t('drawCrossing') } }),
  // showArea off: Leaflet.draw 1.0.x's area readout breaks on Leaflet 1.9.
  Polygon: (map) => new L.Draw.Polygon(map, { showArea: false, shapeOptions: { color: '#0072B2', weight: 3 }, drawError: { message: t('drawCrossing') } }),
};

// Leaflet.draw's hints at the cursor come from the global L.drawLocal, in English; they follow the page's
// language, set just before drawing so a language switch in between is honoured.
function localiseHints() {
  const h = L.drawLocal.draw.handlers;
  h.marker.tooltip.start = t('drawPointStart');
  h.polyline.tooltip = { start: t('drawLineStart'), cont: t('drawLineCont'), end: t('drawLineEnd') };
  h.polygon.tooltip = { start: t('drawAreaStart'), cont: t('drawAreaCont'), end: t('drawAreaEnd') };
}

/** Starts drawing a new shape of the given kind; resolves with {geometry, layer} or null when cancelled. */
export async function drawNew(map, kind) {
  // Loaded already (the usual case, see shapesFor): drawing starts within the click, with no wait.
  if (!L.Draw) await loadDraw();
  return new Promise((resolve) => {
    localiseHints();
    const handler = HANDLERS[kind](map);
    const done = (e) => {
      map.off(L.Draw.Event.CREATED, done);
      map.off(L.Draw.Event.DRAWSTOP, stop);
      e.layer.addTo(map);
      resolve({ geometry: e.layer.toGeoJSON().geometry, layer: e.layer });
    };
    const stop = () => setTimeout(() => {
      map.off(L.Draw.Event.CREATED, done);
      map.off(L.Draw.Event.DRAWSTOP, stop);
      resolve(null);
    }, 0);
    map.on(L.Draw.Event.CREATED, done);
    map.on(L.Draw.Event.DRAWSTOP, stop);
    handler.enable();
  });
}

/** Makes a copy of the geometry editable on the map; resolves with {layer, geometry(), stop()}. */
export async function editExisting(map, geometry) {
  // Leaflet.draw gives lines and polygons their `editing` as they are made: it must be there first.
  await loadDraw();
  const group = L.geoJSON({ type: 'Feature', geometry, properties: {} }, {
    style: { color: '#0072B2', weight: 4 },
    pointToLayer: (f, latlng) => L.marker(latlng, { draggable: true, keyboard: true }),
  }).addTo(map);
  const layer = group.getLayers()[0];
  if (layer.editing) {
    // Leaflet.draw's vertex editing reads the styles its edit toolbar would have stored on the layer; we use
    // no toolbar, and without them enable() throws, so lines and areas could not be reshaped at all.
    layer.options.original = L.extend({}, layer.options);
    layer.options.editing = L.extend({}, layer.options, { dashArray: '6 4' });
    layer.editing.enable();
  }
  if (layer.dragging) layer.dragging.enable();
  map.fitBounds(group.getBounds(), { maxZoom: 18, padding: [40, 40] });
  return {
    layer,
    geometry: () => layer.toGeoJSON().geometry,
    stop: () => {
      if (layer.editing) layer.editing.disable();
      map.removeLayer(group);
    },
  };
}
