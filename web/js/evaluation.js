// "Utvärdera" on a measure (polis, admin, strateg): incidents before and after its start in the response
// area, the buffer ring and the control ring, drawn on the map; the counts table; SM, BDM, WDQ and TNE with
// the reading (Bowers & Johnson 2003); for police the hour and weekday profile. Data real or synthetic,
// and a synthetic answer is labelled as such on the panel and on each chart.
import { el, clear, message, svg } from './dom.js';
import { t, fmtNumber, currentLang } from './i18n.js';
import { fmtInstant } from './analysisparams.js';
import * as api from './api.js';
import * as state from './state.js';
import { syntheticFlag, markMap } from './synthetic.js';
import { countChart, BEFORE, AFTER } from './countchart.js';
import './texts-analysis.js';

const AREAS = ['response', 'buffer', 'control'];
const AREA_STYLE = {
  response: { color: '#000', weight: 3, fillColor: '#000', fillOpacity: 0.12 },
  buffer: { color: '#0072B2', weight: 2.5, dashArray: '8 5', fillOpacity: 0 },
  control: { color: '#555', weight: 2, dashArray: '2 5', fillOpacity: 0 },
  'wdd-control': { color: '#009E73', weight: 2.5, dashArray: '10 4 2 4', fillColor: '#009E73', fillOpacity: 0.06 },
  'wdd-treated-control': { color: '#009E73', weight: 3, fillColor: '#009E73', fillOpacity: 0.1 },
  'wdd-displacement-control': { color: '#009E73', weight: 2, dashArray: '8 5', fillOpacity: 0 },
};
let areaLayer;

function showAreas(map, answer) {
  if (areaLayer) map.removeLayer(areaLayer);
  const wddAreas = answer.wdd?.areas?.features ?? [];
  areaLayer = L.geoJSON({ type: 'FeatureCollection', features: [...answer.areas.features, ...wddAreas] }, {
    interactive: false,
    style: (f) => ({ ...AREA_STYLE[f.properties.area], className: `eval-area eval-${f.properties.area}` }),
  }).addTo(map);
  // the measure's own areas decide the view; a control far away is still drawn
  map.fitBounds(L.geoJSON(answer.areas).getBounds(), { maxZoom: 17, padding: [20, 20] });
  markMap(map, 'evaluation', answer.synthetic);
}

export function clearAreas(map) {
  if (areaLayer) map.removeLayer(areaLayer);
  areaLayer = null;
  markMap(map, 'evaluation', false);
}

function areaKey(area) {
  const s = AREA_STYLE[area];
  return svg('svg', { width: 26, height: 12, viewBox: '0 0 26 12', 'aria-hidden': 'true' },
    svg('path', { d: 'M1 6h24', stroke: s.color, 'stroke-width': s.weight, 'stroke-dasharray': s.dashArray ?? 'none' }));
}

const num = (v, digits = 2) => (v == null ? '–'
  : new Intl.NumberFormat(currentLang() === 'en' ? 'en-GB' : 'sv-SE', { maximumFractionDigits: digits }).format(v));

function change(c) {
  if (!c.before) return c.after ? '+∞' : '±0';
  const pct = ((c.after - c.before) / c.before) * 100;
  return `${pct > 0 ? '+' : ''}${num(pct, 0)} %`;
}

/** The WDD (Wheeler & Ratcliffe 2018): the reading in words first, then the figures, the control and caveats. */
function wddResult(answer) {
  const w = answer.wdd;
  if (!w) return null;
  if (w.wdd == null) return el('p', { class: 'msg msg-info wdd-undefined' }, w.note ?? t('wddNone'));
  const lang = currentLang() === 'en' ? 'en' : 'sv';
  const c = w.control;
  const control = c.kind === 'district' ? t('wddControlDistrictNamed', c.name ?? c.district)
    : c.kind === 'place' ? t('wddControlPlaceNamed', c.name ?? String(c.place)) : t('wddControlPolygon');
  return el('div', { class: 'wdd', 'data-z': w.z == null ? '' : String(w.z) },
    el('h6', {}, t('wddTitle')),
    el('p', { class: 'wdd-reading' }, w.reading[lang]),
    el('dl', {},
      el('dt', {}, t('wddValue')), el('dd', { 'data-value': 'wdd' }, `${num(w.wdd, 1)} (± ${num(w.standardError, 1)})`),
      el('dt', {}, 'z'), el('dd', { 'data-value': 'z' }, num(w.z, 2)),
      el('dt', {}, 'p'), el('dd', { 'data-value': 'p' }, num(w.p, 3)),
      el('dt', {}, t('wddControl')), el('dd', { 'data-value': 'control' },
        `${control} · ${t(c.scale === 'area' ? 'wddScaleArea' : 'wddScaleNone')} · ${t('areaBuffer')} ${fmtNumber(c.bufferMeters)} m`)),
    el('ul', { class: 'wdd-caveats small' }, w.caveats.map((k) => el('li', { 'data-caveat': k.code }, k[lang]))),
    el('p', { class: 'muted small', title: w.method }, t('wddMethod')));
}

