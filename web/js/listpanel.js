// The list of measures beside the map: the same filtered selection as the map, each row selects its
// measure on the map and in the details panel. In "Mitt arbete" it is sorted by due date, overdue first,
// and every row carries the two-tap follow-up form.
import { el, clear } from './dom.js';
import { t, label, fmtDate, fmtNumber } from './i18n.js';
import { statusSymbol } from './status.js';
import { followUpForm } from './followup.js';
import { may } from './perms.js';

export function byDueDate(a, b) {
  const pa = a.properties;
  const pb = b.properties;
  if (pa.overdue !== pb.overdue) return pa.overdue ? -1 : 1;
  const ea = pa.timingEnd ?? '9999-12-31';
  const eb = pb.timingEnd ?? '9999-12-31';
  return ea.localeCompare(eb) || (pa.ref ?? '').localeCompare(pb.ref ?? '');
}

function byPlan(a, b) {
  return (a.properties.ref ?? '').localeCompare(b.properties.ref ?? '', 'sv', { numeric: true });
}

export function renderList(container, measures, { mode = 'map', selectedId, onSelect, onSaved } = {}) {
  const features = [...measures.features].sort(mode === 'mine' ? byDueDate : byPlan);
  const onMap = features.filter((f) => f.geometry).length;
  const heading = el('h2', { class: 'panel-title', id: 'list-title' }, mode === 'mine' ? t('viewMine') : t('list'));
  const count = el('p', { class: 'muted', id: 'list-count', 'data-count': features.length },
    t('measuresShown', fmtNumber(features.length), fmtNumber(onMap)),
    measures.numberMatched > features.length
      ? ` · ${t('ofTotal', fmtNumber(features.length), fmtNumber(measures.numberMatched))}` : '');
  const list = el('ul', { class: `measure-list mode-${mode}`, 'aria-labelledby': 'list-title' });
  if (!features.length) list.append(el('li', { class: 'muted' }, mode === 'mine' ? t('mineEmpty') : t('noMeasures')));
  for (const f of features) {
    const p = f.properties;
    const row = el('li', {
      class: `measure-item${f.id === selectedId ? ' selected' : ''}${p.overdue ? ' overdue' : ''}`,
      'data-id': f.id, 'data-status': p.status,
    },
    el('button', { type: 'button', class: 'measure-row', onclick: () => onSelect(f), 'aria-current': f.id === selectedId ? 'true' : null },
      statusSymbol(p.status, 22),
      el('span', { class: 'measure-text' },
        el('span', { class: 'measure-title' }, p.description ?? ''),
        el('span', { class: 'measure-meta' },
          [label('status', p.status), p.placeName, label('category', p.category), p.responsible]
            .filter(Boolean).join(' · ')),
        el('span', { class: 'measure-due' },
          p.overdue ? el('strong', { class: 'overdue-flag' }, `${t('overdue')} `) : null,
          p.timingEnd ? t('due', fmtDate(p.timingEnd)) : (p.timing ?? t('noDue'))))));
    if (mode === 'mine' && may(p, 'followUp')) {
      // Saved: the row takes the new status in place (the form keeps its "Sparat." for the user to see).
      row.append(followUpForm(f, {
        onSaved: (saved) => {
          p.status = saved?.status ?? p.status;
          row.dataset.status = p.status;
          row.querySelector('.status-symbol').replaceWith(statusSymbol(p.status, 22));
          row.querySelector('.measure-meta').textContent = [label('status', p.status), p.placeName,
            label('category', p.category), p.responsible].filter(Boolean).join(' · ');
          onSaved?.(f, saved);
        },
      }));
    }
    list.append(row);
  }
  clear(container, heading, count, list);
}

/**
 * Marks the selected row without rebuilding the list; scroll: also bring the row into view (a selection made
 * elsewhere, on the map), so closing the details lands on it. A row clicked in the list is already where the
 * user is, and must stay the place Back returns to.
 */
export function markSelected(container, id, { scroll = true } = {}) {
  container.querySelectorAll('.measure-item').forEach((li) => {
    const on = Number(li.dataset.id) === id;
    li.classList.toggle('selected', on);
    li.querySelector('.measure-row')?.setAttribute('aria-current', on ? 'true' : 'false');
    if (on && scroll) li.scrollIntoView({ block: 'nearest' });
  });
}
