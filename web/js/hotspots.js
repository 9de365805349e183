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

// The server sends the grid once and per cell only its column and row (format=cells, README "Hot spots"):
// the corners are projected here from SWEREF 99 TM (EPSG:3006) to WGS84, so the squares are exactly the
// server's GeoJSON polygons. Gauss-Krüger inverse per Lantmäteriet ("Gauss Conformal Projection, formulas",
// GRS 80, central meridian 15°, scale 0.9996, false easting 500 000 m): well under a millimetre.
const SWEREF = (() => {
  const a = 6378137; const f = 1 / 298.257222101; const k0 = 0.9996; const fe = 500000;
  const e2 = f * (2 - f); const n = f / (2 - f);
  const aRoof = (a / (1 + n)) * (1 + (n * n) / 4 + (n ** 4) / 64);
  const d = [n / 2 - (2 * n * n) / 3 + (37 * n ** 3) / 96 - (n ** 4) / 360,
    (n * n) / 48 + (n ** 3) / 15 - (437 * n ** 4) / 1440,
    (17 * n ** 3) / 480 - (37 * n ** 4) / 840,
    (4397 * n ** 4) / 161280];
  const A = e2 + e2 ** 2 + e2 ** 3 + e2 ** 4;
  const B = -(7 * e2 ** 2 + 17 * e2 ** 3 + 30 * e2 ** 4) / 6;
  const C = (224 * e2 ** 3 + 889 * e2 ** 4) / 120;
  const D = -(4279 * e2 ** 4) / 1260;
  return { k0, fe, aRoof, d, A, B, C, D };
})();

/** SWEREF 99 TM easting/northing (metres) as a Leaflet [lat, lng]. */
export function swerefToLatLng(x, y) {
  const { k0, fe, aRoof, d, A, B, C, D } = SWEREF;
  const xi = y / (k0 * aRoof);
  const eta = (x - fe) / (k0 * aRoof);
  let xi1 = xi;
  let eta1 = eta;
  for (let j = 1; j <= 4; j += 1) {
    xi1 -= d[j - 1] * Math.sin(2 * j * xi) * Math.cosh(2 * j * eta);
    eta1 -= d[j - 1] * Math.cos(2 * j * xi) * Math.sinh(2 * j * eta);
  }
  const phiStar = Math.asin(Math.sin(xi1) / Math.cosh(eta1));
  const dLambda = Math.atan(Math.sinh(eta1) / Math.cos(xi1));
  const s2 = Math.sin(phiStar) ** 2;
  const phi = phiStar + Math.sin(phiStar) * Math.cos(phiStar) * (A + s2 * (B + s2 * (C + s2 * D)));
  return [(phi * 180) / Math.PI, 15 + (dLambda * 180) / Math.PI];
}

const BIN_CLASS = { 3: 'hot-99', 2: 'hot-95', 1: 'hot-90', 0: 'not-significant', '-1': 'cold-90', '-2': 'cold-95', '-3': 'cold-99' };

/** A cell's corners in SWEREF 99 TM, as the server's SquareLattice / HexLattice (pointy-top, odd rows east). */
function corners(grid, column, row) {
  const s = grid.cellSizeMeters;
  if (grid.shape === 'hex') {
    const r = s / Math.sqrt(3);
    const cx = grid.minX + s / 2 + column * s + (row % 2 === 1 ? s / 2 : 0);
    const cy = grid.minY + r + row * 1.5 * r;
    return [0, 1, 2, 3, 4, 5].map((k) => {
      const angle = ((30 + 60 * k) * Math.PI) / 180;
      return [cx + r * Math.cos(angle), cy + r * Math.sin(angle)];
    });
  }
  const x0 = grid.minX + column * s;
  const y0 = grid.minY + row * s;
  return [[x0, y0], [x0 + s, y0], [x0 + s, y0 + s], [x0, y0 + s]];
}

/** The cells of a compact answer as the properties the tooltip and styles read. */
export function cellList(answer) {
  const c = answer.cells ?? { column: [] };
  return c.column.map((column, i) => ({
    column, row: c.row[i], count: c.count[i], countSuppressed: c.count[i] == null, z: c.z[i], pFdr: c.pFdr[i],
    bin: c.bin[i], class: BIN_CLASS[c.bin[i]],
  }));
}

/** The cells of a hot-spot answer as a Leaflet layer in the analysis pane. */
export function hotSpotLayer(answer, pane) {
  const layers = !answer.grid ? [] : cellList(answer).map((p) => {
    const significant = p.class !== 'not-significant';
    const layer = L.polygon(corners(answer.grid, p.column, p.row).map(([x, y]) => swerefToLatLng(x, y)), {
      className: `hs-cell hs-${p.class}`, pane, fillColor: classFill(p.class), fillOpacity: significant ? 0.75 : 0.35,
      color: significant ? '#333' : '#999', weight: significant ? 0.6 : 0.3, opacity: 0.8,
    });
    layer.bindTooltip(el('span', {}, cellText(p)), { sticky: true, className: 'hs-tip' });
    layer.on('add', () => {
      const path = layer.getElement?.();
      if (path) {
        path.dataset.class = p.class;
        path.dataset.bin = p.bin;
        path.dataset.cell = `${p.column},${p.row}`;
        if (p.countSuppressed) path.dataset.suppressed = 'true';
      }
    });
    return layer;
  });
  return L.featureGroup(layers);
}

function swatch(fill, extraClass = '') {
  return svg('svg', { width: 22, height: 16, viewBox: '0 0 22 16', 'aria-hidden': 'true', class: `hs-swatch ${extraClass}` },
    svg('rect', { x: 0.5, y: 0.5, width: 21, height: 15, fill, stroke: '#333', 'stroke-width': 1 }));
}

/** The legend: all seven classes with the same fills as the map, the count of cells of each in the answer. */
export function hotSpotLegend(answer) {
  const n = {};
  cellList(answer).forEach((p) => { n[p.class] = (n[p.class] ?? 0) + 1; });
  return el('div', { class: 'analysis-legend', id: 'hotspot-legend' },
    el('h3', {}, t('hsLegend')),
    el('ul', { class: 'legend-list' }, CLASSES.map((c) => el('li', { 'data-class': c },
      swatch(classFill(c)), ' ', t(`class-${c}`), el('span', { class: 'muted small' }, ` (${fmtNumber(n[c] ?? 0)})`)))));
}
