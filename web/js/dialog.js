// A modal dialog (the native <dialog>: focus kept inside, Escape closes) for the wider forms that do not fit
// the side panel: the plan and incident imports with their preview tables. Full screen on a phone.
import { el, clear } from './dom.js';
import { t } from './i18n.js';

/** Opens a dialog with a title and body nodes; returns {dialog, body, close}. onClose runs once when it closes. */
export function openDialog(id, title, { onClose } = {}) {
  document.getElementById(id)?.remove();
  const heading = el('h2', { class: 'panel-title', id: `${id}-title` }, title);
  const body = el('div', { class: 'dialog-body' });
  const dialog = el('dialog', { id, class: 'app-dialog', 'aria-labelledby': `${id}-title` },
    el('div', { class: 'panel-head' }, heading,
      el('button', { type: 'button', class: 'close', 'aria-label': t('close'), onclick: () => dialog.close() }, '×')),
    body);
  dialog.addEventListener('close', () => { dialog.remove(); onClose?.(); });
  document.body.append(dialog);
  dialog.showModal();
  return { dialog, body, close: () => dialog.close(), title: (text) => clear(heading, text) };
}
