// The target page (target.html?id=…): the target and its year, the timeline of assessments, the incident trend
// with the target year marked, the measures at the place with their status, and what is left before the
// target year. Prints to A4 like the review. Whoever may assess (the target's "actions") gets the form.
import { el, clear, message } from './dom.js';
import { t, label, fmtDate, fmtNumber, translatePage, currentLang } from './i18n.js';
import { api, getMe, listMeasures } from './api.js';
import { may, can } from './perms.js';
import { statusSymbol } from './status.js';
import { incidentSource } from './monthly.js';
import { assessmentEntry, getAssessments, addAssessment, trendBlock } from './targetblocks.js';
import './texts-target.js';
import './texts-work.js';

translatePage();
const main = document.getElementById('target');
const id = new URLSearchParams(window.location.search).get('id');

const CLASSIFICATIONS = {
  'ÖDS': ['ÖDS', 'inte ÖDS'],
  'utsatt område': ['särskilt utsatt område', 'utsatt område', 'riskområde', 'inte klassat'],
  'särskilt utsatt område': ['särskilt utsatt område', 'utsatt område', 'riskområde', 'inte klassat'],
  riskområde: ['särskilt utsatt område', 'utsatt område', 'riskområde', 'inte klassat'],
};
const NOT_LEFT = new Set(['done', 'removed']);

function yearLine(p) {
  if (p.targetYear == null) return t('targetNoTargetYear');
  return p.yearsLeft < 0 ? t('targetYearPassed', p.targetYear) : `${t('targetYearIs', p.targetYear)} · ${t('targetYearsLeft', p.yearsLeft)}`;
}

function field(labelText, input) {
  return el('label', { class: 'field' }, el('span', {}, labelText), input);
}

/** The form appends; nothing here edits or deletes an earlier assessment (the API has no way to). */
function assessForm(target, onSaved) {
  const p = target.properties;
  const today = new Date().toISOString().slice(0, 10);
  const date = el('input', { type: 'date', name: 'date', value: today, max: today, required: true });
  const by = el('input', { type: 'text', name: 'assessedBy', required: true, maxlength: 200 });
  const options = CLASSIFICATIONS[p.kind];
  const classification = options ? el('select', { name: 'classification' }, options.map((c) => el('option', { value: c }, c))) : null;
  const text = el('textarea', { name: 'text', rows: 3, maxlength: 8000 });
  const restricted = may(p, 'restrictedAssess');
  const policeNote = restricted ? el('textarea', { name: 'policeNote', rows: 2, maxlength: 8000 }) : null;
  const sourceName = el('input', { type: 'text', name: 'sourceName', maxlength: 500 });
  const sourceDate = el('input', { type: 'date', name: 'sourceDate' });
  const iName = el('input', { type: 'text', name: 'indicatorName', maxlength: 200 });
  const iUnit = el('input', { type: 'text', name: 'indicatorUnit', maxlength: 50 });
  const iValue = el('input', { type: 'number', name: 'indicatorValue', step: 'any' });
  const iRestricted = restricted ? el('input', { type: 'checkbox', name: 'indicatorRestricted' }) : null;
  const msg = el('p', { class: 'msg', hidden: true, 'aria-live': 'polite' });
  const form = el('form', { class: 'assess-form no-print', id: 'assess-form' },
    el('h3', {}, t('assessAdd')),
    el('p', { class: 'muted small' }, t('assessAppendOnly')),
    field(t('assessDate'), date), field(t('assessedBy'), by),
    classification ? field(t('assessClassification'), classification) : null,
    field(t('assessText'), text), policeNote ? field(t('assessPoliceNote'), policeNote) : null,
    el('fieldset', {}, el('legend', {}, t('indicators')), field(t('assessIndicatorName'), iName),
      field(t('assessIndicatorUnit'), iUnit), field(t('assessIndicatorValue'), iValue),
      iRestricted ? el('label', { class: 'field-inline' }, iRestricted, ' ', t('indicatorPoliceOnly')) : null),
    field(t('assessSourceName'), sourceName), field(t('assessSourceDate'), sourceDate),
    el('button', { type: 'submit' }, t('assessSave')), msg);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = {
      date: date.value, assessedBy: by.value, classification: classification?.value, text: text.value,
      policeNote: policeNote?.value || undefined,
      indicators: iName.value ? [{ name: iName.value, unit: iUnit.value, value: Number(iValue.value), restricted: Boolean(iRestricted?.checked) }] : [],
      source: sourceName.value || sourceDate.value ? { name: sourceName.value, date: sourceDate.value || undefined } : undefined,
    };
    try {
      await addAssessment(p.id, body);
      message(msg, 'ok', t('assessSaved'));
      onSaved();
    } catch (error) {
      message(msg, 'error', error.message);
    }
  });
  return form;
}

