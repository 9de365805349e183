// The field page: a safety walk on a phone. One person records observations where they stand (the phone's
// position, its accuracy shown, or a tapped point on the map): one tap on a checklist rating, a photo from
// the camera, typing, and "Spara" — three taps. Everything goes through the outbox (IndexedDB), so it is
// kept while offline and sent once when the network returns; the service worker keeps the page and the
// walk's data for offline use. Afterwards a strateg turns observations into problems or measures.
import { el, clear, message } from './dom.js';
import { t, setLang, translatePage, fmtDate } from './i18n.js';
import { api, query } from './api.js';
import * as outbox from './outbox.js';
import { may } from './perms.js';
import './texts-field.js';

const $ = (id) => document.getElementById(id);
const params = new URLSearchParams(window.location.search);
if (params.get('lang') || localStorage.getItem('platslage.lang')) setLang(params.get('lang') ?? localStorage.getItem('platslage.lang'));
translatePage();

if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('/sw.js').catch(() => { /* the page works without it, online */ });
}

const map = L.map('walk-map', { maxZoom: 19, zoomControl: true }).setView([59.33, 18.06], 12);
const me = await api('/api/me').catch(() => null);
if (me?.tileUrl) L.tileLayer(me.tileUrl, { maxZoom: 19 }).addTo(map);
const walkLayer = L.layerGroup().addTo(map);
const obsLayer = L.layerGroup().addTo(map);
let positionMarker = null;

let walk = null;
/** {lon, lat, source: 'gps'|'map', accuracyM} */
let position = null;

outbox.onChange((items) => {
  const waiting = items.filter((i) => !i.refused).length;
  $('outbox-count').textContent = waiting ? t('waiting', waiting) : t('allSent');
  $('outbox-count').dataset.waiting = String(waiting);
  if (walk) renderObservations();
});
outbox.keepSending();
window.addEventListener('online', () => outbox.flush().then(() => loadObservations()));



async function openWalk(id) {
  walk = await api(`/api/walks/${encodeURIComponent(id)}`);
  const url = new URL(window.location.href);
  url.searchParams.set('walk', walk.id);
  history.replaceState(null, '', url);
  $('walk-info').textContent = [walk.districtName, fmtDate(walk.startsAt),
    walk.participants ? `${t('participants')}: ${walk.participants}` : null].filter(Boolean).join(' · ');
  const report = $('report-link');
  report.href = `/walkreport.html?walk=${walk.id}`;
  report.hidden = false;
  walkLayer.clearLayers();
  const shapes = [];
  if (walk.route) shapes.push(L.geoJSON(walk.route, { style: { color: '#5b2a86', weight: 4, dashArray: '8 6' } }));
  walk.places.filter((p) => p.geometry).forEach((p) => shapes.push(L.geoJSON(p.geometry, {
    style: { color: '#0b5394', weight: 2 }, pointToLayer: (f, ll) => L.circleMarker(ll, { radius: 7 }),
  }).bindTooltip(p.name)));
  shapes.forEach((s) => s.addTo(walkLayer));
  const bounds = L.featureGroup(shapes).getBounds();
  if (bounds.isValid()) map.fitBounds(bounds, { padding: [20, 20], maxZoom: 17 });
  renderForm();
  startGps();
  await loadObservations();
}

// ---- position: the phone's GPS, or a tapped point ----
let gpsWatch = null;
function startGps() {
  if (!navigator.geolocation || gpsWatch != null) return;
  gpsWatch = navigator.geolocation.watchPosition((p) => {
    if (position?.source === 'map') return; // a tapped point wins until "Min position" is pressed
    setPosition({ lon: p.coords.longitude, lat: p.coords.latitude, source: 'gps', accuracyM: Math.round(p.coords.accuracy * 10) / 10 });
  }, () => { if (!position) showPosition(); }, { enableHighAccuracy: true, maximumAge: 10000, timeout: 20000 });
}
map.on('click', (e) => setPosition({ lon: e.latlng.lng, lat: e.latlng.lat, source: 'map', accuracyM: null }));

