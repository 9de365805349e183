// Safety walks on the map page: the score layer (each rated place at its latest walk's score, in three classes
// told apart by colour and by glyph), its switch in the legend, and a place's ratings over time in its panel.
// The scores and their classes come from the server (GET /api/walks/scores, /api/walks/ratings).
import { el, clear } from './dom.js';
import { t, fmtDate } from './i18n.js';
import { api, query } from './api.js';
import './texts-field.js';

/** A Leaflet layer of score markers; onSelect(placeId) when one is tapped. */
export async function scoreLayer(district, onSelect) {
  const scores = await api(`/api/walks/scores${query({ district })}`);
  const group = L.layerGroup();
  scores.features.forEach((f) => {
    const p = f.properties;
    const [lon, lat] = f.geometry.coordinates;
    L.marker([lat, lon], {
      icon: L.divIcon({ className: '', html: '', iconSize: [26, 26] }),
      keyboard: true, title: `${p.name}: ${p.score}`, alt: `${p.name}: ${p.score}`,
    }).on('add', (e) => {
      const node = e.target.getElement();
      node.classList.add('score-marker', `score-${p.scoreClass}`);
      node.dataset.place = String(p.place);
      node.textContent = p.glyph;
    }).on('click', () => onSelect?.(p.place)).bindTooltip(`${p.name}: ${p.score} (${fmtDate(p.startsAt)})`).addTo(group);
  });
  return group;
}

/** The legend's switch for the score layer and its three classes. */
export function scoreLegend(onToggle) {
  const button = el('button', { type: 'button', id: 'score-layer-toggle', class: 'secondary score-toggle', 'aria-pressed': 'false' },
    t('scoreLayer'));
  button.addEventListener('click', () => {
    const on = button.getAttribute('aria-pressed') !== 'true';
    button.setAttribute('aria-pressed', String(on));
    onToggle(on);
  });
  return el('div', { class: 'score-legend' },
    button, el('a', { href: '/walk.html', class: 'field-link' }, t('fieldTitle')),
    el('ul', { class: 'legend-list' }, [['good', '✓', 'scoreGood'], ['fair', '!', 'scoreFair'], ['poor', '✕', 'scorePoor']]
      .map(([cls, glyph, key]) => el('li', {}, el('span', { class: `score-marker score-${cls}`, 'aria-hidden': 'true' }, glyph), ' ', t(key)))));
}

/** A place's walk scores over time, oldest first; empty (nothing shown) when no walk rated the place. */
export function ratingsBlock(placeId) {
  const block = el('section', { class: 'walk-ratings-block', hidden: true });
  api(`/api/walks/ratings${query({ place: placeId })}`).then((r) => {
    if (!r.walks.length) return;
    clear(block, el('h3', {}, t('ratingsOverTime')), el('ul', { class: 'walk-ratings' }, r.walks.map((w) => el('li', {},
      el('span', { class: `score-marker score-${w.scoreClass}`, 'aria-hidden': 'true' }, w.glyph),
      el('span', {}, `${fmtDate(w.startsAt)}: ${w.score}`), el('span', { class: 'muted small' }, w.title)))));
    block.hidden = false;
  }).catch(() => {});
  return block;
}
