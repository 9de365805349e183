// The map page: signs the user in on the page (who, demo warning, language), loads the public API's
// layers, and keeps map, list, details, the side panel's tabs and the role's view in step with the filters
// in the URL. What only some roles use (editors, imports, analysis) is imported when it is first needed.
import { el, clear, message } from './dom.js';
import { t, translatePage, setLang, currentLang } from './i18n.js';
import * as api from './api.js';
import * as state from './state.js';
import { createMap } from './map.js';
import { districtLayer, placeLayer, targetLayer, measureLayer } from './layers.js';
import { keepLabelsApart } from './labels.js';
import { renderFilters } from './filters.js';
import { renderLegend } from './legend.js';
import { renderList, markSelected } from './listpanel.js';
import { showPlace, showMeasure } from './details.js';
import { can, createsIn, defaultView, views } from './perms.js';
import { closePanel, closeOnEscape } from './panels.js';
import { createSidePanel } from './sidepanel.js';
import './texts-work.js';
import './texts-import.js'; // the import buttons' texts in the header
import { frame, frameFeature } from './framing.js';
import { scoreLayer, scoreLegend } from './walkscores.js';

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
let data = { places: { features: [] }, targets: { features: [] }, plans: [], measures: { features: [] }, layer: { features: [] }, districts: { features: [] } };
let layers = {};
let selectedId = null;
let side = null;
const view = () => (views(me).includes(state.get('view')) ? state.get('view') : defaultView(me));
const placeLabels = keepLabelsApart(map, [() => layers.targets, () => layers.places]);

const ctx = {
  me,
  map,
  /** Whether new records may be created in the district (the server's editableDistricts). */
  createsIn: (district) => createsIn(me, district),
  plans: () => data.plans,
  places: () => data.places,
  refresh: () => loadMeasures(),
  closeDetails: () => closePanel($('details'), () => {
    $('details').hidden = true;
    state.set({ place: '', measure: '' }, { silent: true });
  }),
  focusMeasure: (f) => focusOnMap(f),
  /** Frames a measure's place (or its own shape) with its surroundings, for the meeting. */
  frameMeasure: (f) => frameMeasure(f),
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
  showPlace: (f) => { frameFeature(map, f); selectPlace(f.id); },
  onMeasure: (id) => { const f = data.measures.features.find((m) => m.id === id); if (f) selectMeasure(f); },
  onAnalysisData: () => { if (view() === 'review') loadMeasures(); },
  openPlanImport: () => import('./planimport.js').then((m) => m.openPlanImport(ctx)),
};
closeOnEscape($('details'), () => ctx.closeDetails());

// The editors exist only for those who may edit; everyone else never downloads them.
const editorReady = createsIn(me)
  ? import('./edit.js').then(({ createEditor }) => Object.assign(ctx, createEditor(map, $('editor'), ctx)))
  : Promise.resolve();

