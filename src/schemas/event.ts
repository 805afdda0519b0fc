import { z } from 'zod';
import {
  boundedString,
  edtfDate,
  edtfSchema,
  idListSchema,
  localizedText,
  localizedTextSchema,
  slugSchema,
} from './common';

/** Another paper that speaks of the same event, and where. */
export const paperRefSchema = z.object({ paper: slugSchema, locator: localizedText('locator') }).strict();

/** What a note is about; event pages show each kind under its own heading. */
export const NOTE_KINDS = ['discrepancy', 'editorial', 'source-text'] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];

/** A note on an event, in both languages. */
export const noteSchema = z
  .object({
    /**
     * `source-text`: how the paper's damaged or ambiguous text is read (layout, OCR, misprints, citation forms);
     * `discrepancy`: sources or papers disagree, or a paper contradicts itself;
     * `editorial`: what the editors chose and why (dating conventions, markers, grouping).
     */
    kind: z.enum(NOTE_KINDS, { error: `kind must be one of ${NOTE_KINDS.join(', ')}` }),
    ja: localizedTextSchema.shape.ja,
    en: localizedTextSchema.shape.en,
  })
  .strict();
export type Note = z.output<typeof noteSchema>;

/** An account as written in the Markdown body, before citations are resolved (see remark-accounts). */
export const rawAccountSchema = z
  .object({
    /** ●, ★, a bracket label such as [omsk], or null for context. */
    marker: z.string().nullable(),
    text: z.string().trim().min(1, 'account text is empty').pipe(boundedString('account')),
    /** Short citations exactly as written, e.g. "ソコロフ 127". */
    citations: z.array(z.string()),
    /** 1-based line in the file, for error messages. */
    line: z.number().int().optional(),
  })
  .strict();
export type RawAccount = z.output<typeof rawAccountSchema>;

/** The front matter of `content/events/<id>.md`. */
export const eventFrontMatterSchema = z
  .object({
    /** EDTF date, Gregorian: day, month, year, range (下旬 = 21 → month end), open end, uncertain. */
    date: edtfSchema,
    /** The date exactly as the paper writes it, in quotes: unquoted, YAML reads 9.20 as the number 9.2. */
    dateAsWritten: z
      .string({
        error: (issue) =>
          typeof issue.input === 'number'
            ? `write it in quotes, dateAsWritten: "${String(issue.input)}…" exactly as the paper does: unquoted, YAML reads it as the number ${String(issue.input)} and drops digits such as the 0 of 9.20`
            : undefined,
      })
      .trim()
      .min(1, 'is empty: leave the field out when the paper gives no date of its own')
      .pipe(boundedString('dateAsWritten'))
      .optional(),
    /** The Julian (Old Style) date a paper gives for a Russian date before 1918-02-14. */
    oldStyle: edtfDate('julian').optional(),
    title: localizedText('title'),
    /** The paper (work id with role paper) the event comes from. */
    paper: slugSchema,
    /** Where in that paper: section and/or page. */
    locator: localizedText('locator'),
    alsoIn: z.array(paperRefSchema).default([]),
    themes: idListSchema,
    people: idListSchema,
    places: idListSchema,
    related: idListSchema,
    /** Notes, each with its kind: disagreements, readings of damaged text, the editors' choices. */
    notes: z.array(noteSchema).default([]),
  })
  .strict();

/** An event entry: front matter plus the accounts parsed from its body by remark-accounts. */
export const eventSchema = eventFrontMatterSchema.extend({
  accounts: z
    .object({ ja: z.array(rawAccountSchema), en: z.array(rawAccountSchema) })
    .strict()
    .refine((a) => a.ja.length > 0, { message: 'an event needs at least one account', path: ['ja'] }),
});
export type EventInput = z.input<typeof eventSchema>;
export type EventEntry = z.output<typeof eventSchema>;
