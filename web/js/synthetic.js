// Synthetic incidents must never pass for real ones. The server says per answer whether its data are
// synthetic; whatever shows such an answer (a map layer, a panel, a chart) carries this label. The banner
// over the map stays as long as any layer from synthetic data is on it.
import { el } from './dom.js';
import { t } from './i18n.js';
import './texts-analysis.js';

const sources = new Set();
let banner;

/** The label for a panel or chart built from a synthetic answer (null for real data). */
export function syntheticFlag(answer) {
  if (!answer?.synthetic) return null;
  return el('p', { class: 'synthetic-flag', role: 'note', title: answer.dataLabel ?? '' }, t('syntheticBanner'));
}

/** The Chart.js title for a chart from this answer: the synthetic label, drawn into the canvas itself. */
export function chartTitle(answer) {
  return answer?.synthetic ? t('syntheticBanner') : '';
}

/** Records whether the layer named source shows synthetic data, and shows or hides the map's banner. */
export function markMap(map, source, synthetic) {
  if (synthetic) sources.add(source); else sources.delete(source);
  if (!banner) {
    banner = el('div', { id: 'synthetic-banner', class: 'synthetic-banner', role: 'alert' }, t('syntheticBanner'));
    // Inside the map container, above the panes: it cannot be scrolled or panned away.
    map.getContainer().append(banner);
    L.DomEvent.disableClickPropagation(banner);
  }
  banner.hidden = sources.size === 0;
  map.getContainer().classList.toggle('map-synthetic', sources.size > 0);
}
