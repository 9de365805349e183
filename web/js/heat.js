// The heat view: the server's kernel density raster (quartic kernel, incidents per km², EPSG:3006 pixels
// from the south-west) painted on a canvas and laid over the map as an image. The raster is in SWEREF 99 TM
// and the overlay spans its WGS84 bounds, so its edges lean a few metres at most: fine for a heat view.
import { el, svg } from './dom.js';
import { t, fmtNumber } from './i18n.js';
import './texts-analysis.js';

// A sequential ramp (ColorBrewer YlOrRd, 5 steps): light = low, dark = high, readable without hue.
const RAMP = [[255, 255, 178], [254, 204, 92], [253, 141, 60], [240, 59, 32], [189, 0, 38]];

function colour(v) {
  const x = Math.min(Math.max(v, 0), 1) * (RAMP.length - 1);
  const i = Math.min(Math.floor(x), RAMP.length - 2);
  const f = x - i;
  return RAMP[i].map((c, k) => Math.round(c + (RAMP[i + 1][k] - c) * f));
}

/** The raster as an image overlay, or null when it is empty. Values below 2 % of the maximum stay clear. */
export function heatLayer(raster, pane) {
  if (!raster.values?.length || !raster.max) return null;
  const { columns, rows, values, max } = raster;
  const canvas = document.createElement('canvas');
  canvas.width = columns;
  canvas.height = rows;
  const ctx = canvas.getContext('2d');
  const image = ctx.createImageData(columns, rows);
  for (let r = 0; r < rows; r += 1) {
    for (let c = 0; c < columns; c += 1) {
      const v = values[r * columns + c] / max;
      if (v < 0.02) continue;
      const o = ((rows - 1 - r) * columns + c) * 4; // row 0 is the southernmost: the image's last line
      const [red, green, blue] = colour(Math.sqrt(v));
      image.data[o] = red;
      image.data[o + 1] = green;
      image.data[o + 2] = blue;
      image.data[o + 3] = Math.round(90 + 140 * Math.sqrt(v));
    }
  }
  ctx.putImageData(image, 0, 0);
  const [w, s, e, n] = raster.boundsWgs84;
  return L.imageOverlay(canvas.toDataURL('image/png'), [[s, w], [n, e]], {
    pane, className: 'heat-overlay', opacity: 0.8, alt: t('layerHeat'), interactive: false,
  });
}

export function heatLegend(raster) {
  const stops = RAMP.map((rgb, i) => svg('rect', {
    x: i * 24, y: 0, width: 24, height: 14, fill: `rgb(${rgb.join(',')})`,
  }));
  return el('div', { class: 'analysis-legend', id: 'heat-legend' },
    el('h3', {}, t('heatLegend')),
    el('div', { class: 'ramp' },
      el('span', {}, '0'),
      svg('svg', { width: 120, height: 14, viewBox: '0 0 120 14', 'aria-hidden': 'true' }, ...stops),
      el('span', {}, fmtNumber(Math.round(raster.max ?? 0)))));
}
