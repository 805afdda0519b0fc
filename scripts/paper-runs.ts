/**
 * Writes tests/fixtures/paper-runs.txt: the sorted, de-duplicated hashes of every 30-character run of the five
 * papers' text (normalised as in src/lib/content/overlap.ts). The papers are not part of the project; run this by
 * hand, once, with the folder of their plain-text files:
 *
 *   bash scripts/with-node.sh tsx scripts/paper-runs.ts <folder-with-the-papers>
 *
 * Only *.txt files in that folder are read. Tests read the hash list, never the papers.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hashRun, normalizeForOverlap, windows } from '../src/lib/content/overlap';

const folder = process.argv[2];
if (!folder) {
  console.error('usage: tsx scripts/paper-runs.ts <folder with the papers as .txt files>');
  process.exit(2);
}
const files = readdirSync(folder)
  .filter((f) => f.endsWith('.txt'))
  .sort();
if (files.length === 0) {
  console.error(`${folder}: no .txt files`);
  process.exit(1);
}
const hashes = new Set<string>();
for (const file of files)
  for (const run of windows(normalizeForOverlap(readFileSync(join(folder, file), 'utf8')))) hashes.add(hashRun(run));
const out = new URL('../tests/fixtures/paper-runs.txt', import.meta.url);
writeFileSync(out, [...hashes].sort().join('\n') + '\n');
console.log(`${files.length} files, ${hashes.size} runs → tests/fixtures/paper-runs.txt`);
