// The map page: signs the user in on the page (who, demo warning, language), loads the public API's
// layers, and keeps map, list, chart, details and the role's view in step with the filters in the URL.
import { el, clear, message } from './dom.js';
import { t, translatePage, setLang, currentLang } from './i18n.js';
import * as api from './api.js';
import * as state from './state.js';
import { createMap } from './map.js';
import { districtLayer, placeLayer, targetLayer, measureLayer } from './layers.js';
import { renderFilters } from './filters.js';
import { renderLegend } from './legend.js';
import { renderList, markSelected } from './listpanel.js';
import { renderChart } from './statuschart.js';
import { showPlace, showMeasure } from './details.js';
import { createEditor } from './edit.js';
import { renderMeeting } from './meeting.js';
import { renderReview } from './review.js';
import { canEdit, defaultView, views, seesAggregates, seesIncidents, canImportPlans, canImportIncidents } from './perms.js';
import { createAnalysis } from './analysis.js';
import { monthlyBlock } from './monthly.js';
import { renderExports } from './exports.js';
import { createQueue } from './queue.js';
import { createPositions } from './positions.js';
import { closePanel, closeOnEscape } from './panels.js';
import { openPlanImport } from './planimport.js';
import { openIncidentImport } from './incidentimport.js';
import './texts-import.js';

const $ = (id) => document.getElementById(id);
const appMsg = $('app-msg');

if (state.get('lang')) setLang(state.get('lang'));
translatePage();

const [me, status] = await Promise.all([api.getMe(), api.getStatus().catch(() => ({}))]);
$('who').textContent = `${me.displayName ?? me.username} (${me.role})`;
$('demo-banner').hidden = !me.demoMode;
$('readonly-banner').hidden = me.role !== 'lasare';
$('logout-form').addEventListener('submit', () => { $('logout-csrf').value = api.csrfToken() ?? ''; });
$('lang-toggle').addEventListener('click', () => {
  state.set({ lang: currentLang() === 'sv' ? 'en' : 'sv' }, { silent: true });
  window.location.reload();
});
document.body.dataset.role = me.role;

const map = createMap('map', { tileUrl: status.tileUrl ?? me.tileUrl, tileAttribution: status.tileAttribution });
let data = { places: { features: [] }, targets: { features: [] }, plans: [], measures: { features: [] }, districts: { features: [] } };
let layers = {};
let selectedId = null;
let queue = null;
let positions = null;
let analysis = null;
const view = () => (views(me).includes(state.get('view')) ? state.get('view') : defaultView(me));

const ctx = {
  me,
  map,
  canEdit: (district) => canEdit(me, district),
  plans: () => data.plans,
  places: () => data.places,
  refresh: () => loadMeasures(),
  closeDetails: () => closePanel($('details'), () => {
    $('details').hidden = true;
    state.set({ place: '', measure: '' }, { silent: true });
  }),
  focusMeasure: (f) => focusOnMap(f),
  districts: () => data.districts,
  districtBounds: (code) => {
    const d = data.districts.features.find((f) => f.properties.code === code);
    return d ? L.geoJSON(d).getBounds() : null;
  },
  onPlaced: () => reloadPlaces(),
  // A place's new shape is on the map at once, and its open details show the saved version.
  onPlaceSaved: (id) => {
    reloadPlaces();
    if (id != null && state.get('place') === String(id)) selectPlace(id);
  },
  onImported: () => reloadAfterPlanImport(),
  showPlan: (p) => showPlan(p),
};
const editor = createEditor(map, $('editor'), ctx);
Object.assign(ctx, editor);
closeOnEscape($('details'), () => ctx.closeDetails());

