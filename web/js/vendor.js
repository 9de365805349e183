// Libraries only some views need, fetched the first time one of them asks: Chart.js (the status chart, the
// evaluation and incident charts) and Leaflet.draw (drawing and reshaping). A park engineer's phone never
// downloads them. The versions are filled in from pom.xml by the build (Maven resource filtering), so the
// addresses change with the version and the server lets the browser keep them for a year (StaticCaching).
const WEBJARS = {
  chart: ['/webjars/chart.js/@chartjs.version@/dist/chart.umd.min.js'],
  draw: ['/webjars/leaflet-draw/@leaflet-draw.version@/dist/leaflet.draw.css',
    '/webjars/leaflet-draw/@leaflet-draw.version@/dist/leaflet.draw.js'],
};

const loaded = new Map();

function fetchOne(src) {
  if (!loaded.has(src)) {
    loaded.set(src, new Promise((resolve, reject) => {
      const css = src.endsWith('.css');
      const node = document.createElement(css ? 'link' : 'script');
      if (css) { node.rel = 'stylesheet'; node.href = src; } else { node.src = src; }
      node.addEventListener('load', () => resolve());
      node.addEventListener('error', () => { loaded.delete(src); reject(new Error(`could not load ${src}`)); });
      document.head.append(node);
    }));
  }
  return loaded.get(src);
}

/** Resolves with the global Chart once Chart.js has loaded. */
export async function loadChart() {
  await Promise.all(WEBJARS.chart.map(fetchOne));
  return window.Chart;
}

/** Resolves once Leaflet.draw (script and style) has loaded; it extends the global L. */
export async function loadDraw() {
  await Promise.all(WEBJARS.draw.map(fetchOne));
}
