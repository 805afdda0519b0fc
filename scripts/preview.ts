/**
 * `npm run preview` / `npm start`: serve the built dist/ on 127.0.0.1:4321 under BASE_PATH, with the content
 * types a browser and a reference manager need for the data files (.bib, .csv, .json; see scripts/serve.ts).
 */
import { join } from 'node:path';
import { serveStatic } from './serve';
import { normaliseBase } from '../src/lib/deploy';

const base = normaliseBase(process.env.BASE_PATH);
const port = Number(process.env.PORT ?? 4321);
const server = await serveStatic(join(import.meta.dirname, '..', 'dist'), { base, port });
console.log(`Serving dist/ at ${server.url}${base} (Ctrl-C to stop)`);
