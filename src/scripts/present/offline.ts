/**
 * Offline use of the presentation: registers public/present-sw.js (scope: the site's base path) and asks it to keep this page,
 * its /_astro/ files and the timeline data, so that a lecture room without network still gets the slides.
 * The first visit is not yet served by the worker, so the page lists what it loaded and the worker caches that.
 */
import { assetPath, BASE } from '../../lib/urls';

export async function enableOffline(dataUrl: string, onReady: () => void): Promise<void> {
  if (!('serviceWorker' in navigator) || !import.meta.env.PROD) return;
  try {
    await navigator.serviceWorker.register(assetPath('present-sw.js'), { scope: BASE });
    const registration = await navigator.serviceWorker.ready;
    const worker = registration.active;
    if (!worker) return;
    const assets = new Set<string>([location.pathname, dataUrl]);
    const add = (href: string | null) => {
      if (!href) return;
      const url = new URL(href, location.href);
      if (url.origin === location.origin && url.pathname.startsWith(assetPath('_astro/'))) assets.add(url.pathname);
    };
    for (const entry of performance.getEntriesByType('resource')) add(entry.name);
    for (const node of document.querySelectorAll<HTMLLinkElement | HTMLScriptElement>('link[href], script[src]'))
      add(node.getAttribute('href') ?? node.getAttribute('src'));
    const channel = new MessageChannel();
    channel.port1.onmessage = (event: MessageEvent<{ cached?: boolean }>) => {
      if (event.data?.cached) onReady();
    };
    worker.postMessage({ type: 'cache', urls: [...assets] }, [channel.port2]);
  } catch {
    // No offline copy (private mode, storage full): the slides work online as before.
  }
}
