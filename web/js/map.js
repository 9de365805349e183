// The Leaflet map: created with maxZoom (markercluster needs it when no tile layer has loaded), a tile
// layer from the configured URL (OpenStreetMap by default), and a fallback look when tiles do not load, so
// districts and place names still give orientation offline.
import { t } from './i18n.js';
import * as state from './state.js';

const DEFAULT_TILES = {
  url: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
  attribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>',
};
// Several places' geometries are derived from OpenStreetMap data (geodata/README.md, "Licence"): the ODbL asks
// for this attribution wherever they are shown, whatever the background map.
const PLACES_ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap contributors</a> (ODbL)';
const STOCKHOLM = [59.33, 17.98];
export const LABEL_ZOOM = 14;

/** tiles: {tileUrl, tileAttribution} from the server's configuration when it sends them, else OSM. */
export function createMap(elementId, tiles = {}) {
  const lat = Number(state.get('lat'));
  const lng = Number(state.get('lng'));
  const zoom = Number(state.get('z'));
  const fromUrl = Number.isFinite(lat) && Number.isFinite(lng) && state.get('lat') && state.get('lng');
  const map = L.map(elementId, { maxZoom: 19, minZoom: 9, zoomControl: true })
    .setView(fromUrl ? [lat, lng] : STOCKHOLM, Number.isFinite(zoom) && state.get('z') ? zoom : 11);
  map.getContainer().classList.add('map-offline-base');

  const url = tiles.tileUrl || DEFAULT_TILES.url;
  // The attribution is configuration (trusted), not data; Leaflet renders it as HTML.
  const attribution = tiles.tileAttribution || (url === DEFAULT_TILES.url ? DEFAULT_TILES.attribution : '');
  let loaded = 0;
  let failed = 0;
  const tileLayer = L.tileLayer(url, { maxZoom: 19, attribution, crossOrigin: false });
  tileLayer.on('tileload', () => {
    loaded += 1;
    map.getContainer().classList.remove('tiles-failed');
  });
  tileLayer.on('tileerror', () => {
    failed += 1;
    if (loaded === 0 && failed >= 2) {
      map.getContainer().classList.add('tiles-failed');
      map.attributionControl.setPrefix(t('noTiles'));
      zoomClass();
      // The attribution line grew: views framed clear of it frame again.
      map.fire('attributionresize');
    }
  });
  tileLayer.addTo(map);
  map.attributionControl.addAttribution(`${t('placesData')}: ${PLACES_ATTRIBUTION}`);

  // Place names from LABEL_ZOOM on (one zoom level earlier when there are no tiles to read them from).
  const zoomClass = () => {
    const offline = map.getContainer().classList.contains('tiles-failed');
    map.getContainer().classList.toggle('labels-hidden', map.getZoom() < LABEL_ZOOM - (offline ? 1 : 0));
  };
  map.on('zoomend', zoomClass);
  zoomClass();

  map.on('moveend', () => {
    const c = map.getCenter();
    state.set({ lat: c.lat.toFixed(5), lng: c.lng.toFixed(5), z: map.getZoom() }, { silent: true });
  });
  // The container changes size without a window resize (a scrollbar appearing on a phone-width page, the
  // filters folding out): Leaflet must know, or clicks land beside where they are drawn.
  if (window.ResizeObserver) new ResizeObserver(() => map.invalidateSize({ pan: true, animate: false })).observe(map.getContainer());
  map.fromUrl = Boolean(fromUrl);
  return map;
}
