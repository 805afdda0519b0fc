/**
 * A static server for the built site: serves `dir` under `base` (any other path is 404), maps /x/ to
 * /x/index.html, and names the content type of the data files (sirv's table has no .bib, and no charset).
 * Used by the preview (scripts/preview.ts) and by the tests.
 */
import { createServer, type Server, type ServerResponse } from 'node:http';
import sirv from 'sirv';

/** Content types by extension, with the charset the files are written in. */
export const CONTENT_TYPES: Record<string, string> = {
  '.bib': 'application/x-bibtex; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8; header=present',
  '.json': 'application/json; charset=utf-8',
  '.ris': 'application/x-research-info-systems; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
};

export function contentTypeFor(pathname: string): string | undefined {
  const ext = /\.[a-z0-9]+$/i.exec(pathname)?.[0]?.toLowerCase();
  return ext ? CONTENT_TYPES[ext] : undefined;
}

export async function serveStatic(
  dir: string,
  options: { base?: string; port?: number; host?: string } = {},
): Promise<{ url: string; close: () => Promise<void> }> {
  const base = options.base ?? '/';
  const handler = sirv(dir, {
    dev: false,
    etag: false,
    extensions: ['html'],
    setHeaders: (res: ServerResponse, pathname: string) => {
      const type = contentTypeFor(pathname);
      if (type) res.setHeader('Content-Type', type);
    },
  });
  const notFound = (res: ServerResponse) => {
    res.statusCode = 404;
    res.end('not found');
  };
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (!url.startsWith(base)) return notFound(res);
    req.url = `/${url.slice(base.length)}`;
    handler(req, res, () => notFound(res));
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
