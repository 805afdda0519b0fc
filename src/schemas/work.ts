import { z } from 'zod';
import { boundedString, localizedText, localizedTextSchema, slugSchema } from './common';
import { daysInMonth } from '../domain/edtf';
import { pageNumbers } from '../domain/page-locator';

/** The item types of CSL 1.0.2: anything else would silently become @misc in BibTeX. */
export const CSL_TYPES = [
  'article',
  'article-journal',
  'article-magazine',
  'article-newspaper',
  'bill',
  'book',
  'broadcast',
  'chapter',
  'classic',
  'collection',
  'dataset',
  'document',
  'entry',
  'entry-dictionary',
  'entry-encyclopedia',
  'event',
  'figure',
  'graphic',
  'hearing',
  'interview',
  'legal_case',
  'legislation',
  'manuscript',
  'map',
  'motion_picture',
  'musical_score',
  'pamphlet',
  'paper-conference',
  'patent',
  'performance',
  'periodical',
  'personal_communication',
  'post',
  'post-weblog',
  'regulation',
  'report',
  'review',
  'review-book',
  'software',
  'song',
  'speech',
  'standard',
  'thesis',
  'treaty',
  'webpage',
] as const;

const field = () => boundedString('field');
const number = () => z.union([field(), z.number()]).transform(String);
const cslName = z
  .object({ family: field().optional(), given: field().optional(), literal: field().optional() })
  .strict();

/** CSL date-parts: [[year, month?, day?]] (a second part is the end of a range); the month 1–12, the day in the month. */
const cslDate = z
  .object({
    'date-parts': z
      .array(
        z
          .array(z.number().int())
          .min(1, 'a date needs at least a year')
          .max(3, 'a date is [year, month, day]')
          .superRefine(([year, month, day], ctx) => {
            if (month !== undefined && (month < 1 || month > 12))
              ctx.addIssue({
                code: 'custom',
                path: [1],
                message: `month ${month} does not exist (1–12; the year, month and day are separate numbers: [1924, 5, 14])`,
              });
            else if (
              year !== undefined &&
              month !== undefined &&
              day !== undefined &&
              (day < 1 || day > daysInMonth(year, month))
            ) {
              ctx.addIssue({ code: 'custom', path: [2], message: `${year}-${month} has no day ${day}` });
            }
          }),
      )
      .min(1)
      .max(2),
  })
  .strict();

/** The work's own pages: "77-81" must not run backwards (a citation of page 79 would then be refused). */
const pageRange = number().superRefine((page, ctx) => {
  for (const range of page.split(/[,、]/)) {
    const numbers = pageNumbers(range.trim());
    if (numbers?.length === 2 && numbers[1]! < numbers[0]!)
      ctx.addIssue({
        code: 'custom',
        message: `page range "${range.trim()}" runs backwards: write the first page first`,
      });
  }
});

/** The CSL-JSON fields the papers give; only what they state (anything else is "not stated"). */
export const cslSchema = z
  .object({
    type: z.enum(CSL_TYPES, {
      error: (issue) => `unknown CSL type ${JSON.stringify(issue.input)}: use one of ${CSL_TYPES.join(', ')}`,
    }),
    title: z.string().min(1, 'a work needs a title').pipe(field()),
    author: z.array(cslName).optional(),
    editor: z.array(cslName).optional(),
    issued: cslDate.optional(),
    'container-title': field().optional(),
    'collection-title': field().optional(),
    volume: number().optional(),
    issue: number().optional(),
    page: pageRange.optional(),
    publisher: field().optional(),
    'publisher-place': field().optional(),
    genre: field().optional(),
    archive: field().optional(),
    archive_location: field().optional(),
    URL: field().optional(),
    DOI: field().optional(),
    language: field().optional(),
    note: field().optional(),
    edition: number().optional(),
    number: number().optional(),
    'number-of-volumes': number().optional(),
    'chapter-number': number().optional(),
    section: field().optional(),
    translator: z.array(cslName).optional(),
    'container-author': z.array(cslName).optional(),
    'title-short': field().optional(),
    'original-date': cslDate.optional(),
    medium: field().optional(),
    source: field().optional(),
    'call-number': field().optional(),
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
    shortForms: z
      .array(z.string().trim().min(1).pipe(boundedString('shortForm')))
      .min(1, 'a work needs at least one short form'),
    /** English short form for each short form in Japanese script, e.g. { ソコロフ: Sokolov }: what English pages show. */
    shortEn: z.record(z.string(), z.string().trim().min(1).pipe(boundedString('shortForm'))).optional(),
    /** The papers that cite it. */
    citedIn: z.array(slugSchema).default([]),
    csl: cslSchema,
    /** Title in Japanese and English, for readers who do not read the original language. */
    translatedTitle: localizedText('title').optional(),
    /** A short label for filters and lists (the five papers), e.g. { ja: 下里論文, en: Shimosato }. */
    label: localizedText('name').optional(),
    /** Affiliation of the author as the paper gives it. */
    affiliation: localizedTextSchema.optional(),
    /** CSL fields no paper states: shown as "not stated". */
    notStated: z.array(z.string()).default([]),
    /** Free note on the work (e.g. how a paper refers to it). */
    note: localizedTextSchema.optional(),
  })
  .strict()
  .refine((w) => Object.keys(w.shortEn ?? {}).every((form) => w.shortForms.includes(form)), {
    message: "every key of shortEn must be one of the work's shortForms",
    path: ['shortEn'],
  });
export type WorkInput = z.input<typeof workSchema>;
export type Work = z.output<typeof workSchema>;
