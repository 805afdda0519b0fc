/**
 * A static server on 127.0.0.1 for the built site, plus /__bench/ for the bare vis-timeline page (and the
 * Lighthouse variants). `gzip`: send the precompressed .gz copy of a file when there is one, as a static host does.
 */
import { createServer, type Server } from 'node:http';
import sirv from 'sirv';

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

export async function serve(siteDir: string, benchDir: string, { gzip = false } = {}): Promise<StaticServer> {
  const options = { dev: false, etag: false, gzip, extensions: ['html'] };
  const site = sirv(siteDir, options);
  const bench = sirv(benchDir, options);
  const notFound = (res: import('node:http').ServerResponse) => () => {
    res.statusCode = 404;
    res.end('not found');
  };
  const server: Server = createServer((req, res) => {
    if (req.url?.startsWith('/__bench/')) {
      req.url = req.url.slice('/__bench'.length);
      bench(req, res, notFound(res));
    } else site(req, res, notFound(res));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
