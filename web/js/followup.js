// The follow-up form (status + note, optionally the meeting date): one tap on a status, one on "Spara".
// Where the measure offers "restrictedFollowUp" (police, admins) the note can be marked restricted.
// A failed save says why (problem+json detail) and leaves the choice and the typed note in place.
import { el, message } from './dom.js';
import { t, label, fmtDate } from './i18n.js';
import { addFollowUp, followUps } from './api.js';
import { statusSymbol, STATUS_CODES } from './status.js';
import { may } from './perms.js';
import * as outbox from './outbox.js';
import './texts-work.js';
import './texts-field.js';

// Follow-ups saved on a phone without network (and their photos) wait in the outbox and go when it returns.
outbox.keepSending();

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
  // Photos of the site work, before and after: from the phone's camera, sent through the outbox.
  const photoId = `${name}-photo`;
  const photo = el('input', { id: photoId, type: 'file', accept: 'image/*', capture: 'environment', class: 'photo-input', name: 'photo' });
  const roleId = `${name}-photo-role`;
  const photoRole = el('select', { id: roleId, name: 'photoRole' },
    el('option', { value: 'after' }, t('photoAfter')), el('option', { value: 'before' }, t('photoBefore')));
  const button = el('button', { type: 'submit', class: 'primary' }, submitLabel ?? t('addFollowUp'));
  const form = el('form', { class: 'followup-form', 'data-measure': measure.id },
    el('fieldset', { class: 'chips' }, el('legend', {}, t('setStatus')), chips),
    el('label', { for: noteId }, t('note')), note,
    restricted ? el('div', { class: 'field-check' }, restricted, ' ', el('label', { for: restrictedId }, t('restrictedFollowUp'))) : null,
    withDate ? [el('label', { for: dateId }, t('date')), date] : null,
    el('div', { class: 'followup-photo' }, el('label', { for: roleId }, t('photoRole')), photoRole,
      photo, el('label', { for: photoId, class: 'photo-button' }, t('photoAdd'))),
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
    if (photo.files.length || navigator.onLine === false) {
      await saveThroughOutbox(body);
      button.disabled = false;
      return;
    }
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
  /** The follow-up and its photo as outbox items (each with its idempotency key), sent now when possible. */
  async function saveThroughOutbox(body) {
    const key = outbox.newKey();
    await outbox.enqueue({ key, kind: 'followUp', url: `/api/measures/${measure.id}/follow-ups`, json: body,
      label: label('status', body.status) });
    const file = photo.files[0];
    if (file) {
      await outbox.enqueue({ kind: 'photo', url: `/api/measures/${measure.id}/follow-ups/{parent}/photos`, file,
        fileName: file.name || 'foto.jpg', fields: { role: photoRole.value }, parentKey: key });
    }
    note.value = '';
    photo.value = '';
    if (restricted) restricted.checked = false;
    await outbox.flush();
    const waiting = (await outbox.pending()).length;
    const id = await outbox.sentId(key);
    if (id != null && waiting === 0) {
      message(msg, 'ok', t('saved'));
      onSaved?.({ id }, body);
    } else {
      message(msg, 'info', `${t('obsQueued')} ${t('waiting', waiting)}`);
    }
  }
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
      f.photos?.length ? el('div', { class: 'followup-photos' }, f.photos.map((p) => el('figure', {},
        el('a', { href: p.url, target: '_blank' }, el('img', { src: p.thumbnailUrl, alt: t(p.role === 'before' ? 'photoBefore' : 'photoAfter'), class: 'thumb' })),
        el('figcaption', {}, p.role ? t(p.role === 'before' ? 'photoBefore' : 'photoAfter') : '')))) : null,
      el('div', { class: 'muted small' }, f.recordedBy ?? ''))));
  } catch (error) {
    list.replaceChildren(el('li', { class: 'msg msg-error', role: 'alert' }, t('loadFailed', error.message)));
  }
}
