/**
 * Type-check the .astro components and pages (tsc sees only .ts). Astro's checker runs on TypeScript's
 * language-service API, which TypeScript 7 does not ship yet, so it runs on a TypeScript 6 installed beside
 * it (the `typescript6` npm alias); tsc 7 still checks every .ts file. Exits non-zero on any error.
 */
import { createRequire, registerHooks } from 'node:module';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

// Volar (under the checker) requires "typescript" itself: for this process only, that means TypeScript 6.
registerHooks({
  resolve: (specifier, context, next) => next(specifier === 'typescript' ? 'typescript6' : specifier, context),
});
const { AstroCheck } = await import('@astrojs/language-server').catch((error: unknown) => {
  console.error(
    `astro check: @astrojs/language-server or typescript6 is not installed: run npm install (${String(error)})`,
  );
  process.exit(1);
});

const root = resolve(import.meta.dirname, '..');
const astroFiles = (readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' }) as string[])
  .filter((name) => name.endsWith('.astro'))
  .map((name) => join(root, 'src', name));

const checker = new AstroCheck(
  root,
  createRequire(import.meta.url).resolve('typescript6'),
  join(root, 'tsconfig.json'),
);
const result = await checker.lint({ fileNames: astroFiles, logErrors: { level: 'error' } });
console.info(`astro check: ${result.fileChecked} .astro files, ${result.errors} error(s)`);
if (result.fileChecked < astroFiles.length) {
  console.error(`astro check: only ${result.fileChecked} of ${astroFiles.length} .astro files were checked`);
  process.exit(1);
}
process.exit(result.errors > 0 ? 1 : 0);
