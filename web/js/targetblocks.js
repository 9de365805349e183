// Pieces of a target shown on its own page and in the police review: an assessment, the incident trend with
// its reading (the sentence is the server's, TrendReading, in the page's language), and the trend chart with
// Sen's line carried on to the target year.
import { el, clear, message } from './dom.js';
import { t, fmtDate, fmtNumber, currentLang } from './i18n.js';
import { api, query } from './api.js';
import { syntheticFlag } from './synthetic.js';
import { loadChart } from './vendor.js';
import './texts-target.js';

export const getAssessments = (id) => api(`/api/targets/${encodeURIComponent(id)}/assessments`);
export const addAssessment = (id, body) => api(`/api/targets/${encodeURIComponent(id)}/assessments`, { method: 'POST', body });
export const getTrend = (id, params) => api(`/api/targets/${encodeURIComponent(id)}/trend${query(params)}`);

function period(a) {
  return a.from === a.to ? fmtDate(a.from) : `${fmtDate(a.from)} – ${fmtDate(a.to)}`;
}

/** "ÖDS · 2025-03-01" for lists; the plan's own goal has no classification. */
export function assessmentLine(a) {
  return [a.classificationLabel ?? t('assessmentPlanGoal'), period(a), a.demo ? t('assessmentDemo') : null]
    .filter(Boolean).join(' · ');
}

/** One assessment as a timeline entry (police-only parts only arrive for those who may read them). */
export function assessmentEntry(a) {
  return el('li', { class: `assessment${a.demo ? ' demo' : ''}${a.classified === false ? ' unclassified' : ''}`, 'data-id': a.id },
    el('div', { class: 'assessment-head' },
      el('strong', { class: 'assessment-class' }, a.classificationLabel ?? t('assessmentPlanGoal')), ' ',
      el('span', {}, period(a)),
      a.demo ? el('span', { class: 'demo-flag' }, t('assessmentDemo')) : null),
    el('div', { class: 'muted small' }, `${t('assessedBy')}: ${a.assessedBy}`, ' · ',
      a.extentAreaM2 != null ? t('assessmentArea', fmtNumber(Math.round(a.extentAreaM2))) : t('assessmentNoExtent')),
    a.indicators?.length ? el('table', { class: 'indicators' },
      el('caption', { class: 'sr-only' }, t('indicators')),
      el('tbody', {}, a.indicators.map((i) => el('tr', { class: i.restricted ? 'police-only' : null },
        el('th', { scope: 'row' }, i.name, i.restricted ? ` (${t('indicatorPoliceOnly')})` : ''),
        el('td', {}, `${fmtNumber(i.value)} ${i.unit ?? ''}`))))) : null,
    a.text ? el('p', {}, a.text) : null,
    a.policeNote ? el('div', { class: 'police-note' }, el('strong', {}, t('policeNote')), el('p', {}, a.policeNote)) : null,
    a.source?.name ? el('p', { class: 'muted small' }, `${t('assessmentSource')}: ${a.source.name}${a.source.date ? `, ${fmtDate(a.source.date)}` : ''}`) : null);
}

function counted(trend) {
  const c = trend.counted;
  const what = c.source === 'assessment' ? t('trendCountedAssessment', fmtDate(c.assessmentDate))
    : t(c.source === 'area' ? 'trendCountedArea' : 'trendCountedPlace');
  return t('trendCounted', what + (c.bufferMeters > 0 ? t('trendBuffer', fmtNumber(c.bufferMeters)) : ''));
}

/** The reading sentence and its caveats, as the server words them. */
export function trendReading(trend, { caveats = true } = {}) {
  const lang = currentLang() === 'en' ? 'en' : 'sv';
  return el('div', { class: 'trend-reading', 'data-computable': String(trend.computable) },
    syntheticFlag(trend),
    el('p', { class: 'trend-sentence' }, el('strong', {}, trend.reading[lang])),
    el('p', { class: 'muted small' }, counted(trend)),
    caveats ? el('details', { class: 'trend-caveats', open: true }, el('summary', {}, t('trendCaveats')),
      el('ul', {}, trend.caveats[lang].map((c) => el('li', { class: 'small' }, c)))) : null);
}

/**
 * Monthly counts as bars, Sen's line over them, carried on (dashed) to January of the target year, where a
 * vertical mark stands. Withheld counts (1-2 for non-police) are gaps, as the API sends them.
 */
