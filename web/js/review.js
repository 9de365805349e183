// The hot-spot review (police): ÖDS places and other targeted places, each with the police and physical
// measures at it, their status, latest follow-up and (for police) the police-only note. The same content
// is the printable summary (review.html, print CSS).
import { el, clear, svg } from './dom.js';
import { t, label, fmtDate } from './i18n.js';
import { statusSymbol } from './status.js';
import { targetLabel } from './layers.js';
import { assessmentLine, trendBlock } from './targetblocks.js';
import { CATEGORY_COLORS as EMERGING_COLORS } from './emerging.js';

// Ray casting on WGS84 lon/lat: fine for the few hundred metres of a square or an area.
function inRing(pt, ring) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if ((yi > pt[1]) !== (yj > pt[1]) && pt[0] < ((xj - xi) * (pt[1] - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function pointInGeometry(pt, g) {
  if (!g || !pt) return false;
  if (g.type === 'Polygon') return inRing(pt, g.coordinates[0]);
  if (g.type === 'MultiPolygon') return g.coordinates.some((poly) => inRing(pt, poly[0]));
  return false;
}

/** The measures that belong to a target: at its place, or (for areas and squares) lying inside it. */
export function measuresForTarget(target, measures) {
  const tp = target.properties;
  return measures.features.filter((m) => {
    const p = m.properties;
    // Police work is often filed as social in the plans ("Hög polisnärvaro"): the server's policeMeasure
    // (category or "Vem" naming the police, the rule that lets police follow it up) and the note tell.
    const policeOrPhysical = p.policeMeasure || p.category === 'physical' || Boolean(p.policeNote);
    if (!policeOrPhysical) return false;
    if (tp.place != null && (p.places ?? []).includes(tp.place)) return true;
    return m.geometry?.type === 'Point' && pointInGeometry(m.geometry.coordinates, target.geometry);
  });
}

/** A point of the target to look its cell up by: the point itself, or the mean of its outer ring's corners. */
function targetPoint(g) {
  if (!g) return null;
  if (g.type === 'Point') return g.coordinates;
  const ring = g.type === 'Polygon' ? g.coordinates[0] : g.type === 'MultiPolygon' ? g.coordinates[0][0] : null;
  if (!ring) return null;
  const corners = ring.slice(0, -1);
  return [corners.reduce((a, c) => a + c[0], 0) / corners.length, corners.reduce((a, c) => a + c[1], 0) / corners.length];
}

/** The emerging hot-spot category of the cell at the target, from an /api/analysis/emerging answer. */
export function emergingAtTarget(target, emerging) {
  const pt = targetPoint(target.geometry);
  const cell = (emerging?.features ?? []).find((f) => pointInGeometry(pt, f.geometry));
  const category = cell?.properties.category ?? 'no-pattern';
  return el('p', { class: 'review-emerging small', 'data-category': category },
    svg('svg', { class: 'eh-dot', width: 14, height: 14, viewBox: '0 0 14 14', 'aria-hidden': 'true' },
      svg('rect', { x: 0.5, y: 0.5, width: 13, height: 13, fill: EMERGING_COLORS[category] ?? '#fff', stroke: '#333' })), ' ',
    t('ehAtTarget', t(`eh-${category}`)));
}

/** A place for the target's category, filled in when the analysis (a promise) arrives; left out if it fails. */
function pendingEmerging(target, emerging) {
  const slot = el('p', { class: 'review-emerging-pending', hidden: true });
  emerging.then((answer) => { if (answer) slot.replaceWith(emergingAtTarget(target, answer)); }).catch((error) => { console.warn('emerging at targets', error); slot.remove(); });
  return slot;
}

/**
 * emerging: a promise of an /api/analysis/emerging answer: each target shows its cell's category when it comes.
 * monthly: for police, (placeId) => an element with the incidents around the place by month (monthly.js);
 * dataNote: what the counts are read from (the synthetic banner, or that none are imported);
 * trendData: 'real' or 'synthetic' for each target's trend reading (issue 11), undefined for roles without one.
 */
export function renderReview(container, { targets, measures }, { printable = false, onSelect, monthly, dataNote, trendData, emerging } = {}) {
  const sorted = [...targets.features].sort((a, b) => (a.properties.kind === 'ÖDS' ? -1 : 1) - (b.properties.kind === 'ÖDS' ? -1 : 1)
    || (a.properties.name ?? '').localeCompare(b.properties.name ?? '', 'sv'));
  clear(container,
    el('p', { class: 'muted' }, t('reviewIntro')),
    dataNote,
    printable ? null : el('p', {}, el('a', { href: `/review.html${window.location.search}`, target: '_blank', id: 'print-link' }, t('openPrint'))),
    sorted.map((target) => {
      const tp = target.properties;
      const items = measuresForTarget(target, measures);
      return el('section', { class: 'review-target', 'data-id': target.id },
        el('h3', {}, tp.name ?? '', ' — ', el('span', { class: 'target-badge' }, targetLabel(tp))),
        tp.since ? el('p', { class: 'muted small' }, `${fmtDate(tp.since)}`) : null,
        el('p', { class: 'review-latest' }, tp.latestAssessment ? t('reviewLatest', assessmentLine(tp.latestAssessment)) : t('assessmentNone'),
          printable ? null : [' ', el('a', { href: `/target.html?id=${encodeURIComponent(target.id)}`, class: 'target-page-link' }, t('targetOpen'))]),
        trendData ? trendBlock(target.id, { data: trendData, compact: true }) : null,
        emerging ? pendingEmerging(target, emerging) : null,
        monthly && tp.place != null ? monthly(tp.place) : null,
        items.length ? el('ul', { class: 'review-measures' }, items.map((m) => {
          const p = m.properties;
          return el('li', { 'data-id': m.id, 'data-status': p.status },
            statusSymbol(p.status, 18), ' ',
            el('strong', {}, label('category', p.category)), ': ',
            printable ? p.description ?? '' : el('button', { type: 'button', class: 'linklike', onclick: () => onSelect?.(m) }, p.description ?? ''),
            el('div', { class: 'muted small' }, [label('status', p.status), p.placeName, p.responsible, p.timing].filter(Boolean).join(' · ')),
            p.policeNote ? el('div', { class: 'police-note' }, el('strong', {}, t('policeNote')), el('p', {}, p.policeNote)) : null);
        })) : el('p', { class: 'muted' }, t('noPlaceData')));
    }));
}
