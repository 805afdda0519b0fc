import { z } from 'zod';
import { localizedTextSchema, slugSchema } from './common';
import { noteSchema, paperRefSchema } from './event';
import { questionSchema } from './question';
import { sideSchema } from './side';

/**
 * An event after validation (src/lib/content/validate.ts): dates parsed, markers resolved to sides, short
 * citations resolved to works. This is what the `events` collection stores and what every page reads.
 */

/** A short citation resolved to a work and the pages within it. */
export const resolvedCitationSchema = z
  .object({
    work: slugSchema,
    /** Pages or other locator as written (`127`, `90-92`), null when none is given. */
    pages: z.string().nullable(),
    /** The short citation exactly as the paper wrote it. */
    citedAs: z.string(),
  })
  .strict();

/** One source's account of the event, in both languages. */
export const accountSchema = z
  .object({
    /** Side id: japanese, soviet, context, or another labelled side. */
    side: slugSchema,
    sideKind: sideSchema.shape.kind,
    /** The marker as written: ●, ★, [omsk]; empty for context. */
    marker: z.string(),
    /** The paper this account comes from. */
    paper: slugSchema,
    text: localizedTextSchema,
    citations: z.array(resolvedCitationSchema),
  })
  .strict();

export const resolvedEventSchema = z
  .object({
    id: slugSchema,
    /** Source file, relative to the project root. */
    file: z.string(),
    /** EDTF, Gregorian, as authored. */
    date: z.string(),
    dateAsWritten: z.string().optional(),
    oldStyle: z.string().optional(),
    /** First possible day, YYYY-MM-DD. */
    earliest: z.string(),
    /** Last possible day; null for an open end. */
    latest: z.string().nullable(),
    kind: z.enum(['point', 'span']),
    title: localizedTextSchema,
    paper: slugSchema,
    locator: localizedTextSchema,
    alsoIn: z.array(paperRefSchema),
    themes: z.array(slugSchema),
    people: z.array(slugSchema),
    places: z.array(slugSchema),
    related: z.array(slugSchema),
    notes: z.array(noteSchema),
    accounts: z.array(accountSchema),
  })
  .strict();

export type ResolvedCitation = z.output<typeof resolvedCitationSchema>;
export type Account = z.output<typeof accountSchema>;
export type ResolvedEvent = z.output<typeof resolvedEventSchema>;

/** A question at stake after validation: its introduction's citations resolved (src/lib/content/questions.ts). */
export const resolvedQuestionSchema = questionSchema
  .extend({
    id: slugSchema,
    /** Source file, relative to the project root. */
    file: z.string(),
    /** For each paragraph of the introduction, its citations resolved. */
    introCitations: z.array(z.array(resolvedCitationSchema)),
  })
  .strict();
