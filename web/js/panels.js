// The side panels that open over the list (details, editor) are not modal, so the browser does not return
// focus for them as it does for a <dialog>. This module is the one place that says how a panel is shown and
// left, wherever it was opened from (a list row, a map shape, the review, Mitt arbete, the keyboard):
// - reveal(): the panel is scrolled into view (the side column, or the page on a phone) and its heading
//   takes focus, so what was selected is what the user sees;
// - closePanel(): Back (the panel's button or the browser's), Escape or × puts the scroll positions back
//   and focus on the element the panel was opened from.
// Escape never throws away what was typed: then it only moves focus to the panel's close button.

// Back puts the scroll positions back itself; the browser's own restoring on popstate would undo that.
if ('scrollRestoration' in window.history) window.history.scrollRestoration = 'manual';

const openers = new WeakMap();
const returns = new WeakMap();
// Panels open with an entry of their own in the browser's history, innermost last.
const historyPanels = [];

/** Every element that scrolls and holds the panel, with its position now: what Back restores. */
function scrollPositions(panel) {
  const positions = [];
  for (let node = panel.parentElement; node; node = node.parentElement) {
    if (node.scrollHeight > node.clientHeight || node.scrollTop) positions.push([node, node.scrollTop, node.scrollLeft]);
  }
  positions.push([null, window.scrollY, window.scrollX]);
  return positions;
}

/** Call as the panel opens or shows something new: remembers what had focus outside it, and starts it clean. */
export function panelOpened(panel) {
  const active = document.activeElement;
  // Opened from outside (a row, a shape): that is where Back returns. A step inside the panel keeps it.
  if (!panel.contains(active)) {
    if (active && active !== document.body) openers.set(panel, active); else openers.delete(panel);
    returns.set(panel, scrollPositions(panel));
  }
  delete panel.dataset.dirty;
}

/**
 * Brings the (shown) panel into view with focus on its heading. The browser's Back closes it too: the panel
 * puts an entry in the history the first time it opens, and popstate closes it (see closeOnEscape).
 */
export function reveal(panel, heading = panel.querySelector('h2, h3')) {
  panel.hidden = false;
  panel.scrollIntoView({ block: 'start', inline: 'nearest' });
  if (heading) {
    if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
    heading.focus({ preventScroll: true });
  }
  if (!historyPanels.includes(panel)) {
    historyPanels.push(panel);
    window.history.pushState(window.history.state, '', window.location.href);
  }
}

/** Hides the panel with hide(); scroll and focus go back to where the user was when it opened. */
export function closePanel(panel, hide) {
  const focusInside = panel.contains(document.activeElement) || document.activeElement === document.body;
  hide();
  const at = historyPanels.indexOf(panel);
  if (at >= 0) {
    historyPanels.splice(at, 1);
    // Closed by a button or Escape: take back the history entry reveal() added, without a second close.
    skipPop += 1;
    window.history.back();
  }
  (returns.get(panel) ?? []).forEach(([node, top, left]) => {
    if (node) { node.scrollTop = top; node.scrollLeft = left; } else { window.scrollTo(left, top); }
  });
  returns.delete(panel);
  const opener = openers.get(panel);
  openers.delete(panel);
  if (focusInside && opener?.isConnected) opener.focus({ preventScroll: true });
}

let skipPop = 0;
const closers = new Map();
window.addEventListener('popstate', () => {
  if (skipPop > 0) { skipPop -= 1; return; }
  // The browser's Back: its history entry is gone already, so close without going back once more.
  const panel = historyPanels.pop();
  if (panel) closers.get(panel)?.();
});

/**
 * Escape and the browser's Back close the panel with close(). Escape keeps what was typed since the panel
 * opened or last saved: then it only moves focus to the close button.
 */
export function closeOnEscape(panel, close) {
  closers.set(panel, () => { if (!panel.hidden) close(); });
  panel.addEventListener('input', () => { panel.dataset.dirty = 'true'; });
  panel.addEventListener('submit', () => { delete panel.dataset.dirty; });
  panel.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || event.defaultPrevented || panel.hidden) return;
    event.preventDefault();
    if (panel.dataset.dirty) panel.querySelector('.panel-head .close')?.focus();
    else close();
  });
}
