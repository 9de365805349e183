// The follow-up meeting: go through one plan's measures in order, set status and a note for each, saved
// as a follow-up dated with the meeting's date. The place of each measure is shown on the map.
import { el, clear } from './dom.js';
import { t, label, fmtNumber } from './i18n.js';
import { listMeasures } from './api.js';
import { statusSymbol } from './status.js';
import { followUpForm, renderFollowUps } from './followup.js';
import * as state from './state.js';

export function renderMeeting(container, ctx) {
  const plans = ctx.plans().filter((p) => ctx.canEdit(p.district));
  const plan = el('select', { id: 'meeting-plan' },
    plans.map((p) => el('option', { value: p.code, selected: p.code === state.get('plan') }, p.title)));
  const date = el('input', { id: 'meeting-date', type: 'date', value: new Date().toISOString().slice(0, 10) });
  const stage = el('div', { class: 'meeting-stage', 'aria-live': 'polite' });
  const start = el('button', { type: 'button', class: 'primary', id: 'meeting-start' }, t('meetingStart'));
  clear(container,
    el('h2', { class: 'panel-title' }, t('viewMeeting')),
    el('div', { class: 'field' }, el('label', { for: 'meeting-plan' }, t('meetingPick')), plan),
    el('div', { class: 'field' }, el('label', { for: 'meeting-date' }, t('date')), date),
    start, stage);

  let measures = [];
  let index = 0;

  function show() {
    if (index >= measures.length) {
      clear(stage, el('p', { class: 'msg msg-ok', role: 'status' }, t('meetingDone')));
      ctx.refresh();
      return;
    }
    const f = measures[index];
    const p = f.properties;
    const history = el('ul', { class: 'followups', 'aria-label': t('followUps') });
    clear(stage,
      el('p', { class: 'meeting-progress' }, t('meetingOf', fmtNumber(index + 1), fmtNumber(measures.length))),
      el('article', { class: 'measure-card', 'data-id': f.id },
        el('h3', {}, statusSymbol(p.status, 20), ' ', p.description ?? ''),
        el('p', { class: 'muted' }, [label('status', p.status), p.placeName, p.responsible, p.timing].filter(Boolean).join(' · ')),
        p.operationalGoal ? el('p', {}, `${t('goal')}: `, p.operationalGoal) : null,
        el('h4', {}, t('followUps')), history,
        followUpForm(f, {
          submitLabel: `${t('save')} → ${t('next')}`,
          getDate: () => date.value,
          onSaved: () => { index += 1; show(); },
        })),
      el('div', { class: 'actions' },
        el('button', { type: 'button', class: 'secondary', disabled: index === 0, onclick: () => { index -= 1; show(); } }, t('prev')),
        el('button', { type: 'button', class: 'secondary', onclick: () => { index += 1; show(); } }, t('skip'))));
    renderFollowUps(history, f.id);
    ctx.focusMeasure(f);
    stage.querySelector('input[type=radio]')?.focus();
  }

  start.addEventListener('click', async () => {
    clear(stage, el('p', { class: 'loading' }, t('loading')));
    try {
      const filters = { ...state.filters(), plan: plan.value };
      delete filters.status;
      measures = [...(await listMeasures(filters)).features]
        .sort((a, b) => (a.properties.ref ?? '').localeCompare(b.properties.ref ?? '', 'sv', { numeric: true }));
      index = 0;
      show();
    } catch (error) {
      clear(stage, el('p', { class: 'msg msg-error', role: 'alert' }, t('loadFailed', error.message)));
    }
  });
}
