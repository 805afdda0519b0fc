/** Runs a Pagefind search for ?q= and lists the results (title, date, excerpt) as text with links. */
import { assetPath, BASE } from '../lib/urls';

interface PagefindResult {
  data: () => Promise<{ url: string; excerpt: string; meta: Record<string, string> }>;
}
interface Pagefind {
  options: (options: { baseUrl: string }) => Promise<void>;
  init: () => Promise<void>;
  search: (query: string) => Promise<{ results: PagefindResult[] }>;
}

// A module, not a script: its top-level names (status, list) must not collide with window's.
export {};

const list = document.querySelector<HTMLOListElement>('[data-search-results]');
const status = document.querySelector<HTMLElement>('[data-search-status]');
const input = document.querySelector<HTMLInputElement>('[data-search-input]');
document.querySelector<HTMLElement>('[data-search-noscript]')?.setAttribute('hidden', '');

/** Pagefind's excerpt marks hits with <mark>; keep only its text, never its markup. */
function excerptText(excerpt: string): string {
  return new DOMParser().parseFromString(excerpt, 'text/html').body.textContent ?? '';
}

async function run(query: string) {
  if (!list || !status) return;
  const strings = JSON.parse(list.dataset.strings!) as { results: string; none: string; loading: string };
  list.replaceChildren();
  if (!query) return;
  status.textContent = strings.loading;
  const pagefind = (await import(/* @vite-ignore */ assetPath('pagefind/pagefind.js'))) as Pagefind;
  // Result URLs are the built files' paths; under a sub-path they need the base in front.
  await pagefind.options({ baseUrl: BASE });
  await pagefind.init();
  const search = await pagefind.search(query);
  const results = await Promise.all(search.results.slice(0, 50).map((r) => r.data()));
  for (const result of results) {
    const item = document.createElement('li');
    item.className = 'search-result';
    const link = document.createElement('a');
    link.href = result.url;
    link.textContent = result.meta.title ?? result.url;
    const date = document.createElement('span');
    date.className = 'event-date';
    date.textContent = result.meta.date ? ` ${result.meta.date}` : '';
    const excerpt = document.createElement('p');
    excerpt.textContent = excerptText(result.excerpt);
    item.append(link, date, excerpt);
    list.append(item);
  }
  status.textContent = (search.results.length ? strings.results : strings.none).replace('{count}', String(search.results.length)).replace('{query}', query);
  list.dataset.done = 'true';
}

const query = new URLSearchParams(location.search).get('q')?.trim() ?? '';
if (input) input.value = query;
void run(query);
