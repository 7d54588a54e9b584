import { describe, expect, it } from 'vitest';
import { contents, planDocument, type PlanDocInput } from '../views/plan-doc.ts';
import { realModel, seedText } from '../../domain/__tests__/helpers.ts';
import { stripWhitespace } from '../../domain/text/text.ts';

function inputFromModel(): PlanDocInput {
  const { notice, plan } = realModel();
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

describe('planDocument on the real seed', () => {
  const blocks = planDocument(inputFromModel());

  it('puts the whole seed back together, character for character (whitespace aside)', () => {
    const text = blocks.map((b) => (b.kind === 'paragraph' ? `${b.lead?.text ?? ''}${b.text}` : b.text)).join('');
    expect(stripWhitespace(text)).toBe(stripWhitespace(seedText));
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