function renderNav() {
  const nav = $('views');
  clear(nav, views(me).map((v) => el('button', {
    type: 'button', class: `tab${v === view() ? ' active' : ''}`, 'aria-pressed': v === view() ? 'true' : 'false',
    'data-view': v,
    onclick: () => { state.set({ view: v }, { silent: true }); renderNav(); loadMeasures(); },
  }, t({ map: 'viewMap', mine: 'viewMine', meeting: 'viewMeeting', review: 'viewReview' }[v]))));
  if (canEdit(me)) {
    nav.append(el('span', { class: 'toolbar' },
      el('button', { type: 'button', class: 'secondary', id: 'new-place', onclick: () => editor.newPlace() }, t('placeNew')),
      el('button', { type: 'button', class: 'secondary', id: 'new-problem', onclick: () => editor.newProblem() }, t('newProblem')),
      el('button', { type: 'button', class: 'secondary', id: 'new-measure', onclick: () => editor.newMeasure() }, t('newMeasure'))));
  }
  const imports = el('span', { class: 'toolbar' },
    canImportPlans(me) ? el('button', { type: 'button', class: 'secondary', id: 'open-plan-import', onclick: () => openPlanImport(ctx) }, t('importPlan')) : null,
    canImportIncidents(me) ? el('button', {
      type: 'button', class: 'secondary', id: 'open-incident-import',
      onclick: () => openIncidentImport({ onImported: () => analysis?.showReal(), onDeleted: () => analysis?.reload() }),
    }, t('importIncidents')) : null);
  if (imports.childElementCount) nav.append(imports);
}

function focusOnMap(f) {
  const layer = layers.measures?.byId.get(f.id);
  if (!layer) return;
  if (layers.measures.cluster.hasLayer(layer)) {
    layers.measures.cluster.zoomToShowLayer(layer, () => layer.getElement()?.classList.add('marker-selected'));
  } else {
    map.fitBounds(layer.getBounds(), { maxZoom: 17 });
  }
}

function selectMeasure(f, { fromMap = false } = {}) {
  selectedId = f.id;
  document.querySelectorAll('.marker-selected').forEach((m) => m.classList.remove('marker-selected'));
  layers.measures?.byId.get(f.id)?.getElement?.()?.classList.add('marker-selected');
  state.set({ measure: f.id, place: '' }, { silent: true });
  markSelected($('list-section'), f.id);
  showMeasure($('details'), f, ctx);
  if (!fromMap) focusOnMap(f);
}

function selectPlace(id) {
  state.set({ place: id, measure: '' }, { silent: true });
  showPlace($('details'), id, ctx);
}

function setLayer(name, layer) {
  if (layers[name]) map.removeLayer(layers[name]);
  layers[name] = layer;
  layer.addTo(map);
}

async function loadMeasures() {
  const params = { ...state.filters(), ...(view() === 'mine' ? { mine: true } : {}) };
  $('list-section').setAttribute('aria-busy', 'true');
  message(appMsg, 'info', t('loading'));
  try {
    data.measures = await api.listMeasures(params);
    message(appMsg, 'info', '');
  } catch (error) {
    message(appMsg, 'error', t('loadFailed', error.message));
    appMsg.append(' ', el('button', { type: 'button', class: 'secondary', onclick: loadMeasures }, t('retry')));
    return;
  } finally {
    $('list-section').removeAttribute('aria-busy');
  }
  setLayer('measures', measureLayer(data.measures, (f) => selectMeasure(f, { fromMap: true }), { isSelected: (id) => id === selectedId }));
  renderList($('list-section'), data.measures, {
    mode: view() === 'mine' ? 'mine' : 'map', selectedId, onSelect: (f) => selectMeasure(f),
    onSaved: () => {
      setLayer('measures', measureLayer(data.measures, (f) => selectMeasure(f, { fromMap: true }), { isSelected: (id) => id === selectedId }));
      renderChart($('chart-section'), data.measures);
    },
  });
  renderChart($('chart-section'), data.measures);
  renderExports($('export-section'), data.plans);
  const panel = $('view-panel');
  panel.hidden = view() === 'map' || view() === 'mine';
  if (view() === 'meeting' && !panel.dataset.meeting) {
    panel.dataset.meeting = '1';
    renderMeeting(panel, ctx);
  } else if (view() === 'review') {
    delete panel.dataset.meeting;
    clear(panel, el('h2', { class: 'panel-title' }, t('viewReview')));
    const body = el('div');
    panel.append(body);
    const district = state.get('district');
    const targets = { ...data.targets, features: data.targets.features.filter((f) => !district || f.properties.district === district) };
    renderReview(body, { targets, measures: data.measures }, {
      onSelect: (m) => selectMeasure(m), monthly: seesIncidents(me) ? (placeId) => monthlyBlock(placeId) : undefined,
    });
  } else if (view() !== 'meeting') {
    delete panel.dataset.meeting;
  }
  if (view() === 'mine' && !map.fromUrl && data.measures.features.some((f) => f.geometry)) {
    map.fitBounds(layers.measures.getBounds(), { maxZoom: 16, padding: [30, 30] });
  }
  document.body.dataset.loaded = 'true';
}

