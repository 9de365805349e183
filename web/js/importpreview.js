// The answer of POST /api/plans/import shown as it is: counts, counts per area, the warnings grouped by what
// the import had to interpret, and a table of rows (what would be, or was, created). All of it comes from a
// file somebody wrote, so every string goes in as text (dom.js), never as markup.
import { el } from './dom.js';
import { t, label, fmtDate, fmtNumber } from './i18n.js';
import './texts-import.js';

const MAX_ROWS = 300;

// The warning kinds the server sends (WarningKind); it sends the warnings in order, those to act on first.
const WARNING_KINDS = ['plan', 'place', 'structure', 'timing', 'status', 'unmatched', 'category', 'other'];

function countList(entries) {
  return el('dl', { class: 'import-counts' }, entries.filter(([, v]) => v != null).map(([key, value, name]) => el('div', {},
    el('dt', {}, t(key)), el('dd', { 'data-count': name }, fmtNumber(value)))));
}

function where(w) {
  if (w.sheet && w.row) return t('sheetRow', w.sheet, w.row);
  return w.sheet ?? w.where ?? '';
}

// A text with named parameters ({name}) from the warning's params; unknown codes fall back to the server's words.
function warningText(w) {
  const key = `pw-${w.code}`;
  const text = t(key);
  if (text === key) return w.message ?? '';
  return text.replace(/\{(\w+)\}/g, (m, name) => String(w.params?.[name] ?? ''));
}

export function warningGroups(warnings = []) {
  if (!warnings.length) return el('p', { class: 'muted', id: 'import-warnings' }, t('noWarnings'));
  const groups = new Map();
  warnings.forEach((w) => {
    const kind = WARNING_KINDS.includes(w.kind) ? w.kind : 'other';
    groups.set(kind, [...(groups.get(kind) ?? []), w]);
  });
  // action first: the server's order, kept by the Map; information folded away
  return el('section', { class: 'import-warnings', id: 'import-warnings' },
    el('h3', {}, t('warnings', fmtNumber(warnings.length))),
    [...groups.entries()].map(([kind, list]) => {
      const action = list.some((w) => w.action);
      return el('details', { class: `warn-group warn-${kind}${action ? ' warn-action' : ''}`, 'data-kind': kind,
        'data-action': String(action), open: action && list.length <= 10 },
      el('summary', {}, `${t(`warn-${kind}`)} (${fmtNumber(list.length)})`,
        action ? null : [' ', el('span', { class: 'muted small' }, t('warnInfo'))]),
      el('ul', {}, list.map((w) => el('li', { 'data-code': w.code ?? '', 'data-row': w.row ?? '' },
        el('span', { class: 'warn-where' }, where(w)), ' ', warningText(w),
        w.cell ? [' ', el('q', { class: 'warn-cell muted' }, w.cell)] : null))));
    }));
}

function guessRow(r) {
  const at = r.sheet && r.row ? t('sheetRow', r.sheet, r.row) : (r.ref ?? '');
  return el('li', {}, el('span', { class: 'warn-where' }, at), ' ', r.measure ?? '');
}

// Measures without a category, classified from their text: one line per category and word, rows folded.
function categoryGuesses(guesses = []) {
  if (!guesses.length) return null;
  const total = guesses.reduce((n, g) => n + g.count, 0);
  const what = (g) => `${label('category', g.category)}${g.type ? ` / ${label('type', g.type)}` : ''}: `;
  return el('section', { class: 'import-guesses', id: 'import-guesses' },
    el('h3', {}, t('guessTitle', fmtNumber(total))),
    el('p', { class: 'muted' }, t('guessIntro')),
    el('ul', {}, guesses.map((g) => el('li', { 'data-category': g.category, 'data-word': g.word ?? '' },
      el('details', {},
        el('summary', {}, what(g), fmtNumber(g.count), ' ', g.word ? t('guessWord', g.word) : t('guessNoWord')),
        el('ul', {}, g.rows.map(guessRow)))))));
}

// The district already has a plan for the year: say so first, and offer follow-ups to it instead.
function existingPlan(p, onUseExisting) {
  if (!p) return null;
  return el('div', { class: 'import-existing', id: 'import-existing', role: 'note' },
    el('p', {}, el('strong', {}, t('existingPlanTitle')), ' ',
      t('existingPlanText', p.title ?? '', p.code, fmtNumber(p.rowsMatched), fmtNumber(p.rows))),
    onUseExisting ? el('button', { type: 'button', class: 'secondary', id: 'import-use-existing',
      onclick: () => onUseExisting(p.code) }, t('useExisting', p.code)) : null);
}

function placeBadges(places) {
  if (!places?.length) return '';
  return places.map((p) => el('span', { class: `place-chip${p.new ? ' place-new' : ''}` },
    p.name ?? '', ' ', el('span', { class: 'badge' }, p.new ? t('placeNewBadge') : t('placeMatchedBadge'))));
}

function timingCell(r) {
  if (!r.timing) return '';
  const parsed = r.timingStart || r.timingEnd
    ? el('span', { class: 'muted small' }, `${fmtDate(r.timingStart) || '…'} – ${fmtDate(r.timingEnd) || '…'}`)
    : el('span', { class: 'badge badge-warn' }, t('notUnderstood'));
  return [el('span', {}, r.timing), el('br'), parsed];
}

