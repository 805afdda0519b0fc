/** Serve a built site on 127.0.0.1 (a random free port) for browser and crawl tests: the preview's server. */
export { serveStatic } from '../../scripts/serve';
