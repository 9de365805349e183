// The details panel: a place's chain problem → cause → measures → operational goals, and for each
// measure its follow-up history (and, for police, the police-only note). Everything from data is text.
// What may be done (follow up, edit, write the police note) is what each record's "actions" offer.
import { accuracyText } from './provenance.js';
import { el, clear } from './dom.js';
import { t, label, fmtDate } from './i18n.js';
import { listMeasures, listProblems, getPlace, listTargets } from './api.js';
import { targetLabel } from './layers.js';
import { assessmentLine } from './targetblocks.js';
import { statusSymbol } from './status.js';
import { followUpForm, renderFollowUps } from './followup.js';
import { may, can, createsIn } from './perms.js';
import { policeNoteBlock } from './policenote.js';
import { panelOpened, reveal } from './panels.js';
import './texts-work.js';
import { ratingsBlock } from './walkscores.js';
import './texts-analysis.js'; // the Utvärdera button's text; the evaluation itself loads on use

function field(name, value) {
  return value ? el('div', { class: 'kv' }, el('span', { class: 'k' }, `${name}: `), el('span', { class: 'v' }, value)) : null;
}

export function measureCard(f, ctx) {
  const p = f.properties;
  const history = el('ul', { class: 'followups', 'aria-label': t('followUps') });
  const card = el('article', { class: 'measure-card', 'data-id': f.id, 'data-status': p.status },
    el('h4', {}, statusSymbol(p.status, 20), ' ', p.description ?? ''),
    el('p', { class: 'status-line' }, el('strong', {}, label('status', p.status)),
      p.overdue ? el('span', { class: 'overdue-flag' }, ` · ${t('overdue')}`) : null),
    field(t('category'), [label('category', p.category), label('type', p.type)].filter(Boolean).join(', ')),
    field(t('goal'), p.operationalGoal),
    field(t('timing'), [p.timing, p.timingEnd ? t('due', fmtDate(p.timingEnd)) : ''].filter(Boolean).join(' · ')),
    field(t('who'), p.responsible),
    p.progressPercent != null ? field(t('progress'), `${p.progressPercent} % ${p.progressNote ?? ''}`) : null,
    policeNoteBlock('measures', { ...p, id: f.id }),
    el('h5', {}, t('followUps')), history);
  renderFollowUps(history, f.id);
  if (may(p, 'followUp')) {
    card.append(followUpForm(f, { onSaved: () => { renderFollowUps(history, f.id); ctx.refresh(); } }));
  }
  const actions = el('div', { class: 'actions' });
  if (may(p, 'edit')) {
    actions.append(el('button', { type: 'button', class: 'secondary', onclick: () => ctx.editMeasure(f) }, t('edit')));
  }
  // Evaluation needs an area: the measure's own geometry or its places' (the server says when neither has one).
  if (ctx.map && can(ctx.me, 'readIncidentAggregates') && (f.geometry || (p.places ?? []).length)) {
    const button = el('button', { type: 'button', class: 'secondary eval-button', 'aria-expanded': 'false' }, t('evaluate'));
    button.addEventListener('click', async () => {
      // The evaluation (and its charts) loads on first use: most who read a measure never open it.
      const { evaluationPanel, clearAreas } = await import('./evaluation.js');
      const open = card.querySelector('.evaluation');
      if (open) { open.remove(); clearAreas(ctx.map); } else { card.append(evaluationPanel(f, ctx.map)); }
      button.setAttribute('aria-expanded', String(!open));
    });
    actions.append(button);
  }
  if (actions.childElementCount) card.append(actions);
  return card;
}

function panel(container, title, ctx, ...body) {
  panelOpened(container);
  const heading = el('h2', { class: 'panel-title', tabindex: -1 }, title);
  clear(container,
    el('div', { class: 'panel-head' }, heading,
      // Back to where the details were opened from (panels.js restores the scroll and the focus).
      el('button', { type: 'button', class: 'close back', onclick: () => ctx.closeDetails() }, `← ${t('back')}`)),
    ...body);
  reveal(container, heading);
}

