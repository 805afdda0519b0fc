import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** TEST_DIST lets parallel runs build into their own folder. */
export const DIST = process.env.TEST_DIST ?? join(ROOT, 'dist');
export const CONTENT = join(ROOT, 'content');
export const FIXTURES = join(ROOT, 'tests', 'fixtures');
export const MINI_CONTENT = join(FIXTURES, 'mini-content');
