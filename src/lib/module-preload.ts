/**
 * `<link rel="modulepreload">` for the chunks a page's module scripts will import, so the browser fetches
 * and compiles them from the head instead of discovering them one after the other: every static import of
 * an entry script, and those dynamic imports the caller names. Astro hashes chunk names, so this reads the built
 * files rather than naming them.
 */

/** Relative imports of a built chunk: `import … from "./x.js"` / `import "./x.js"` and `import("./x.js")`. */
export function chunkImports(code: string): { static: string[]; dynamic: string[] } {
  const statics = new Set<string>();
  const dynamics = new Set<string>();
  for (const m of code.matchAll(/(?:^|[;}\s])import\s*(?:[\w${}\s,*]+from\s*)?["'`](\.\/[^"'`]+\.js)["'`]/g))
    statics.add(m[1]!);
  for (const m of code.matchAll(/\bimport\(\s*["'`](\.\/[^"'`]+\.js)["'`]\s*\)/g)) dynamics.add(m[1]!);
  return { static: [...statics], dynamic: [...dynamics] };
}

/**
 * The page's HTML with modulepreload links added before `</head>` for the imports of its module scripts.
 * `read(src)` returns a script's code (or null when it is not a built chunk); `wantDynamic` picks the
 * dynamic imports to preload. Links already present are not repeated.
 */
export function addModulePreloads(
  html: string,
  read: (src: string) => string | null,
  wantDynamic: (file: string) => boolean,
): string {
  const scripts = [...html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!);
  const links: string[] = [];
  for (const src of scripts) {
    const code = read(src);
    if (code === null) continue;
    const dir = src.slice(0, src.lastIndexOf('/') + 1);
    const { static: statics, dynamic } = chunkImports(code);
    for (const file of [...statics, ...dynamic.filter(wantDynamic)]) {
      const href = dir + file.slice(2);
      if (!links.includes(href) && !html.includes(`href="${href}"`)) links.push(href);
    }
  }
  if (!links.length) return html;
  const tags = links.map((href) => `<link rel="modulepreload" href="${href}">`).join('');
  return html.replace('</head>', `${tags}</head>`);
}
