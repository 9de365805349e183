// Emerging hot spots (issue 12): each cell coloured by its ArcGIS category over time. Hot patterns in warm
// (orange-red-purple) and cold in cool (blue-green) hues: the orange/blue contrast survives the common
// colour-vision deficiencies, and within each side the lightness steps differ; "no pattern" is not drawn.
// A cell's popup shows its Gi* z-score per step as a small SVG chart, significant steps as filled dots.
import { el, svg } from './dom.js';
import { t, fmtNumber, currentLang } from './i18n.js';
import './texts-analysis.js';

export const CATEGORIES = ['intensifying', 'persistent', 'consecutive', 'new', 'diminishing', 'sporadic',
  'oscillating', 'historical'];
export const CATEGORY_COLORS = {
  'intensifying-hot-spot': '#67000d', 'persistent-hot-spot': '#cb181d', 'consecutive-hot-spot': '#f16913',
  'new-hot-spot': '#fdae6b', 'diminishing-hot-spot': '#fcbba1', 'sporadic-hot-spot': '#fee6ce',
  'oscillating-hot-spot': '#ae017e', 'historical-hot-spot': '#c994c7',
  'intensifying-cold-spot': '#08306b', 'persistent-cold-spot': '#2171b5', 'consecutive-cold-spot': '#4eb3d3',
  'new-cold-spot': '#9ecae1', 'diminishing-cold-spot': '#c6dbef', 'sporadic-cold-spot': '#e0f3f8',
  'oscillating-cold-spot': '#01665e', 'historical-cold-spot': '#80cdc1',
};
const ALL = [...CATEGORIES.map((c) => `${c}-hot-spot`), ...CATEGORIES.map((c) => `${c}-cold-spot`)];

const num = (v, digits) => (v == null ? '–'
  : new Intl.NumberFormat(currentLang() === 'en' ? 'en-GB' : 'sv-SE', { maximumFractionDigits: digits }).format(v));

/** The z-scores over time as a small line chart; a dot per step, filled red/blue when the bin is significant. */
export function seriesChart(p, stepStarts) {
  const w = 220;
  const h = 90;
  const pad = 18;
  const z = p.z.map((v) => v ?? 0);
  const top = Math.max(2.5, ...z.map(Math.abs));
  const x = (i) => pad + (i * (w - 2 * pad)) / Math.max(1, z.length - 1);
  const y = (v) => h / 2 - (v / top) * (h / 2 - 8);
  return svg('svg', { class: 'eh-chart', width: w, height: h, viewBox: `0 0 ${w} ${h}`, role: 'img',
    'aria-label': t('ehChartLabel', stepStarts[0] ?? '', stepStarts[stepStarts.length - 1] ?? '') },
  svg('line', { x1: pad, x2: w - pad, y1: y(0), y2: y(0), stroke: '#888', 'stroke-width': 1 }),
  ...[1.96, -1.96].map((v) => svg('line', { x1: pad, x2: w - pad, y1: y(v), y2: y(v), stroke: '#bbb', 'stroke-dasharray': '3 3' })),
  svg('polyline', { points: z.map((v, i) => `${x(i)},${y(v)}`).join(' '), fill: 'none', stroke: '#333', 'stroke-width': 1.5 }),
  ...z.map((v, i) => svg('circle', { cx: x(i), cy: y(v), r: 2.6, 'data-bin': p.bins[i],
    fill: p.bins[i] > 0 ? '#b2182b' : p.bins[i] < 0 ? '#2166ac' : '#fff', stroke: '#333', 'stroke-width': 0.8 })),
  svg('text', { x: 2, y: 10, 'font-size': 9 }, 'z'),
  svg('text', { x: pad, y: h - 2, 'font-size': 9 }, stepStarts[0] ?? ''),
  svg('text', { x: w - pad, y: h - 2, 'font-size': 9, 'text-anchor': 'end' }, stepStarts[stepStarts.length - 1] ?? ''));
}

