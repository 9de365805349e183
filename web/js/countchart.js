// Small bar charts of incident counts (Chart.js from its webjar, loaded on first use) with the same numbers as a
// table, so neither colour nor the canvas is the only way to read them. A chart from synthetic data says so
// in its own title. Colours: Okabe–Ito blue (before) and vermillion (after), told apart by pattern too.
import { el } from './dom.js';
import { t, fmtNumber } from './i18n.js';
import { chartTitle, syntheticFlag } from './synthetic.js';
import { loadChart } from './vendor.js';

export const BEFORE = '#0072B2';
export const AFTER = '#D55E00';

/**
 * labels: x labels; series: [{label, data, color}]; answer: the API answer (for its synthetic flag).
 * Returns a figure element; the chart is drawn once the element is in the document.
 */
export function countChart({ id, title, labels, series, answer }) {
  const canvas = el('canvas', { id, role: 'img', 'aria-label': title });
  const table = el('table', { class: 'chart-table' },
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, ''), series.map((s) => el('th', { scope: 'col' }, s.label)))),
    el('tbody', {}, labels.map((l, i) => el('tr', {}, el('th', { scope: 'row' }, l),
      series.map((s) => el('td', {}, fmtNumber(s.data[i] ?? 0)))))));
  const figure = el('figure', { class: `count-chart${answer?.synthetic ? ' synthetic' : ''}`, 'data-chart': id },
    syntheticFlag(answer),
    el('figcaption', {}, title),
    el('div', { class: 'chart-box chart-box-small' }, canvas),
    el('details', {}, el('summary', {}, t('details')), table));
  // Chart.js needs the canvas attached to measure it: wait for the library, then one frame.
  loadChart().then((Chart) => {
    requestAnimationFrame(() => {
      if (!canvas.isConnected) return;
      Chart.getChart(canvas)?.destroy();
      new Chart(canvas, {
        type: 'bar',
        data: {
          labels,
          datasets: series.map((s, i) => ({
            label: s.label, data: s.data, backgroundColor: s.color, borderColor: '#222', borderWidth: i ? 2 : 1,
            borderDash: i ? [4, 2] : [],
          })),
        },
        options: {
          responsive: true, maintainAspectRatio: false, animation: false,
          scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
          plugins: {
            legend: { position: 'bottom', labels: { boxWidth: 12 } },
            // The canvas itself says synthetic, so a copied chart image still does.
            title: { display: Boolean(answer?.synthetic), text: chartTitle(answer), color: '#000', font: { weight: 'bold' } },
          },
        },
      });
    });
  }).catch(() => { /* the table in the figure carries the same numbers */ });
  return figure;
}
