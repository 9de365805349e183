// Coverage: hot cells with no physical or police measure within the distance, drawn as thick dashed
// outlines over the grid, and measures standing outside every hot spot, marked with a warning triangle.
// Shape and symbol, not colour alone, tell the two apart; the legend shows both.
import { el, svg } from './dom.js';
import { t, label } from './i18n.js';
import { cellText } from './hotspots.js';
import './texts-analysis.js';

function triangle(size = 22) {
  return svg('svg', { width: size, height: size, viewBox: '0 0 24 24', 'aria-hidden': 'true', class: 'cov-triangle' },
    svg('path', { d: 'M12 2.5L22.5 21H1.5z', class: 'cov-triangle-bg' }),
    svg('path', { d: 'M12 9v5.5M12 17.2v.6', class: 'cov-triangle-mark' }));
}

export function coverageLayer(collection, pane, onMeasure) {
  const distance = collection.parameters?.distanceMeters;
  return L.geoJSON(collection, {
    pane,
    style: (f) => (f.properties.layer === 'uncovered-hot-cell'
      ? { className: 'cov-uncovered', pane, color: '#000', weight: 1.6, dashArray: '4 3', fill: false }
      : { className: 'cov-outside', pane, color: '#6a3d9a', weight: 3, dashArray: '2 4', fillOpacity: 0.1 }),
    pointToLayer: (f, latlng) => L.marker(latlng, {
      pane: 'markerPane',
      icon: L.divIcon({ className: 'cov-outside-marker', iconSize: [22, 22], html: triangle() }),
      title: `${t('covOutside')}: ${f.properties.description ?? ''}`.slice(0, 200),
      keyboard: true,
    }),
    onEachFeature: (f, layer) => {
      const p = f.properties;
      const text = p.layer === 'uncovered-hot-cell'
        ? [t('covUncovered', distance ?? ''), el('br'), cellText(p)]
        : [t('covOutside'), el('br'), el('strong', {}, p.description ?? ''), el('br'),
          [label('category', p.category), label('status', p.status), p.placeName].filter(Boolean).join(' · ')];
      layer.bindTooltip(el('span', {}, text), { sticky: p.layer === 'uncovered-hot-cell', className: 'hs-tip' });
      if (p.measureId != null && onMeasure) layer.on('click', () => onMeasure(p.measureId));
    },
  });
}

export function coverageLegend(collection) {
  const s = collection.summary ?? {};
  return el('div', { class: 'analysis-legend', id: 'coverage-legend' },
    el('ul', { class: 'legend-list' },
      el('li', { 'data-layer': 'uncovered-hot-cell' },
        svg('svg', { width: 22, height: 16, viewBox: '0 0 22 16', 'aria-hidden': 'true' },
          svg('rect', { x: 2, y: 2, width: 18, height: 12, class: 'legend-uncovered' })),
        ' ', t('covUncovered', collection.parameters?.distanceMeters ?? ''), ` (${s.uncoveredHotCells ?? 0})`),
      el('li', { 'data-layer': 'measure-outside-hot-spots' }, triangle(18), ' ', t('covOutside'),
        ` (${s.measuresOutsideHotSpots ?? 0})`)));
}