function setPosition(p) {
  position = p;
  if (positionMarker) positionMarker.remove();
  positionMarker = p.source === 'gps'
    ? L.circle([p.lat, p.lon], { radius: p.accuracyM ?? 5, color: '#1a73e8' }).addTo(map)
    : L.marker([p.lat, p.lon], { title: t('positionMap') }).addTo(map);
  showPosition();
}

function showPosition() {
  const line = $('obs-position');
  if (!line) return;
  line.textContent = !position ? t(navigator.geolocation ? 'positionWaiting' : 'positionNone')
    : position.source === 'gps' ? t('positionGps', Math.round(position.accuracyM)) : t('positionMap');
  line.dataset.source = position?.source ?? '';
}

// ---- the observation form ----
let chosen = null; // {parameter, rating}
function renderForm() {
  const form = $('obs-form');
  form.hidden = !may(walk, 'observe');
  if (form.hidden) return;
  const rows = walk.checklist.map((item) => el('div', { class: 'rate-row', role: 'group', 'aria-label': item.label },
    el('span', { class: 'rate-label', title: item.help ?? '' }, item.label),
    ...[0, 1, 2, 3].map((r) => el('button', {
      type: 'button', class: `rate r${r}`, 'data-parameter': item.code, 'data-rating': r, 'aria-pressed': 'false',
      'aria-label': `${item.label} ${r}`,
    }, String(r)))));
  const text = el('textarea', { id: 'obs-text', rows: 2, maxlength: 8000 });
  const photo = el('input', { id: 'obs-photo', type: 'file', accept: 'image/*', capture: 'environment', class: 'photo-input' });
  const preview = el('img', { id: 'obs-preview', class: 'photo-preview', alt: '', hidden: true });
  const restricted = may(walk, 'restrictedObservation') ? el('input', { id: 'obs-restricted', type: 'checkbox' }) : null;
  const msg = el('p', { id: 'obs-msg', class: 'msg', role: 'status', hidden: true });
  clear(form,
    el('p', { class: 'obs-position-row' }, el('span', { id: 'obs-position' }),
      el('button', { type: 'button', id: 'obs-gps', class: 'secondary small' }, t('useGps'))),
    el('fieldset', { class: 'rates' }, el('legend', {}, t('rateHelp')), rows),
    el('label', { for: 'obs-text' }, t('obsText')), text,
    el('label', { for: 'obs-photo', class: 'photo-button' }, t('obsPhoto')), photo, preview,
    restricted ? el('div', { class: 'field-check' }, restricted, ' ', el('label', { for: 'obs-restricted' }, t('obsRestricted'))) : null,
    el('button', { type: 'submit', id: 'obs-save', class: 'primary big' }, t('obsSave')), msg);
  showPosition();
  form.querySelectorAll('button.rate').forEach((b) => b.addEventListener('click', () => {
    const same = chosen?.parameter === b.dataset.parameter && chosen?.rating === Number(b.dataset.rating);
    form.querySelectorAll('button.rate').forEach((x) => x.setAttribute('aria-pressed', 'false'));
    chosen = same ? null : { parameter: b.dataset.parameter, rating: Number(b.dataset.rating) };
    if (chosen) b.setAttribute('aria-pressed', 'true');
  }));
  $('obs-gps').addEventListener('click', () => {
    position = null;
    if (navigator.geolocation) {
      navigator.geolocation.getCurrentPosition((p) => setPosition({ lon: p.coords.longitude, lat: p.coords.latitude,
        source: 'gps', accuracyM: Math.round(p.coords.accuracy * 10) / 10 }), () => showPosition(), { enableHighAccuracy: true });
    }
    showPosition();
  });
  photo.addEventListener('change', () => {
    const file = photo.files[0];
    if (preview.src) URL.revokeObjectURL(preview.src);
    preview.hidden = !file;
    if (file) preview.src = URL.createObjectURL(file);
  });
  form.onsubmit = async (event) => {
    event.preventDefault();
    if (!position) { message(msg, 'error', t('obsNeedPosition')); return; }
    const note = text.value.trim();
    if (!chosen && !note) { message(msg, 'error', t('obsNeedContent')); return; }
    const body = { lon: position.lon, lat: position.lat, source: position.source, accuracyM: position.accuracyM,
      parameter: chosen?.parameter ?? null, rating: chosen?.rating ?? null, text: note || null,
      restricted: restricted?.checked || null, observedAt: new Date().toISOString() };
    const key = outbox.newKey();
    const label = chosen ? `${walk.checklist.find((i) => i.code === chosen.parameter)?.label} ${chosen.rating}` : note.slice(0, 60);
    await outbox.enqueue({ key, kind: 'observation', url: `/api/walks/${walk.id}/observations`, json: body, label,
      walk: walk.id });
    const file = photo.files[0];
    if (file) {
      await outbox.enqueue({ kind: 'photo', url: `/api/walks/${walk.id}/observations/{parent}/photos`, file,
        fileName: file.name || 'foto.jpg', parentKey: key, label: file.name });
    }
    // The form is ready for the next observation at once; sending happens behind it.
    text.value = '';
    photo.value = '';
    preview.hidden = true;
    chosen = null;
    form.querySelectorAll('button.rate').forEach((x) => x.setAttribute('aria-pressed', 'false'));
    if (position.source === 'map') { position = null; positionMarker?.remove(); showPosition(); }
    const result = await outbox.flush();
    message(msg, result?.offline ? 'info' : 'ok', t(result?.offline || navigator.onLine === false ? 'obsQueued' : 'obsSaved'));
    await loadObservations();
  };
}

