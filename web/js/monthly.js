// For the police review: incidents within a radius of an ÖDS/target place, per month, as a chart with its
// table. Incident-level police data: only built for polis and admin (the server says 403 to anyone else).
import { el, clear, message } from './dom.js';
import { t, fmtNumber } from './i18n.js';
import * as api from './api.js';
import * as state from './state.js';
import { countChart } from './countchart.js';
import { syntheticFlag } from './synthetic.js';
import './texts-analysis.js';

const RADII = ['100', '200', '500', '1000'];

/**
 * Which incidents the counts read: the data chosen in Analys, else real incidents when any are imported,
 * else the synthetic set (demo mode generates one); null when none are imported at all. Asked once per page.
 */
let source;
export function incidentSource() {
  const chosen = state.get('data');
  if (chosen === 'real' || chosen === 'synthetic') return Promise.resolve(chosen);
  source ??= api.listIncidentImports({ limit: 1000 }).then((imports) => {
    if (imports.some((i) => !i.synthetic)) return 'real';
    return imports.some((i) => i.synthetic) ? 'synthetic' : null;
  });
  return source;
}

/** Above the review: the synthetic banner when the counts are synthetic, a plain note when there are none. */
export function sourceNote(data) {
  if (data === 'synthetic') return el('p', { class: 'synthetic-flag review-synthetic', role: 'note' }, t('syntheticBanner'));
  return data ? null : el('p', { class: 'muted monthly-none' }, t('monthlyNoneImported'));
}

/** data: 'real' or 'synthetic' (from incidentSource). */
export function monthlyBlock(placeId, { printable = false, data = 'real' } = {}) {
  const id = `monthly-radius-${placeId}`;
  const radius = el('select', { id, class: 'monthly-radius' },
    RADII.map((r) => el('option', { value: r, selected: r === '200' }, `${r} m`)));
  const out = el('div', { class: 'monthly-out' });
  const msg = el('p', { class: 'msg', hidden: true });
  const block = el('section', { class: 'monthly', 'data-place': placeId },
    el('div', { class: 'monthly-head' }, el('h4', {}, t('monthly')),
      printable ? null : el('span', { class: 'field-inline' }, el('label', { for: id }, t('monthlyRadius')), ' ', radius)),
    msg, out);

  async function load() {
    message(msg, 'info', t('loading'));
    try {
      const answer = await api.placeMonthly(placeId, { radius: radius.value, data });
      message(msg, 'info', '');
      block.classList.toggle('synthetic', Boolean(answer.synthetic));
      block.dataset.total = answer.total;
      clear(out,
        el('p', { class: 'small monthly-total' }, t('monthlyTotal', fmtNumber(answer.total), fmtNumber(answer.parameters.radiusMeters))),
        answer.months.length ? countChart({
          id: `monthly-${placeId}`, title: `${t('monthly')} · ${answer.placeName ?? ''}`, answer,
          labels: answer.months.map((m) => m.month),
          series: [{ label: t('count'), data: answer.months.map((m) => m.count), color: '#0072B2' }],
        }) : [syntheticFlag(answer), el('p', { class: 'muted' }, t(data === 'real' ? 'noIncidentsReal' : 'noIncidents'))]);
    } catch (error) {
      clear(out);
      message(msg, 'error', t('loadFailed', error.message));
    }
    block.dataset.loaded = 'true';
  }
  radius.addEventListener('change', load);
  load();
  return block;
}
