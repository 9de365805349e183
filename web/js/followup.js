// The follow-up form (status + note, optionally the meeting date): one tap on a status, one on "Spara".
// Where the measure offers "restrictedFollowUp" (police, admins) the note can be marked restricted.
// A failed save says why (problem+json detail) and leaves the choice and the typed note in place.
import { el, message } from './dom.js';
import { t, label, fmtDate } from './i18n.js';
import { addFollowUp, followUps } from './api.js';
import { statusSymbol, STATUS_CODES } from './status.js';
import { may } from './perms.js';
import './texts-work.js';

let formCount = 0;

export function followUpForm(measure, { onSaved, withDate = false, submitLabel, getDate } = {}) {
  formCount += 1;
  const name = `fu-status-${measure.id}-${formCount}`;
  const p = measure.properties ?? measure;
  const chips = STATUS_CODES.map((code) => {
    const id = `${name}-${code}`;
    return el('span', { class: 'chip' },
      el('input', { type: 'radio', name, id, value: code, checked: code === p.status }),
      el('label', { for: id }, statusSymbol(code, 20), label('status', code)));
  });
  const noteId = `${name}-note`;
  const note = el('textarea', { id: noteId, name: 'text', rows: 2, maxlength: 4000 });
  const dateId = `${name}-date`;
  const date = el('input', { id: dateId, type: 'date', name: 'date', value: new Date().toISOString().slice(0, 10) });
  const restrictedId = `${name}-restricted`;
  const restricted = may(p, 'restrictedFollowUp')
    ? el('input', { id: restrictedId, type: 'checkbox', name: 'restricted', class: 'restricted-check' }) : null;
  const msg = el('p', { class: 'msg', hidden: true });
  const button = el('button', { type: 'submit', class: 'primary' }, submitLabel ?? t('addFollowUp'));
  const form = el('form', { class: 'followup-form', 'data-measure': measure.id },
    el('fieldset', { class: 'chips' }, el('legend', {}, t('setStatus')), chips),
    el('label', { for: noteId }, t('note')), note,
    restricted ? el('div', { class: 'field-check' }, restricted, ' ', el('label', { for: restrictedId }, t('restrictedFollowUp'))) : null,
    withDate ? [el('label', { for: dateId }, t('date')), date] : null,
    el('div', { class: 'actions' }, button), msg);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const chosen = form.querySelector(`input[name="${name}"]:checked`);
    const body = { status: chosen?.value, text: note.value.trim() || null };
    if (withDate && date.value) body.date = date.value;
    if (getDate?.()) body.date = getDate();
    if (restricted?.checked) body.restricted = true;
    button.disabled = true;
    message(msg, 'info', t('loading'));
    try {
      const saved = await addFollowUp(measure.id, body);
      message(msg, 'ok', t('saved'));
      note.value = '';
      if (restricted) restricted.checked = false;
      onSaved?.(saved, body);
    } catch (error) {
      message(msg, 'error', t('saveFailed', error.message));
    } finally {
      button.disabled = false;
    }
  });
  return form;
}

/** The follow-up history of a measure, newest first, loaded into the given list element. */
export async function renderFollowUps(list, measureId) {
  list.replaceChildren(el('li', { class: 'loading' }, t('loading')));
  try {
    const items = await followUps(measureId);
    list.replaceChildren();
    if (!items.length) list.append(el('li', { class: 'muted' }, t('noFollowUps')));
    [...items].reverse().forEach((f) => list.append(el('li', { class: 'followup', 'data-status': f.status },
      statusSymbol(f.status, 18),
      el('span', { class: 'fu-date' }, fmtDate(f.date)), ' ',
      el('strong', {}, label('status', f.status)),
      f.statusAsWritten ? el('span', { class: 'muted' }, ` (${f.statusAsWritten})`) : null,
      f.text ? el('div', { class: 'fu-text' }, f.text) : null,
      f.restricted ? el('div', { class: 'restricted' }, t('restricted')) : null,
      el('div', { class: 'muted small' }, f.recordedBy ?? ''))));
  } catch (error) {
    list.replaceChildren(el('li', { class: 'msg msg-error', role: 'alert' }, t('loadFailed', error.message)));
  }
}
