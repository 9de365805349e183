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

export function monthlyBlock(placeId, { printable = false } = {}) {
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
      const data = state.get('data') === 'synthetic' ? 'synthetic' : 'real';
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
  }
  radius.addEventListener('change', load);
  load();
  return block;
}
