import { z } from 'zod';
import { localizedTextSchema } from './common';

/** A theme events can be filtered by (Sakhalin, concessions, Beijing talks, …). */
export const themeSchema = z.object({ name: localizedTextSchema }).strict();
export type Theme = z.output<typeof themeSchema>;