function popup(p, answer) {
  const total = p.countSuppressed && p.count == null ? t('suppressed') : fmtNumber(p.count ?? 0);
  return el('div', { class: 'eh-popup', 'data-category': p.category },
    el('strong', {}, t(`eh-${p.category}`)),
    el('div', { class: 'small' }, t('ehTrend', num(p.trend?.tau, 2), num(p.trend?.p, 3)), ' · ', t('ehCount', total)),
    seriesChart(p, answer.parameters?.stepStarts ?? []));
}

/** The locations with a pattern as a Leaflet layer; GeoJSON polygons in WGS84 from the server. */
export function emergingLayer(answer, pane) {
  const features = (answer.features ?? []).filter((f) => f.properties.category !== 'no-pattern');
  return L.geoJSON({ type: 'FeatureCollection', features }, {
    pane,
    style: (f) => ({ className: `eh-cell eh-${f.properties.category}`, fillColor: CATEGORY_COLORS[f.properties.category],
      fillOpacity: 0.8, color: '#333', weight: 0.5, opacity: 0.8 }),
    onEachFeature: (f, layer) => {
      layer.bindPopup(() => popup(f.properties, answer), { maxWidth: 260, className: 'eh-popup-wrap' });
      layer.bindTooltip(el('span', {}, t(`eh-${f.properties.category}`)), { sticky: true });
      layer.on('add', () => {
        const path = layer.getElement?.();
        if (path) {
          path.dataset.category = f.properties.category;
          path.dataset.cell = `${f.properties.column},${f.properties.row}`;
        }
      });
    },
  });
}

/** The legend: the sixteen categories with their fills and how many cells of each the answer holds. */
export function emergingLegend(answer) {
  const n = answer.summary?.categories ?? {};
  const swatch = (c) => svg('svg', { width: 22, height: 14, viewBox: '0 0 22 14', 'aria-hidden': 'true' },
    svg('rect', { x: 0.5, y: 0.5, width: 21, height: 13, fill: CATEGORY_COLORS[c], stroke: '#333', 'stroke-width': 1 }));
  return el('div', { class: 'analysis-legend', id: 'emerging-legend' },
    el('h3', {}, t('ehLegend')),
    el('ul', { class: 'legend-list eh-legend' }, ALL.map((c) => el('li', { 'data-category': c, class: n[c] ? '' : 'muted' },
      swatch(c), ' ', t(`eh-${c}`), el('span', { class: 'muted small' }, ` (${fmtNumber(n[c] ?? 0)})`)))),
    el('p', { class: 'muted small' }, t('ehNoPattern', fmtNumber(n['no-pattern'] ?? 0))));
}

/** The parameters the server used, as the other layers show theirs. */
export function emergingParams(answer) {
  const p = answer.parameters ?? {};
  const s = answer.summary ?? {};
  const row = (k, v, attrs = {}) => [el('dt', {}, t(k)), el('dd', attrs, v)];
  return el('details', { class: 'analysis-param-list', 'data-kind': 'emerging' },
    el('summary', {}, `${t('params')}: ${t('layerEmerging')}`),
    el('dl', {},
      row('pCell', `${fmtNumber(p.cellSizeMeters ?? 0)} m`, { 'data-param': 'ehCell' }),
      row('pBand', `${fmtNumber(Math.round(p.distanceBandMeters ?? 0))} m (${t(p.distanceBandSource === 'given' ? 'given' : 'chosen')})`,
        { 'data-param': 'ehBand' }),
      row('ehStep', t(`ehStep-${p.timeStep}`), { 'data-param': 'ehStep' }),
      row('ehSteps', fmtNumber(s.steps ?? 0), { 'data-param': 'ehSteps' }),
      row('ehWindow', fmtNumber(p.timeWindow ?? 0), { 'data-param': 'ehWindow' }),
      row('pIncidents', fmtNumber(s.incidents ?? 0)),
      row('pFdr', t('pFdrValue'), { title: p.multipleTesting ?? '' })));
}
