// The "Analys" layer group (polis, admin, strateg): data real/synthetic, hot-spot grid, heat view and
// coverage, each with its legend and the parameters the server actually used. Settings live in the URL
// (state.js view keys) so a link reproduces the analysis. Not built at all for roles without access.
import { el, clear, message } from './dom.js';
import { t } from './i18n.js';
import * as api from './api.js';
import * as state from './state.js';
import { hotSpotLayer, hotSpotLegend } from './hotspots.js';
import { emergingLayer, emergingLegend, emergingParams } from './emerging.js';
import { heatLayer, heatLegend } from './heat.js';
import { coverageLayer, coverageLegend } from './coverage.js';
import { markMap, syntheticFlag } from './synthetic.js';
import { paramList, analysisParams } from './analysisparams.js';
import './texts-analysis.js';
import { can } from './perms.js';

const LAYERS = { hotspots: 'layerHotspots', emerging: 'layerEmerging', heat: 'layerHeat', coverage: 'layerCoverage' };
const PANES = { heat: 370, hotspots: 380, emerging: 385, coverage: 390 };

function pane(map, name) {
  const id = `analysis-${name}`;
  if (!map.getPane(id)) map.createPane(id).style.zIndex = String(PANES[name]);
  return id;
}

export function createAnalysis(map, container, { me, onMeasure, onData }) {
  const aggregatesOnly = !can(me, 'readIncidents');
  // Who reads aggregates only (strategists) gets cells of at least 100 m (IncidentAccess), so chooses among those.
  const cellSizes = aggregatesOnly ? ['100', '150', '250', '500'] : ['', '50', '100', '150', '250', '500'];
  const on = new Set((state.get('an') ?? '').split(',').filter((k) => LAYERS[k]));
  const shown = {};
  const legends = el('div', { class: 'analysis-legends' });
  const status = el('p', { class: 'msg', id: 'analysis-msg', hidden: true });
  const flag = el('div', { class: 'analysis-flag' });
  const params = el('div', { class: 'analysis-params' });
  const studyArea = el('p', { class: 'analysis-study-area', id: 'analysis-study-area' });
  let generation = 0;

  const radio = (value, text) => el('label', { class: 'radio' },
    el('input', { type: 'radio', name: 'analysis-data', value, checked: (state.get('data') ?? 'real') === value,
      onchange: () => { state.set({ data: value }, { silent: true }); reload(); onData?.(); } }), ' ', text);
  const select = (id, key, options, fallback) => {
    const current = state.get(key) ?? fallback;
    return el('div', { class: 'field' }, el('label', { for: id }, t(id === 'analysis-cell' ? 'cellSize' : 'gridKind')),
      el('select', { id, onchange: (e) => { state.set({ [key]: e.target.value }, { silent: true }); reload(); } },
        options.map(([v, text]) => el('option', { value: v, selected: v === current }, text))));
  };
  const month = (id, key, text) => el('div', { class: 'field' }, el('label', { for: id }, text),
    el('input', { id, type: 'month', value: state.get(key) ?? '',
      onchange: (e) => { state.set({ [key]: e.target.value }, { silent: true }); reload(); } }));

  clear(container,
    el('h2', { class: 'panel-title', id: 'analysis-title' }, t('analysis')),
    el('p', { class: 'muted small' }, t('analysisIntro')),
    flag,
    studyArea,
    el('fieldset', { class: 'analysis-data' }, el('legend', {}, t('dataSource')),
      radio('real', t('dataReal')), radio('synthetic', t('dataSynthetic'))),
    el('fieldset', { class: 'analysis-layers' }, el('legend', {}, t('layersTitle')),
      Object.entries(LAYERS).map(([key, text]) => el('label', { class: 'check' },
        el('input', { type: 'checkbox', id: `analysis-${key}`, value: key, checked: on.has(key),
          onchange: (e) => { if (e.target.checked) on.add(key); else on.delete(key); state.set({ an: [...on].join(',') }, { silent: true }); reload(); } }),
        ' ', t(text)))),
    el('div', { class: 'analysis-grid' },
      select('analysis-cell', 'cell', cellSizes.map((v) => [v, v ? `${v} m` : t('cellAuto')]), cellSizes[0]),
      select('analysis-grid', 'grid', [['square', t('gridSquare')], ['hex', t('gridHex')]], 'square'),
      month('analysis-from', 'from', t('periodFrom')), month('analysis-to', 'to', t('periodTo'))),
    status, legends, params);
  container.hidden = false;

  function drop(name) {
    if (shown[name]) map.removeLayer(shown[name]);
    delete shown[name];
    markMap(map, name, false);
  }

  async function reload() {
    const mine = ++generation;
    const query = analysisParams(aggregatesOnly ? '100' : '');
    // the code until the answer names the district
    studyArea.textContent = query.district ? t('studyArea', query.district) : t('studyAreaAll');
    Object.keys(LAYERS).filter((k) => !on.has(k)).forEach(drop);
    clear(legends);
    clear(params);
    clear(flag);
    if (!on.size) { message(status, 'info', ''); return; }
    container.setAttribute('aria-busy', 'true');
    message(status, 'info', t('loading'));
    try {
      const answers = await Promise.all([...on].map(async (k) => [k, await ({
        hotspots: () => api.hotSpots({ ...query, format: 'cells' }), heat: () => api.density({ ...query, cellSize: undefined, grid: undefined }),
        coverage: () => api.coverage(query),
        emerging: () => api.emerging({ ...query, cellSize: query.cellSize || (aggregatesOnly ? '100' : '200') }),
      })[k]()]));
      if (mine !== generation) return;
      let synthetic = false;
      let empty = false;
      for (const [k, answer] of answers) {
        drop(k);
        const layer = k === 'hotspots' ? hotSpotLayer(answer, pane(map, k))
          : k === 'emerging' ? emergingLayer(answer, pane(map, k))
          : k === 'heat' ? heatLayer(answer, pane(map, k)) : coverageLayer(answer, pane(map, k), onMeasure);
        if (layer) { shown[k] = layer.addTo(map); }
        markMap(map, k, answer.synthetic);
        synthetic ||= answer.synthetic;
        empty ||= answer.summary?.note != null || answer.note != null;
        legends.append(k === 'hotspots' ? hotSpotLegend(answer) : k === 'emerging' ? emergingLegend(answer)
          : k === 'heat' ? heatLegend(answer) : coverageLegend(answer));
        params.append(k === 'emerging' ? emergingParams(answer) : paramList(k, answer));
      }
      clear(flag, syntheticFlag({ synthetic, dataLabel: answers[0][1].dataLabel }));
      const used = answers[0][1].parameters?.studyArea;
      studyArea.textContent = used ? t('studyArea', used.name) : t('studyAreaAll');
      container.classList.toggle('synthetic', synthetic);
      message(status, 'info', empty ? t(query.data === 'real' ? 'noIncidentsReal' : 'noIncidents') : '');
      document.body.dataset.analysis = [...on].join(',');
    } catch (error) {
      if (mine === generation) message(status, 'error', t('loadFailed', error.message));
    } finally {
      container.removeAttribute('aria-busy');
    }
  }

  /** After an incident import: real data, with the hot spots on if no layer was (the import's result shown). */
  function showReal() {
    state.set({ data: 'real' }, { silent: true });
    container.querySelector('input[name=analysis-data][value=real]').checked = true;
    if (!on.size) {
      on.add('hotspots');
      container.querySelector('#analysis-hotspots').checked = true;
      state.set({ an: [...on].join(',') }, { silent: true });
    }
    reload();
  }

  // The district filter is the study area: a new district is a new analysis.
  state.onChange(({ changes }) => { if ('district' in changes) reload(); });

  reload();
  return { reload, showReal, data: () => state.get('data') ?? 'real' };
}
