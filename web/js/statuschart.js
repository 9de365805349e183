// Status per priority area for the filtered selection: a stacked bar chart (Chart.js from its webjar, loaded
// when first drawn) and the same numbers as a table, so colour is not the only way to read it.
import { el, clear } from './dom.js';
import { loadChart } from './vendor.js';
import { t, label, fmtNumber } from './i18n.js';
import { STATUS_CODES, STATUS_COLORS } from './status.js';

let chart;

export function countByArea(features) {
  const rows = new Map();
  for (const f of features) {
    const p = f.properties;
    const key = p.priorityArea ?? 0;
    if (!rows.has(key)) rows.set(key, { area: key, name: p.priorityAreaName ?? t('unknown'), counts: {} });
    const row = rows.get(key);
    row.counts[p.status] = (row.counts[p.status] ?? 0) + 1;
  }
  return [...rows.values()].sort((a, b) => a.area - b.area);
}

/** measures: features with properties.status and .priorityArea; title: the heading (the filtered selection's by default). */
export function renderChart(container, measures, { title = t('chart') } = {}) {
  const rows = countByArea(measures.features);
  const canvas = el('canvas', { id: 'status-chart', role: 'img', 'aria-label': t('chart') });
  const used = STATUS_CODES.filter((s) => rows.some((r) => r.counts[s]));
  const table = el('table', { class: 'chart-table' },
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, t('priorityArea')),
      used.map((s) => el('th', { scope: 'col' }, label('status', s))))),
    el('tbody', {}, rows.map((r) => el('tr', { 'data-area': r.area },
      el('th', { scope: 'row' }, `${r.area}. ${r.name}`),
      used.map((s) => el('td', { 'data-status': s }, fmtNumber(r.counts[s] ?? 0)))))));
  clear(container, el('h2', { class: 'panel-title' }, title),
    rows.length ? el('div', { class: 'chart-box' }, canvas) : el('p', { class: 'muted' }, t('chartNone')),
    rows.length ? el('details', {}, el('summary', {}, t('details')), table) : null);
  chart?.destroy();
  chart = null;
  if (!rows.length) return;
  loadChart().then((Chart) => {
    // A newer call has replaced this canvas while Chart.js loaded: draw only the one on the page.
    if (!canvas.isConnected) return;
    chart?.destroy();
    chart = new Chart(canvas, {
      type: 'bar',
      data: {
        labels: rows.map((r) => `${r.area}. ${r.name.length > 28 ? `${r.name.slice(0, 27)}…` : r.name}`),
        datasets: used.map((s) => ({
          label: label('status', s), data: rows.map((r) => r.counts[s] ?? 0),
          backgroundColor: STATUS_COLORS[s], borderColor: '#222', borderWidth: 1,
        })),
      },
      options: {
        indexAxis: 'y', responsive: true, maintainAspectRatio: false, animation: false,
        scales: { x: { stacked: true, ticks: { precision: 0 } }, y: { stacked: true } },
        plugins: { legend: { position: 'bottom', labels: { boxWidth: 12 } } },
      },
    });
  }).catch(() => { /* the table below the chart carries the same numbers */ });
}
