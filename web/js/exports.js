// Plans and layers out, for everyone who may read: the plan in the city's template and its follow-up sheet,
// and GeoPackage, GeoJSON and CSV of what the filters select. Plain links (the session cookie signs them in)
// with the download attribute; re-rendered when the filters change so the links always carry them.
import { el, clear } from './dom.js';
import { t, label } from './i18n.js';
import { exportUrl } from './api.js';
import * as state from './state.js';
import './texts-import.js';

function describe(filters, plans) {
  return Object.entries(filters).map(([k, v]) => {
    if (k === 'plan') return plans.find((p) => p.code === v || String(p.id) === v)?.title ?? v;
    if (k === 'status' || k === 'category' || k === 'type') return v.split(',').map((c) => label(k, c)).join(', ');
    if (k === 'overdue') return t('overdueOnly');
    return `${t(k)}: ${v}`;
  }).join(' · ');
}

const link = (href, text, file, id) => el('a', { href, download: file, id, class: 'export-link' }, text);

/**
 * plans: the plan list (GET /api/plans); plan: the plan to offer first (else the filter's, else the first);
 * fixed: the plan is chosen around the exports (the plan view), so no plan select of their own.
 */
export function renderExports(container, plans, { plan, fixed = false } = {}) {
  const filters = state.filters();
  const chosen = plan ?? state.get('plan');
  const fallback = plans.find((p) => p.code === chosen || String(p.id) === chosen) ?? plans[0];
  const planSelect = el('select', { id: 'export-plan' },
    plans.map((p) => el('option', { value: p.code, selected: p === fallback }, p.title)));
  const planLinks = el('div', { class: 'export-links' });
  const fillPlanLinks = () => {
    const code = planSelect.value;
    clear(planLinks,
      link(exportUrl.planXlsx(code), t('exportPlanXlsx'), `${code}.xlsx`, 'export-plan-xlsx'),
      link(exportUrl.followUpXlsx(code), t('exportFollowUp'), `${code}-uppfoljning.xlsx`, 'export-followup-xlsx'));
  };
  planSelect.addEventListener('change', fillPlanLinks);
  if (plans.length) fillPlanLinks();
  const text = describe(filters, plans);
  clear(container,
    el('h2', { class: 'panel-title', id: 'export-title' }, t('exportTitle')),
    plans.length ? [fixed ? null : el('div', { class: 'field' }, el('label', { for: 'export-plan' }, t('exportPlan')), planSelect), planLinks] : null,
    el('p', { class: 'muted small', id: 'export-filter' }, text ? t('exportFiltered', text) : t('exportNoFilter')),
    el('div', { class: 'export-links' },
      link(exportUrl.gpkg(filters), t('exportGpkg'), 'platslage.gpkg', 'export-gpkg'),
      link(exportUrl.geojson(filters), t('exportGeojson'), 'platslage.geojson', 'export-geojson'),
      link(exportUrl.csv(filters), t('exportCsv'), 'atgarder.csv', 'export-csv')));
}