async function start() {
  message(appMsg, 'info', t('loading'));
  try {
    const [districts, plans, places, targets] = await Promise.all([
      api.listDistricts(), api.listPlans(), api.listPlaces(), api.listTargets()]);
    data = { ...data, plans, places, targets, districts };
    setLayer('districts', districtLayer(districts));
    setLayer('places', placeLayer(places, selectPlace));
    setLayer('targets', targetLayer(targets, selectPlace));
    if (!map.fromUrl) {
      const d = districts.features.find((f) => f.properties.code === state.get('district'));
      map.fitBounds(d ? L.geoJSON(d).getBounds() : layers.districts.getBounds());
    }
    renderFilters($('filters'), { districts, plans });
    renderLegend($('legend'));
    if (seesAggregates(me) && !$('analysis-panel')) {
      // Not in the page for roles without access: nothing to hide, nothing to find.
      const section = el('section', { id: 'analysis-panel', class: 'panel', 'aria-labelledby': 'analysis-title' });
      $('list-section').before(section);
      analysis = createAnalysis(map, section, {
        me,
        onMeasure: (id) => { const f = data.measures.features.find((m) => m.id === id); if (f) selectMeasure(f); },
        onData: () => { if (view() === 'review') loadMeasures(); },
      });
    }
    if (canImportPlans(me) && !$('queue-section')) {
      // The queue of places to draw: only for those who may draw them.
      const section = el('section', { id: 'queue-section', class: 'panel', 'aria-labelledby': 'queue-title' });
      $('view-panel').after(section);
      queue = createQueue(section, { map, canEdit: ctx.canEdit, districtBounds: ctx.districtBounds, onPlaced: ctx.onPlaced });
      const checks = el('section', { id: 'positions-section', class: 'panel', 'aria-labelledby': 'positions-title' });
      section.after(checks);
      positions = createPositions(checks, {
        canEdit: ctx.canEdit,
        showPlace: (f) => { map.fitBounds(L.geoJSON(f).getBounds(), { maxZoom: 17, padding: [30, 30] }); selectPlace(f.id); },
        editPlaceGeometry: ctx.editPlaceGeometry, onChanged: ctx.onPlaced,
      });
    }
    renderNav();
    await loadMeasures();
    if (state.get('place')) selectPlace(Number(state.get('place')));
    const linked = data.measures.features.find((f) => String(f.id) === state.get('measure'));
    if (linked) selectMeasure(linked);
  } catch (error) {
    message(appMsg, 'error', t('loadFailed', error.message));
    appMsg.append(' ', el('button', { type: 'button', class: 'secondary', onclick: start }, t('retry')));
  }
}

async function reloadPlaces() {
  data.places = await api.listPlaces();
  setLayer('places', placeLayer(data.places, selectPlace));
  positions?.reload();
}

async function reloadAfterPlanImport() {
  try {
    data.plans = await api.listPlans();
    renderFilters($('filters'), { districts: data.districts, plans: data.plans });
    renderExports($('export-section'), data.plans);
    await reloadPlaces();
    queue?.reload();
  } catch (error) {
    message(appMsg, 'error', t('loadFailed', error.message));
  }
}

/** After an import: the plan as the filter, the map on its measures (or its district). */
async function showPlan(p) {
  state.set({ plan: p.code }, { silent: true });
  renderFilters($('filters'), { districts: data.districts, plans: data.plans });
  await loadMeasures();
  const bounds = layers.measures?.getBounds();
  if (bounds?.isValid()) map.fitBounds(bounds, { maxZoom: 16, padding: [30, 30] });
  else if (ctx.districtBounds(p.district)) map.fitBounds(ctx.districtBounds(p.district));
}

state.onChange(({ filterChanged }) => { if (filterChanged) loadMeasures(); });
$('filters-toggle').addEventListener('click', () => {
  const open = document.body.classList.toggle('filters-open');
  $('filters-toggle').setAttribute('aria-expanded', String(open));
});
start();
