/*
 * Service worker of the presentation mode (<base>ja/present/, <base>en/present/), registered by src/scripts/present/offline.ts.
 * It keeps a copy of the presentation pages, the /_astro/ files they use and the timeline data, so that a deck
 * opened once still opens without network. It answers only for those requests; every other request of the
 * site goes to the network untouched.
 *   pages and data: network first, the cached copy when the network fails;
 *   /_astro/ files (content-hashed, never change): cache first.
 */
const CACHE = 'present-v1';
// The site may be published under a sub-path: it is the folder this worker is served from.
const BASE = new URL('./', self.location.href).pathname;
const PAGES = [`${BASE}ja/present/`, `${BASE}en/present/`];

const rest = (url) => (url.pathname.startsWith(BASE) ? url.pathname.slice(BASE.length) : null);
const isPage = (url) => /^(ja|en)\/present\/$/.test(rest(url) ?? '');
const isData = (url) => /^data\/timeline\.(ja|en)\.json$/.test(rest(url) ?? '');
const isAsset = (url) => (rest(url) ?? '').startsWith('_astro/');

/** Fetch and keep each URL (site paths); failures are skipped, and so are copies already kept when asked. */
async function keep(urls, skipKept = false) {
  const cache = await caches.open(CACHE);
  const results = await Promise.all(urls.map(async (path) => {
    try {
      const url = new URL(path, self.location.origin);
      if (url.origin !== self.location.origin) return false;
      if (skipKept && (await cache.match(url.pathname))) return true;
      const response = await fetch(url.pathname, { cache: 'no-cache' });
      if (!response.ok || response.redirected) return false;
      await cache.put(url.pathname, response);
      return true;
    } catch {
      return false;
    }
  }));
  return results.filter(Boolean).length;
}

/** The _astro/ files a page's HTML names (scripts, stylesheets, preloads), as site paths. */
function assetsOf(html) {
  return [...new Set([...html.matchAll(/(?:src|href)="(\/[^"?#]*)"/g)].map((m) => m[1]).filter((path) => isAsset(new URL(path, self.location.origin))))];
}

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    for (const page of PAGES) {
      try {
        const response = await fetch(page, { cache: 'no-cache' });
        if (!response.ok || response.redirected) continue;
        const html = await response.clone().text();
        await cache.put(page, response);
        await keep(assetsOf(html));
      } catch {
        // Offline during install: the page's own message (below) fills the cache later.
      }
    }
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) if (name.startsWith('present-') && name !== CACHE) await caches.delete(name);
    await self.clients.claim();
  })());
});

/**
 * Drop /_astro/ files of earlier builds: keep those the page just listed and those the cached pages name.
 * (The file names change with every build, so without this the cache would grow with each new version.)
 */
async function prune(listed) {
  const cache = await caches.open(CACHE);
  const wanted = new Set(listed);
  for (const page of PAGES) {
    const response = await cache.match(page);
    if (response) for (const asset of assetsOf(await response.text())) wanted.add(asset);
  }
  for (const request of await cache.keys()) {
    const url = new URL(request.url);
    if (isAsset(url) && !wanted.has(url.pathname)) await cache.delete(request);
  }
}

// The page lists what it loaded on its first visit (before this worker controlled it): keep those too.
self.addEventListener('message', (event) => {
  const data = event.data;
  if (!data || data.type !== 'cache' || !Array.isArray(data.urls)) return;
  const urls = data.urls.filter((u) => typeof u === 'string' && u.startsWith('/')).filter((u) => {
    const url = new URL(u, self.location.origin);
    return isPage(url) || isData(url) || isAsset(url);
  });
  // Pages and data loaded under this worker are already fresh copies (network first); the rest is fetched once.
  event.waitUntil(keep(urls, true).then(async (count) => {
    await prune(urls);
    if (event.ports[0]) event.ports[0].postMessage({ cached: true, count });
  }));
});

async function networkFirst(request, key) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok && !response.redirected) await cache.put(key, response.clone());
    return response;
  } catch (error) {
    const cached = await cache.match(key);
    if (cached) return cached;
    throw error;
  }
}

async function cacheFirst(request, key, keepCopy) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(key);
  if (cached) return cached;
  const response = await fetch(request);
  if (keepCopy && response.ok) await cache.put(key, response.clone());
  return response;
}

/** Whether the request comes from a presentation page (only those fill the cache as they go). */
async function fromPresentation(event) {
  if (!event.clientId) return false;
  const client = await self.clients.get(event.clientId);
  return Boolean(client && isPage(new URL(client.url)));
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (isPage(url)) event.respondWith(networkFirst(request, url.pathname));
  else if (isData(url)) event.respondWith(networkFirst(request, url.pathname));
  else if (isAsset(url)) event.respondWith(fromPresentation(event).then((keepCopy) => cacheFirst(request, url.pathname, keepCopy)));
});
