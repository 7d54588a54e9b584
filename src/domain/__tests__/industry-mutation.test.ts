/**
 * Data-driven, not drawn by hand: change numbers of measure 1 in a temporary copy of the seed, run ingest (in-process,
 * as the CLI runs it) into a temporary directory, and build the charts from that output with the same `industryCharts` the pages
 * use. The bars and labels must follow the new numbers. content/plan/ is never touched.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultPaths, ingest } from '../../ingest/ingest.ts';
import { industryCharts, type IndustryCharts } from '../../site/views/industry-charts.ts';
import { readPlanDir, realPlanDir, root } from '../../site/__tests__/plan-files.ts';

const seed = readFileSync(defaultPaths(root).seed, 'utf8');
/** Each edit must hit exactly one place in the seed, or the test would prove nothing. */
const edits: [from: string, to: string][] = [
  ['综合产值达500亿元', '综合产值达520亿元'],
  ['蔬菜面积达到57万亩以上', '蔬菜面积达到60万亩以上'],
];

let work: string;
let before: IndustryCharts;
let after: IndustryCharts;

beforeAll(() => {
  let mutated = seed;
  for (const [from, to] of edits) {
    expect(seed.split(from)).toHaveLength(2);
    mutated = mutated.replace(from, to);
  }
  work = mkdtempSync(join(tmpdir(), 'industries-'));
  writeFileSync(join(work, 'seed.txt'), mutated);
  ingest({ ...defaultPaths(root), seed: join(work, 'seed.txt'), out: join(work, 'plan') }, { root });
  const real = readPlanDir(realPlanDir);
  const changed = readPlanDir(join(work, 'plan'));
  before = industryCharts(real.measures, real.targets);
  after = industryCharts(changed.measures, changed.targets);
}, 60_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

const barOf = (charts: IndustryCharts, industry: string) => {
  const id = charts.data.industries.find((i) => i.name === industry)!.output!.id;
  return charts.output.layout.bars.find((b) => b.key === id)!;
};

describe('a changed number in the seed changes the charts', () => {
  it('the ingest output carries the new value', () => {
    const t = readPlanDir(join(work, 'plan')).targets.find((x) => x.statement === '综合产值达520亿元');
    expect(t?.value).toBe(520);
  });
  it('the output-value bar is labelled 达520亿元 and 500亿元 is gone', () => {
    expect(barOf(before, '葡萄酒').valueLabel).toBe('达500亿元');
    expect(barOf(after, '葡萄酒').valueLabel).toBe('达520亿元');
    const labels = after.output.layout.bars.map((b) => b.valueLabel);
    expect(labels).not.toContain('500亿元');
    expect(after.output.desc).toContain('酿酒葡萄综合产值达520亿元');
    expect(after.output.desc).not.toContain('500亿元');
  });
  it('the bar geometry follows: 葡萄酒 against 牛奶 is 520 : 400, and the axis grows to hold it', () => {
    const ratio = (c: IndustryCharts) => barOf(c, '葡萄酒').width / barOf(c, '牛奶').width;
    expect(ratio(before)).toBeCloseTo(500 / 400, 2);
    expect(ratio(after)).toBeCloseTo(520 / 400, 2);
    expect(barOf(after, '葡萄酒').width).not.toBe(barOf(before, '葡萄酒').width);
    expect(after.output.layout.ticks.at(-1)!.label).not.toBe(before.output.layout.ticks.at(-1)!.label);
  });
  it('the scale panel of 万亩 shows 达到60万亩以上 instead of 达到57万亩以上', () => {
    const labels = (c: IndustryCharts) => c.panels.find((p) => p.unit === '万亩')!.layout.bars.map((b) => b.valueLabel);
    expect(labels(before)).toContain('达到57万亩以上');
    expect(labels(after)).toContain('达到60万亩以上');
    expect(labels(after)).not.toContain('达到57万亩以上');
  });
  it('nothing else changes: the other industries keep their values', () => {
    const values = (c: IndustryCharts) =>
      c.data.industries.filter((i) => i.name !== '葡萄酒').map((i) => i.output?.value);
    expect(values(after)).toEqual(values(before));
    expect(after.data.enumeration.items).toEqual(before.data.enumeration.items);
  });
});