// ---- the list: sent observations, and those still waiting ----
let observations = [];
async function loadObservations() {
  if (!walk) return;
  try {
    observations = (await api(`/api/walks/${walk.id}/observations`)).features;
  } catch { /* offline without a kept copy: show what waits */ }
  renderObservations();
}

async function renderObservations() {
  const list = $('obs-list');
  const waiting = (await outbox.pending()).filter((i) => i.kind === 'observation' && i.url === `/api/walks/${walk.id}/observations`);
  const waitingPhotos = (await outbox.pending()).filter((i) => i.kind === 'photo' && i.url.startsWith(`/api/walks/${walk.id}/`));
  obsLayer.clearLayers();
  const items = [];
  waiting.forEach((i) => items.push(el('li', { class: 'obs pending', 'data-key': i.key },
    el('strong', {}, i.label ?? ''), ' ', el('span', { class: 'badge' }, i.refused ? t('obsRefused', i.refused) : t('obsPending')),
    i.json?.text ? el('div', {}, i.json.text) : null,
    i.refused ? el('button', { type: 'button', class: 'secondary small', onclick: () => outbox.discard(i.key) }, t('obsDiscard')) : null)));
  [...observations].reverse().forEach((f) => {
    const p = f.properties;
    const [lon, lat] = f.geometry.coordinates;
    L.circleMarker([lat, lon], { radius: 7, color: ratingColour(p.rating), fillOpacity: 0.8 })
      .bindTooltip(p.parameterLabel ? `${p.parameterLabel} ${p.rating}` : (p.text ?? '')).addTo(obsLayer);
    const photosWaiting = waitingPhotos.filter((ph) => ph.parentKey === p.idempotencyKey).length;
    items.push(el('li', { class: 'obs', 'data-id': p.id },
      p.parameterLabel ? el('strong', {}, `${p.parameterLabel} ${p.rating}/3`) : null, ' ',
      p.placeName ? el('span', { class: 'muted' }, t('obsPlace', p.placeName)) : null,
      p.text ? el('div', {}, p.text) : null,
      p.restricted ? el('div', { class: 'restricted' }, t('restricted')) : null,
      el('div', { class: 'muted small' }, `${p.recordedBy} · ${new Date(p.observedAt).toLocaleTimeString(document.documentElement.lang === 'en' ? 'en-GB' : 'sv-SE', { hour: '2-digit', minute: '2-digit' })}`
        + (p.positionSource === 'gps' ? ` · ±${Math.round(p.accuracyM)} m` : '')),
      el('div', { class: 'obs-photos' }, (p.photos ?? []).map((ph) => el('a', { href: ph.url, target: '_blank' },
        el('img', { src: ph.thumbnailUrl, alt: t('photoAdd'), class: 'thumb' })))),
      photosWaiting ? el('div', { class: 'badge' }, t('photosQueued', photosWaiting)) : null,
      p.problem ? el('div', {}, t('becameProblem', p.problem)) : null,
      p.measure ? el('div', {}, t('becameMeasure', p.measure)) : null,
      may(walk, 'edit') ? conversion(f) : null));
  });
  clear(list, items.length ? items : el('li', { class: 'muted' }, t('obsNone')));
}

