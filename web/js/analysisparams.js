// The analysis query from the URL's view keys, and the parameters an answer echoes shown back as a list:
// what was computed, on which data, with which cell size, band, period and correction.
import { el } from './dom.js';
import { t, fmtNumber, currentLang } from './i18n.js';
import * as state from './state.js';
import './texts-analysis.js';

function nextMonth(ym) {
  const [y, m] = ym.split('-').map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/**
 * data, cellSize, grid, from, to (the "to" month included: the API's to is exclusive), and the page's
 * district filter as the study area: its incidents only, and only cells that intersect it.
 */
export function analysisParams(defaultCell = '') {
  const to = state.get('to');
  return {
    data: state.get('data') === 'synthetic' ? 'synthetic' : 'real',
    cellSize: state.get('cell') ?? defaultCell,
    grid: state.get('grid') === 'hex' ? 'hex' : undefined,
    from: state.get('from') || undefined,
    to: to && /^\d{4}-\d{2}$/.test(to) ? nextMonth(to) : undefined,
    district: state.get('district') || undefined,
  };
}

const metres = (v) => (v == null ? '–' : `${fmtNumber(Math.round(v))} m`);
const source = (s) => (s?.source === 'chosen' ? ` (${t('chosen')})` : s?.source === 'given' ? ` (${t('given')})` : '');
// How a chosen band was found: the peak of Moran's I over the band series, or the K-th neighbour fallback.
const bandSource = (b) => (b?.chosenBy === 'peak' ? ` (${t('bandPeak')})`
  : b?.chosenBy === 'fallback' ? ` (${t('bandFallback')})` : source(b));
// The Moran's I series as one line per band, for the tooltip: the curve the band was read from.
const bandSeries = (b) => (b?.series ?? []).map((m) => `${metres(m.distanceBandMeters)}: z ${m.z == null ? '–'
  : fmtNumber(Math.round(m.z * 10) / 10)}${m.peak ? ` ← ${t('bandPeakMark')}` : ''}`).join('\n');

/**
 * An instant as a date in Swedish time (incident times are local: a month starts at midnight in Stockholm,
 * whatever the browser's zone). end: the instant is an exclusive end, so the day before it is shown.
 */
export function fmtInstant(iso, { end = false } = {}) {
  if (!iso) return '…';
  const ms = Date.parse(iso) - (end ? 1 : 0);
  if (Number.isNaN(ms)) return String(iso);
  return new Intl.DateTimeFormat(currentLang() === 'en' ? 'en-GB' : 'sv-SE',
    { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'Europe/Stockholm' }).format(new Date(ms));
}

export function periodText(p) {
  if (!p?.from && !p?.to) return t('periodAll');
  return `${fmtInstant(p.from)} – ${fmtInstant(p.to, { end: true })}`;
}

function row(key, value, attrs = {}) {
  return [el('dt', {}, t(key)), el('dd', attrs, value)];
}

/** The echoed parameters of one answer (kind: hotspots, heat or coverage) as a description list. */
export function paramList(kind, answer) {
  const p = answer.parameters ?? {};
  const s = answer.summary ?? {};
  const title = { hotspots: 'layerHotspots', heat: 'layerHeat', coverage: 'layerCoverage' }[kind];
  const rows = [row('dataSource', answer.synthetic ? t('dataSynthetic') : t('dataReal'), { 'data-param': 'data' }),
    row('pStudyArea', p.studyArea?.name ?? '–', { 'data-param': 'studyArea' })];
  if (kind !== 'heat') {
    const suppressed = answer.cells ? answer.cells.count.filter((n) => n == null).length
      : (answer.features ?? []).filter((f) => f.properties.countSuppressed).length;
    rows.push(
      row('pCell', `${metres(p.cellSizeMeters)}${source(p.cellSize)}`, { 'data-param': 'cellSize' }),
      row('pBand', `${metres(p.distanceBandMeters)}${bandSource(p.distanceBand)}`,
        { 'data-param': 'distanceBand', title: bandSeries(p.distanceBand) }),
      row('pGrid', p.grid === 'hex' ? t('gridHex') : t('gridSquare')),
      row('pPeriod', periodText(p), { 'data-param': 'period' }),
      row('pFdr', t('pFdrValue'), { 'data-param': 'fdr', title: p.multipleTesting ?? '' }),
      row('pIncidents', fmtNumber(s.incidents ?? 0), { 'data-param': 'incidents' }),
      row('pImprecise', fmtNumber(s.impreciseLeftOut ?? 0), { 'data-param': 'impreciseLeftOut' }),
      suppressed ? row('pSuppressed', fmtNumber(suppressed), { 'data-param': 'suppressed' }) : null);
    if (kind === 'hotspots') rows.push(row('pHot', fmtNumber(s.hotCells ?? 0)), row('pCold', fmtNumber(s.coldCells ?? 0)));
    if (kind === 'coverage') {
      rows.push(row('pDistance', metres(p.distanceMeters)), row('pUncovered', fmtNumber(s.uncoveredHotCells ?? 0)),
        row('pOutside', fmtNumber(s.measuresOutsideHotSpots ?? 0)));
    }
  } else {
    rows.push(row('pPeriod', periodText(p), { 'data-param': 'period' }),
      row('pBandwidth', metres(p.bandwidthMeters)), row('pPixel', metres(p.pixelSizeMeters)),
      row('pKernel', 'quartic', { title: p.kernel ?? '' }));
  }
  return el('details', { class: 'analysis-param-list', 'data-kind': kind, open: kind === 'hotspots' },
    el('summary', {}, `${t('params')}: ${t(title)}`), el('dl', {}, rows));
}
