// The map's data layers: district outlines with names, places (points, walkways as lines, squares and parks
// as polygons) with name labels, ÖDS/utsatt-område targets drawn distinctly, and measures as status symbols
// in clusters. Labels and tooltips are DOM elements filled with textContent: data never becomes markup.
import { el } from './dom.js';
import { t, label } from './i18n.js';
import { statusSymbol } from './status.js';
import './texts-work.js';

function textNode(text, className) {
  return el('span', { class: className }, text);
}

export function districtLayer(collection) {
  const layer = L.geoJSON(collection, {
    interactive: false,
    style: { className: 'district-outline', color: '#0b3d5c', weight: 2.5, fill: true, fillOpacity: 0.03, dashArray: '8 4' },
  });
  // A name at the centre of each district: with no tiles this is what tells the districts apart.
  const labels = L.featureGroup();
  layer.eachLayer((l) => {
    L.marker(l.getBounds().getCenter(), {
      interactive: false, keyboard: false,
      icon: L.divIcon({ className: 'district-label', html: textNode(l.feature.properties.name), iconSize: null }),
    }).addTo(labels);
  });
  return L.featureGroup([layer, labels]);
}

// An approximate place (drawn worse than 30 m, or accuracy unstated) is dashed: the outline shows roughly
// where, not exactly where, and nobody should measure distances from it.
const APPROXIMATE_DASH = '7 6';

export function placeLayer(collection, onSelect, highlighted = new Set()) {
  return L.geoJSON(collection, {
    style: (f) => ({
      className: `place place-${f.geometry?.type === 'LineString' ? 'line' : 'area'}`
        + (highlighted.has(f.id) ? ' place-highlighted' : '') + (f.properties.approximate ? ' place-approximate' : ''),
      color: highlighted.has(f.id) ? '#0072B2' : '#444',
      weight: f.geometry?.type === 'LineString' ? 5 : 2,
      dashArray: f.properties.approximate ? APPROXIMATE_DASH : null,
      fillOpacity: 0.12,
    }),
    pointToLayer: (f, latlng) => L.circleMarker(latlng, {
      radius: 6, color: '#444', weight: 2, fillColor: '#fff', fillOpacity: 1,
      dashArray: f.properties.approximate ? '3 3' : null,
      className: `place place-point${f.properties.approximate ? ' place-approximate' : ''}`,
    }),
    onEachFeature: (f, layer) => {
      layer.bindTooltip(textNode(f.properties.name), {
        permanent: true, direction: 'center', className: 'place-label', opacity: 1, rank: 2,
      });
      layer.on('click', () => onSelect(f.id));
      layer.on('add', () => operableByKeyboard(layer, f.properties.name ?? t('place'), () => onSelect(f.id), { place: f.id }));
    },
  });
}

// A shape is a click target only for the mouse: as a named button in the tab order, Enter or Space does what
// a click does. data-* lets a test find a feature's shape. Set on every add: Leaflet makes a new element then.
function operableByKeyboard(layer, name, activate, data) {
  const element = layer.getElement?.();
  if (!element) return;
  element.setAttribute('tabindex', '0');
  element.setAttribute('role', 'button');
  element.setAttribute('aria-label', name);
  Object.assign(element.dataset, data);
  element.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    activate();
  });
}

export function targetLabel(p) {
  const kind = p.kind ?? '';
  if (p.targetYear == null) return t('targetNoYear', kind);
  if (p.yearsLeft != null && p.yearsLeft < 0) return t('targetPassed', kind, p.targetYear);
  return t('targetLabel', kind, p.targetYear, p.yearsLeft ?? '');
}

// At the city's zoom a target says kind and target year only ("ÖDS 2030"); from LABEL_ZOOM on (map.js) the
// full label with years left and the place's name. Every target is labelled; labels.js keeps them apart.
function targetTooltip(p) {
  const short = p.targetYear == null ? t('targetShortNoYear', p.kind ?? '') : t('targetShort', p.kind ?? '', p.targetYear);
  return el('span', {},
    el('strong', { class: 'target-short' }, short),
    el('span', { class: 'target-full' }, el('strong', {}, targetLabel(p)), el('br'), p.name ?? ''));
}

export function targetLayer(collection, onSelect) {
  return L.geoJSON(collection, {
    style: (f) => ({
      className: `target target-${f.properties.kind === 'ÖDS' ? 'ods' : 'area'}`,
      color: '#CC79A7', weight: f.properties.kind === 'ÖDS' ? 5 : 3, dashArray: f.properties.kind === 'ÖDS' ? '2 6' : '10 6',
      fillOpacity: 0.08, fillColor: '#CC79A7', lineCap: 'round',
    }),
    pointToLayer: (f, latlng) => L.circleMarker(latlng, { radius: 16, className: 'target target-ods' }),
    onEachFeature: (f, layer) => {
      const p = f.properties;
      layer.bindTooltip(targetTooltip(p), {
        permanent: true, direction: 'top', className: 'target-label', opacity: 1, rank: p.targetYear != null ? 0 : 1,
      });
      layer.on('click', () => { if (p.place != null) onSelect(p.place); });
      if (p.place != null) {
        layer.on('add', () => operableByKeyboard(layer, `${targetLabel(p)}: ${p.name ?? ''}`, () => onSelect(p.place), { target: f.id }));
      }
    },
  });
}

/**
 * Measures with a geometry as status symbols, from the lean layer (/api/measures/layer: id, status, category,
 * type, overdue, label); points in clusters, own lines/polygons drawn in the status colour. onSelect gets the
 * measure's id: the details are loaded when a marker is chosen.
 * isSelected(id) marks the selected measure's marker. Leaflet resets a marker's classes each time the cluster
 * adds it back (a zoom, a new layer after a save), so the mark is set on every add, not once.
 */
export function measureLayer(collection, onSelect, { isSelected = () => false } = {}) {
  const cluster = L.markerClusterGroup({
    maxClusterRadius: 40,
    showCoverageOnHover: false,
    spiderfyOnMaxZoom: true,
    iconCreateFunction: (c) => L.divIcon({
      className: 'measure-cluster', iconSize: [34, 34],
      html: el('span', { 'aria-label': `${c.getChildCount()}` }, String(c.getChildCount())),
    }),
  });
  const shapes = L.featureGroup();
  const byId = new Map();
  for (const f of collection.features) {
    if (!f.geometry) continue;
    const p = f.properties;
    const title = `${label('status', p.status)}: ${p.label ?? ''}`;
    const icon = L.divIcon({
      className: `measure-marker${p.overdue ? ' measure-overdue' : ''}`, iconSize: [24, 24], html: statusSymbol(p.status, 24),
    });
    let layer;
    if (f.geometry.type === 'Point') {
      const [lng, lat] = f.geometry.coordinates;
      layer = L.marker([lat, lng], { icon, title, alt: title, keyboard: true });
      cluster.addLayer(layer);
    } else {
      layer = L.geoJSON(f, { style: { className: `measure-shape status-stroke-${p.status}`, weight: 4, fillOpacity: 0.2 } });
      shapes.addLayer(layer);
    }
    layer.measureId = f.id;
    layer.on('click', () => onSelect(f.id));
    layer.on('add', () => {
      const element = layer.getElement?.();
      if (!element) return;
      element.dataset.measure = f.id;
      element.classList.toggle('marker-selected', isSelected(f.id));
    });
    byId.set(f.id, layer);
  }
  const group = L.featureGroup([cluster, shapes]);
  group.cluster = cluster;
  group.byId = byId;
  return group;
}
