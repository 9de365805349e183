// The plan view: a plan's Sammanställning (GET /api/plans/{id}/summary, the count table of the plan document:
// problems, causes and measures per priority area) with the status chart of its measures beside it, and the
// plan's exports and import one click away. The plan starts as plans.js's planFor() chooses.
import { el, clear, message } from './dom.js';
import { t, fmtNumber } from './i18n.js';
import { planSummary, listTargets } from './api.js';
import { targetLabel } from './layers.js';
import { assessmentLine } from './targetblocks.js';
import * as state from './state.js';
import { renderChart } from './statuschart.js';
import { renderExports } from './exports.js';
import { planFor } from './plans.js';
import './texts-work.js';

/** The summary's measures as list features (properties.priorityArea, .status), for the status chart. */
export function summaryMeasures(summary) {
  return summary.areas.flatMap((area) => area.items.flatMap((problem) => [
    ...problem.causes.flatMap((c) => c.measures), ...problem.measuresWithoutCause,
  ].map((m) => ({ id: m.id, properties: { status: m.status, priorityArea: area.area, priorityAreaName: area.name } }))));
}

function summaryTable(summary) {
  const row = (r, total) => el('tr', { 'data-area': r.area ?? 'total', class: total ? 'total' : null },
    el('th', { scope: 'row' }, total ? t('planTotal') : `${r.area}. ${r.name ?? ''}`),
    el('td', {}, fmtNumber(r.problems)), el('td', {}, fmtNumber(r.causes)), el('td', {}, fmtNumber(r.measures)));
  return el('table', { class: 'summary-table', id: 'plan-summary' },
    el('caption', {}, t('planSummary')),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, t('priorityArea')), el('th', { scope: 'col' }, t('planProblems')),
      el('th', { scope: 'col' }, t('planCauses')), el('th', { scope: 'col' }, t('planMeasures')))),
    el('tbody', {}, summary.sammanstallning.map((r) => row(r, false))),
    el('tfoot', {}, row(summary.total, true)));
}

function printedNote(summary) {
  if (summary.matchesPrinted == null) return null;
  if (summary.matchesPrinted) return el('p', { class: 'muted small', id: 'plan-printed' }, t('planMatchesPrinted'));
  const printed = summary.sammanstallningAsPrinted.map((r) => `${r.area}: ${r.problems}/${r.causes}/${r.measures}`).join(', ');
  return el('p', { class: 'msg msg-info small', id: 'plan-printed' }, t('planDiffersPrinted', printed));
}

/** ctx: plans(), me, canImport, openImport(), districts. Returns {render()} to call when plans or filters change. */
export function createPlanView(container, ctx) {
  const pick = el('select', { id: 'plan-view-plan' });
  const msg = el('p', { class: 'msg', hidden: true });
  const table = el('div', { class: 'plan-summary' });
  const chart = el('section', { id: 'chart-section', class: 'plan-chart', 'aria-label': t('planStatus') });
  const exports = el('section', { id: 'export-section', class: 'plan-exports', 'aria-labelledby': 'export-title' });
  const targets = el('section', { id: 'plan-targets', class: 'plan-targets' });
  let generation = 0;

  async function load() {
    const mine = ++generation;
    message(msg, 'info', t('loading'));
    try {
      const summary = await planSummary(pick.value);
      if (mine !== generation) return;
      message(msg, 'info', '');
      clear(table, summaryTable(summary), printedNote(summary));
      renderChart(chart, { features: summaryMeasures(summary) }, { title: t('planStatus') });
      const planTargets = await listTargets({ plan: pick.value });
      if (mine !== generation) return;
      clear(targets, planTargets.features.length ? [el('h3', {}, t('viewTarget')), el('ul', {}, planTargets.features.map((f) =>
        el('li', { 'data-id': f.id }, el('a', { href: `/target.html?id=${encodeURIComponent(f.id)}`, class: 'target-page-link' },
          `${f.properties.name} — ${targetLabel(f.properties)}`),
        f.properties.latestAssessment ? el('div', { class: 'muted small' }, t('reviewLatest', assessmentLine(f.properties.latestAssessment))) : null)))] : null);
    } catch (error) {
      message(msg, 'error', t('loadFailed', error.message));
    }
    renderExports(exports, ctx.plans(), { plan: pick.value, fixed: true });
  }
  pick.addEventListener('change', load);

  function render() {
    const plans = ctx.plans();
    const chosen = planFor(plans, { plan: state.get('plan'), district: state.get('district'), mine: ctx.me.districts ?? [] });
    clear(pick, plans.map((p) => el('option', { value: p.code, selected: p === chosen }, p.title)));
    clear(container,
      el('h2', { class: 'panel-title', id: 'plan-title' }, t('tabPlan')),
      plans.length ? el('div', { class: 'field' }, el('label', { for: 'plan-view-plan' }, t('planPick')), pick) : null,
      ctx.canImport ? el('div', { class: 'actions' },
        el('button', { type: 'button', class: 'secondary', id: 'plan-import', onclick: ctx.openImport }, t('planImport'))) : null,
      msg,
      plans.length ? el('div', { class: 'plan-grid' }, table, el('div', {}, chart, targets, exports)) : el('p', { class: 'muted' }, t('planNone')),
      plans.length ? null : exports);
    if (plans.length) load(); else renderExports(exports, plans);
  }

  render();
  return { render };
}
