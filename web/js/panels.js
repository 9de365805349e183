// The side panels that open over the list (details, editor) are not modal, so the browser does not return
// focus for them as it does for a <dialog>. A keyboard user opens one from a list row, a map shape or a
// button; when it closes, focus goes back there instead of falling to the top of the page. Escape closes a
// panel, but never throws away what was typed: then it only moves focus to the panel's close button.

const openers = new WeakMap();

/** Call as the panel opens or shows something new: remembers what had focus outside it, and starts it clean. */
export function panelOpened(panel) {
  const active = document.activeElement;
  if (!panel.contains(active)) {
    if (active && active !== document.body) openers.set(panel, active); else openers.delete(panel);
  }
  delete panel.dataset.dirty;
}

/** Hides the panel with hide(); focus that was inside it (or lost) goes back to the element it was opened from. */
export function closePanel(panel, hide) {
  const focusInside = panel.contains(document.activeElement) || document.activeElement === document.body;
  hide();
  const opener = openers.get(panel);
  openers.delete(panel);
  if (focusInside && opener?.isConnected) opener.focus();
}

/** Escape closes the panel with close(), unless something was typed in it since it opened or last saved. */
export function closeOnEscape(panel, close) {
  panel.addEventListener('input', () => { panel.dataset.dirty = 'true'; });
  panel.addEventListener('submit', () => { delete panel.dataset.dirty; });
  panel.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || event.defaultPrevented || panel.hidden) return;
    event.preventDefault();
    if (panel.dataset.dirty) panel.querySelector('.panel-head .close')?.focus();
    else close();
  });
}
