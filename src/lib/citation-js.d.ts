/** The part of citation-js (0.7, untyped) this project uses. */
declare module '@citation-js/core' {
  export type CslItem = Record<string, unknown>;
  export class Cite {
    constructor(data: unknown, options?: Record<string, unknown>);
    data: CslItem[];
    format(format: string, options?: Record<string, unknown>): string | unknown;
  }
  export const plugins: {
    config: {
      // Each plugin's config object is its own shape (e.g. @csl: { templates, locales }, @bibtex: { format }).
      get(name: string): any;
    };
  };
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
