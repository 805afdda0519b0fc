import { z } from 'zod';
import { localizedTextSchema, namesSchema } from './common';

/** A place named in the events, with Japanese, English and (where relevant) Russian names. */
export const placeSchema = z
  .object({
    name: namesSchema,
    /** Optional one-line description. */
    description: localizedTextSchema.optional(),
  })
  .strict();
export type Place = z.output<typeof placeSchema>;
