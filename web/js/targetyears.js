// The map's "Bedömt år" selector (issue 11): each target's extent and classification as assessed in the chosen
// year, or as last assessed ("Nu"). An extent is drawn only where an assessment drew one; a target not
// assessed in the chosen year is listed as such, never given an older assessment's state.
import { el, clear } from './dom.js';
import { t } from './i18n.js';
import { getAssessments } from './targetblocks.js';
import './texts-target.js';

/** The assessment that stands for the year: the latest whose period overlaps it; 'now': the latest of all. */
export function assessmentFor(assessments, year) {
  const chosen = year === 'now' ? assessments
    : assessments.filter((a) => Number(a.from.slice(0, 4)) <= year && Number(a.to.slice(0, 4)) >= year);
  return chosen.length ? chosen[chosen.length - 1] : null;
}

export function targetYearControl(map, targets) {
  const history = new Map();
  let layer = null;
  const select = el('select', { id: 'target-year', 'aria-label': t('mapYear') });
  const note = el('ul', { class: 'target-year-note small' });
  const box = el('div', { class: 'target-year-control leaflet-bar' },
    el('label', { for: 'target-year' }, t('mapYear')), ' ', select, note);
  const control = L.control({ position: 'topright' });
  control.onAdd = () => { L.DomEvent.disableClickPropagation(box); return box; };
  control.addTo(map);

  function draw() {
    const year = select.value === 'now' ? 'now' : Number(select.value);
    if (layer) map.removeLayer(layer);
    const shapes = [];
    const lines = [];
    // Only targets with any assessment: one never assessed has nothing to show in any year.
    for (const f of targets.features.filter((x) => (history.get(x.id) ?? []).length)) {
      const a = assessmentFor(history.get(f.id), year);
      const name = f.properties.name;
      if (!a) {
        if (year !== 'now') lines.push(el('li', { 'data-target': f.id }, `${name}: ${t('targetNotAssessedThen')}`));
        continue;
      }
      lines.push(el('li', { 'data-target': f.id, 'data-classified': String(a.classified) },
        `${name}: ${a.classificationLabel ?? t('assessmentPlanGoal')} (${a.to.slice(0, 4)})`));
      if (a.extent) {
        shapes.push(L.geoJSON(a.extent, {
          style: { className: `target-extent${a.classified === false ? ' target-extent-cleared' : ''}`,
            color: a.classified === false ? '#009E73' : '#CC79A7', weight: 2, fillOpacity: 0.25 },
        }).bindTooltip(`${name}: ${a.classificationLabel ?? ''} ${a.to}`));
      }
    }
    layer = L.layerGroup(shapes).addTo(map);
    clear(note, lines);
    box.dataset.year = String(year);
    box.dataset.extents = String(shapes.length);
  }

  Promise.all(targets.features.map((f) => getAssessments(f.id).then((list) => history.set(f.id, list)).catch(() => history.set(f.id, []))))
    .then(() => {
      const years = new Set();
      history.forEach((list) => list.forEach((a) => {
        for (let y = Number(a.from.slice(0, 4)); y <= Number(a.to.slice(0, 4)); y += 1) years.add(y);
      }));
      clear(select, el('option', { value: 'now' }, t('mapYearNow')),
        [...years].sort().reverse().map((y) => el('option', { value: String(y) }, String(y))));
      select.addEventListener('change', draw);
      draw();
      box.dataset.loaded = 'true';
    });
  return control;
}
