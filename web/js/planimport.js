// "Importera plan" (strateg in their districts, admin): a workbook in the city's template becomes a new plan
// (district + year) or follow-ups of an existing plan. Förhandsgranska runs the import as a dry run and shows
// what it would create; Importera runs it for real as a background job whose progress is polled. A refusal
// shows the server's reason and leaves the chosen file and choices in the form.
import { el, clear, message } from './dom.js';
import { t, fmtNumber } from './i18n.js';
import * as api from './api.js';
import { openDialog } from './dialog.js';
import { renderResult } from './importpreview.js';
import { may, createsIn } from './perms.js';
import './texts-import.js';

const POLL_MS = 400;
const sleep = (ms) => new Promise((resolve) => { setTimeout(resolve, ms); });

/** ctx: me, districts() (GeoJSON), plans(), onImported(plan) after a real import. */
export function openPlanImport(ctx) {
  const { body, dialog } = openDialog('plan-import', t('importPlan'));
  const districts = ctx.districts().features.map((d) => d.properties).filter((d) => createsIn(ctx.me, d.code));
  const plans = ctx.plans().filter((p) => may(p, 'followUp'));

  const modeRadio = (value, text) => el('label', { class: 'radio' },
    el('input', { type: 'radio', name: 'import-mode', value, checked: value === 'new', onchange: switchMode }), ' ', text);
  const district = el('select', { id: 'import-district', name: 'district', required: true },
    districts.map((d) => el('option', { value: d.code }, d.name)));
  const year = el('input', { id: 'import-year', name: 'year', type: 'number', min: 2000, max: 2100, required: true,
    value: new Date().getFullYear() });
  const plan = el('select', { id: 'import-plan', name: 'plan' }, plans.map((p) => el('option', { value: p.code }, p.title)));
  const file = el('input', { id: 'import-file', name: 'file', type: 'file', required: true,
    accept: '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
  const newFields = el('div', { class: 'import-new' },
    el('div', { class: 'field' }, el('label', { for: 'import-district' }, t('district')), district),
    el('div', { class: 'field' }, el('label', { for: 'import-year' }, t('year')), year));
  const followFields = el('div', { class: 'import-followup', hidden: true },
    el('div', { class: 'field' }, el('label', { for: 'import-plan' }, t('plan')), plan));
  // The buttons and messages sit in a footer that stays in view while the preview is scrolled through; the
  // preview button submits the form through its form attribute.
  const previewButton = el('button', { type: 'submit', class: 'primary', id: 'import-preview', form: 'import-form' }, t('preview'));
  const importButton = el('button', { type: 'button', class: 'primary', id: 'import-run', disabled: true, onclick: runImport },
    t('doImport'));
  const msg = el('p', { class: 'msg', id: 'import-msg', hidden: true });
  const progress = el('progress', { id: 'import-progress', max: 1, value: 0, hidden: true, 'aria-label': t('importing') });
  const output = el('div', { id: 'import-output', 'aria-live': 'polite' });
  const form = el('form', { class: 'import-form', id: 'import-form', novalidate: true },
    el('p', { class: 'muted' }, t('importPlanIntro')),
    el('fieldset', { class: 'import-mode' }, el('legend', {}, t('importWhat')),
      modeRadio('new', t('importNew')), plans.length ? modeRadio('follow-up', t('importFollowUp')) : null),
    newFields, followFields,
    el('div', { class: 'field' }, el('label', { for: 'import-file' }, t('importFile')), file));
  body.append(form, output, el('div', { class: 'dialog-footer' },
    el('div', { class: 'actions' }, previewButton, importButton), msg, progress));
  let previewed = null; // the choices the shown preview was made from
  let unrecognised = 0; // rows of the shown preview the import would leave out: the user confirms those first
  let confirmed = false;

  function mode() {
    return form.querySelector('input[name=import-mode]:checked')?.value ?? 'new';
  }
  function switchMode() {
    newFields.hidden = mode() !== 'new';
    followFields.hidden = mode() === 'new';
    stale();
  }
  function choices() {
    const fields = { file: file.files[0] };
    if (mode() === 'new') Object.assign(fields, { district: district.value, year: year.value.trim() });
    else fields.plan = plan.value;
    return fields;
  }
  const same = (a, b) => a && b && Object.keys({ ...a, ...b }).every((k) => a[k] === b[k]);
  function stale() {
    form.querySelectorAll('[aria-invalid]').forEach((c) => c.removeAttribute('aria-invalid'));
    if (previewed && !same(previewed, choices())) {
      importButton.disabled = true;
      resetImportButton();
      message(msg, 'info', t('previewStale'));
    }
  }
  [district, year, plan, file].forEach((c) => c.addEventListener('change', stale));

  function refused(error) {
    message(msg, 'error', t('saveFailed', error.problem?.detail ?? error.message));
    const name = { file: 'file', district: 'district', year: 'year', plan: 'plan' }[error.field];
    const bad = name && form.querySelector(`[name="${name}"]`);
    if (bad) { bad.setAttribute('aria-invalid', 'true'); bad.focus(); }
  }

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const fields = choices();
    if (!fields.file) { refused({ field: 'file', message: t('chooseFile') }); return; }
    previewButton.disabled = true;
    importButton.disabled = true;
    message(msg, 'info', t('loading'));
    form.setAttribute('aria-busy', 'true');
    try {
      const result = await api.importPlan(fields, { dryRun: true });
      previewed = fields;
      message(msg, 'info', t('previewNothingStored'));
      const heading = el('h3', { class: 'preview-title', tabindex: -1 }, t('previewTitle'));
      clear(output, heading, renderResult(result, { onUseExisting: plans.some((p) => p.code === result.existingPlan?.code)
        ? useExisting : null }));
      unrecognised = unrecognisedRows(result);
      resetImportButton();
      // Nothing recognised: nothing to import. Some rows left out: Importera asks first (runImport).
      importButton.disabled = recognisedRows(result) === 0;
      if (importButton.disabled) message(msg, 'error', t('importNothing'));
      heading.scrollIntoView({ block: 'start' });
    } catch (error) {
      previewed = null;
      clear(output);
      refused(error);
    } finally {
      previewButton.disabled = false;
      form.removeAttribute('aria-busy');
    }
  });

  function resetImportButton() {
    confirmed = false;
    importButton.textContent = t('doImport');
  }

  // "Lägg till uppföljningar i … i stället": the same file, previewed as follow-ups of the existing plan
  function useExisting(code) {
    form.querySelector('input[name=import-mode][value=follow-up]').checked = true;
    plan.value = code;
    switchMode();
    form.requestSubmit();
  }

  async function runImport() {
    const fields = choices();
    if (!same(previewed, fields)) { stale(); return; }
    if (unrecognised > 0 && !confirmed) {
      confirmed = true;
      importButton.textContent = t('importAnyway');
      message(msg, 'warn', t('importUnrecognised', fmtNumber(unrecognised)));
      return;
    }
    previewButton.disabled = true;
    importButton.disabled = true;
    message(msg, 'info', t('importing'));
    progress.hidden = false;
    progress.removeAttribute('value'); // indeterminate until the job reports a total
    try {
      let job = await api.importPlan(fields, { async: true });
      while (job.state === 'running' && dialog.isConnected) {
        if (job.measuresTotal > 0) {
          progress.max = job.measuresTotal;
          progress.value = job.measuresStored;
          message(msg, 'info', t('progressPhase', job.phase, fmtNumber(job.measuresStored), fmtNumber(job.measuresTotal)));
        }
        await sleep(POLL_MS);
        job = await api.importJob(job.id).catch((err) => {
          if (err.status === 404) throw new Error(t('jobLost'));
          throw err;
        });
      }
      if (job.state === 'failed') {
        const p = job.problem ?? {};
        const error = new Error(p.detail ?? 'failed');
        error.problem = p;
        error.field = p.field;
        throw error;
      }
      if (job.state !== 'done') return;
      done(job.result);
    } catch (error) {
      refused(error);
      previewButton.disabled = false;
      importButton.disabled = !previewed;
    } finally {
      progress.hidden = true;
    }
  }

  /** Rows the import did not recognise: a follow-up's unmatched measures, a new plan's unmatched rows. */
  function unrecognisedRows(result) {
    if (result.mode === 'follow-up') return result.counts?.measuresUnmatched ?? 0;
    return (result.warnings ?? []).filter((w) => w.kind === 'unmatched').length;
  }

  function recognisedRows(result) {
    return result.mode === 'follow-up' ? result.counts?.measuresMatched ?? 0 : result.counts?.measures ?? 0;
  }

  function done(result) {
    const p = result.plan ?? {};
    previewed = null;
    message(msg, 'ok', result.mode === 'follow-up'
      ? t('importedFollowUps', fmtNumber(result.counts?.followUpsAdded ?? 0), p.title ?? p.code)
      : t('imported', fmtNumber(result.counts?.measures ?? 0), p.title ?? p.code));
    msg.append(' ', el('button', {
      type: 'button', class: 'secondary', id: 'import-show-plan',
      onclick: () => { dialog.close(); ctx.showPlan(p); },
    }, t('showPlan')));
    clear(output, renderResult(result));
    previewButton.disabled = false;
    ctx.onImported?.(p);
  }
}
