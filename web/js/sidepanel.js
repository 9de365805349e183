// The side panel's work areas, as the role has them: Åtgärder (or Mitt arbete) first, then Platser (places to
// draw, positions to check), Plan (Sammanställning, status chart, export and import) and Analys. Modules a
// role never uses are not even downloaded: they are imported when their tab is first shown.
import { el } from './dom.js';
import { t } from './i18n.js';
import * as state from './state.js';
import { createTabs } from './sidetabs.js';
import { can } from './perms.js';
import './texts-work.js';

const section = (id, attrs = {}) => el('section', { id, class: 'panel tab-panel', hidden: true, ...attrs });
// A tab of panels: the panels inside bring their own padding.
const group = (id) => el('section', { id, class: 'tab-panel', hidden: true });

/**
 * side: the aside; list: the list section (already in it); ctx: the page's context (me, map, plans(),
 * districtBounds, onPlaced, showPlace, editPlaceGeometry, onMeasure, onAnalysisData, openPlanImport);
 * mine: the list is Mitt arbete. Returns {tabs, planView(), queue(), positions(), analysis()} as they are built.
 */
export function createSidePanel(side, list, ctx, { mine = false } = {}) {
  const me = ctx.me;
  const built = {};
  let analysisReady = null;
  const bar = el('div', { id: 'side-tabs', class: 'side-tabs' });
  list.before(bar);
  list.classList.add('tab-panel');
  const tabs = [{ id: 'list', text: mine ? t('tabMine') : t('tabList'), panel: list }];

  if (can(me, 'createRecords')) {
    const places = group('places-tab');
    const queue = el('section', { id: 'queue-section', class: 'panel', 'aria-labelledby': 'queue-title' });
    const checks = el('section', { id: 'positions-section', class: 'panel', 'aria-labelledby': 'positions-title' });
    places.append(queue, checks);
    tabs.push({
      id: 'places', text: t('tabPlaces'), panel: places,
      build: async () => {
        const [{ createQueue }, { createPositions }] = await Promise.all([import('./queue.js'), import('./positions.js')]);
        built.queue = createQueue(queue, { map: ctx.map, districtBounds: ctx.districtBounds, onPlaced: ctx.onPlaced });
        built.positions = createPositions(checks, {
          showPlace: ctx.showPlace, editPlaceGeometry: ctx.editPlaceGeometry, onChanged: ctx.onPlaced,
        });
      },
    });
  }

  const plan = section('plan-tab');
  tabs.push({
    id: 'plan', text: t('tabPlan'), panel: plan, wide: true,
    build: async () => {
      const { createPlanView } = await import('./planview.js');
      built.planView = createPlanView(plan, {
        me, plans: ctx.plans, canImport: can(me, 'importPlans'), openImport: ctx.openPlanImport,
      });
    },
  });

  if (can(me, 'readIncidentAggregates')) {
    // Not in the page for roles without access: nothing to hide, nothing to find.
    const analysis = section('analysis-panel', { 'aria-labelledby': 'analysis-title' });
    tabs.push({
      id: 'analysis', text: t('tabAnalysis'), panel: analysis,
      build: () => {
        analysisReady = import('./analysis.js').then(({ createAnalysis }) => {
          built.analysis = createAnalysis(ctx.map, analysis, { me, onMeasure: ctx.onMeasure, onData: ctx.onAnalysisData });
          return built.analysis;
        });
      },
    });
  }
  const legend = side.querySelector('#legend');
  tabs.slice(1).forEach((tab) => side.insertBefore(tab.panel, legend));

  // A link that turns analysis layers on opens on the Analys tab.
  if (!state.get('tab') && state.get('an') && tabs.some((x) => x.id === 'analysis')) state.set({ tab: 'analysis' }, { silent: true });
  const control = createTabs(bar, tabs);
  return {
    tabs: control,
    planView: () => built.planView,
    queue: () => built.queue,
    positions: () => built.positions,
    analysis: () => built.analysis,
    /** Shows the Analys tab and resolves with the analysis once built (after an incident import). */
    showAnalysis: async () => { control.show('analysis'); return analysisReady; },
  };
}
