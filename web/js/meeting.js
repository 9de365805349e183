// The follow-up meeting: go through one plan's measures in order, set status and a note for each, saved
// as a follow-up dated with the meeting's date. The plan starts as the filtered district's latest (plans.js);
// after each save the next measure's title and "Åtgärd N av M" are scrolled into view, and the map frames
// its place with the surroundings.
import { el, clear } from './dom.js';
import { t, label, fmtNumber } from './i18n.js';
import { listMeasures } from './api.js';
import { statusSymbol } from './status.js';
import { followUpForm, renderFollowUps } from './followup.js';
import * as state from './state.js';
import { planFor } from './plans.js';
import './texts-work.js';
import { may } from './perms.js';

export function renderMeeting(container, ctx) {
  const plans = ctx.plans().filter((p) => may(p, 'followUp'));
  const chosen = planFor(plans, { plan: state.get('plan'), district: state.get('district'), mine: ctx.me.districts ?? [] });
  const plan = el('select', { id: 'meeting-plan' },
    plans.map((p) => el('option', { value: p.code, selected: p === chosen }, p.title)));
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
      clear(stage, el('p', { class: 'msg msg-ok', role: 'status' }, measures.length ? t('meetingDone') : t('meetingEmpty')));
      ctx.refresh();
      return;
    }
    const f = measures[index];
    const p = f.properties;
    const history = el('ul', { class: 'followups', 'aria-label': t('followUps') });
    const title = el('h3', { id: 'meeting-measure-title', tabindex: -1 }, statusSymbol(p.status, 20), ' ', p.description ?? '');
    clear(stage,
      el('p', { class: 'meeting-progress' }, t('meetingOf', fmtNumber(index + 1), fmtNumber(measures.length))),
      el('article', { class: 'measure-card', 'data-id': f.id, 'aria-labelledby': 'meeting-measure-title' },
        title,
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
    ctx.frameMeasure(f);
    // The measure being discussed is what the room looks at: its number and title at the top of the view.
    stage.scrollIntoView({ block: 'start' });
    title.focus({ preventScroll: true });
  }

  start.addEventListener('click', async () => {
    clear(stage, el('p', { class: 'loading' }, t('loading')));
    try {
      // The plan decides district and year; a status filter would hide what the meeting is to go through.
      const filters = { ...state.filters(), plan: plan.value };
      delete filters.status;
      delete filters.district;
      delete filters.year;
      measures = [...(await listMeasures(filters)).features]
        .sort((a, b) => (a.properties.ref ?? '').localeCompare(b.properties.ref ?? '', 'sv', { numeric: true }));
      index = 0;
      show();
    } catch (error) {
      clear(stage, el('p', { class: 'msg msg-error', role: 'alert' }, t('loadFailed', error.message)));
    }
  });
}
