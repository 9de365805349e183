// Service worker of the field page (walk.html): the app shell and the walk's data are kept, so the page opens
// and shows the walk without a network. Pages and API answers: network first, the kept copy when offline.
// Scripts and styles: the kept copy first, refreshed in the background. Writes are never touched here: the
// page's outbox (js/outbox.js) keeps them until they can be sent.
const CACHE = 'platslage-field-v1';
const SHELL = [
  '/walk.html',
  '/css/app.css',
  '/css/walk.css',
  '/js/walk.js',
  '/js/walkreport.js',
  '/js/outbox.js',
  '/js/api.js',
  '/js/dom.js',
  '/js/i18n.js',
  '/js/perms.js',
  '/js/texts-field.js',
  '/webjars/leaflet/dist/leaflet.js',
  '/webjars/leaflet/dist/leaflet.css',
];
/** API answers kept for offline use: the walks, their observations, checklists, and who is signed in. */
const KEPT_API = /^\/api\/(me|status|walks(\/\d+(\/observations)?)?|walk-checklists\/[^/]+)$/;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(SHELL)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate' && url.pathname === '/walk.html') {
    event.respondWith(networkFirst(request, '/walk.html'));
  } else if (KEPT_API.test(url.pathname)) {
    event.respondWith(networkFirst(request, url.pathname + url.search));
  } else if (SHELL.includes(url.pathname) || url.pathname.startsWith('/img/')) {
    event.respondWith(cacheFirst(request));
  }
});

async function networkFirst(request, key) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    // Only real answers are kept: a redirect to the login page is not the walk.
    if (response.ok && !response.redirected) cache.put(key, response.clone());
    return response;
  } catch (offline) {
    const kept = await cache.match(key);
    if (kept) return kept;
    throw offline;
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const kept = await cache.match(request, { ignoreSearch: true });
  const fresh = fetch(request).then((response) => {
    if (response.ok) cache.put(request, response.clone());
    return response;
  }).catch(() => null);
  return kept ?? (await fresh) ?? Response.error();
}
