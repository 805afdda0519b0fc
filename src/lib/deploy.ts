/**
 * Where the site will be published: SITE_URL (the public origin, e.g. https://history.example.org) and
 * BASE_PATH (the sub-path it is served under, default "/"). Every permalink, citation and data-file URL is
 * made from them, so a production build refuses to guess: without SITE_URL it stops and says how to set it.
 * `npm start` (local preview) sets a loopback SITE_URL itself (scripts/preview-local.sh).
 */
export interface Deploy {
  /** Origin with no path: https://history.example.org */
  site: string;
  /** Sub-path with leading and trailing slash: "/" or "/nisso-timeline/". */
  base: string;
}

export const LOCAL_SITE_URL = 'http://127.0.0.1:4321';

export class DeployConfigError extends Error {}

/** "/nisso-timeline" | "nisso-timeline/" | "" → "/nisso-timeline/" | "/". */
export function normaliseBase(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  if (trimmed && !/^[A-Za-z0-9._~\-/]+$/.test(trimmed))
    throw new DeployConfigError(
      `BASE_PATH "${raw}" may only contain letters, digits and - . _ ~ / (e.g. BASE_PATH=/nisso-timeline/)`,
    );
  return trimmed ? `/${trimmed}/` : '/';
}

/**
 * @param env the process environment
 * @param command the astro command being run (build, preview, dev, …)
 * @example resolveDeploy({ SITE_URL: 'https://history.example.org', BASE_PATH: '/nisso-timeline/' }, 'build')
 *   // { site: 'https://history.example.org', base: '/nisso-timeline/' }
 */
export function resolveDeploy(env: Record<string, string | undefined>, command: string): Deploy {
  const base = normaliseBase(env.BASE_PATH);
  const raw = env.SITE_URL?.trim();
  if (!raw) {
    if (command === 'build') {
      throw new DeployConfigError(
        'SITE_URL is not set. A production build writes the public address into every permalink, citation and data file, ' +
          'so it must be given: SITE_URL=https://your.host npm run build (add BASE_PATH=/sub-path/ when the site is not at the root). ' +
          'For a local preview run `npm start`, which sets a local SITE_URL itself. See README, "Deploy".',
      );
    }
    return { site: LOCAL_SITE_URL, base };
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new DeployConfigError(
      `SITE_URL "${raw}" is not an absolute URL (expected e.g. SITE_URL=https://history.example.org)`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new DeployConfigError(`SITE_URL "${raw}" must start with https:// or http://`);
  if (url.pathname !== '/' || url.search || url.hash) {
    throw new DeployConfigError(
      `SITE_URL "${raw}" must be an origin only (e.g. https://history.example.org); put the sub-path in BASE_PATH (e.g. BASE_PATH=${url.pathname})`,
    );
  }
  return { site: url.origin, base };
}
