/**
 * zod schemas of the generated content entries (content/plan/), shared by the Astro collections and the tests.
 * They mirror model.ts; the frontmatter written by content-files.ts must satisfy them.
 */
import { z } from 'zod';

const line = z.number().int().positive();

export const unitAssignmentSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/u),
  mention: z.string().min(1),
  role: z.enum(['lead', 'joint']),
});

export const noticeSchema = z.object({
  issuers: z.array(z.string().min(1)).min(1),
  title: z.string().min(1),
  addressees: z.string().min(1),
  signatories: z.array(z.string().min(1)).min(1),
  /** ISO 8601 date (成文日期). */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/u),
  dateText: z.string().min(1),
  line,
});

export const planInfoSchema = z.object({
  title: z.string().min(1),
  period: z.object({ start: z.number().int(), end: z.number().int() }),
  source: z.string().min(1),
});

export const sectionSchema = z.object({
  number: z.number().int().positive(),
  marker: z.string().min(1),
  title: z.string().min(1),
  role: z.enum(['goal', 'tasks', 'safeguards', 'other']),
  line,
});

export const groupSchema = z.object({
  number: z.number().int().positive(),
  marker: z.string().min(1),
  title: z.string().min(1),
  measures: z.array(z.number().int().positive()).min(1),
  line,
});

export const measureSchema = z.object({
  number: z.number().int().positive(),
  title: z.string().min(1),
  group: z.number().int().positive(),
  paragraphs: z.array(z.string()),
  units: z.array(unitAssignmentSchema).min(1),
  roleBasis: z.enum(['listed-first', 'explicit']),
  unitsText: z.string().min(1),
  targets: z.array(z.string()),
  line,
});

export const safeguardSchema = z.object({
  number: z.number().int().positive(),
  marker: z.string().min(1),
  title: z.string().min(1),
  units: z.array(z.object({ id: z.string(), mention: z.string() })),
  line,
});

export const targetSchema = z.object({
  id: z.string().regex(/^t-\d+-\d+$/u),
  measure: z.number().int().positive(),
  paragraph: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  statement: z.string().min(1),
  quoteStart: z.number().int().nonnegative(),
  quote: z.string().min(1),
  indicator: z.string().min(1),
  value: z.number(),
  unit: z.string(),
  figure: z.string().min(1),
  qualifier: z.array(z.string().min(1)),
  comparator: z.enum(['>', '≥', '<', '≤', '≈', '=']),
  form: z.enum(['level', 'held', 'change']),
  time: z.string(),
  timeframe: z.enum(['by-year', 'per-year', 'annual-average', 'over-years', 'none']),
  year: z.number().int().nullable(),
  years: z.number().int().nullable(),
  kind: z.enum(['target', 'standard', 'eligibility', 'scope', 'pilot']),
  recipient: z.string().min(1).nullable(),
});