function ratingColour(rating) {
  return rating == null ? '#555' : rating >= 2 ? '#1b7837' : rating >= 1 ? '#b35806' : '#b2182b';
}

// ---- after the walk: one action turns an observation into a problem or a measure ----
function conversion(f) {
  const p = f.properties;
  const box = el('div', { class: 'convert' });
  const msg = el('p', { class: 'msg', hidden: true });
  const show = (form) => { clear(box, form, msg); };
  const buttons = el('div', { class: 'actions' },
    !p.problem ? el('button', { type: 'button', class: 'secondary small', 'data-convert': 'problem', onclick: () => show(problemForm()) }, t('toProblem')) : null,
    !p.measure ? el('button', { type: 'button', class: 'secondary small', 'data-convert': 'measure', onclick: () => measureForm().then(show) }, t('toMeasure')) : null);
  clear(box, buttons);

  async function send(kind, body) {
    try {
      await api(`/api/walks/${walk.id}/observations/${p.id}/${kind}`, { method: 'POST', body });
      await loadObservations();
    } catch (error) {
      message(msg, 'error', t('saveFailed', error.message));
    }
  }
  function problemForm() {
    const plan = el('select', { id: `plan-${p.id}` });
    api('/api/plans').then((plans) => plans.filter((x) => x.district === walk.district)
      .sort((a, b) => b.year - a.year).forEach((x) => plan.append(el('option', { value: x.id }, x.title ?? x.code))));
    const cause = el('input', { id: `cause-${p.id}`, type: 'text' });
    const form = el('form', { class: 'convert-form' },
      el('label', { for: `plan-${p.id}` }, t('convertPlan')), plan,
      el('label', { for: `cause-${p.id}` }, t('convertCause')), cause,
      el('button', { type: 'submit', class: 'primary small' }, t('convertCreate')));
    form.addEventListener('submit', (e) => { e.preventDefault(); send('problem', { plan: Number(plan.value), causeText: cause.value || null }); });
    return form;
  }
  async function measureForm() {
    const problem = el('select', { id: `problem-${p.id}` });
    const found = p.place ? (await api(`/api/problems${query({ place: p.place, limit: 200 })}`)).items : [];
    if (p.problem) problem.append(el('option', { value: p.problem }, `#${p.problem}`));
    found.filter((x) => x.id !== p.problem).forEach((x) => problem.append(el('option', { value: x.id },
      (x.description ?? '').slice(0, 80))));
    const description = el('input', { id: `mdesc-${p.id}`, type: 'text' });
    const form = el('form', { class: 'convert-form' },
      el('label', { for: `problem-${p.id}` }, t('convertProblem')), problem,
      el('label', { for: `mdesc-${p.id}` }, t('convertDescription')), description,
      el('button', { type: 'submit', class: 'primary small' }, t('convertCreate')));
    form.addEventListener('submit', (e) => { e.preventDefault(); send('measure', { problem: Number(problem.value) || null, description: description.value || null }); });
    return form;
  }
  return box;
}

// ---- start: the walks, the one asked for (or the latest) opened ----
const walks = await api('/api/walks').catch(() => []);
const pick = $('walk-pick');
if (!walks.length) clear(pick, el('option', { value: '' }, t('walkNone')));
walks.forEach((w) => pick.append(el('option', { value: w.id }, `${w.title} · ${fmtDate(w.startsAt)}`)));
pick.addEventListener('change', () => openWalk(pick.value));
const wanted = params.get('walk') ?? walks[0]?.id;
if (wanted) {
  pick.value = String(wanted);
  await openWalk(wanted);
}
document.body.dataset.loaded = 'true';
