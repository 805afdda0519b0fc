/** The part of citation-js (0.7, untyped) this project uses. */
declare module '@citation-js/core' {
  export type CslItem = Record<string, unknown>;
  export class Cite {
    constructor(data: unknown, options?: Record<string, unknown>);
    data: CslItem[];
    format(format: string, options?: Record<string, unknown>): string | unknown;
  }
  interface Register {
    add(name: string, xml: string): void;
  }
  export const plugins: {
    config: {
      // Each plugin's config object is its own shape: only the parts used here.
      get(name: '@csl'): { templates: Register; locales: Register };
      get(name: '@bibtex'): { format: Record<string, boolean> };
    };
  };
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
