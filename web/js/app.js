// A first map over the public API: districts, places, measures by status and ÖDS targets.
// The full map with filters, editing and role views is its own issue; this page shows the data is there.

const STATUS = {
  'planned': { label: 'Planerad', color: '#999999' },
  'not-started': { label: 'Ej påbörjad', color: '#E69F00' },
  'ongoing': { label: 'Påbörjad/pågår', color: '#56B4E9' },
  'partially-done': { label: 'Delvis genomförd', color: '#F0E442' },
  'done': { label: 'Genomförd', color: '#009E73' },
  'not-done-as-planned': { label: 'Ej genomförd enligt plan', color: '#D55E00' },
  'removed': { label: 'Borttagen ur planen', color: '#000000' },
};

function escapeHtml(text) {
  const span = document.createElement('span');
  span.textContent = text ?? '';
  return span.innerHTML;
}

import { api, csrfToken } from './api.js';

const getJson = (url) => api(url);

const map = L.map('map', { maxZoom: 19 }).setView([59.33, 17.95], 11);
L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', {
  maxZoom: 19,
  attribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>',
}).addTo(map);

const me = await getJson('/api/me');
document.getElementById('who').textContent = `${me.displayName ?? me.username} (${me.role})`;
document.getElementById('demo-banner').hidden = !me.demoMode;
document.getElementById('logout-form').addEventListener('submit', () => {
  document.getElementById('logout-csrf').value = csrfToken() ?? '';
});

const [districts, places, measures, targets] = await Promise.all([
  getJson('/api/districts'), getJson('/api/places?limit=1000'),
  getJson('/api/measures?limit=1000'), getJson('/api/targets'),
]);

const districtLayer = L.geoJSON(districts, { style: { color: '#0b3d5c', weight: 2, fill: false } }).addTo(map);
L.geoJSON(places, {
  style: { color: '#444', weight: 3, fillOpacity: 0.15 },
  onEachFeature: (f, layer) => layer.bindTooltip(escapeHtml(f.properties.name)),
}).addTo(map);
L.geoJSON(targets, {
  style: { color: '#CC79A7', weight: 4, dashArray: '6 4', fill: false },
  pointToLayer: (f, latlng) => L.circleMarker(latlng, { radius: 14, color: '#CC79A7', dashArray: '6 4' }),
  onEachFeature: (f, layer) => layer.bindPopup(
    `<strong>${escapeHtml(f.properties.kind)}-mål ${escapeHtml(String(f.properties.targetYear ?? ''))}</strong>`
    + `<br>${escapeHtml(f.properties.name)}<br>${escapeHtml(f.properties.notes)}`),
}).addTo(map);
L.geoJSON(measures, {
  pointToLayer: (f, latlng) => L.circleMarker(latlng, {
    radius: 7, weight: 2, color: '#222', fillOpacity: 0.9,
    fillColor: (STATUS[f.properties.status] ?? STATUS.planned).color,
  }),
  onEachFeature: (f, layer) => layer.bindPopup(
    `<strong>${escapeHtml(f.properties.placeName)}</strong><br>${escapeHtml(f.properties.description)}`
    + `<br><em>${escapeHtml(f.properties.statusLabel)}</em> · ${escapeHtml(f.properties.responsible)}`
    + ` · ${escapeHtml(f.properties.timing)}`),
}).addTo(map);

if (districtLayer.getBounds().isValid()) {
  map.fitBounds(districtLayer.getBounds());
}

// Swatch colours come from the stylesheet (.status-*): the Content-Security-Policy allows no inline styles.
document.getElementById('legend').innerHTML = '<h2>Status</h2><ul>'
  + Object.entries(STATUS).map(([code, s]) => `<li><span class="swatch status-${code}"></span>`
    + `${escapeHtml(s.label)}</li>`).join('')
  + '</ul><p><span class="swatch target-swatch"></span>ÖDS-mål</p>'
  + `<p>${measures.numberMatched} åtgärder, ${places.numberMatched} platser.</p>`
  + '<p><a href="/swagger-ui.html">API</a></p>';
