import { z } from 'zod';
import { localizedText } from './common';

/** A side a source speaks for: ● Japanese, ★ Soviet, context, or another labelled side (Omsk, FRUS, …). */
export const sideSchema = z
  .object({
    /** The marker as the papers write it (● / ★), or a bracket label such as "[omsk]"; none for context. */
    marker: z.string().min(1).optional(),
    /** What the side is, for grouping into timeline lanes. */
    kind: z.enum(['japanese', 'soviet', 'context', 'other']),
    /** Label shown to readers. */
    label: localizedText('name'),
  })
  .strict();
export type SideInput = z.input<typeof sideSchema>;
export type Side = z.output<typeof sideSchema>;
