// The printable hot-spot review: the same sections as the review panel, laid out for paper.
import { el } from './dom.js';
import { t, fmtDate, translatePage } from './i18n.js';
import { getMe, listTargets, listMeasures } from './api.js';
import { renderReview } from './review.js';
import * as state from './state.js';
import { can } from './perms.js';
import { monthlyBlock, incidentSource, sourceNote } from './monthly.js';

translatePage();
const main = document.getElementById('review');
try {
  const filters = state.filters();
  const [me, targets, measures] = await Promise.all([getMe(), listTargets({ district: filters.district }).then((c) => ({ ...c, features: c.features.filter((f) => !filters.district || f.properties.district === filters.district) })), listMeasures(filters)]);
  document.getElementById('printed').textContent = `${t('printedAt', fmtDate(new Date().toISOString()))} · ${me.displayName ?? me.username}`;
  const incidents = can(me, 'readIncidents') ? await incidentSource() : undefined;
  renderReview(main, { targets, measures }, {
    printable: true,
    monthly: incidents ? (placeId) => monthlyBlock(placeId, { printable: true, data: incidents }) : undefined,
    dataNote: incidents === undefined ? null : sourceNote(incidents),
    trendData: can(me, 'readIncidentAggregates') ? (incidents ?? 'real') : undefined,
  });
  document.body.dataset.loaded = 'true';
} catch (error) {
  main.replaceChildren(el('p', { class: 'msg msg-error', role: 'alert' }, t('loadFailed', error.message)));
}
document.getElementById('print-button').addEventListener('click', () => window.print());
