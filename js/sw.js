// Service worker: precaches every file of this build under a cache named after the build's
// content, serves them cache-first, and removes older builds' caches on activate. A new
// build waits until the page asks it to take over (the page shows an update button).
const CACHE = '__CACHE__';
const FILES = __FILES__;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('isesaki-kpi-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  // Navigations (any query string) get the cached page; everything else by exact URL.
  const lookup = request.mode === 'navigate'
    ? caches.match(new URL('./', self.registration.scope).href, { cacheName: CACHE })
    : caches.match(request, { cacheName: CACHE, ignoreSearch: true });
  event.respondWith(lookup.then((cached) => cached || fetch(request)));
});