/** Each indicator's values over the assessments, oldest first: rows by name (and unit), columns by date. */
function indicatorTable(assessments) {
  const withValues = assessments.filter((a) => a.indicators?.length);
  if (!withValues.length) return null;
  const names = [...new Set(withValues.flatMap((a) => a.indicators.map((i) => `${i.name}|${i.unit ?? ''}`)))];
  return el('section', { class: 'target-indicators review-target' },
    el('h3', {}, t('indicators')),
    el('div', { class: 'table-scroll' }, el('table', { class: 'indicator-table' },
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, ''), withValues.map((a) => el('th', { scope: 'col' }, fmtDate(a.to))))),
      el('tbody', {}, names.map((key) => {
        const [name, unit] = key.split('|');
        const policeOnly = withValues.some((a) => a.indicators.some((i) => `${i.name}|${i.unit ?? ''}` === key && i.restricted));
        return el('tr', { 'data-indicator': name, class: policeOnly ? 'police-only' : null },
          el('th', { scope: 'row' }, unit ? `${name} (${unit})` : name, policeOnly ? ` (${t('indicatorPoliceOnly')})` : ''),
          withValues.map((a) => el('td', {}, fmtNumber(a.indicators.find((i) => `${i.name}|${i.unit ?? ''}` === key)?.value))));
      })))));
}

async function render() {
  const [me, target] = await Promise.all([getMe(), api(`/api/targets/${encodeURIComponent(id)}`)]);
  const p = target.properties;
  document.title = `${p.name} – ${t('viewTarget')} – Platsläge`;
  document.getElementById('printed').textContent = `${t('printedAt', fmtDate(new Date().toISOString()))} · ${me.displayName ?? me.username}`;
  const [assessments, measures] = await Promise.all([getAssessments(p.id),
    p.place != null ? listMeasures({ place: p.place }) : Promise.resolve({ features: [] })]);
  const data = can(me, 'readIncidents') ? (await incidentSource()) ?? 'real' : 'real';
  const items = measures.features;
  const left = items.filter((m) => !NOT_LEFT.has(m.properties.status));
  const timeline = el('section', { class: 'target-assessments review-target' },
    el('h3', {}, t('assessments')),
    assessments.length ? el('ol', { class: 'assessment-timeline' }, [...assessments].reverse().map(assessmentEntry))
      : el('p', { class: 'muted' }, t('assessmentNone')));
  clear(main,
    el('section', { class: 'target-head review-target', 'data-id': p.id },
      el('h2', { id: 'target-name' }, p.name, ' — ', el('span', { class: 'target-badge' }, p.kind)),
      el('p', { class: 'target-year' }, yearLine(p)),
      p.latestAssessment ? el('p', {}, el('strong', {}, `${t('assessmentLatest')}: `),
        `${p.latestAssessment.classificationLabel ?? t('assessmentPlanGoal')}, ${fmtDate(p.latestAssessment.to)}`) : null,
      // The loader's notes on reading the plan (in English, for whoever checks the data): on the screen on request,
      // never on the police's print-out.
      p.notes ? el('details', { class: 'target-notes no-print muted small' }, el('summary', {}, t('targetNotes')), el('p', {}, p.notes)) : null),
    trendBlock(p.id, { data }),
    timeline,
    indicatorTable(assessments),
    el('section', { class: 'target-measures review-target' },
      el('h3', {}, t('linkedMeasures')),
      items.length ? el('ul', { class: 'review-measures' }, items.map((m) => {
        const mp = m.properties;
        return el('li', { 'data-id': m.id, 'data-status': mp.status }, statusSymbol(mp.status, 18), ' ',
          el('strong', {}, label('category', mp.category)), ': ', mp.description ?? '',
          el('div', { class: 'muted small' }, [label('status', mp.status), mp.timing, mp.responsible,
            mp.latestFollowUp?.date ? fmtDate(mp.latestFollowUp.date) : null].filter(Boolean).join(' · ')));
      })) : el('p', { class: 'muted' }, t('linkedNone')),
      p.targetYear != null ? el('p', { class: 'left-to-do' }, el('strong', {}, `${t('leftToDo')}: `),
        `${yearLine(p)}. ${t('leftToDoText', left.length, items.length)}`) : null),
    may(p, 'assess') ? assessForm(target, render) : null);
  document.body.dataset.loaded = 'true';
}

try {
  if (!id) throw new Error('?id= is missing');
  await render();
} catch (error) {
  main.replaceChildren(el('p', { class: 'msg msg-error', role: 'alert' }, t('loadFailed', error.message)));
  document.body.dataset.loaded = 'true';
}
document.getElementById('print-button').addEventListener('click', () => window.print());
document.documentElement.lang = currentLang();
