/**
 * Test helper: read a generated plan directory (content/plan/ or an ingest run's --out) the way the collections do —
 * measure frontmatter validated by the same zod schemas — and hand back what `industryCharts` takes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';
import { z } from 'zod';
import { measureSchema, targetSchema } from '../../domain/schemas.ts';
import type { Target } from '../../domain/model.ts';

export const root = fileURLToPath(new URL('../../../', import.meta.url));
export const realPlanDir = join(root, 'content/plan');

export function readPlanDir(dir: string): { measures: z.infer<typeof measureSchema>[]; targets: Target[] } {
  const measureDir = join(dir, 'measures');
  const measures = readdirSync(measureDir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const m = /^---\n([\s\S]*?)\n---\n/u.exec(readFileSync(join(measureDir, f), 'utf8'));
      if (!m) throw new Error(`${f}: no frontmatter`);
      return measureSchema.parse(load(m[1]!));
    })
    .sort((a, b) => a.number - b.number);
  const targets = z.array(targetSchema).parse(JSON.parse(readFileSync(join(dir, 'targets.json'), 'utf8')));
  return { measures, targets };
}
