import { z } from 'zod';
import { parseEdtf } from '../lib/dates';

/** ASCII slug used for every id: it is part of permalinks, so it must stay URL-safe. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be an ASCII slug (lowercase letters, digits, single hyphens)');

/** Text that every page shows in both languages: neither side may be blank. */
export const localizedTextSchema = z
  .object({
    /** Japanese text. */
    ja: z.string().trim().min(1, 'Japanese text (ja) is missing'),
    /** English text. */
    en: z.string().trim().min(1, 'English text (en) is missing'),
  })
  .strict();
export type LocalizedText = z.output<typeof localizedTextSchema>;

/** Optional names in other languages next to ja/en (Russian for Soviet people and places). */
export const namesSchema = localizedTextSchema.extend({
  /** Russian name, in Cyrillic. */
  ru: z.string().trim().min(1).optional(),
});

/** An EDTF (ISO 8601-2) date string, parsed with the `edtf` library; reversed or impossible dates are rejected. */
export const edtfSchema = z
  .union([z.string(), z.number(), z.date()])
  .transform((value, ctx) => {
    // YAML turns a bare 1918 into a number and 1924-05-14 into a Date; keep what the author wrote.
    const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
    try {
      parseEdtf(text);
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: `"${text}" is not a valid EDTF date: ${(error as Error).message}` });
      return z.NEVER;
    }
    return text;
  });

/**
 * The reading of a Japanese name in kana (ごとう しんぺい; a name written in katakana is its own reading), by which
 * Japanese lists are ordered, as a Japanese index is.
 */
export const yomiSchema = z
  .string()
  .trim()
  .regex(/^[\p{Script=Hiragana}\p{Script=Katakana}ー・ ]+$/u, 'the reading (yomi) must be in hiragana or katakana');

export const idListSchema = z.array(slugSchema).default([]);
