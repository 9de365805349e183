// The filter form: each control is labelled and bound to one URL key (state.js), which is also the API's
// filter parameter. Text fields apply after a short pause; selects at once.
import { el, clear } from './dom.js';
import { t, label, codes } from './i18n.js';
import * as state from './state.js';

function select(key, options) {
  const id = `filter-${key}`;
  const current = state.get(key) ?? '';
  const control = el('select', { id, name: key },
    el('option', { value: '' }, t('all')),
    options.map(([value, text]) => el('option', { value, selected: String(value) === current }, text)));
  // A value from a link that is not among the options still shows (and still filters).
  if (current && !options.some(([v]) => String(v) === current)) {
    control.append(el('option', { value: current, selected: true }, current));
  }
  control.addEventListener('change', () => state.set({ [key]: control.value }));
  return el('div', { class: 'field' }, el('label', { for: id }, t(key)), control);
}

function textInput(key, type = 'search') {
  const id = `filter-${key}`;
  const input = el('input', { id, name: key, type, value: state.get(key) ?? '', autocomplete: 'off' });
  let timer;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => state.set({ [key]: input.value.trim() }), 400);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      clearTimeout(timer);
      state.set({ [key]: input.value.trim() });
    }
  });
  return el('div', { class: 'field' }, el('label', { for: id }, t(key)), input);
}

export function renderFilters(form, { districts, plans }) {
  const years = [...new Set(plans.map((p) => p.year))].sort();
  const areas = new Map();
  plans.forEach((p) => (p.priorityAreas ?? []).forEach((a) => { if (!areas.has(a.number)) areas.set(a.number, a.name); }));
  const overdue = el('input', { id: 'filter-overdue', type: 'checkbox', checked: state.get('overdue') === 'true' });
  overdue.addEventListener('change', () => state.set({ overdue: overdue.checked ? 'true' : '' }));

  clear(form,
    el('h2', { class: 'panel-title' }, t('filters')),
    select('district', districts.features.map((d) => [d.properties.code, d.properties.name])),
    select('plan', plans.map((p) => [p.code, p.title])),
    select('year', years.map((y) => [y, String(y)])),
    select('priorityArea', [...areas.entries()].sort((a, b) => a[0] - b[0]).map(([n, name]) => [n, `${n}. ${name}`])),
    select('status', codes('status').map((c) => [c, label('status', c)])),
    select('category', codes('category').map((c) => [c, label('category', c)])),
    select('type', codes('type').map((c) => [c, label('type', c)])),
    textInput('responsible'),
    textInput('text'),
    el('div', { class: 'field field-check' }, overdue, el('label', { for: 'filter-overdue' }, t('overdueOnly'))),
    el('button', {
      type: 'button', class: 'secondary',
      onclick: () => {
        const none = {};
        state.FILTER_KEYS.forEach((k) => { none[k] = ''; });
        state.set(none);
        renderFilters(form, { districts, plans });
      },
    }, t('clearFilters')));
}
