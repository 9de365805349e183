// The legend, built from the same symbols as the map (status.js), so it cannot drift from the rendering.
import { el, clear, svg } from './dom.js';
import { t, label } from './i18n.js';
import { statusSymbol, STATUS_CODES } from './status.js';

export function renderLegend(container) {
  clear(container,
    el('h2', { class: 'panel-title' }, t('legend')),
    el('ul', { class: 'legend-list' },
      STATUS_CODES.map((code) => el('li', { 'data-status': code }, statusSymbol(code, 22), ' ', label('status', code))),
      el('li', {}, svg('svg', { width: 22, height: 22, viewBox: '0 0 24 24', 'aria-hidden': 'true' },
        svg('rect', { class: 'legend-target', x: 2, y: 2, width: 20, height: 20 })), ' ', t('legendTarget')),
      el('li', {}, svg('svg', { width: 22, height: 22, viewBox: '0 0 24 24', 'aria-hidden': 'true' },
        svg('rect', { class: 'legend-place', x: 3, y: 3, width: 18, height: 18 })), ' ', t('legendPlace')),
      el('li', { 'data-legend': 'approximate' }, svg('svg', { width: 22, height: 22, viewBox: '0 0 24 24', 'aria-hidden': 'true' },
        svg('rect', { class: 'legend-place legend-place-approximate', x: 3, y: 3, width: 18, height: 18 })), ' ', t('legendApproximate')),
      el('li', {}, svg('svg', { width: 22, height: 22, viewBox: '0 0 24 24', 'aria-hidden': 'true' },
        svg('path', { class: 'legend-district', d: 'M2 12h20' })), ' ', t('legendDistrict'))));
}