function perArea(rows) {
  const areas = new Map();
  rows.forEach((r) => {
    const a = areas.get(r.area) ?? { problems: new Set(), measures: 0 };
    a.problems.add(r.problemRef ?? r.problem);
    if (r.measure != null) a.measures += 1;
    areas.set(r.area, a);
  });
  return el('table', { class: 'import-table import-areas', id: 'import-areas' },
    el('caption', {}, t('perArea')),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, t('area')), el('th', { scope: 'col' }, t('cProblems')),
      el('th', { scope: 'col' }, t('cMeasures')))),
    el('tbody', {}, [...areas.entries()].sort((a, b) => a[0] - b[0]).map(([n, a]) => el('tr', { 'data-area': n },
      el('th', { scope: 'row' }, String(n)), el('td', { 'data-problems': a.problems.size }, fmtNumber(a.problems.size)),
      el('td', {}, fmtNumber(a.measures))))));
}

function newPlanRows(rows) {
  return el('tbody', {}, rows.slice(0, MAX_ROWS).map((r) => el('tr', { class: 'import-row' },
    el('td', {}, String(r.area ?? '')),
    el('td', {}, el('span', { class: 'muted small' }, r.problemRef ?? ''), el('br'), r.problem ?? '',
      r.problemPlaces?.length ? el('div', {}, placeBadges(r.problemPlaces)) : null),
    el('td', {}, el('span', { class: 'muted small' }, r.ref ?? ''), el('br'), r.measure ?? '–'),
    el('td', {}, r.category ? label('category', r.category) : '', r.type ? ` / ${label('type', r.type)}` : '',
      r.categoryGuessed ? [' ', el('span', { class: 'badge badge-warn' }, t('guessed'))] : null),
    el('td', {}, timingCell(r)),
    el('td', {}, placeBadges(r.places)))));
}

function followUpRows(rows) {
  return el('tbody', {}, rows.slice(0, MAX_ROWS).map((r) => el('tr', { class: 'import-row' },
    el('td', {}, r.where ?? ''), el('td', {}, el('span', { class: 'muted small' }, r.ref ?? ''), el('br'), r.measure ?? ''),
    el('td', {}, fmtNumber(r.followUpsAdded?.length ?? 0)), el('td', {}, fmtNumber(r.followUpsAlreadyThere ?? 0)))));
}

function rowTable(result) {
  const rows = result.rows ?? [];
  const followUp = result.mode === 'follow-up';
  const heads = followUp ? ['area', 'measure', 'cAdded', 'cAlready']
    : ['area', 'problem', 'measure', 'category', 'timing', 'placeIds'];
  return el('section', { class: 'import-rows' },
    el('h3', {}, t('rowsTitle')),
    rows.length > MAX_ROWS ? el('p', { class: 'muted' }, t('rowsShown', fmtNumber(MAX_ROWS), fmtNumber(rows.length))) : null,
    el('div', { class: 'table-scroll', tabindex: 0, role: 'region', 'aria-label': t('rowsTitle') },
      el('table', { class: 'import-table', id: 'import-rows' },
        el('thead', {}, el('tr', {}, heads.map((h) => el('th', { scope: 'col' }, t(h))))),
        followUp ? followUpRows(rows) : newPlanRows(rows))));
}

/**
 * The preview (dryRun) or the result of an import, as one block; options.onUseExisting(planCode) when the
 * preview offers follow-ups to the district's existing plan for the year instead of a new plan.
 */
export function renderResult(result, options = {}) {
  const c = result.counts ?? {};
  const plan = result.plan ?? {};
  const followUp = result.mode === 'follow-up';
  return el('div', { class: 'import-result', 'data-mode': result.mode, 'data-dry-run': String(result.dryRun) },
    result.dryRun ? existingPlan(result.existingPlan, options.onUseExisting) : null,
    el('p', { class: 'import-plan' }, followUp ? t('followUpOf', plan.title ?? plan.code ?? '')
      : t('newPlanWillBe', plan.title ?? '', plan.code ?? '')),
    followUp
      ? countList([['cMatched', c.measuresMatched, 'measuresMatched'], ['cUnmatched', c.measuresUnmatched, 'measuresUnmatched'],
        ['cAdded', c.followUpsAdded, 'followUpsAdded'], ['cAlready', c.followUpsAlreadyThere, 'followUpsAlreadyThere']])
      : countList([['cArea', c.areas, 'areas'], ['cProblems', c.problems, 'problems'], ['cCauses', c.causes, 'causes'],
        ['cMeasures', c.measures, 'measures'], ['cFollowUps', c.followUps, 'followUps'],
        ['cPlacesMatched', c.placesMatched, 'placesMatched'], ['cPlacesCreated', c.placesCreated, 'placesCreated'],
        ['cTargets', c.targets, 'targets']]),
    followUp ? null : perArea(result.rows ?? []),
    warningGroups(result.warnings),
    categoryGuesses(result.categoryGuesses),
    rowTable(result));
}
