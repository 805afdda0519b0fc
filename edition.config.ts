/**
 * The edition statement: who is responsible for this site, how to report an error, and the licence of its data.
 * A deployer fills in the values marked `placeholder: true` (and removes that flag); until then the site shows
 * them as "not yet named", leaves them out of every citation, and the build prints a warning.
 * The version (package.json) and the last-updated date (the last git commit) are added by src/lib/edition.ts.
 */
export default {
  /** Editors or responsible body, as they should appear in citations. */
  editors: {
    placeholder: true,
    ja: '編者名（未記入）',
    en: 'Editor name (not yet filled in)',
  },
  /** Where readers report an error (a URL or a mailto: address). */
  reportError: {
    placeholder: true,
    url: 'mailto:editor@example.org',
  },
  /** Licence of the data files and of the site's own paraphrases (the papers remain their authors'). */
  licence: {
    name: 'CC BY 4.0',
    url: 'https://creativecommons.org/licenses/by/4.0/',
  },
} as const;
