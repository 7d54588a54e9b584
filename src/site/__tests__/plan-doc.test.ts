import { describe, expect, it } from 'vitest';
import { contents, planDocument, type DocBlock, type PlanDocInput } from '../views/plan-doc.ts';
import { realModel, realOverrides, realRegistry, seedText } from '../../domain/__tests__/helpers.ts';
import { parsePlan } from '../../domain/parse/parse-plan.ts';
import type { PlanModel } from '../../domain/model.ts';
import { stripWhitespace } from '../../domain/text/text.ts';

function inputFromModel(model: PlanModel = realModel()): PlanDocInput {
  const { notice, plan } = model;
  const texts = (ps: { text: string }[]) => ps.map((p) => p.text);
  return {
    notice: { ...notice, body: texts(notice.body), dateText: notice.date.text },
    plan: { title: plan.title, preamble: texts(plan.preamble) },
    sections: plan.sections.map((s) => ({
      ...s,
      paragraphs: texts(s.paragraphs),
      role: s.number === plan.tasksSection ? 'tasks' : s.number === plan.safeguardsSection ? 'safeguards' : 'other',
    })),
    groups: plan.groups.map((g) => ({ ...g, paragraphs: texts(g.paragraphs) })),
    measures: plan.measures.map((m) => ({ ...m, paragraphs: texts(m.paragraphs) })),
    safeguards: plan.safeguards.map((s) => ({ ...s, paragraphs: texts(s.paragraphs) })),
    measureHref: (n) => `/measures/${n}/`,
  };
}

/** The document's text in reading order: headings, run-in heads and paragraphs. */
const documentText = (blocks: readonly DocBlock[]) =>
  blocks.map((b) => (b.kind === 'paragraph' ? `${b.lead?.text ?? ''}${b.text}` : b.text)).join('');

describe('planDocument on the real seed', () => {
  const blocks = planDocument(inputFromModel());

  it('puts the whole seed back together, character for character (whitespace aside)', () => {
    expect(stripWhitespace(documentText(blocks))).toBe(stripWhitespace(seedText));
  });

  it('gives every block a unique id', () => {
    expect(new Set(blocks.map((b) => b.id)).size).toBe(blocks.length);
  });

  it('links each measure title to its page', () => {
    const leads = blocks.filter((b) => b.kind === 'paragraph' && b.id.startsWith('measure-'));
    expect(leads).toHaveLength(20);
    expect(leads[0]).toMatchObject({ id: 'measure-1', lead: { text: '1.突出发展富民产业。', href: '/measures/1/' } });
  });

  it('nests the contents: notice, plan → sections → groups', () => {
    const toc = contents(blocks);
    expect(toc.map((t) => t.id)).toEqual(['notice', 'plan']);
    expect(toc[1]!.children.map((c) => c.text)).toEqual(['一、总体目标', '二、主要任务', '三、保障措施']);
    expect(toc[1]!.children[1]!.children.map((c) => c.id)).toEqual([
      'group-1',
      'group-2',
      'group-3',
      'group-4',
      'group-5',
      'group-6',
      'group-7',
    ]);
  });
});

describe('planDocument', () => {
  it('prints the text under a group heading right after it', () => {
    const input = inputFromModel();
    const groups = input.groups.map((g, i) => (i === 1 ? { ...g, paragraphs: ['稳就业是增收的基础。'] } : g));
    const blocks = planDocument({ ...input, groups });
    const at = blocks.findIndex((b) => b.id === 'group-2');
    expect(blocks[at + 1]).toEqual({ kind: 'paragraph', id: 'group-2-text', text: '稳就业是增收的基础。' });
    expect(blocks[at + 2]!.id).toBe('measure-5');
  });

  it('refuses a group that names a missing measure', () => {
    const input = inputFromModel();
    expect(() => planDocument({ ...input, measures: input.measures.slice(1) })).toThrow(/measure 1/);
  });
});

/** Full-width characters as escapes (so no editor folds them): ？ ！ ： １ ． */
const WIDE = { question: '\uFF1F', exclamation: '\uFF01', colon: '\uFF1A', one: '\uFF11', stop: '\uFF0E' };

describe('planDocument prints the characters as the text has them', () => {
  /** The real seed with lines replaced (1-based line → new text). */
  const seedWith = (changes: Record<number, (line: string) => string>) =>
    seedText
      .split('\n')
      .map((l, i) => changes[i + 1]?.(l) ?? l)
      .join('\n');
  const rebuilt = (text: string) => {
    const model = parsePlan(text, { file: 'seed.txt', registry: realRegistry(), overrides: realOverrides() });
    return planDocument(inputFromModel(model));
  };
  const lead = (blocks: DocBlock[], id: string) =>
    blocks.find((b): b is Extract<DocBlock, { kind: 'paragraph' }> => b.id === id)?.lead?.text;

  const variants: [string, Record<number, (line: string) => string>][] = [
    [
      'title sentences closed by other marks',
      {
        21: (l) => l.replace('强化就业帮扶服务。', `强化就业帮扶服务${WIDE.question}`),
        14: (l) => l.replace('突出发展富民产业。', '突出发展富民产业!'),
        42: (l) => l.replace('加强组织领导。', `加强组织领导${WIDE.exclamation}`),
      },
    ],
    [
      'ASCII ? and ! inside a title',
      {
        21: (l) => l.replace('强化就业帮扶服务。', '强化就业帮扶服务(见http://x.cn/?a=1)。'),
        23: (l) => l.replace('深化工资制度改革。', '深化<!--工资制度改革。'),
      },
    ],
    [
      'measure markers as written',
      {
        14: (l) => l.replace(/^1\./u, `${WIDE.one}${WIDE.stop}`),
        15: (l) => l.replace(/^2\./u, `2${WIDE.stop}`),
        16: (l) => l.replace(/^3\./u, '3、'),
        17: (l) => l.replace(/^4\./u, '04.'),
        29: (l) => l.replace(/^12\./u, '12、'),
      },
    ],
    ['the addressee line closed by a full-width colon', { 3: (l) => l.replace(/:$/u, WIDE.colon) }],
  ];

  it.each(variants)('%s: the document is the text, character for character', (_, changes) => {
    const text = seedWith(changes);
    expect(text).not.toBe(seedText);
    expect(stripWhitespace(documentText(rebuilt(text)))).toBe(stripWhitespace(text));
  });

  it('prints the mark, marker and colon the text has, never its own', () => {
    const [ends, inTitle, markers, colon] = variants.map(([, changes]) => rebuilt(seedWith(changes)));
    expect(lead(ends!, 'measure-7')).toBe(`7.强化就业帮扶服务${WIDE.question}`);
    expect(lead(ends!, 'measure-1')).toBe('1.突出发展富民产业!');
    expect(lead(ends!, 'safeguard-2')).toBe(`(二)加强组织领导${WIDE.exclamation}`);
    expect(lead(inTitle!, 'measure-7')).toBe('7.强化就业帮扶服务(见http://x.cn/?a=1)。');
    expect(lead(inTitle!, 'measure-8')).toBe('8.深化<!--工资制度改革。');
    expect(lead(markers!, 'measure-1')).toBe(`${WIDE.one}${WIDE.stop}突出发展富民产业。`);
    expect(lead(markers!, 'measure-12')).toBe('12、提高社会保障水平。');
    expect(colon!.find((b) => b.id === 'notice-addressees')?.text.endsWith(WIDE.colon)).toBe(true);
  });
});
