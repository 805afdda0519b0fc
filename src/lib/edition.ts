/**
 * The edition: edition.config.ts (editors, error reports, licence) plus the version (package.json) and the
 * last-updated date (the date of the last git commit, or EDITION_UPDATED=YYYY-MM-DD when the build has no git).
 * Read once at build time; shown on the About pages and in the footer and carried into every citation.
 */
import { execFileSync } from 'node:child_process';
import config from '../../edition.config';
import pkg from '../../package.json';
import type { Lang } from './dates';

export interface Edition {
  /** null while the config still holds the placeholder. */
  editors: { ja: string; en: string } | null;
  reportError: string | null;
  licence: { name: string; url: string };
  version: string;
  /** ISO day of the last change. */
  updated: string;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The date of the last commit (YYYY-MM-DD), or EDITION_UPDATED when set. */
export function lastUpdated(
  env: Record<string, string | undefined> = process.env,
  git: () => string = gitDate,
): string {
  const fromEnv = env.EDITION_UPDATED?.trim();
  if (fromEnv) {
    if (!ISO_DAY.test(fromEnv)) throw new Error(`EDITION_UPDATED "${fromEnv}" must be a day as YYYY-MM-DD`);
    return fromEnv;
  }
  const day = git().trim();
  if (!ISO_DAY.test(day))
    throw new Error(
      'edition: the last-updated date comes from git; outside a git checkout set EDITION_UPDATED=YYYY-MM-DD',
    );
  return day;
}

function gitDate(): string {
  try {
    return execFileSync('git', ['log', '-1', '--format=%cs'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch {
    return '';
  }
}

let cached: Edition | undefined;
export function edition(): Edition {
  cached ??= {
    editors: config.editors.placeholder ? null : { ja: config.editors.ja, en: config.editors.en },
    reportError: config.reportError.placeholder ? null : config.reportError.url,
    licence: config.licence,
    version: pkg.version,
    updated: lastUpdated(),
  };
  return cached;
}

/** "2026-11-29" → "2026年11月29日" / "29 November 2026". */
export function formatDay(day: string, lang: Lang): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  if (lang === 'ja') return `${y}年${m}月${d}日`;
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    Date.UTC(y, m - 1, d),
  );
}
