import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { mdxParagraphs } from '../text/mdx-text.ts';
import { mdxFile, paragraphNode } from '../../ingest/mdx.ts';

const bodyOf = (file: string) => file.replace(/^---\n[\s\S]*?\n---\n/u, '');

describe('mdxParagraphs', () => {
  it('returns the text the generator was given, escapes undone', () => {
    const texts = ['各县<市、区>负责,{见附件}', '1. 不是列表', 'export 不是代码', '# 不是标题 * _x_'];
    const file = mdxFile(
      { a: 1 },
      texts.map((t) => paragraphNode(t)),
    );
    expect(mdxParagraphs(bodyOf(file))).toEqual(texts);
  });
  it('keeps the text inside components', () => {
    const file = mdxFile({}, [
      paragraphNode('到2027年达到50万亩,其余', [
        { start: 0, end: 13, component: 'Target', attributes: { id: 't-1-1' } },
      ]),
    ]);
    expect(mdxParagraphs(bodyOf(file))).toEqual(['到2027年达到50万亩,其余']);
  });
  it('reads the real preamble with its <全区…> intact', () => {
    const file = readFileSync(
      fileURLToPath(new URL('../../../content/plan/document/plan.mdx', import.meta.url)),
      'utf8',
    );
    const [preamble] = mdxParagraphs(bodyOf(file));
    expect(preamble).toContain(
      '《自治区党委办公厅 人民政府办公厅关于印发<全区居民收入提升行动实施方案(2022-2027年)>的通知》',
    );
  });
  it('returns nothing for an empty body', () => {
    expect(mdxParagraphs(undefined)).toEqual([]);
    expect(mdxParagraphs('\n')).toEqual([]);
  });
});
