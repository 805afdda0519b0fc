import { z } from 'zod';
import { parseEdtf, type Calendar } from '../domain/edtf';

/**
 * Length limits that keep the site usable: every text is shown on a page, a timeline item or a panel, and goes
 * into the search index. Each limit says why in its message. They sit well above the longest texts of the corpus
 * (title 139, account 857, locator 164 characters) and above the hostile-content test's payloads, which carry
 * every markup vector in one field.
 */
export const LIMITS = {
  title: { max: 500, why: 'a title is one line on the timeline, in lists and in the browser tab' },
  account: {
    max: 2000,
    why: "an account is one paragraph in the timeline's side panel; split a longer one into several accounts",
  },
  locator: { max: 500, why: 'a locator names a section or page of the paper' },
  name: { max: 500, why: 'a name is shown in lists and filters' },
  shortForm: { max: 60, why: 'a short form is written inside every citation group' },
  text: { max: 3000, why: 'a note, summary or description is shown in full on its page; move longer text elsewhere' },
  field: { max: 1000, why: 'a bibliographic field is one line of a reference' },
  dateAsWritten: { max: 500, why: 'it is the date exactly as the paper writes it' },
} as const;
export type LimitName = keyof typeof LIMITS;

/** A string of at most LIMITS[limit].max characters (code points), with the reason in the message. */
export function boundedString(limit: LimitName) {
  const { max, why } = LIMITS[limit];
  return z.string().refine((s) => [...s].length <= max, {
    error: (issue) =>
      `is ${[...String(issue.input)].length.toLocaleString('en')} characters long; at most ${max.toLocaleString('en')} (${why})`,
  });
}

/** ASCII slug used for every id: it is part of permalinks, so it must stay URL-safe. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be an ASCII slug (lowercase letters, digits, single hyphens)');

/** Text that every page shows in both languages: neither side may be blank. */
export function localizedText(limit: LimitName = 'text') {
  return z
    .object({
      /** Japanese text. */
      ja: z.string().trim().min(1, 'Japanese text (ja) is missing').pipe(boundedString(limit)),
      /** English text. */
      en: z.string().trim().min(1, 'English text (en) is missing').pipe(boundedString(limit)),
    })
    .strict();
}
export const localizedTextSchema = localizedText();
export type LocalizedText = z.output<typeof localizedTextSchema>;

/** Optional names in other languages next to ja/en (Russian for Soviet people and places). */
export const namesSchema = localizedText('name').extend({
  /** Russian name, in Cyrillic. */
  ru: z.string().trim().min(1).pipe(boundedString('name')).optional(),
});

/**
 * An EDTF (ISO 8601-2) date string, parsed with the `edtf` library; reversed or impossible dates (in the given
 * calendar) and precisions the site cannot show honestly are rejected.
 */
export function edtfDate(calendar: Calendar = 'gregorian') {
  return z.union([z.string(), z.number().int(), z.date()]).transform((value, ctx) => {
    // YAML turns a bare 1918 into a number (and other YAML readers 1924-05-14 into a Date); keep what the author wrote.
    const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
    try {
      parseEdtf(text, calendar);
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: `"${text}" is not a valid EDTF date: ${(error as Error).message}` });
      return z.NEVER;
    }
    return text;
  });
}
export const edtfSchema = edtfDate();

/**
 * The reading of a Japanese name in kana (ごとう しんぺい; a name written in katakana is its own reading), by which
 * Japanese lists are ordered, as a Japanese index is.
 */
export const yomiSchema = z
  .string()
  .trim()
  .regex(/^[\p{Script=Hiragana}\p{Script=Katakana}ー・ ]+$/u, 'the reading (yomi) must be in hiragana or katakana');

export const idListSchema = z.array(slugSchema).default([]);
