// Map labels that never overlap: after every zoom or move the permanent tooltips are placed in order of
// importance (rank 0: targets with a target year; 1: other targets; 2: place names), each on the first side of
// its shape (above, below, right, left) where it touches no label already placed. A label with no free side
// is hidden until the map moves, except rank 0: a target year is what the map is for, so it always shows.
// Where no side is free next to the shape, one or two label heights further out are tried.

const SIDES = ['top', 'bottom', 'right', 'left'];

function rectOf(node) {
  const r = node.getBoundingClientRect();
  return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width };
}

const overlaps = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** groups: functions returning the Leaflet layer groups whose permanent tooltips (options.rank) to place. */
export function keepLabelsApart(map, groups) {
  let pending = false;
  function place() {
    pending = false;
    // District names (markers, not tooltips) stay where they are: the labels go around them.
    const placed = [...map.getContainer().querySelectorAll('.district-label')].map(rectOf);
    const tooltips = [];
    groups.forEach((group) => group()?.eachLayer?.((layer) => {
      const tip = layer.getTooltip?.();
      if (tip?.options.permanent && map.hasLayer(layer)) tooltips.push({ tip, rank: tip.options.rank ?? 2 });
    }));
    tooltips.sort((a, b) => a.rank - b.rank);
    for (const { tip, rank } of tooltips) {
      const node = tip.getElement();
      if (!node) continue;
      node.classList.remove('label-crowded');
      if (getComputedStyle(node).display === 'none') continue;
      const center = tip.options.direction === 'center';
      let free = null;
      // On each side, next to the shape first, then one and two label heights further out.
      for (const step of center ? [0] : [0, 1, 2]) {
        for (const side of center ? ['center'] : SIDES) {
          const out = step * (node.offsetHeight + 2);
          tip.options.direction = side;
          tip.options.offset = { top: [0, -out], bottom: [0, out], right: [out, 0], left: [-out, 0] }[side] ?? [0, 0];
          tip.update();
          const r = rectOf(node);
          if (!placed.some((p) => overlaps(r, p))) { free = r; break; }
        }
        if (free) break;
      }
      if (!free && rank === 0) {
        tip.options.direction = 'top';
        tip.options.offset = [0, 0];
        tip.update();
        free = rectOf(node);
      }
      if (free) placed.push(free); else node.classList.add('label-crowded');
    }
  }
  const later = () => { if (!pending) { pending = true; requestAnimationFrame(place); } };
  map.on('zoomend moveend layeradd', later);
  return later;
}
