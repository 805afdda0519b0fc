import { z } from 'zod';
import { localizedText } from './common';

/** A theme events can be filtered by (Sakhalin, concessions, Beijing talks, …). */
export const themeSchema = z
  .object({
    name: localizedText('name'),
    /**
     * Other spellings readers search for: kana or kanji forms, older names, transliterations (Ioffe, Tchitcherin).
     * Old and new character forms (澤/沢) need no alias: search folds them.
     */
    aliases: z.array(z.string().trim().min(1, 'an alias is empty')).default([]),
  })
  .strict();
export type Theme = z.output<typeof themeSchema>;
