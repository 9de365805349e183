// Which plan a view starts on, the same everywhere (meeting, plan view, export): the plan in the filter,
// else the latest plan of the filtered district, else the latest plan of the user's first district, else the
// latest plan of all.
const latest = (list) => [...list].sort((a, b) => (b.year ?? 0) - (a.year ?? 0) || a.code.localeCompare(b.code))[0];

/** plans: GET /api/plans; plan, district: the filters; mine: district codes to prefer (a strategist's). */
export function planFor(plans, { plan, district, mine = [] } = {}) {
  const chosen = plans.find((p) => p.code === plan || String(p.id) === plan);
  if (chosen) return chosen;
  const of = (d) => plans.filter((p) => p.district === d);
  if (district && of(district).length) return latest(of(district));
  const own = mine.find((d) => of(d).length);
  return own ? latest(of(own)) : latest(plans);
}
