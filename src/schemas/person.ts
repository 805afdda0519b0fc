import { z } from 'zod';
import { boundedString, edtfSchema, localizedTextSchema, namesSchema, slugSchema } from './common';

/** An office or role a person held, dated as the paper dates it. */
export const roleSchema = z
  .object({
    /** EDTF date or range of the role; omitted when the paper gives none. */
    date: edtfSchema.optional(),
    ja: z.string().trim().min(1, 'Japanese text (ja) is missing').pipe(boundedString('text')),
    en: z.string().trim().min(1, 'English text (en) is missing').pipe(boundedString('text')),
    /** The paper that states it. */
    paper: slugSchema.optional(),
  })
  .strict();

/** A person: Japanese names family name first in both languages; Russian names with Cyrillic in `ru`. */
export const personSchema = z
  .object({
    name: namesSchema,
    roles: z.array(roleSchema).default([]),
    summary: localizedTextSchema.optional(),
    /**
     * Other spellings readers search for: kana or kanji forms, older names, transliterations (Ioffe, Tchitcherin).
     * Old and new character forms (澤/沢) need no alias: search folds them.
     */
    aliases: z.array(z.string().trim().min(1, 'an alias is empty')).default([]),
  })
  .strict();
export type Person = z.output<typeof personSchema>;
export type Role = z.output<typeof roleSchema>;
