import { z } from 'zod';
import { localizedTextSchema, slugSchema } from './common';

const cslName = z.object({ family: z.string().optional(), given: z.string().optional(), literal: z.string().optional() }).strict();

/** The CSL-JSON fields the papers give; only what they state (anything else is "not stated"). */
export const cslSchema = z
  .object({
    type: z.string().min(1),
    title: z.string().min(1, 'a work needs a title'),
    author: z.array(cslName).optional(),
    editor: z.array(cslName).optional(),
    issued: z.object({ 'date-parts': z.array(z.array(z.number().int())) }).optional(),
    'container-title': z.string().optional(),
    'collection-title': z.string().optional(),
    volume: z.union([z.string(), z.number()]).transform(String).optional(),
    issue: z.union([z.string(), z.number()]).transform(String).optional(),
    page: z.union([z.string(), z.number()]).transform(String).optional(),
    publisher: z.string().optional(),
    'publisher-place': z.string().optional(),
    genre: z.string().optional(),
    archive: z.string().optional(),
    'archive_location': z.string().optional(),
    URL: z.string().optional(),
    DOI: z.string().optional(),
    language: z.string().optional(),
    note: z.string().optional(),
    edition: z.union([z.string(), z.number()]).transform(String).optional(),
    number: z.union([z.string(), z.number()]).transform(String).optional(),
    'number-of-volumes': z.union([z.string(), z.number()]).transform(String).optional(),
    'chapter-number': z.union([z.string(), z.number()]).transform(String).optional(),
    section: z.string().optional(),
    translator: z.array(cslName).optional(),
    'container-author': z.array(cslName).optional(),
    'title-short': z.string().optional(),
    'original-date': z.object({ 'date-parts': z.array(z.array(z.number().int())) }).optional(),
    medium: z.string().optional(),
    source: z.string().optional(),
    'call-number': z.string().optional(),
  })
  .strict();

/** A work in the bibliography: one of the five papers, or a work a paper cites. */
export const workSchema = z
  .object({
    /** `paper`: one of the five source papers; `cited`: a work the papers cite. */
    role: z.enum(['paper', 'cited']),
    /** Whose voice the work is: japanese, soviet, scholarship, or another side id. */
    side: slugSchema,
    /** The short citations the papers use for it, e.g. ソコロフ, 芳澤 1961. */
    shortForms: z.array(z.string().trim().min(1)).min(1, 'a work needs at least one short form'),
    /** English short form for each short form in Japanese script, e.g. { ソコロフ: Sokolov }: what English pages show. */
    shortEn: z.record(z.string(), z.string().trim().min(1)).optional(),
    /** The papers that cite it. */
    citedIn: z.array(slugSchema).default([]),
    csl: cslSchema,
    /** Title in Japanese and English, for readers who do not read the original language. */
    translatedTitle: localizedTextSchema.optional(),
    /** A short label for filters and lists (the five papers), e.g. { ja: 下里論文, en: Shimosato }. */
    label: localizedTextSchema.optional(),
    /** Affiliation of the author as the paper gives it. */
    affiliation: localizedTextSchema.optional(),
    /** CSL fields no paper states: shown as "not stated". */
    notStated: z.array(z.string()).default([]),
    /** Free note on the work (e.g. how a paper refers to it). */
    note: localizedTextSchema.optional(),
  })
  .strict()
  .refine((w) => Object.keys(w.shortEn ?? {}).every((form) => w.shortForms.includes(form)), {
    message: 'every key of shortEn must be one of the work\'s shortForms',
    path: ['shortEn'],
  });
export type WorkInput = z.input<typeof workSchema>;
export type Work = z.output<typeof workSchema>;
