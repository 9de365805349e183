// The police-only note of a measure or a problem, for whoever the record offers "policeNote" to (police
// and admins): the note as text, and a form that replaces it (an empty text clears it). Others see
// nothing of it: the server does not send it to them.
import { el, message } from './dom.js';
import { t } from './i18n.js';
import { setPoliceNote } from './api.js';
import { may } from './perms.js';
import './texts-work.js';

let count = 0;

/** kind: 'measures' or 'problems'; record: its properties (id, policeNote, actions). Null when not offered. */
export function policeNoteBlock(kind, record) {
  if (!may(record, 'policeNote')) {
    return record.policeNote ? el('div', { class: 'police-note' }, el('strong', {}, t('policeNote')), el('p', {}, record.policeNote)) : null;
  }
  count += 1;
  const id = `police-note-${kind}-${record.id}-${count}`;
  const shown = el('p', { class: 'police-note-text' }, record.policeNote || t('policeNoteNone'));
  const text = el('textarea', { id, name: 'policeNote', rows: 2, maxlength: 8000 }, record.policeNote ?? '');
  const msg = el('p', { class: 'msg', hidden: true });
  const button = el('button', { type: 'submit', class: 'secondary' }, t('policeNoteSave'));
  const form = el('form', { class: 'police-note-form', 'data-kind': kind, 'data-id': record.id },
    el('label', { for: id }, t('policeNoteEdit')), text, el('div', { class: 'actions' }, button), msg);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    button.disabled = true;
    message(msg, 'info', t('loading'));
    try {
      const saved = await setPoliceNote(kind, record.id, text.value.trim());
      const note = (saved.properties ?? saved).policeNote;
      shown.textContent = note || t('policeNoteNone');
      record.policeNote = note;
      message(msg, 'ok', t('saved'));
    } catch (error) {
      message(msg, 'error', t('saveFailed', error.message));
    } finally {
      button.disabled = false;
    }
  });
  return el('div', { class: 'police-note' }, el('strong', {}, t('policeNote')), shown, form);
}
