import { describe, expect, it } from 'vitest';
import { addModulePreloads, chunkImports } from '../../src/lib/module-preload';

const island =
  'import{a as e}from"./urls.AB12.js";import{b}from"./dom.CD34.js";import"./side.EF.js";' +
  'const v=()=>import(`./vis-timeline-graph2d.GH56.js`);const s=()=>import("./search.IJ.js");';

describe('chunkImports', () => {
  it('finds the static and the dynamic relative imports of a minified chunk', () => {
    expect(chunkImports(island)).toEqual({
      static: ['./urls.AB12.js', './dom.CD34.js', './side.EF.js'],
      dynamic: ['./vis-timeline-graph2d.GH56.js', './search.IJ.js'],
    });
  });
});

describe('addModulePreloads', () => {
  const page = (head: string) =>
    `<html><head><title>t</title>${head}</head><body><script type="module" src="/base/_astro/App.X1.js"></script></body></html>`;
  const read = (src: string) => (src === '/base/_astro/App.X1.js' ? island : null);

  it('preloads the static imports and the chosen dynamic import under the script’s folder, in the head', () => {
    const html = addModulePreloads(page(''), read, (f) => f.startsWith('./vis-timeline'));
    const head = html.slice(0, html.indexOf('</head>'));
    expect([...head.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => m[1])).toEqual([
      '/base/_astro/urls.AB12.js',
      '/base/_astro/dom.CD34.js',
      '/base/_astro/side.EF.js',
      '/base/_astro/vis-timeline-graph2d.GH56.js',
    ]);
    expect(html).not.toContain('search.IJ.js');
  });

  it('leaves a page without module scripts, or with the links already there, as it is', () => {
    const plain = '<html><head></head><body><p>x</p></body></html>';
    expect(addModulePreloads(plain, read, () => true)).toBe(plain);
    const once = addModulePreloads(page(''), read, () => true);
    expect(addModulePreloads(once, read, () => true)).toBe(once);
  });
});
