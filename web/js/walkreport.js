// A walk's report, printable on A4: the map (route, places, observations), the ratings per place (the
// server's scores, GET /api/walks/ratings), the observations with their photos and what each became.
import { el, clear } from './dom.js';
import { t, setLang, translatePage, fmtDate } from './i18n.js';
import { api } from './api.js';
import './texts-field.js';

const $ = (id) => document.getElementById(id);
const params = new URLSearchParams(window.location.search);
if (localStorage.getItem('platslage.lang')) setLang(localStorage.getItem('platslage.lang'));
translatePage();

const id = params.get('walk');
const [walk, observations] = await Promise.all([api(`/api/walks/${encodeURIComponent(id)}`),
  api(`/api/walks/${encodeURIComponent(id)}/observations`)]);
document.title = t('walkReportTitle', walk.title);
$('report-title').textContent = t('walkReportTitle', walk.title);
$('report-meta').textContent = [walk.districtName, fmtDate(walk.startsAt),
  walk.participants ? `${t('participants')}: ${walk.participants}` : null].filter(Boolean).join(' · ');
$('report-print').addEventListener('click', () => window.print());

// Export: the plan's follow-up workbook with this walk as an extra sheet.
const plans = (await api('/api/plans')).filter((p) => p.district === walk.district).sort((a, b) => b.year - a.year);
const planPick = $('report-plan');
plans.forEach((p) => planPick.append(el('option', { value: p.id }, p.title ?? p.code)));
const exportLink = () => { $('report-xlsx').href = `/api/plans/${planPick.value}/follow-up.xlsx`; };
planPick.addEventListener('change', exportLink);
exportLink();

const map = L.map('report-map', { maxZoom: 19, zoomControl: false, attributionControl: false });
const shapes = [];
if (walk.route) shapes.push(L.geoJSON(walk.route, { style: { color: '#5b2a86', weight: 4, dashArray: '8 6' } }));
walk.places.filter((p) => p.geometry).forEach((p) => shapes.push(L.geoJSON(p.geometry, {
  style: { color: '#0b5394', weight: 2 }, pointToLayer: (f, ll) => L.circleMarker(ll, { radius: 7 }),
})));
observations.features.forEach((f, i) => shapes.push(L.marker([f.geometry.coordinates[1], f.geometry.coordinates[0]], {
  icon: L.divIcon({ className: 'report-number', html: '', iconSize: [22, 22] }),
}).bindTooltip(String(i + 1), { permanent: true, direction: 'center', className: 'report-number-label' })));
shapes.forEach((s) => s.addTo(map));
const bounds = L.featureGroup(shapes).getBounds();
if (bounds.isValid()) map.fitBounds(bounds, { padding: [20, 20], maxZoom: 17 }); else map.setView([59.33, 18.06], 12);

// Ratings per place: this walk's score at each of its places, next to the previous walk's.
const ratingRows = [];
for (const place of walk.places) {
  const history = (await api(`/api/walks/ratings?place=${place.id}`)).walks;
  const index = history.findIndex((w) => w.walk === walk.id);
  if (index < 0) continue;
  const now = history[index];
  const before = index > 0 ? history[index - 1] : null;
  ratingRows.push(el('tr', {},
    el('td', {}, place.name),
    el('td', { class: `score-cell score-${now.scoreClass}` }, `${now.glyph} ${now.score}`),
    el('td', {}, before ? `${before.score} (${fmtDate(before.startsAt)})` : '–'),
    el('td', {}, walk.checklist.filter((c) => now.parameters[c.code] != null)
      .map((c) => `${c.label} ${now.parameters[c.code]}`).join(', '))));
}
clear($('report-ratings'), ratingRows.length
  ? [el('thead', {}, el('tr', {}, el('th', {}, t('place')), el('th', {}, t('reportScore')), el('th', {}, t('reportPrevious')),
    el('th', {}, t('reportParameters')))), el('tbody', {}, ratingRows)]
  : el('tbody', {}, el('tr', {}, el('td', {}, t('reportNoRatings')))));

clear($('report-observations'),
  el('thead', {}, el('tr', {}, el('th', {}, '#'), el('th', {}, t('place')), el('th', {}, t('reportScore')),
    el('th', {}, t('obsText')), el('th', {}, t('photoAdd')), el('th', {}, t('reportBecame')))),
  el('tbody', {}, observations.features.map((f, i) => {
    const p = f.properties;
    return el('tr', { 'data-id': p.id },
      el('td', {}, String(i + 1)),
      el('td', {}, p.placeName ?? ''),
      el('td', {}, p.parameterLabel ? `${p.parameterLabel} ${p.rating}/3` : ''),
      el('td', {}, p.text ?? (p.restricted ? t('restricted') : '')),
      el('td', {}, (p.photos ?? []).map((ph) => el('img', { src: ph.thumbnailUrl, alt: '', class: 'thumb' }))),
      el('td', {}, [p.problem ? t('becameProblem', p.problem) : null, p.measure ? t('becameMeasure', p.measure) : null]
        .filter(Boolean).join(', ')));
  })));

// Printed once the photos are in: the browser prints what it has loaded.
await Promise.all([...document.images].map((img) => (img.complete ? null : new Promise((r) => { img.onload = r; img.onerror = r; }))));
document.body.dataset.loaded = 'true';
