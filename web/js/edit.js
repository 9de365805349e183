// The strategist's editors: measures (with their own geometry drawn on the map), problems with causes,
// and place geometries (move/reshape, or a new place). They render into the editor panel; a failed save
// leaves every typed value in place.
import { el, clear, message } from './dom.js';
import { t, label, codes } from './i18n.js';
import { listProblems, save } from './api.js';
import { field, input, textarea, selectOf, saveWithFeedback } from './forms.js';
import { drawNew, editExisting, shapesFor, SHAPE_TEXT } from './draw.js';
import { loadDraw } from './vendor.js';
import { panelOpened, closePanel, closeOnEscape, reveal } from './panels.js';
import { provenanceFields } from './provenance.js';
import './texts-import.js';
import { may } from './perms.js';

const PLACE_KINDS = ['torg', 'park', 'lekplats', 'idrottsplats', 'bollplan', 'gångväg', 'gata', 'parkering',
  'station', 'centrum', 'skolgård', 'strand', 'område', 'byggnad', 'övrigt'];

export function createEditor(map, container, ctx) {
  let drawn = null; // a layer drawn for the form in progress
  let teardown = null; // what the open form left on the map besides `drawn` (an editable copy)

  function open(title, form, { onClose } = {}) {
    if (!container.hidden) close();
    panelOpened(container);
    teardown = onClose ?? null;
    clear(container, el('div', { class: 'panel-head' }, el('h2', { class: 'panel-title', tabindex: -1 }, title),
      el('button', { type: 'button', class: 'close', 'aria-label': t('close'), onclick: close }, '×')), form);
    reveal(container);
  }

  function close() {
    if (drawn) map.removeLayer(drawn);
    drawn = null;
    teardown?.();
    teardown = null;
    closePanel(container, () => {
      container.hidden = true;
      clear(container);
    });
  }
  closeOnEscape(container, close);

  function geometryControl(initial, onChange) {
    loadDraw().catch(() => {}); // the form offers drawing: have Leaflet.draw ready by the time it is asked for
    const status = el('span', { class: 'muted' }, initial ? t('geometryDrawn') : t('geometryNone'));
    const drawButton = (kind, text) => el('button', {
      type: 'button', class: 'secondary small',
      onclick: async () => {
        const result = await drawNew(map, kind);
        if (!result) return;
        if (drawn) map.removeLayer(drawn);
        drawn = result.layer;
        onChange(result.geometry);
        status.textContent = `${t('geometryDrawn')} (${kind})`;
      },
    }, text);
    return el('div', { class: 'field' }, el('span', { class: 'label' }, t('drawGeometry')),
      el('div', { class: 'actions' }, drawButton('Point', '•'), drawButton('LineString', '╱'), drawButton('Polygon', '▱')),
      status);
  }

  async function measureForm(f, defaults = {}) {
    const p = f?.properties ?? {};
    const problems = (await listProblems({})).items.filter((pr) => may(pr, 'edit'));
    let geometry = p.ownGeometry ? f.geometry : undefined;
    const problem = selectOf('problem', problems.map((pr) => [pr.id, `${pr.ref ?? pr.id} · ${pr.description}`]), p.problem ?? defaults.problem);
    const cause = el('select', { name: 'cause' });
    const fillCauses = () => {
      const pr = problems.find((x) => String(x.id) === problem.value);
      clear(cause, el('option', { value: '' }, '–'),
        (pr?.causes ?? []).map((c) => el('option', { value: c.id, selected: c.id === p.cause }, c.description.slice(0, 90))));
    };
    problem.addEventListener('change', fillCauses);
    fillCauses();
    const places = el('select', { name: 'places', multiple: true, size: 5 },
      ctx.places().features.map((pl) => el('option', {
        value: pl.id, selected: (p.places ?? defaults.places ?? []).includes(pl.id),
      }, pl.properties.name)));
    const fields = {
      description: textarea('description', p.description, 3),
      category: selectOf('category', codes('category').map((c) => [c, label('category', c)]), p.category),
      type: selectOf('type', codes('type').map((c) => [c, label('type', c)]), p.type),
      operationalGoal: input('operationalGoal', p.operationalGoal),
      timing: input('timing', p.timing),
      responsible: input('responsible', p.responsible),
      assignee: input('assignee', p.assignee),
    };
    const msg = el('p', { class: 'msg', hidden: true });
    const submit = el('button', { type: 'submit', class: 'primary' }, t('save'));
    const form = el('form', { class: 'editor-form' },
      field(t('problem'), problem), field(t('cause'), cause), field(t('description'), fields.description),
      field(t('category'), fields.category), field(t('type'), fields.type),
      field(t('operationalGoal'), fields.operationalGoal), field(t('timing'), fields.timing),
      field(t('responsible'), fields.responsible), field(t('assignee'), fields.assignee),
      field(t('placeIds'), places), geometryControl(geometry, (g) => { geometry = g; }),
      el('div', { class: 'actions' }, submit, el('button', { type: 'button', class: 'secondary', onclick: close }, t('cancel'))),
      msg);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const body = {
        problem: Number(problem.value) || null, cause: Number(cause.value) || null,
        places: [...places.selectedOptions].map((o) => Number(o.value)),
      };
      Object.entries(fields).forEach(([k, c]) => { body[k] = c.value.trim() || null; });
      if (geometry !== undefined) body.geometry = geometry;
      saveWithFeedback(msg, submit, (version) => save('measures', f?.id, { ...body, version }), p.version, () => {
        close();
        ctx.refresh();
      });
    });
    open(f ? t('edit') : t('newMeasure'), form);
  }

  function problemForm(pr, defaults = {}) {
    const plans = ctx.plans().filter((pl) => ctx.createsIn(pl.district));
    const plan = selectOf('plan', plans.map((pl) => [pl.id, pl.title]), pr?.plan ?? plans[0]?.id, { empty: false });
    const area = input('priorityArea', pr?.priorityArea ?? 2, { type: 'number', min: 1, max: 20 });
    const description = textarea('description', pr?.description, 3);
    const targetGroup = input('targetGroup', pr?.targetGroup);
    const timePattern = input('timePattern', pr?.timePattern);
    const causes = textarea('causes', (pr?.causes ?? []).map((c) => c.description).join('\n'), 4);
    const chosen = (pr?.places ?? []).map((x) => x.id ?? x).concat(defaults.places ?? []);
    const places = el('select', { name: 'places', multiple: true, size: 5 },
      ctx.places().features.map((pl) => el('option', { value: pl.id, selected: chosen.includes(pl.id) }, pl.properties.name)));
    const msg = el('p', { class: 'msg', hidden: true });
    const submit = el('button', { type: 'submit', class: 'primary' }, t('save'));
    const form = el('form', { class: 'editor-form' },
      field(t('plan'), plan), field(t('priorityArea'), area), field(t('description'), description),
      field(t('targetGroup'), targetGroup), field(t('timePattern'), timePattern), field(t('causes'), causes),
      field(t('placeIds'), places),
      el('div', { class: 'actions' }, submit, el('button', { type: 'button', class: 'secondary', onclick: close }, t('cancel'))),
      msg);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const old = pr?.causes ?? [];
      const body = {
        plan: Number(plan.value), priorityArea: Number(area.value), description: description.value.trim(),
        targetGroup: targetGroup.value.trim() || null, timePattern: timePattern.value.trim() || null,
        places: [...places.selectedOptions].map((o) => Number(o.value)),
        // Causes keep their ids by position, so editing a cause's text does not orphan its measures.
        causes: causes.value.split('\n').map((s) => s.trim()).filter(Boolean)
          .map((d, i) => (old[i] ? { id: old[i].id, description: d } : { description: d })),
      };
      saveWithFeedback(msg, submit, (version) => save('problems', pr?.id, { ...body, version }), pr?.version, () => {
        close();
        ctx.refresh();
      });
    });
    open(pr ? t('editProblem') : t('newProblem'), form);
  }

  // The place's shape: its vertices dragged on an editable copy, or drawn anew in a shape its kind allows
  // (a walkway imported as a point becomes a line). The fieldset is named like the request field, so a
  // refusal naming "geometry" marks it.
  async function placeGeometryForm(place) {
    const pp = place.properties;
    let editing = place.geometry ? await editExisting(map, place.geometry) : null;
    let redrawn = null;
    const provenance = provenanceFields(pp);
    const msg = el('p', { class: 'msg', hidden: true });
    const submit = el('button', { type: 'submit', class: 'primary' }, t('save'));
    const status = el('span', { class: 'muted', id: 'place-geometry-status' },
      editing ? t('placeDragVertices') : t('geometryNone'));
    const shapes = el('fieldset', { class: 'shape-choice', name: 'geometry', tabindex: -1 },
      el('legend', {}, t('placeRedraw')),
      el('div', { class: 'actions' }, shapesFor(pp.kind).map((kind) => el('button', {
        type: 'button', class: 'secondary', 'data-shape': kind,
        onclick: async () => {
          const result = await drawNew(map, kind);
          if (!result || !container.contains(shapes)) { if (result) map.removeLayer(result.layer); return; }
          editing?.stop();
          editing = null;
          if (drawn) map.removeLayer(drawn);
          drawn = result.layer;
          redrawn = result.geometry;
          shapes.removeAttribute('aria-invalid');
          status.textContent = `${t('geometryDrawn')} (${t(SHAPE_TEXT[kind])})`;
          submit.focus();
        },
      }, t(SHAPE_TEXT[kind])))),
      status);
    const form = el('form', { class: 'editor-form' }, el('p', {}, pp.name ?? ''), shapes, provenance.nodes,
      el('div', { class: 'actions' }, submit, el('button', { type: 'button', class: 'secondary', onclick: close }, t('cancel'))), msg);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const geometry = redrawn ?? editing?.geometry() ?? null;
      if (!geometry) { message(msg, 'error', t('queueNoShape')); return; }
      saveWithFeedback(msg, submit, (version) => save('places', place.id, {
        type: 'Feature', geometry,
        properties: { name: pp.name, kind: pp.kind, district: pp.district, ...provenance.values(), version },
      }), pp.version, () => { close(); ctx.onPlaceSaved(place.id); });
    });
    open(t('movePlace'), form, { onClose: () => editing?.stop() });
  }

  function newPlaceForm() {
    let geometry = null;
    const name = input('name', '', { required: true });
    const kind = selectOf('kind', PLACE_KINDS.map((k) => [k, k]), 'park', { empty: false });
    const provenance = provenanceFields();
    const msg = el('p', { class: 'msg', hidden: true });
    const submit = el('button', { type: 'submit', class: 'primary' }, t('save'));
    const form = el('form', { class: 'editor-form' }, field(t('placeName'), name), field(t('placeKind'), kind),
      geometryControl(null, (g) => { geometry = g; }), provenance.nodes,
      el('div', { class: 'actions' }, submit, el('button', { type: 'button', class: 'secondary', onclick: close }, t('cancel'))), msg);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      saveWithFeedback(msg, submit, () => save('places', null, {
        type: 'Feature', geometry, properties: { name: name.value.trim(), kind: kind.value, ...provenance.values() },
      }), undefined, (saved) => { close(); ctx.onPlaceSaved(saved?.id); });
    });
    open(t('placeNew'), form);
  }

  return {
    editMeasure: (f) => measureForm(f),
    newMeasure: (defaults) => measureForm(null, defaults),
    editProblem: (pr) => problemForm(pr),
    newProblem: (defaults) => problemForm(null, defaults),
    editPlaceGeometry: placeGeometryForm,
    newPlace: newPlaceForm,
    close,
  };
}
