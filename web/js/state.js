// The view and the filters live in the URL (query string), so a copied link reproduces what someone sees:
// ?status=done&district=hasselby-vallingby&z=15&lat=59.36&lng=17.83&place=12&view=map&tab=plan&lang=en

export const FILTER_KEYS = ['district', 'plan', 'year', 'priorityArea', 'status', 'category', 'type',
  'responsible', 'text', 'overdue'];
// The analysis settings are view keys too (not measure filters): data=real|synthetic, an=hotspots,heat,coverage,
// cell (metres or empty for chosen from the data), grid=square|hex, from/to (YYYY-MM).
const VIEW_KEYS = ['view', 'tab', 'lat', 'lng', 'z', 'place', 'measure', 'lang', 'data', 'an', 'cell', 'grid', 'from', 'to'];

const listeners = new Set();
const state = read();

function read() {
  const q = new URLSearchParams(window.location.search);
  const s = {};
  for (const key of [...FILTER_KEYS, ...VIEW_KEYS]) {
    if (q.has(key) && q.get(key) !== '') s[key] = q.get(key);
  }
  return s;
}

function write() {
  const q = new URLSearchParams();
  for (const key of [...VIEW_KEYS, ...FILTER_KEYS]) {
    if (state[key] != null && state[key] !== '') q.set(key, state[key]);
  }
  const url = `${window.location.pathname}${q.toString() ? `?${q}` : ''}`;
  window.history.replaceState(null, '', url);
}

// Back from a panel (panels.js) returns to the history entry from before it opened: the URL must still say
// what is shown now, so it is written again from this state.
window.addEventListener('popstate', () => write());

export function get(key) {
  return state[key];
}

/** The filters as API query parameters (the API takes the same names). */
export function filters() {
  const f = {};
  for (const key of FILTER_KEYS) if (state[key]) f[key] = state[key];
  return f;
}

/** Sets keys (null/'' removes) and updates the URL; notifies listeners when a filter changed. */
export function set(changes, { silent = false } = {}) {
  let filterChanged = false;
  for (const [key, value] of Object.entries(changes)) {
    const v = value == null || value === '' ? undefined : String(value);
    if (state[key] !== v) {
      if (FILTER_KEYS.includes(key)) filterChanged = true;
      if (v === undefined) delete state[key]; else state[key] = v;
    }
  }
  write();
  if (!silent) listeners.forEach((fn) => fn({ filterChanged, changes }));
}

export function onChange(fn) {
  listeners.add(fn);
}
