import { z } from 'zod';
import { localizedTextSchema, namesSchema } from './common';

/** A place named in the events, with Japanese, English and (where relevant) Russian names. */
export const placeSchema = z
  .object({
    name: namesSchema,
    /** Optional one-line description. */
    description: localizedTextSchema.optional(),
    /**
     * Other spellings readers search for: kana or kanji forms, older names, transliterations (Ioffe, Tchitcherin).
     * Old and new character forms (澤/沢) need no alias: search folds them.
     */
    aliases: z.array(z.string().trim().min(1, 'an alias is empty')).default([]),
  })
  .strict();
export type Place = z.output<typeof placeSchema>;
