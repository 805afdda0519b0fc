/**
 * `npm run ids:update [content-dir]`: add every current event id to content/published-ids.txt (sorted, one
 * per line). Ids are only ever added: an id that disappears from content/events/ stays listed, and the
 * validator then asks for the event back or a redirect in content/redirects.yaml. To withdraw an id that
 * was never really published, delete its line by hand.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { readContent } from '../src/lib/content/read';
import {
  formatPublishedIds,
  mergePublishedIds,
  parsePublishedIds,
  PUBLISHED_IDS_FILE,
} from '../src/lib/content/stable-ids';

const contentDir = resolve(process.argv[2] ?? 'content');
const root = resolve(contentDir, '..');
const listPath = join(contentDir, PUBLISHED_IDS_FILE);
const file = relative(root, listPath);

const existing = existsSync(listPath) ? parsePublishedIds(readFileSync(listPath, 'utf8'), file) : null;
if (existing?.problems.length) {
  console.error(
    `✗ ${file} has problems; fix them first:\n${existing.problems.map((p) => `  ${p.file}: ${p.field}: ${p.message}`).join('\n')}`,
  );
  process.exit(1);
}
// Every file in events/ counts, even one with content problems: its id is what its permalink will be.
const raw = readContent(contentDir, root);
const current = raw.entries.events.map((e) => e.id);
const { ids, added } = mergePublishedIds(existing?.list.ids.map((p) => p.id) ?? [], current);
writeFileSync(listPath, formatPublishedIds(ids));
console.log(
  added.length
    ? `✓ added ${added.length} id(s) to ${file}:\n${added.map((id) => `  ${id}`).join('\n')}`
    : `✓ ${file} is up to date (${ids.length} ids)`,
);

const events = new Set(current);
const redirected = new Set((raw.redirects?.entries ?? []).map((r) => r.from));
const gone = ids.filter((id) => !events.has(id) && !redirected.has(id));
if (gone.length) {
  console.warn(
    `! ${gone.length} listed id(s) are neither events nor redirected (npm run validate will fail until you restore them or add redirects):\n${gone.map((id) => `  ${id}`).join('\n')}`,
  );
}