export function trendChart(trend, id) {
  const months = trend.months.map((m) => m.month);
  const labels = [...months];
  const target = trend.targetYear;
  if (target && months.length) {
    let [y, m] = months[months.length - 1].split('-').map(Number);
    while (y < target || (y === target && m < 1)) {
      m += 1; if (m > 12) { m = 1; y += 1; }
      labels.push(`${y}-${String(m).padStart(2, '0')}`);
      if (y === target) break;
    }
  }
  const counts = labels.map((l, i) => (i < months.length ? trend.months[i].count : null));
  const slope = trend.sensSlopePerMonth;
  const line = trend.computable ? labels.map((_, i) => Math.max(0, trend.sensInterceptAtFirstMonth + slope * i)) : null;
  const targetIndex = target ? labels.indexOf(`${target}-01`) : -1;
  const canvas = el('canvas', { id, role: 'img', 'aria-label': `${t('trend')}: ${trend.reading[currentLang() === 'en' ? 'en' : 'sv']}` });
  const figure = el('figure', { class: `count-chart trend-chart${trend.synthetic ? ' synthetic' : ''}`, 'data-chart': id },
    el('div', { class: 'chart-box chart-box-small trend-box' }, canvas));
  loadChart().then((Chart) => requestAnimationFrame(() => {
    if (!canvas.isConnected) return;
    Chart.getChart(canvas)?.destroy();
    const targetMark = {
      id: 'targetYear',
      afterDatasetsDraw(chart) {
        if (targetIndex < 0) return;
        const x = chart.scales.x.getPixelForValue(targetIndex);
        const { top, bottom } = chart.chartArea;
        const ctx = chart.ctx;
        ctx.save();
        ctx.strokeStyle = '#000'; ctx.lineWidth = 2; ctx.setLineDash([6, 4]);
        ctx.beginPath(); ctx.moveTo(x, top); ctx.lineTo(x, bottom); ctx.stroke();
        ctx.setLineDash([]); ctx.fillStyle = '#000'; ctx.font = 'bold 12px sans-serif'; ctx.textAlign = 'right';
        ctx.fillText(t('trendTargetYear', target), x - 4, top + 12);
        ctx.restore();
      },
    };
    new Chart(canvas, {
      data: {
        labels,
        datasets: [
          { type: 'bar', label: t('trendMonthly'), data: counts, backgroundColor: '#0072B2', borderColor: '#222', borderWidth: 1 },
          line ? {
            type: 'line', label: t('trendLine'), data: line, borderColor: '#D55E00', borderWidth: 2, pointRadius: 0,
            segment: { borderDash: (ctx) => (ctx.p0DataIndex >= months.length - 1 ? [6, 4] : []) },
          } : null,
        ].filter(Boolean),
      },
      options: {
        responsive: true, maintainAspectRatio: false, animation: false,
        scales: { y: { beginAtZero: true, ticks: { precision: 0 } }, x: { ticks: { maxTicksLimit: 12, autoSkip: true } } },
        plugins: { legend: { position: 'bottom', labels: { boxWidth: 12 } },
          title: { display: Boolean(trend.synthetic), text: t('syntheticBanner'), color: '#000' } },
      },
      plugins: [targetMark],
    });
  })).catch(() => { /* the reading above says the same in words */ });
  return figure;
}

/** A block that loads a target's trend: reading, chart (unless compact) and caveats. */
export function trendBlock(targetId, { data = 'real', compact = false } = {}) {
  const msg = el('p', { class: 'msg', hidden: true });
  const out = el('div', { class: 'trend-out' });
  const block = el('section', { class: 'trend', 'data-target': targetId }, compact ? null : el('h3', {}, t('trend')), msg, out);
  message(msg, 'info', t('loading'));
  getTrend(targetId, { data }).then((trend) => {
    message(msg, 'info', '');
    clear(out, trendReading(trend, { caveats: !compact }), compact ? null : trendChart(trend, `trend-${targetId}`));
    block.dataset.loaded = 'true';
  }).catch((error) => {
    if (error.status === 403) message(msg, 'info', t('trendNotForRole'));
    else message(msg, 'error', t('loadFailed', error.message));
    block.dataset.loaded = 'true';
  });
  return block;
}
