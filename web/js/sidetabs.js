// The side panel's work areas as tabs (WAI-ARIA tabs pattern: arrow keys move between tabs, one tab stop):
// Åtgärder · Platser · Plan · Analys, as the role has them. The list leads; the chosen tab is in the URL
// (tab=plan), so a link opens on it. A tab's content is built the first time it is shown.
import { el, clear } from './dom.js';
import { t } from './i18n.js';
import * as state from './state.js';
import './texts-work.js';

/**
 * bar: the tablist element; tabs: [{id, text, panel (element), wide?, build?()}] in order. Returns
 * {show(id), current()}. onShow(tab) runs after a tab is shown.
 */
export function createTabs(bar, tabs, { onShow } = {}) {
  bar.setAttribute('role', 'tablist');
  bar.setAttribute('aria-label', t('tabsLabel'));
  const built = new Set();
  const buttons = new Map(tabs.map((tab) => [tab.id, el('button', {
    type: 'button', role: 'tab', id: `tab-${tab.id}`, class: 'side-tab', 'aria-controls': tab.panel.id,
    'data-tab': tab.id, onclick: () => show(tab.id, { focus: true }),
  }, tab.text)]));
  clear(bar, [...buttons.values()]);
  let active = null;

  function show(id, { focus = false } = {}) {
    const tab = tabs.find((x) => x.id === id) ?? tabs[0];
    active = tab.id;
    for (const x of tabs) {
      const on = x === tab;
      x.panel.hidden = !on;
      x.panel.setAttribute('role', 'tabpanel');
      x.panel.setAttribute('aria-labelledby', `tab-${x.id}`);
      const button = buttons.get(x.id);
      button.setAttribute('aria-selected', String(on));
      button.tabIndex = on ? 0 : -1;
      button.classList.toggle('active', on);
    }
    bar.closest('aside')?.classList.toggle('wide', Boolean(tab.wide));
    if (tab.build && !built.has(tab.id)) { built.add(tab.id); tab.build(); }
    state.set({ tab: tab.id === tabs[0].id ? '' : tab.id }, { silent: true });
    if (focus) buttons.get(tab.id).focus();
    onShow?.(tab);
  }

  bar.addEventListener('keydown', (event) => {
    const i = tabs.findIndex((x) => x.id === active);
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
    let next = null;
    if (step) next = tabs[(i + step + tabs.length) % tabs.length];
    if (event.key === 'Home') next = tabs[0];
    if (event.key === 'End') next = tabs[tabs.length - 1];
    if (!next) return;
    event.preventDefault();
    show(next.id, { focus: true });
  });

  show(state.get('tab'));
  return { show, current: () => active };
}