function renderNav() {
  const nav = $('views');
  clear(nav, views(me).map((v) => el('button', {
    type: 'button', class: `tab${v === view() ? ' active' : ''}`, 'aria-pressed': v === view() ? 'true' : 'false',
    'data-view': v,
    onclick: () => { state.set({ view: v }, { silent: true }); renderNav(); loadMeasures(); },
  }, t({ map: 'viewMap', mine: 'viewMine', meeting: 'viewMeeting', review: 'viewReview' }[v]))));
  if (createsIn(me)) {
    nav.append(el('span', { class: 'toolbar' },
      el('button', { type: 'button', class: 'secondary', id: 'new-place', onclick: () => ctx.newPlace() }, t('placeNew')),
      el('button', { type: 'button', class: 'secondary', id: 'new-problem', onclick: () => ctx.newProblem() }, t('newProblem')),
      el('button', { type: 'button', class: 'secondary', id: 'new-measure', onclick: () => ctx.newMeasure() }, t('newMeasure'))));
  }
  const imports = el('span', { class: 'toolbar' },
    can(me, 'importPlans') ? el('button', { type: 'button', class: 'secondary', id: 'open-plan-import', onclick: ctx.openPlanImport }, t('importPlan')) : null,
    can(me, 'importIncidents') ? el('button', {
      type: 'button', class: 'secondary', id: 'open-incident-import',
      onclick: () => import('./incidentimport.js').then((m) => m.openIncidentImport({
        onImported: () => side?.showAnalysis()?.then((analysis) => analysis?.showReal()),
        onDeleted: () => side?.analysis()?.reload(),
      })),
    }, t('importIncidents')) : null);
  if (imports.childElementCount) nav.append(imports);
  // On a phone the tools fold away behind one button, so the work comes first (app.css).
  if (nav.querySelector('.toolbar') && !$('tools-toggle')) {
    const toggle = el('button', {
      type: 'button', id: 'tools-toggle', class: 'secondary', 'aria-expanded': 'false', 'aria-controls': 'views',
      onclick: () => toggle.setAttribute('aria-expanded', String(document.body.classList.toggle('tools-open'))),
    }, t('tools'));
    $('filters-toggle').after(toggle);
  }
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

function frameMeasure(f) {
  const placeIds = new Set(f.properties.places ?? []);
  const places = data.places.features.filter((p) => placeIds.has(p.id) && p.geometry);
  frame(map, places.length ? { type: 'FeatureCollection', features: places } : f);
  document.querySelectorAll('.marker-selected').forEach((m) => m.classList.remove('marker-selected'));
  layers.measures?.byId.get(f.id)?.getElement?.()?.classList.add('marker-selected');
}

function selectMeasure(f, { fromMap = false } = {}) {
  selectedId = f.id;
  document.querySelectorAll('.marker-selected').forEach((m) => m.classList.remove('marker-selected'));
  layers.measures?.byId.get(f.id)?.getElement?.()?.classList.add('marker-selected');
  state.set({ measure: f.id, place: '' }, { silent: true });
  markSelected($('list-section'), f.id, { scroll: fromMap });
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

function renderMeasureLayer() {
  setLayer('measures', measureLayer(data.layer, (id) => openMeasure(id, { fromMap: true }), { isSelected: (m) => m === selectedId }));
}

/** A measure chosen on the map: the lean layer has no details, so they are read from /api/measures/{id}. */
async function openMeasure(id, options) {
  try {
    selectMeasure(await api.getMeasure(id), options);
  } catch (error) {
    message(appMsg, 'error', t('loadFailed', error.message));
  }
}

/** A status saved from the list shows on the map at once, without reloading the layer. */
function onStatusSaved(f) {
  const marker = data.layer.features.find((m) => m.id === f.id);
  if (marker) marker.properties.status = f.properties.status;
  renderMeasureLayer();
}

/** The meeting or the review above the tabs; their modules load when the view is first opened. */
async function renderViewPanel() {
  const panel = $('view-panel');
  panel.hidden = view() === 'map' || view() === 'mine';
  showYearControl();
  if (view() === 'meeting' && !panel.dataset.meeting) {
    panel.dataset.meeting = '1';
    const { renderMeeting } = await import('./meeting.js');
    renderMeeting(panel, ctx);
  } else if (view() === 'review') {
    delete panel.dataset.meeting;
    const [{ renderReview }, { monthlyBlock, incidentSource, sourceNote }] = await Promise.all([import('./review.js'), import('./monthly.js')]);
    const incidents = can(me, 'readIncidents') ? await incidentSource() : undefined;
    clear(panel, el('h2', { class: 'panel-title' }, t('viewReview')));
    const body = el('div');
    panel.append(body);
    const district = state.get('district');
    const targets = { ...data.targets, features: data.targets.features.filter((f) => !district || f.properties.district === district) };
    renderReview(body, { targets, measures: data.measures }, {
      onSelect: (m) => selectMeasure(m),
      monthly: incidents ? (placeId) => monthlyBlock(placeId, { data: incidents }) : undefined,
      dataNote: incidents === undefined ? null : sourceNote(incidents),
      trendData: can(me, 'readIncidentAggregates') ? (incidents ?? 'real') : undefined,
      // each target's cell category over time (issue 12), filled in when the analysis arrives, not awaited
      emerging: incidents ? api.emerging({ data: incidents, cellSize: '200', district: district || undefined }) : undefined,
    });
  } else if (view() !== 'meeting') {
    delete panel.dataset.meeting;
  }
}

async function loadMeasures() {
  const params = { ...state.filters(), ...(view() === 'mine' ? { mine: true } : {}) };
  $('list-section').setAttribute('aria-busy', 'true');
  message(appMsg, 'info', t('loading'));
  try {
    // The list needs each measure's texts; the map only what draws a marker, for every match (no page limit).
    [data.measures, data.layer] = await Promise.all([api.listMeasures(params), api.measureLayer(params)]);
    message(appMsg, 'info', '');
  } catch (error) {
    message(appMsg, 'error', t('loadFailed', error.message));
    appMsg.append(' ', el('button', { type: 'button', class: 'secondary', onclick: loadMeasures }, t('retry')));
    return;
  } finally {
    $('list-section').removeAttribute('aria-busy');
  }
  renderMeasureLayer();
  renderList($('list-section'), data.measures, {
    mode: view() === 'mine' ? 'mine' : 'map', selectedId, onSelect: (f) => selectMeasure(f), onSaved: onStatusSaved,
  });
  side?.planView()?.render();
  await renderViewPanel();
  // Mitt arbete: the map shows my measures (on a phone, above the list).
  if (view() === 'mine' && !map.fromUrl && data.layer.features.some((f) => f.geometry)) frameMine();
  document.body.dataset.loaded = 'true';
}

/** Mitt arbete's map: my measures, clear of the attribution at the bottom, which on a phone is two or three
 * lines tall and would hide a marker. It grows when the tiles fail, and the map's size changes as the page
 * settles: until the user touches the map, the measures are framed again each time. */
function frameMine() {
  const fit = () => {
    // A zoom still animating (the district framed at start) would end on its own target and undo this frame.
    if (map._animatingZoom) { map.once('zoomend', fit); return; }
    // The map's own idea of its size, as the page laid it out now (the list beside it may just have rendered).
    map.invalidateSize({ pan: false, animate: false });
    const below = map.attributionControl?.getContainer()?.offsetHeight ?? 0;
    map.fitBounds(layers.measures.getBounds(), { maxZoom: 15, paddingTopLeft: [24, 24], paddingBottomRight: [24, below + 24], animate: false });
  };
  frameMine.stop?.();
  const container = map.getContainer();
  const userEvents = ['pointerdown', 'wheel', 'keydown'];
  const stop = () => {
    map.off('attributionresize resize', fit);
    userEvents.forEach((type) => container.removeEventListener(type, stop));
  };
  frameMine.stop = stop;
  fit();
  map.on('attributionresize resize', fit);
  userEvents.forEach((type) => container.addEventListener(type, stop));
}

let yearControl;

/** The assessed-year selector is the map's; on Mitt arbete it would only cover the park engineer's markers. */
function showYearControl() {
  const box = yearControl?.getContainer();
  if (box) box.hidden = view() === 'mine';
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
    import('./targetyears.js').then(({ targetYearControl }) => {
      yearControl?.remove();
      yearControl = targetYearControl(map, targets);
      showYearControl();
    });
    if (!map.fromUrl) frameDistrict(state.get('district'));
    renderFilters($('filters'), { districts, plans });
    renderLegend($('legend'));
    // The safety walks' score layer, off until switched on (the legend's checkbox).
    $('legend').append(scoreLegend(async (on) => {
      if (layers.walkScores) { map.removeLayer(layers.walkScores); layers.walkScores = null; }
      if (on) setLayer('walkScores', await scoreLayer(state.get('district') || null, selectPlace));
    }));
    await editorReady;
    side ??= createSidePanel($('side'), $('list-section'), ctx, { mine: view() === 'mine' });
    renderNav();
    await loadMeasures();
    placeLabels();
    if (state.get('place')) selectPlace(Number(state.get('place')));
    const linked = data.measures.features.find((f) => String(f.id) === state.get('measure'));
    if (linked) selectMeasure(linked);
  } catch (error) {
    message(appMsg, 'error', t('loadFailed', error.message));
    appMsg.append(' ', el('button', { type: 'button', class: 'secondary', onclick: start }, t('retry')));
  }
}

/** The map on the district (or on all districts when none is chosen). */
function frameDistrict(code) {
  const d = data.districts.features.find((f) => f.properties.code === code);
  map.fitBounds(d ? L.geoJSON(d).getBounds() : layers.districts.getBounds());
}

async function reloadPlaces() {
  data.places = await api.listPlaces();
  setLayer('places', placeLayer(data.places, selectPlace));
  side?.positions()?.reload();
}

async function reloadAfterPlanImport() {
  try {
    data.plans = await api.listPlans();
    renderFilters($('filters'), { districts: data.districts, plans: data.plans });
    side?.planView()?.render();
    await reloadPlaces();
    side?.queue()?.reload();
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

state.onChange(({ filterChanged, changes }) => {
  // Choosing a district frames the map on it; clearing it shows all districts.
  if ('district' in changes) frameDistrict(state.get('district'));
  if (filterChanged) loadMeasures();
});
$('filters-toggle').addEventListener('click', () => {
  const open = document.body.classList.toggle('filters-open');
  $('filters-toggle').setAttribute('aria-expanded', String(open));
});
start();
