// "Importera händelser" (polis, admin): a file of incidents (csv | polisen-json | police-uk) in, the import
// report out: rows read, new, duplicates, rejected with their line numbers, and how many have only an area's
// centre as position (polisen.se), which hot spots leave out. Afterwards the analysis shows the real data.
import { el, clear, message } from './dom.js';
import { t, fmtNumber } from './i18n.js';
import * as api from './api.js';
import { openDialog } from './dialog.js';
import './texts-import.js';

const FORMATS = ['csv', 'polisen-json', 'police-uk'];

function report(r) {
  const row = (key, value, name) => el('div', {}, el('dt', {}, t(key)), el('dd', { 'data-count': name }, fmtNumber(value ?? 0)));
  const errors = r.errors ?? [];
  return el('section', { class: 'incident-report', id: 'incident-report' },
    el('h3', {}, t('reportTitle')),
    el('dl', { class: 'import-counts' },
      row('rRead', r.rowsRead, 'rowsRead'), row('rInserted', r.inserted, 'inserted'),
      row('rDuplicates', r.duplicates, 'duplicates'), row('rRejected', r.rejected, 'rejected'),
      row('rImprecise', r.impreciseStored, 'impreciseStored')),
    r.impreciseStored ? el('p', { class: 'note-imprecise', role: 'note' }, t('impreciseNote', fmtNumber(r.impreciseStored))) : null,
    errors.length ? el('div', { class: 'table-scroll' }, el('table', { class: 'import-table', id: 'incident-errors' },
      el('caption', {}, t('badRows')),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, t('line')), el('th', { scope: 'col' }, t('reason')))),
      el('tbody', {}, errors.map((e) => el('tr', { 'data-line': e.line },
        el('td', {}, String(e.line)), el('td', {}, e.message ?? '')))))) : null,
    r.errorsTruncated ? el('p', { class: 'muted' }, t('errorsTruncated')) : null);
}

/** ctx.onImported(report): after a stored import (the analysis switches to real data). */
export function openIncidentImport(ctx) {
  const { body, dialog } = openDialog('incident-import', t('importIncidents'));
  const file = el('input', { id: 'incident-file', name: 'file', type: 'file', required: true,
    accept: '.csv,.json,text/csv,application/json' });
  const format = el('select', { id: 'incident-format', name: 'format' },
    FORMATS.map((f) => el('option', { value: f }, t(`format-${f}`))));
  const source = el('input', { id: 'incident-source', name: 'source', maxlength: 100, autocomplete: 'off' });
  const note = el('p', { class: 'note-imprecise', id: 'polisen-note', role: 'note', hidden: true }, t('polisenNote'));
  format.addEventListener('change', () => { note.hidden = format.value !== 'polisen-json'; });
  const submit = el('button', { type: 'submit', class: 'primary', id: 'incident-submit' }, t('doImport'));
  const msg = el('p', { class: 'msg', id: 'incident-msg', hidden: true });
  const output = el('div', { id: 'incident-output', 'aria-live': 'polite' });
  const form = el('form', { class: 'import-form', id: 'incident-form', novalidate: true },
    el('p', { class: 'muted' }, t('incidentIntro')),
    el('div', { class: 'field' }, el('label', { for: 'incident-format' }, t('format')), format), note,
    el('div', { class: 'field' }, el('label', { for: 'incident-file' }, t('incidentFile')), file),
    el('div', { class: 'field' }, el('label', { for: 'incident-source' }, t('source')), source),
    el('div', { class: 'actions' }, submit), msg);
  body.append(form, output);
  [file, format, source].forEach((c) => c.addEventListener('change', () => c.removeAttribute('aria-invalid')));

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    if (!file.files[0]) {
      message(msg, 'error', t('chooseIncidentFile'));
      file.setAttribute('aria-invalid', 'true');
      file.focus();
      return;
    }
    submit.disabled = true;
    message(msg, 'info', t('importing'));
    try {
      const r = await api.importIncidents({ file: file.files[0], format: format.value, source: source.value.trim() });
      message(msg, 'ok', t('incidentDone'));
      clear(output, report(r),
        el('div', { class: 'actions' }, el('button', {
          type: 'button', class: 'secondary', id: 'incident-show-analysis', onclick: () => dialog.close(),
        }, t('showAnalysis'))));
      if (r.inserted > 0 || r.duplicates > 0) ctx.onImported?.(r);
    } catch (error) {
      message(msg, 'error', t('saveFailed', error.problem?.detail ?? error.message));
      const bad = { file, format, source }[error.field];
      if (bad) { bad.setAttribute('aria-invalid', 'true'); bad.focus(); }
    } finally {
      submit.disabled = false;
    }
  });
}
