// The Gi* hot-spot grid: cells coloured by their class on ColorBrewer's diverging RdBu (safe for the common
// colour-vision deficiencies) and, as a second cue, hatched: dense for 99 %, sparse for 95 %, none for 90 %,
// "/" for hot and "\" for cold. The legend uses the very same fills. Counts withheld for the strategist (1–2
// incidents) read "<3". Every text reaches the map as a DOM node, never as markup.
import { el, svg } from './dom.js';
import { t, fmtNumber } from './i18n.js';
import './texts-analysis.js';

export const CLASSES = ['hot-99', 'hot-95', 'hot-90', 'not-significant', 'cold-90', 'cold-95', 'cold-99'];
// RdBu, 7 classes (colorbrewer2.org); keep in step with MapPage tests and the CSS legend.
export const CLASS_COLORS = {
  'hot-99': '#b2182b', 'hot-95': '#ef8a62', 'hot-90': '#fddbc7', 'not-significant': '#f7f7f7',
  'cold-90': '#d1e5f0', 'cold-95': '#67a9cf', 'cold-99': '#2166ac',
};
const HATCH = { 'hot-99': [6, 45], 'hot-95': [12, 45], 'cold-99': [6, -45], 'cold-95': [12, -45] };

/** The hatch patterns, once per document: url(#hs-…) in any inline SVG (map or legend) refers to them. */
function ensurePatterns() {
  if (document.getElementById('hs-patterns')) return;
  const defs = svg('defs');
  for (const [code, [gap, angle]] of Object.entries(HATCH)) {
    defs.append(svg('pattern', {
      id: `hs-${code}`, width: gap, height: gap, patternUnits: 'userSpaceOnUse', patternTransform: `rotate(${angle})`,
    },
    svg('rect', { width: gap, height: gap, fill: CLASS_COLORS[code] }),
    svg('line', { x1: 0, y1: 0, x2: 0, y2: gap, stroke: code.endsWith('99') ? '#fff' : '#222', 'stroke-width': 2, 'stroke-opacity': 0.8 })));
  }
  document.body.append(svg('svg', { id: 'hs-patterns', class: 'svg-defs', width: 0, height: 0, 'aria-hidden': 'true' }, defs));
}

export function classFill(code) {
  ensurePatterns();
  return HATCH[code] ? `url(#hs-${code})` : (CLASS_COLORS[code] ?? CLASS_COLORS['not-significant']);
}

const fixed = (v, digits) => (v == null ? '–' : new Intl.NumberFormat(document.documentElement.lang === 'en' ? 'en-GB' : 'sv-SE', { maximumFractionDigits: digits }).format(v));

export function countText(p) {
  return p.countSuppressed ? t('suppressed') : fmtNumber(p.count ?? 0);
}

export function cellText(p) {
  return t('cellTip', t(`class-${p.class}`), countText(p), fixed(p.z, 2), fixed(p.pFdr, 4));
}

/** The cells of a hot-spot answer as a Leaflet layer in the analysis pane. */
export function hotSpotLayer(collection, pane) {
  return L.geoJSON(collection, {
    pane,
    style: (f) => {
      const c = f.properties.class;
      const significant = c !== 'not-significant';
      return {
        className: `hs-cell hs-${c}`, pane, fillColor: classFill(c), fillOpacity: significant ? 0.75 : 0.35,
        color: significant ? '#333' : '#999', weight: significant ? 0.6 : 0.3, opacity: 0.8,
      };
    },
    onEachFeature: (f, layer) => {
      layer.bindTooltip(el('span', {}, cellText(f.properties)), { sticky: true, className: 'hs-tip' });
      layer.on('add', () => {
        const path = layer.getElement?.();
        if (path) {
          path.dataset.class = f.properties.class;
          path.dataset.bin = f.properties.bin;
          if (f.properties.countSuppressed) path.dataset.suppressed = 'true';
        }
      });
    },
  });
}

function swatch(fill, extraClass = '') {
  return svg('svg', { width: 22, height: 16, viewBox: '0 0 22 16', 'aria-hidden': 'true', class: `hs-swatch ${extraClass}` },
    svg('rect', { x: 0.5, y: 0.5, width: 21, height: 15, fill, stroke: '#333', 'stroke-width': 1 }));
}

/** The legend: all seven classes with the same fills as the map, the count of cells of each in the answer. */
export function hotSpotLegend(collection) {
  const n = {};
  collection.features.forEach((f) => { n[f.properties.class] = (n[f.properties.class] ?? 0) + 1; });
  return el('div', { class: 'analysis-legend', id: 'hotspot-legend' },
    el('h3', {}, t('hsLegend')),
    el('ul', { class: 'legend-list' }, CLASSES.map((c) => el('li', { 'data-class': c },
      swatch(classFill(c)), ' ', t(`class-${c}`), el('span', { class: 'muted small' }, ` (${fmtNumber(n[c] ?? 0)})`)))));
}
