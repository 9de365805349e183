// Small form helpers shared by the editors: labelled fields, and the save step that keeps what was typed
// when the server says no (the reason from problem+json shown; a 409 offers to save over the newer version).
import { el, message } from './dom.js';
import { t } from './i18n.js';

let n = 0;

export function field(labelText, control) {
  n += 1;
  control.id = control.id || `f-${n}`;
  return el('div', { class: 'field' }, el('label', { for: control.id }, labelText), control);
}

export function input(name, value, attrs = {}) {
  return el('input', { name, value: value ?? '', ...attrs });
}

export function textarea(name, value, rows = 3) {
  const area = el('textarea', { name, rows });
  area.value = value ?? '';
  return area;
}

export function selectOf(name, options, value, { empty = true } = {}) {
  return el('select', { name },
    empty ? el('option', { value: '' }, '–') : null,
    options.map(([v, text]) => el('option', { value: v, selected: String(v) === String(value ?? '') }, text)));
}

/**
 * Runs save(version) and reports into msg. On 409 (stale version) the form keeps its values and a button
 * saves them over the current version; on any other refusal the server's reason is shown.
 */
export async function saveWithFeedback(msg, button, save, version, onDone) {
  button.disabled = true;
  message(msg, 'info', t('loading'));
  try {
    const result = await save(version);
    message(msg, 'ok', t('saved'));
    onDone?.(result);
  } catch (error) {
    message(msg, 'error', error.status === 409 && error.currentVersion != null
      ? t('conflict', error.currentVersion) : t('saveFailed', error.message));
    if (error.status === 409 && error.currentVersion != null) {
      msg.append(' ', el('button', {
        type: 'button', class: 'secondary',
        onclick: () => saveWithFeedback(msg, button, save, error.currentVersion, onDone),
      }, t('save')));
    }
    if (error.field) {
      const bad = button.form?.querySelector(`[name="${CSS.escape(error.field)}"]`);
      bad?.setAttribute('aria-invalid', 'true');
      bad?.focus();
    }
  } finally {
    button.disabled = false;
  }
}
