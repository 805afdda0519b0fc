/** Reading a built site's HTML files and their Content-Security-Policy. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseCsp, tags } from './html-tags';

export function htmlFiles(dir: string): string[] {
  const files: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files.push(...htmlFiles(path));
    else if (name.endsWith('.html')) files.push(path);
  }
  return files;
}

/** Every HTML page of a build declares a CSP whose script-src (or default-src) allows no inline script. */
export function cspProblems(dir: string): string[] {
  const problems: string[] = [];
  for (const file of htmlFiles(dir)) {
    const name = relative(dir, file).split(sep).join('/');
    const html = readFileSync(file, 'utf8');
    const all = tags(html);
    const metas = all.filter(
      (t) => t.name === 'meta' && t.attrs.get('http-equiv')?.toLowerCase() === 'content-security-policy',
    );
    if (metas.length === 0) {
      problems.push(`${name}: no CSP meta`);
      continue;
    }
    // The policy applies only from where it appears: it must come before any script.
    const firstScript = all.findIndex((t) => t.name === 'script');
    if (firstScript !== -1 && all.indexOf(metas[0]!) > firstScript)
      problems.push(`${name}: a script comes before the CSP meta`);
    for (const meta of metas) {
      const csp = parseCsp(meta.attrs.get('content') ?? '');
      const scriptSrc = csp.get('script-src') ?? csp.get('default-src');
      if (!scriptSrc) {
        problems.push(`${name}: CSP without script-src or default-src`);
        continue;
      }
      for (const source of scriptSrc) {
        if (
          ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:', 'http:', 'https:', 'blob:'].includes(source.toLowerCase())
        )
          problems.push(`${name}: script-src allows ${source}`);
      }
    }
  }
  return problems;
}
