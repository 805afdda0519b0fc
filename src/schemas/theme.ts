import { z } from 'zod';
import { localizedText } from './common';

/** A theme events can be filtered by (Sakhalin, concessions, Beijing talks, …). */
export const themeSchema = z.object({ name: localizedText('name') }).strict();
export type Theme = z.output<typeof themeSchema>;