function result(answer) {
  const p = answer.parameters;
  const w = answer.wdq;
  const weekdays = t('weekdays').split(',');
  const profile = answer.profile;
  return [
    syntheticFlag(answer),
    el('p', { class: 'muted small eval-period' }, t('evalPeriod', fmtInstant(p.before.from), fmtInstant(p.before.to, { end: true }),
      fmtInstant(p.after.from), fmtInstant(p.after.to, { end: true }), num(p.periodDays, 0))),
    el('table', { class: 'eval-table' },
      el('thead', {}, el('tr', {}, ['evalArea', 'evalBefore', 'evalAfter', 'evalChange'].map((k) => el('th', { scope: 'col' }, t(k))))),
      el('tbody', {}, AREAS.map((a) => el('tr', { 'data-area': a },
        el('th', { scope: 'row' }, areaKey(a), ' ', t(`area${a[0].toUpperCase()}${a.slice(1)}`),
          el('span', { class: 'muted small area-m' }, `${fmtNumber(a === 'response' ? p.responseMeters : a === 'buffer' ? p.bufferMeters : p.controlMeters)} m`)),
        el('td', { 'data-count': 'before' }, fmtNumber(answer.counts[a].before)),
        el('td', { 'data-count': 'after' }, fmtNumber(answer.counts[a].after)),
        el('td', {}, change(answer.counts[a])))))),
    w ? el('div', { class: 'wdq', 'data-reading': w.reading },
      el('dl', {},
        el('dt', {}, t('sm')), el('dd', { 'data-value': 'sm' }, num(w.successMeasure, 3)),
        el('dt', {}, t('bdm')), el('dd', { 'data-value': 'bdm' }, num(w.bufferDisplacementMeasure, 3)),
        el('dt', {}, t('wdq')), el('dd', { 'data-value': 'wdq' }, num(w.quotient, 3)),
        el('dt', {}, t('tne')), el('dd', { 'data-value': 'tne' }, num(w.totalNetEffect, 1))),
      el('p', { class: 'eval-reading' }, currentLang() === 'en' ? w.readingText : t(`reading-${w.reading}`)))
      : el('p', { class: 'msg msg-info eval-undefined' }, t('wdqUndefined')),
    wddResult(answer),
    profile ? [
      countChart({ id: `eval-hour-${answer.measureId}`, title: t('byHour'), answer,
        labels: [...Array(24).keys()].map(String),
        series: [{ label: t('evalBefore'), data: profile.before.byHour, color: BEFORE },
          { label: t('evalAfter'), data: profile.after.byHour, color: AFTER }] }),
      countChart({ id: `eval-weekday-${answer.measureId}`, title: t('byWeekday'), answer, labels: weekdays,
        series: [{ label: t('evalBefore'), data: profile.before.byWeekday, color: BEFORE },
          { label: t('evalAfter'), data: profile.after.byWeekday, color: AFTER }] }),
    ] : null,
    el('p', { class: 'muted small', title: p.method }, t('evalMethod')),
  ];
}

/** The evaluation form and result inside a measure card; map: the Leaflet map for the three areas. */
export function evaluationPanel(f, map) {
  const id = f.id;
  const input = (name, value, attrs = {}) => el('div', { class: 'field' },
    el('label', { for: `eval-${name}-${id}` }, t(`eval${name[0].toUpperCase()}${name.slice(1)}`)),
    el('input', { id: `eval-${name}-${id}`, name, value, ...attrs }));
  const data = el('select', { id: `eval-data-${id}`, name: 'data' },
    el('option', { value: 'real', selected: state.get('data') !== 'synthetic' }, t('dataReal')),
    el('option', { value: 'synthetic', selected: state.get('data') === 'synthetic' }, t('dataSynthetic')));
  const out = el('div', { class: 'eval-result', 'aria-live': 'polite' });
  const msg = el('p', { class: 'msg', hidden: true });
  const form = el('form', { class: 'eval-form', novalidate: true },
    el('div', { class: 'field' }, el('label', { for: data.id }, t('dataSource')), data),
    el('div', { class: 'eval-inputs' },
      input('buffer', '200', { type: 'number', min: 1, max: 5000, step: 10 }),
      input('control', '500', { type: 'number', min: 1, max: 10000, step: 10 }),
      input('start', '', { type: 'date' })),
    el('div', { class: 'eval-inputs wdd-inputs' },
      el('div', { class: 'field' }, el('label', { for: `eval-wddControl-${id}` }, t('wddControl')),
        el('select', { id: `eval-wddControl-${id}`, name: 'wddControl' },
          el('option', { value: 'district' }, t('wddControlDistrict')),
          el('option', { value: 'place' }, t('wddControlPlace')))),
      input('wddPlace', '', { type: 'number', min: 1, step: 1 })),
    el('button', { type: 'submit', class: 'primary' }, t('evalRun')), msg);
  const section = el('section', { class: 'evaluation', 'data-measure': id },
    el('h5', {}, t('evaluation')), form, out);

  async function run() {
    const v = (name) => form.elements[name].value.trim();
    message(msg, 'info', t('loading'));
    section.setAttribute('aria-busy', 'true');
    try {
      const answer = await api.evaluation(id, { data: v('data'), buffer: v('buffer'), control: v('control'), start: v('start'),
        wddControl: v('wddControl'), wddPlace: v('wddControl') === 'place' ? v('wddPlace') : undefined });
      message(msg, 'info', '');
      section.classList.toggle('synthetic', Boolean(answer.synthetic));
      clear(out, result(answer));
      showAreas(map, answer);
    } catch (error) {
      clear(out);
      message(msg, 'error', t('loadFailed', error.message));
      if (error.field && form.elements[error.field]) {
        form.elements[error.field].setAttribute('aria-invalid', 'true');
        form.elements[error.field].focus();
      }
    } finally {
      section.removeAttribute('aria-busy');
    }
  }
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    form.querySelectorAll('[aria-invalid]').forEach((i) => i.removeAttribute('aria-invalid'));
    run();
  });
  run();
  return section;
}
