import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { mdxFile, paragraphNode, type Mark } from '../mdx.ts';
import { linkGlossary, markSourceNotes } from '../plan-marks.ts';
import { planGlossary } from '../../domain/derive/glossary.ts';
import { sourceNoteIds } from '../../domain/derive/source-notes.ts';
import { glossaryTerms, sourceNotes } from '../../site/reviewed.ts';
import { realModel } from '../../domain/__tests__/helpers.ts';
import type { Paragraph } from 'mdast';

/** The MDX body a paragraph serialises to (as in the generated files). */
const mdx = (p: Paragraph) =>
  mdxFile({}, [p])
    .replace(/^---\n\{\}\n---\n\n/u, '')
    .trimEnd();
const target = (text: string, words: string, id: string): Mark => {
  const start = text.indexOf(words);
  return { start, end: start + words.length, component: 'Target', attributes: { id } };
};

describe('linkGlossary', () => {
  const entries = ['六特:liu-te', '1311:num-1311'].map((s) => ({ term: s.split(':')[0]!, id: s.split(':')[1]! }));
  it('wraps each quoted term, inside a <Target> too, and leaves unquoted uses and the words alone', () => {
    const text = '发展“六特”产业,六特之外,进行1次跟踪服务的“1311”服务。';
    const p = paragraphNode(text, [target(text, '进行1次跟踪服务的“1311”服务', 't-5-11')]);
    linkGlossary(p, entries);
    expect(mdx(p)).toBe(
      '发展“<GlossaryTerm termId="liu-te">六特</GlossaryTerm>”产业,六特之外,<Target id="t-5-11">进行1次跟踪服务的“<GlossaryTerm termId="num-1311">1311</GlossaryTerm>”服务</Target>。',
    );
    expect(toString(p)).toBe(text);
  });
  it('does not link a quotation cut by a <Target> boundary', () => {
    const text = '发展“六特”产业';
    const p = paragraphNode(text, [target(text, '发展“六', 't-1-1')]);
    linkGlossary(p, entries);
    expect(mdx(p)).toBe('<Target id="t-1-1">发展“六</Target>特”产业');
  });
});

describe('markSourceNotes', () => {
  const notes = [{ text: '旅游十', note: '原文如此。疑为“旅游+”。', noteId: 'source-note-20-2' }];
  const mark = '<SourceNote noteId="source-note-20-2" note="原文如此。疑为“旅游+”。" />';
  it('puts a mark right after the words and adds no text', () => {
    const p = paragraphNode('推进“物流+”“旅游十”等,旅游十。');
    markSourceNotes(p, notes);
    expect(mdx(p)).toBe(`推进“物流+”“旅游十${mark}”等,旅游十${mark}。`);
    expect(toString(p)).toBe('推进“物流+”“旅游十”等,旅游十。');
  });
  it('puts the mark after a glossary link that holds the words, never inside it', () => {
    const p = paragraphNode('推进“旅游十”等');
    linkGlossary(p, [{ id: 'x', term: '旅游十' }]);
    markSourceNotes(p, notes);
    expect(mdx(p)).toBe(`推进“<GlossaryTerm termId="x">旅游十</GlossaryTerm>${mark}”等`);
  });
});

describe('on the real measures', () => {
  const measures = realModel().plan.measures.map((m) => ({ ...m, paragraphs: m.paragraphs.map((p) => p.text) }));
  const glossary = planGlossary(measures, glossaryTerms);
  const found = sourceNotes(measures);
  const ids = sourceNoteIds(found);
  const notes = found.map((n, i) => ({ ...n, noteId: ids[i]! }));
  const marked = measures.flatMap((m) =>
    m.paragraphs.map((text) => {
      const p = paragraphNode(text);
      linkGlossary(p, glossary);
      markSourceNotes(
        p,
        notes.filter((n) => n.measure === m.number),
      );
      return { text, p, out: mdx(p) };
    }),
  );
  it('every quoted term is linked, every note marked once, and the words stay the text', () => {
    for (const { text, p, out } of marked) {
      const quoted = glossary.filter((e) => text.includes(`“${e.term}”`)).map((e) => e.id);
      expect(new Set([...out.matchAll(/<GlossaryTerm termId="([^"]+)">/gu)].map((m) => m[1]))).toEqual(new Set(quoted));
      expect(toString(p)).toBe(text);
    }
    expect(marked.flatMap(({ out }) => [...out.matchAll(/noteId="([^"]+)"/gu)].map((m) => m[1]))).toEqual(
      notes.map((n) => n.noteId),
    );
  });
});
