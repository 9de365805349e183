// "Importera händelser" (polis, admin): a file of incidents (csv | polisen-json | police-uk) in, the import
// report out: rows read, new, duplicates, rejected with their line numbers, and how many have only an area's
// centre as position (polisen.se), which hot spots leave out. Afterwards the analysis shows the real data.
// Below the form the latest imports, each with "Ta bort import" for a file that should not have been read.
import { el, clear, message } from './dom.js';
import { t, fmtNumber, fmtDate } from './i18n.js';
import * as api from './api.js';
import { openDialog } from './dialog.js';
import './texts-import.js';

const FORMATS = ['csv', 'polisen-json', 'police-uk'];
const LATEST_IMPORTS = 10;

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
    r.errorsTruncated ? el('p', { class: 'muted' }, t('errorsTruncated')) : null,
    rowWarnings(r));
}

// Repeated ids and look-alike rows, worded by code (the server's message is the English fallback).
function rowWarnings(r) {
  const warnings = r.warnings ?? [];
  if (!warnings.length) return null;
  const total = Object.values(r.warningCounts ?? {}).reduce((a, b) => a + b, 0) || warnings.length;
  return [el('div', { class: 'table-scroll' }, el('table', { class: 'import-table', id: 'incident-warnings' },
    el('caption', {}, t('rowWarnings', fmtNumber(total))),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, t('line')), el('th', { scope: 'col' }, t('firstLine')),
      el('th', { scope: 'col' }, t('reason')))),
    el('tbody', {}, warnings.map((w) => {
      const key = `iw-${w.code}`;
      const text = t(key, String(w.firstLine));
      return el('tr', { 'data-line': w.line, 'data-code': w.code },
        el('td', {}, String(w.line)), el('td', {}, String(w.firstLine)), el('td', {}, text === key ? w.message : text));
    })))),
  r.warningsTruncated ? el('p', { class: 'muted' }, t('warningsTruncated')) : null];
}

const incidents = (n) => t(n === 1 ? 'oneIncident' : 'nIncidents', fmtNumber(n));

/** Asks before an import is deleted; resolves true only when the user chose to delete. */
function confirmDelete(batch, what) {
  return new Promise((resolve) => {
    let confirmed = false;
    const { dialog, body, close } = openDialog('incident-delete-confirm', t('deleteImportTitle'),
      { onClose: () => resolve(confirmed) });
    dialog.classList.add('confirm-dialog');
    const cancel = el('button', { type: 'button', class: 'secondary', id: 'incident-delete-no', onclick: close }, t('cancel'));
    body.append(
      el('p', {}, t('deleteImportConfirm', what, incidents(batch.inserted))),
      el('p', { class: 'muted' }, t('deleteImportKept')),
      el('div', { class: 'actions' },
        el('button', { type: 'button', class: 'danger', id: 'incident-delete-yes', onclick: () => { confirmed = true; close(); } },
          t('deleteImportDo')),
        cancel));
    // the harmless choice has the focus, so Enter does not delete
    cancel.focus();
  });
}

/** The latest imports, each with its delete button; ctx.onDeleted(answer) after a deletion. */
function latestImports(ctx) {
  const list = el('ul', { class: 'import-list', id: 'incident-imports-list' });
  const msg = el('p', { class: 'msg', id: 'incident-imports-msg', hidden: true });
  const section = el('section', { class: 'import-history', id: 'incident-imports', 'aria-labelledby': 'incident-imports-title' },
    el('h3', { id: 'incident-imports-title' }, t('latestImports')), msg, list);

  async function remove(batch, what, button) {
    if (!(await confirmDelete(batch, what))) return;
    button.disabled = true;
    message(msg, 'info', t('deletingImport'));
    try {
      const answer = await api.deleteIncidentImport(batch.id);
      message(msg, 'ok', t('importDeleted', what, incidents(answer.incidentsRemoved)));
      ctx.onDeleted?.(answer);
    } catch (error) {
      message(msg, 'error', error.status === 410
        ? t('importAlreadyDeleted', what, error.problem?.deletedBy ?? '')
        : t('saveFailed', error.problem?.detail ?? error.message));
    }
    await load();
  }

  function item(batch) {
    const what = batch.fileName || batch.source;
    const button = el('button', {
      type: 'button', class: 'secondary danger small', 'data-delete-import': batch.id,
      // The visible words start the accessible name (WCAG 2.5.3, label in name); the file says which import.
      'aria-label': `${t('deleteImport')}: ${what}`,
    }, t('deleteImport'));
    button.addEventListener('click', () => remove(batch, what, button));
    return el('li', { class: 'import-item', 'data-import': batch.id },
      el('div', { class: 'import-item-text' },
        el('span', { class: 'import-item-name' }, what,
          batch.synthetic ? [' ', el('span', { class: 'badge badge-warn' }, t('syntheticImport'))] : null),
        // the source only when the file name stands above it (synthetic batches have no file)
        el('span', { class: 'muted small' }, [batch.fileName ? batch.source : null, incidents(batch.inserted),
          `${batch.importedBy}, ${fmtDate(batch.importedAt)}`].filter(Boolean).join(' · '))),
      button);
  }

  async function load() {
    try {
      const batches = await api.listIncidentImports({ limit: LATEST_IMPORTS });
      clear(list, batches.length ? batches.map(item) : el('li', { class: 'muted', id: 'incident-imports-empty' }, t('noImports')));
    } catch (error) {
      message(msg, 'error', t('loadFailed', error.message));
    }
  }

  load();
  return { section, reload: load };
}

/**
 * ctx.onImported(report): after a stored import (the analysis switches to real data); ctx.onDeleted(answer):
 * after an import was deleted (the analysis counts again without it).
 */
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
  const history = latestImports(ctx);
  body.append(form, output, history.section);
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
      if (r.importId != null) history.reload();
    } catch (error) {
      message(msg, 'error', t('saveFailed', error.problem?.detail ?? error.message));
      const bad = { file, format, source }[error.field];
      if (bad) { bad.setAttribute('aria-invalid', 'true'); bad.focus(); }
    } finally {
      submit.disabled = false;
    }
  });
}
