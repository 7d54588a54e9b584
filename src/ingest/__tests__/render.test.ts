/**
 * Renderer and writer agree: the generated MDX goes through the processor the build renders content with (Sätteri,
 * Astro 7's default, which @astrojs/mdx uses) with the Markdown options of astro.config.mjs, and the rendered text is
 * the text that was written — no strikethrough, no auto-links, no curly quotes or dashes, no live tags.
 * (The hostile-text build in __e2e__/hostile-text.test.ts checks the same on the real dist/.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mdxToHast } from 'satteri';
import { describe, expect, it } from 'vitest';
import config from '../../../astro.config.mjs';
import { measureFileName } from '../content-files.ts';
import { mdxFile, paragraphNode } from '../mdx.ts';
import { realModel, root } from '../../domain/__tests__/helpers.ts';

/** The features of the processor astro.config.mjs gives Markdown (and @astrojs/mdx inherits); on unless set to false. */
const configured = (config.markdown?.processor?.options as { features?: Record<string, unknown> } | undefined)
  ?.features;
const features = {
  gfm: configured?.gfm !== false,
  smartPunctuation: configured?.smartPunctuation !== false,
};

interface HastNode {
  type: string;
  tagName?: string;
  name?: string | null;
  value?: string;
  children?: HastNode[];
}
const textOf = (n: HastNode): string =>
  n.type === 'text' ? n.value! : n.type === 'raw' ? `[raw ${n.value}]` : (n.children ?? []).map(textOf).join('');
/** Every element and MDX node of a tree, as `tag` or `type:name`. */
const kinds = (n: HastNode): string[] => [
  ...(n.type === 'element'
    ? [n.tagName!]
    : n.type === 'root' || n.type === 'text'
      ? []
      : [`${n.type}:${n.name ?? ''}`]),
  ...(n.children ?? []).flatMap(kinds),
];
const bodyOf = (file: string) => file.replace(/^---\n[\s\S]*?\n---\n/u, '');
const render = (body: string) => mdxToHast(body, { features }) as unknown as HastNode;

describe('the build renders plan content literally', () => {
  it('astro.config.mjs turns GFM and smart punctuation off', () => {
    expect(features).toEqual({ gfm: false, smartPunctuation: false });
  });

  const HOSTILE = [
    '3~5年和6~8年',
    '~~删除线~~',
    '"双引号"和\'单引号\'',
    '破折号--和---,省略号...',
    'www.example.cn',
    'http://example.cn/a?b=c',
    'http://evil.example/x<img src="x" onerror="alert(1)" />',
    '<script src="https://evil.example/x.js"></script>',
    '<!-- 注释 -->',
    '{alert(1)}',
    'export const a = 1',
    'import x from "y"',
    '<Target id="t-1-1">假目标</Target>',
    '<target id="t-1-1">',
    '*强调*与_下划线_和**粗体**',
    '[链接](http://x.cn)与![图](x.png)',
    '| 表 | 格 |',
    '1. 不是列表',
    '# 不是标题',
    '> 不是引用',
    '- 不是列表',
    '&amp;&lt;&#x41;',
    '反斜杠\\结尾\\',
    '各县<市、区>',
    '`代码`',
    '$x$ 和 :笑: 和 [^1]',
  ];
  it.each(HOSTILE)('%s comes out as the same text, in one <p>', (text) => {
    const tree = render(bodyOf(mdxFile({ title: text }, [paragraphNode(text)])));
    expect(textOf(tree).trim()).toBe(text);
    expect(kinds(tree)).toEqual(['p']);
  });

  it('a marked commitment comes out as its component around exactly its text', () => {
    const text = '到2027年,达到"3~5"万亩...';
    const body = bodyOf(
      mdxFile({}, [
        paragraphNode(text, [{ start: 9, end: text.length, component: 'Target', attributes: { id: 't-9-1' } }]),
      ]),
    );
    const tree = render(body);
    expect(textOf(tree).trim()).toBe(text);
    expect(kinds(tree)).toEqual(['p', 'mdxJsxTextElement:Target']);
  });

  it('every generated file renders to exactly the paragraphs of the model it was written from', () => {
    const { notice, plan } = realModel();
    const texts = (ps: { text: string }[]) => ps.map((p) => p.text);
    const expected = new Map<string, string[]>([
      ['document/notice.mdx', texts(notice.body)],
      ['document/plan.mdx', texts(plan.preamble)],
      ...plan.sections.map((s): [string, string[]] => [`sections/${s.number}.mdx`, texts(s.paragraphs)]),
      ...plan.groups.map((g): [string, string[]] => [`groups/${g.number}.mdx`, texts(g.paragraphs)]),
      ...plan.measures.map((m): [string, string[]] => [
        `measures/${measureFileName(m.number)}`,
        [...texts(m.paragraphs), m.unitsText],
      ]),
      ...plan.safeguards.map((s): [string, string[]] => [`safeguards/${s.number}.mdx`, texts(s.paragraphs)]),
    ]);
    const dir = join(root, 'content/plan');
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx'));
    expect(files.sort()).toEqual([...expected.keys()].sort());
    for (const f of files) {
      const body = bodyOf(readFileSync(join(dir, f), 'utf8'));
      const tree = render(body);
      // Paragraphs only, and the marks the writer put there (targets, glossary terms, source notes): nothing the text
      // itself turned into markup.
      const allowed = [
        'p',
        'mdxJsxTextElement:Target',
        'mdxJsxTextElement:GlossaryTerm',
        'mdxJsxTextElement:SourceNote',
        // The empty marker of a measure's unit list (UNIT_LIST_SLOT), a named slot the page never renders.
        'mdxJsxTextElement:span',
      ];
      expect(
        kinds(tree).filter((k) => !allowed.includes(k)),
        f,
      ).toEqual([]);
      const paragraphs = (tree.children ?? []).filter((n) => n.type === 'element').map(textOf);
      expect(paragraphs, f).toEqual(expected.get(f));
    }
  });
});
