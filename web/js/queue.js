// "Platser att placera på kartan": places a plan named that have no geometry yet (GET /api/places?unplaced=true),
// for the strategist to draw. Choosing one zooms to its district and offers the shapes its kind allows (a
// walkway is a line, a square an area or a point); Spara sends the place back with its geometry
// (PUT /api/places/{id}) and it leaves the queue.
import { el, clear, message } from './dom.js';
import { t, fmtNumber } from './i18n.js';
import * as api from './api.js';
import { drawNew, shapesFor, SHAPE_TEXT } from './draw.js';
import { saveWithFeedback } from './forms.js';
import { provenanceFields } from './provenance.js';
import './texts-import.js';
import { may } from './perms.js';

/** ctx: map, districtBounds(code), onPlaced() after a save. Returns {reload}. */
export function createQueue(container, ctx) {
  const list = el('ul', { class: 'queue-list', id: 'queue-list', 'aria-labelledby': 'queue-title' });
  const count = el('p', { class: 'muted', id: 'queue-count' });
  const msg = el('p', { class: 'msg', id: 'queue-msg', hidden: true });
  const drawing = el('div', { class: 'queue-draw', id: 'queue-draw', hidden: true });
  clear(container, el('h2', { class: 'panel-title', id: 'queue-title' }, t('queueTitle')), count, msg, drawing, list);
  let current = null; // {place, layer, geometry}

  function stopDrawing() {
    if (current?.layer) ctx.map.removeLayer(current.layer);
    current = null;
    drawing.hidden = true;
    clear(drawing);
    list.querySelectorAll('.queue-item.selected').forEach((li) => li.classList.remove('selected'));
  }

  function start(place, row) {
    stopDrawing();
    const pp = place.properties;
    current = { place, layer: null, geometry: null };
    row.classList.add('selected');
    const bounds = ctx.districtBounds(pp.district);
    if (bounds) ctx.map.fitBounds(bounds, { padding: [10, 10] });
    // On a phone the map is above the list: bring it into view to draw in.
    ctx.map.getContainer().scrollIntoView({ block: 'nearest' });
    const status = el('span', { class: 'muted', id: 'queue-draw-status' }, t('geometryNone'));
    const submit = el('button', { type: 'submit', class: 'primary', id: 'queue-save' }, t('save'));
    const formMsg = el('p', { class: 'msg', hidden: true });
    const provenance = provenanceFields(pp);
    const shapeButton = (kind) => el('button', {
      type: 'button', class: 'secondary', 'data-shape': kind,
      onclick: async () => {
        const result = await drawNew(ctx.map, kind);
        if (!result || current?.place !== place) { if (result) ctx.map.removeLayer(result.layer); return; }
        if (current.layer) ctx.map.removeLayer(current.layer);
        current.layer = result.layer;
        current.geometry = result.geometry;
        status.textContent = `${t('geometryDrawn')} (${t(SHAPE_TEXT[kind])})`;
        message(formMsg, 'info', '');
        submit.focus();
      },
    }, t(SHAPE_TEXT[kind]));
    const form = el('form', { class: 'editor-form' },
      el('p', { class: 'queue-draw-title' }, t('queueDrawing', pp.name ?? '', pp.kind ?? '')),
      el('div', { class: 'actions' }, shapesFor(pp.kind).map(shapeButton)), status, provenance.nodes,
      el('div', { class: 'actions' }, submit, el('button', { type: 'button', class: 'secondary', onclick: stopDrawing }, t('cancel'))),
      formMsg);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      if (!current?.geometry) { message(formMsg, 'error', t('queueNoShape')); return; }
      const geometry = current.geometry;
      saveWithFeedback(formMsg, submit, (version) => api.save('places', place.id, {
        type: 'Feature', geometry,
        properties: { name: pp.name, kind: pp.kind, district: pp.district, ...provenance.values(), version },
      }), pp.version, () => {
        stopDrawing();
        message(msg, 'ok', t('queuePlaced', pp.name ?? ''));
        reload();
        ctx.onPlaced?.();
      });
    });
    clear(drawing, form);
    drawing.hidden = false;
  }

  async function reload() {
    container.setAttribute('aria-busy', 'true');
    try {
      const places = (await api.unplacedPlaces()).features.filter((f) => may(f.properties, 'edit'));
      count.textContent = places.length ? t('queueCount', fmtNumber(places.length)) : t('queueEmpty');
      count.dataset.count = places.length;
      clear(list, places.map((f) => {
        const pp = f.properties;
        const row = el('li', { class: 'queue-item', 'data-id': f.id });
        row.append(el('span', { class: 'queue-text' }, el('span', { class: 'queue-name' }, pp.name ?? ''),
          el('span', { class: 'muted small' }, [pp.kind, pp.districtName].filter(Boolean).join(' · '))),
        el('button', { type: 'button', class: 'secondary queue-draw-button', onclick: () => start(f, row),
          'aria-label': `${t('queueDraw')}: ${pp.name ?? ''}` }, t('queueDraw')));
        return row;
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
