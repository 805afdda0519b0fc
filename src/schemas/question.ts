import { z } from 'zod';
import { localizedTextSchema, slugSchema } from './common';

/** One paragraph of a question's introduction: own words in both languages, cited like an account. */
export const introParagraphSchema = localizedTextSchema
  .extend({
    /** The short citations the paragraph rests on, as the papers write them (`小澤 1987`, `ソコロフ 127`). */
    cites: z.array(z.string().trim().min(1)).min(1, 'every paragraph of an introduction needs at least one citation'),
  })
  .strict();

/** Whose position a figure is (not whose sources report it): a Japanese-side source may report a Soviet offer. */
export const PARTIES = ['japanese', 'soviet', 'agreed'] as const;
export type Party = (typeof PARTIES)[number];

/**
 * A figure one side proposed, demanded or accepted, taken from one account of one event. The figure must be
 * written in that account's English text: a position is recorded, never inferred.
 */
export const positionSchema = z
  .object({
    /** The event whose account states the figure. */
    event: slugSchema,
    /** The account within the event, counted from 1 in the order of the event's accounts. */
    account: z.number().int().min(1, 'accounts are counted from 1'),
    /** Whose position the figure is. */
    party: z.enum(PARTIES),
    /** The figure, or the low and high ends of a range the account gives ("15 to 20 percent"). */
    value: z.union([
      z.number().min(0).max(100),
      z
        .tuple([z.number().min(0).max(100), z.number().min(0).max(100)])
        .refine(([low, high]) => low < high, 'a range is written [low, high] with low < high'),
    ]),
    /** Decided inside one side's government and not (or not yet) put to the other side, e.g. a Politburo fallback. */
    internal: z.boolean().default(false),
    /** What the step was: "Karakhan's offer", "Japanese demand". */
    label: localizedTextSchema,
  })
  .strict();
export type Position = z.output<typeof positionSchema>;

/** A question at stake in the negotiations, read from both sides. */
export const questionSchema = z
  .object({
    /** Place in the index of questions (editorial order, from 1). */
    order: z.number().int().min(1),
    /** The question, as a heading. */
    title: localizedTextSchema,
    /** One sentence for the index of questions. */
    summary: localizedTextSchema,
    /** Own-words introduction, each paragraph cited. */
    intro: z.array(introParagraphSchema).min(1, 'a question needs an introduction'),
    /** The themes whose events bear on the question: its events are those with any of these themes. */
    themes: z.array(slugSchema).min(1, 'a question needs at least one theme'),
    /**
     * For events that bear on several questions (the Basic Convention has seventeen accounts), the accounts that
     * bear on this one, counted from 1; an event not listed shows all its accounts.
     */
    accountsOf: z
      .record(slugSchema, z.array(z.number().int().min(1, 'accounts are counted from 1')).min(1))
      .default({}),
    /** A figure the sides bargained over (a percentage), charted from the positions the accounts state. */
    measure: z
      .object({
        /** What the figure is, e.g. "share of the northern Sakhalin oilfields granted to Japan". */
        label: localizedTextSchema,
        positions: z.array(positionSchema).min(2, 'a chart needs at least two positions'),
      })
      .strict()
      .optional(),
  })
  .strict();
export type Question = z.output<typeof questionSchema>;
