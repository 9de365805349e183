// "Lägen att kontrollera": places drawn worse than 30 m or with no accuracy stated
// (GET /api/places?approximate=true). Each can be corrected on the map; or the GIS staff download them as
// GeoJSON, redraw them in QGIS against the city's base map and upload the file: a preview first
// (POST /api/places/geometries?dryRun=true) showing how far each place moves, then Spara.
import { el, clear, message } from './dom.js';
import { t, fmtNumber } from './i18n.js';
import * as api from './api.js';
import './texts-import.js';
import { may } from './perms.js';

const MAX_FILE_BYTES = 1024 * 1024; // the server's request body limit

/** ctx: showPlace(feature), editPlaceGeometry(feature), onChanged(). Returns {reload}. */
export function createPositions(container, ctx) {
  const count = el('p', { class: 'muted', id: 'positions-count' });
  const list = el('ul', { class: 'positions-list', id: 'positions-list', 'aria-labelledby': 'positions-title' });
  const msg = el('p', { class: 'msg', id: 'positions-msg', hidden: true });
  const file = el('input', { type: 'file', id: 'positions-file', accept: '.geojson,.json,application/geo+json,application/json' });
  const previewButton = el('button', { type: 'button', class: 'secondary', id: 'positions-preview' }, t('preview'));
  const applyButton = el('button', { type: 'button', class: 'primary', id: 'positions-apply', hidden: true }, t('positionsApply'));
  const report = el('div', { id: 'positions-report', 'aria-live': 'polite' });
  let parsed = null; // the file's FeatureCollection, as previewed

  clear(container,
    el('h2', { class: 'panel-title', id: 'positions-title' }, t('positionsTitle')),
    el('p', { class: 'small' }, t('positionsIntro')),
    count, list,
    el('p', {}, el('a', { href: '/api/places?approximate=true&limit=1000', download: 'lagen-att-kontrollera.geojson',
      id: 'positions-download', class: 'export-link' }, t('positionsDownload'))),
    el('div', { class: 'field' }, el('label', { for: 'positions-file' }, t('positionsUpload')), file),
    el('div', { class: 'actions' }, previewButton, applyButton), msg, report);

  file.addEventListener('change', () => { parsed = null; applyButton.hidden = true; clear(report); });

  async function readFile() {
    const chosen = file.files?.[0];
    if (!chosen) throw new Error(t('positionsChooseFile'));
    if (chosen.size > MAX_FILE_BYTES) throw new Error(t('positionsTooLarge'));
    try {
      return JSON.parse(await chosen.text());
    } catch (error) {
      throw new Error(t('positionsNotJson', error.message));
    }
  }

  function showReport(result) {
    const moved = result.places.filter((r) => r.changed);
    clear(report,
      el('p', { id: 'positions-summary' }, t(result.dryRun ? 'positionsWouldChange' : 'positionsChanged',
        fmtNumber(result.changed), fmtNumber(result.features))),
      moved.length ? el('table', { class: 'positions-report' },
        el('thead', {}, el('tr', {}, el('th', {}, t('place')), el('th', {}, t('positionsShift')), el('th', {}, t('positionsAccuracy')))),
        el('tbody', {}, moved.map((r) => el('tr', { 'data-id': r.id },
          el('td', {}, r.name ?? r.code ?? r.id),
          el('td', { class: 'num' }, `${fmtNumber(r.shiftM)} m`),
          el('td', { class: 'num' }, `${r.accuracyBefore ?? '–'} → ${r.accuracyAfter} m`))))) : null);
  }

  function showErrors(error) {
    const errors = error.problem?.errors ?? [];
    message(msg, 'error', errors.length ? error.problem.detail : t('saveFailed', error.message));
    clear(report, errors.length ? el('ul', { class: 'positions-errors', id: 'positions-errors' },
      errors.map((e) => el('li', {}, t('positionsError', e.feature + 1, e.place ?? '', e.field, e.message)))) : null);
  }

  previewButton.addEventListener('click', async () => {
    applyButton.hidden = true;
    clear(report);
    try {
      parsed = await readFile();
      message(msg, 'info', t('loading'));
      const result = await api.correctPlaceGeometries(parsed, true);
      message(msg, 'info', t('previewNothingStored'));
      showReport(result);
      applyButton.hidden = result.changed === 0;
    } catch (error) {
      parsed = null;
      if (error.problem) showErrors(error); else message(msg, 'error', error.message);
    }
  });

  applyButton.addEventListener('click', async () => {
    if (!parsed) return;
    applyButton.disabled = true;
    try {
      const result = await api.correctPlaceGeometries(parsed, false);
      message(msg, 'ok', t('saved'));
      showReport(result);
      applyButton.hidden = true;
      parsed = null;
      file.value = '';
      // The map's places reload, and with them this list.
      if (ctx.onChanged) await ctx.onChanged(); else await reload();
    } catch (error) {
      showErrors(error);
    } finally {
      applyButton.disabled = false;
    }
  });

  async function reload() {
    container.setAttribute('aria-busy', 'true');
    try {
      const places = (await api.listPlaces({ approximate: true })).features.filter((f) => may(f.properties, 'edit'));
      count.textContent = places.length ? t('positionsCount', fmtNumber(places.length)) : t('positionsNone');
      count.dataset.count = places.length;
      clear(list, places.map((f) => {
        const pp = f.properties;
        return el('li', { 'data-id': f.id },
          el('span', { class: 'positions-text' }, el('span', {}, pp.name ?? ''),
            el('span', { class: 'muted small' }, [pp.accuracyM == null ? t('accuracyUnstatedShort') : `±${pp.accuracyM} m`, pp.districtName].filter(Boolean).join(' · '))),
          el('button', { type: 'button', class: 'secondary small', onclick: () => ctx.showPlace(f),
            'aria-label': `${t('showOnMap')}: ${pp.name ?? ''}` }, t('showOnMap')),
          el('button', { type: 'button', class: 'secondary small positions-fix', onclick: () => ctx.editPlaceGeometry(f),
            'aria-label': `${t('positionsFix')}: ${pp.name ?? ''}` }, t('positionsFix')));
      }));
    } catch (error) {
      message(msg, 'error', t('loadFailed', error.message));
    } finally {
      container.removeAttribute('aria-busy');
    }
  }

  reload();
  return { reload };
}
