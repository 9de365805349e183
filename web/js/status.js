// Status symbols: a colour from the Okabe–Ito palette (safe for the common colour-vision deficiencies) AND a
// glyph, so colour is never the only cue. The map markers, the list, the legend and the chart all use this.
import { svg } from './dom.js';

// Keep in step with .status-* in css/app.css (the stylesheet sets the colours; the CSP forbids inline styles).
export const STATUS_COLORS = {
  'planned': '#999999',
  'not-started': '#E69F00',
  'ongoing': '#56B4E9',
  'partially-done': '#F0E442',
  'done': '#009E73',
  'not-done-as-planned': '#D55E00',
  'removed': '#000000',
};

export const STATUS_CODES = Object.keys(STATUS_COLORS);

const GLYPHS = {
  'planned': { d: 'M12 6.5v5.5l3.5 2', fill: false },                       // clock hands: scheduled
  'not-started': { d: 'M8 12a4 4 0 1 0 8 0a4 4 0 1 0 -8 0', fill: false },  // empty ring
  'ongoing': { d: 'M9.5 7l7 5l-7 5z', fill: true },                         // play
  'partially-done': { d: 'M12 6.5a5.5 5.5 0 0 0 0 11z', fill: true },       // half disc
  'done': { d: 'M7 12.5l3.2 3.2L17 8.8', fill: false },                     // check
  'not-done-as-planned': { d: 'M8 8l8 8M16 8l-8 8', fill: false },          // cross
  'removed': { d: 'M7 12h10', fill: false },                                // minus
};

/** The symbol as an SVG element: a filled disc in the status colour with the status glyph on it. */
export function statusSymbol(status, size = 22) {
  const code = GLYPHS[status] ? status : 'planned';
  const glyph = GLYPHS[code];
  return svg('svg', {
    class: `status-symbol status-${code}`, width: size, height: size, viewBox: '0 0 24 24',
    'aria-hidden': 'true', focusable: 'false', 'data-status': code,
  },
  svg('circle', { class: 'status-bg', cx: 12, cy: 12, r: 10.5 }),
  svg('path', { class: glyph.fill ? 'status-glyph status-glyph-fill' : 'status-glyph', d: glyph.d }));
}
