// The one place the page talks to the server: same-origin JSON with the session cookie, the CSRF token
// for changes, and a redirect to the login page when the session has ended.

export function csrfToken() {
  const match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]+)/);
  return match ? decodeURIComponent(match[1]) : null;
}

export async function api(url, { method = 'GET', body, headers = {} } = {}) {
  const init = {
    method,
    credentials: 'same-origin',
    headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest', ...headers },
  };
  if (body instanceof FormData) {
    // multipart: the browser sets Content-Type with the boundary itself.
    init.body = body;
  } else if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  if (method !== 'GET') {
    init.headers['X-XSRF-TOKEN'] = csrfToken() ?? '';
  }
  let response;
  try {
    response = await fetch(url, init);
  } catch (networkError) {
    const error = new Error(navigator.onLine === false ? 'offline' : 'no answer from the server');
    error.status = 0;
    throw error;
  }
  if (response.status === 401) {
    window.location.assign('/login.html');
    throw new Error('not signed in');
  }
  const data = response.status === 204 ? null : await response.json().catch(() => null);
  if (!response.ok) {
    // problem+json (RFC 9457): detail says why, field names the request field at fault.
    const why = data?.detail ?? data?.title ?? `${response.status} ${response.statusText}`;
    // The field is named once: the server's detail often starts with it already.
    const named = data?.field && !String(why).startsWith(`${data.field}:`);
    const error = new Error(named ? `${data.field}: ${why}` : why);
    error.problem = data;
    error.status = response.status;
    error.field = data?.field;
    error.currentVersion = data?.currentVersion;
    throw error;
  }
  return data;
}

/** A query string from an object, leaving out empty values. */
export function query(params = {}) {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '' && value !== false) q.set(key, String(value));
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}

export const getStatus = () => api('/api/status');
export const getMe = () => api('/api/me');
export const listDistricts = () => api('/api/districts');
export const listPlans = () => api('/api/plans');
/** A plan's Sammanställning and its problems → causes → measures per priority area (id or code). */
export const planSummary = (plan) => api(`/api/plans/${encodeURIComponent(plan)}/summary`);
export const listPlaces = (params) => api(`/api/places${query({ limit: 1000, ...params })}`);
export const listTargets = (params) => api(`/api/targets${query({ limit: 1000, ...params })}`);
export const listMeasures = (params) => api(`/api/measures${query({ limit: 1000, ...params })}`);
/** The map's lean layer: every measure the filters select, with only what draws its marker. */
export const measureLayer = (params) => api(`/api/measures/layer${query(params)}`);
export const listProblems = (params) => api(`/api/problems${query({ limit: 1000, ...params })}`);
export const getMeasure = (id) => api(`/api/measures/${encodeURIComponent(id)}`);
export const getProblem = (id) => api(`/api/problems/${encodeURIComponent(id)}`);
export const getPlace = (id) => api(`/api/places/${encodeURIComponent(id)}`);
export const followUps = (id) => api(`/api/measures/${encodeURIComponent(id)}/follow-ups`);
export const addFollowUp = (id, body) => api(`/api/measures/${encodeURIComponent(id)}/follow-ups`, { method: 'POST', body });
/** kind: 'measures' or 'problems'; an empty text clears the note. */
export const setPoliceNote = (kind, id, policeNote) => api(`/api/${kind}/${encodeURIComponent(id)}/police-note`,
  { method: 'PUT', body: { policeNote } });
export const hotSpots = (params) => api(`/api/analysis/hotspots${query(params)}`);
export const emerging = (params) => api(`/api/analysis/emerging${query(params)}`);
export const density = (params) => api(`/api/analysis/density${query(params)}`);
export const coverage = (params) => api(`/api/analysis/coverage${query(params)}`);
export const evaluation = (id, params) => api(`/api/measures/${encodeURIComponent(id)}/evaluation${query(params)}`);
export const placeMonthly = (id, params) => api(`/api/places/${encodeURIComponent(id)}/incidents/monthly${query(params)}`);
/** A multipart upload (FormData of fields and files), POSTed with the CSRF header like any change. */
export const upload = (url, fields) => {
  const form = new FormData();
  Object.entries(fields).forEach(([k, v]) => { if (v !== undefined && v !== null && v !== '') form.append(k, v); });
  return api(url, { method: 'POST', body: form });
};
export const importPlan = (fields, params) => upload(`/api/plans/import${query(params)}`, fields);
export const importJob = (id) => api(`/api/plans/import/${encodeURIComponent(id)}`);
export const importIncidents = (fields) => upload('/api/incidents/import', fields);
export const listIncidentImports = (params) => api(`/api/incidents/imports${query(params)}`);
export const deleteIncidentImport = (id) => api(`/api/incidents/imports/${encodeURIComponent(id)}`, { method: 'DELETE' });
export const unplacedPlaces = () => listPlaces({ unplaced: true });
/** A GeoJSON FeatureCollection of corrected place geometries; dryRun only reports what would change. */
export const correctPlaceGeometries = (collection, dryRun) => api(`/api/places/geometries${query({ dryRun })}`,
  { method: 'POST', body: collection });
/** Export addresses (plain links: the session cookie signs them in), with the list filters. */
export const exportUrl = {
  planXlsx: (plan) => `/api/plans/${encodeURIComponent(plan)}/export.xlsx`,
  followUpXlsx: (plan) => `/api/plans/${encodeURIComponent(plan)}/follow-up.xlsx`,
  gpkg: (filters) => `/api/export.gpkg${query(filters)}`,
  geojson: (filters) => `/api/export.geojson${query(filters)}`,
  csv: (filters) => `/api/measures.csv${query(filters)}`,
};
export const history = (kind, id) => api(`/api/${kind}/${encodeURIComponent(id)}/history`);

/** Create (no id) or update (id; body.version is the version the edit started from). */
export function save(kind, id, body) {
  return id == null
    ? api(`/api/${kind}`, { method: 'POST', body })
    : api(`/api/${kind}/${encodeURIComponent(id)}`, { method: 'PUT', body });
}