/** One measure with its place, problem and cause above it. */
export function showMeasure(container, f, ctx) {
  const p = f.properties;
  panel(container, p.placeName || t('measure'), ctx,
    el('div', { class: 'chain' },
      field(t('problem'), p.problemDescription),
      field(t('cause'), p.causeDescription),
      measureCard(f, ctx)));
}

/** A place: its problems, their causes and the measures for each cause. */
export async function showPlace(container, placeId, ctx) {
  panel(container, t('loading'), ctx, el('p', { class: 'loading' }, t('loading')));
  try {
    const [place, problems, measures, targets] = await Promise.all([
      getPlace(placeId), listProblems({ place: placeId }), listMeasures({ place: placeId }), listTargets({ place: placeId })]);
    const pp = place.properties;
    const byCause = new Map();
    const loose = [];
    measures.features.forEach((m) => {
      const key = m.properties.cause;
      if (key == null) loose.push(m); else byCause.set(key, [...(byCause.get(key) ?? []), m]);
    });
    const sections = problems.items.map((pr) => el('section', { class: 'problem', 'data-id': pr.id },
      el('h3', {}, `${t('problem')}: `, pr.description ?? ''),
      el('p', { class: 'muted small' }, `${pr.planCode ?? ''} · ${t('priorityArea')} ${pr.priorityArea ?? ''}`),
      may(pr, 'edit')
        ? el('button', { type: 'button', class: 'secondary small', onclick: () => ctx.editProblem(pr) }, t('editProblem')) : null,
      policeNoteBlock('problems', pr),
      (pr.causes ?? []).map((c) => el('div', { class: 'cause' },
        el('h4', { class: 'cause-title' }, `${t('cause')}: `, c.description ?? ''),
        (byCause.get(c.id) ?? []).map((m) => measureCard(m, ctx))))));
    const shownIds = new Set(problems.items.flatMap((pr) => (pr.causes ?? []).map((c) => c.id)));
    const others = measures.features.filter((m) => !shownIds.has(m.properties.cause));
    panel(container, pp.name ?? t('place'), ctx,
      el('p', { class: 'muted' }, [pp.kind, pp.districtName].filter(Boolean).join(' · ')),
      place.geometry ? el('p', { class: `place-accuracy${pp.approximate ? ' place-accuracy-approximate' : ''}` }, accuracyText(pp)) : null,
      pp.digitised || pp.source ? el('details', { class: 'place-provenance' }, el('summary', {}, t('howDrawn')),
        pp.digitised ? el('p', { class: 'small' }, pp.digitised) : null,
        pp.source ? el('p', { class: 'small muted' }, `${t('sourceLabel')}: `, pp.source) : null) : null,
      // The place's targets (ÖDS …): their latest assessment and the target page (issue 11).
      targets.features.map((f) => el('p', { class: 'place-target', 'data-target': f.id },
        el('strong', {}, targetLabel(f.properties)), ' · ',
        f.properties.latestAssessment ? `${t('reviewLatest', assessmentLine(f.properties.latestAssessment))} · ` : '',
        el('a', { href: `/target.html?id=${encodeURIComponent(f.id)}`, class: 'target-page-link' }, t('targetOpen')))),
      may(pp, 'edit') || createsIn(ctx.me, pp.district) ? el('div', { class: 'actions' },
        may(pp, 'edit') ? el('button', { type: 'button', class: 'secondary', onclick: () => ctx.editPlaceGeometry(place) }, t('movePlace')) : null,
        createsIn(ctx.me, pp.district) ? [
          el('button', { type: 'button', class: 'secondary', onclick: () => ctx.newMeasure({ places: [placeId] }) }, t('newMeasure')),
          el('button', { type: 'button', class: 'secondary', onclick: () => ctx.newProblem({ places: [placeId] }) }, t('newProblem'))] : null)
        : null,
      ratingsBlock(placeId),
      sections,
      others.length ? [el('h3', {}, t('measuresAtPlace')), others.map((m) => measureCard(m, ctx))] : null,
      !measures.features.length ? el('p', { class: 'muted' }, t('noPlaceData')) : null);
  } catch (error) {
    panel(container, t('place'), ctx, el('p', { class: 'msg msg-error', role: 'alert' }, t('loadFailed', error.message)));
  }
}
