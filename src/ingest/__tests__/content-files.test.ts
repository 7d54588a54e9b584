/**
 * The generated content/plan/: every MDX file re-parses and compiles, every frontmatter satisfies its schema, and every
 * sentence of the seed (whitespace aside) is in the generated content.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile } from '@mdx-js/mdx';
import { load } from 'js-yaml';
import { toString } from 'mdast-util-to-string';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { mdxFile, paragraphNode } from '../mdx.ts';
import * as schemas from '../../domain/schemas.ts';
import { stripWhitespace } from '../../domain/text/text.ts';
import { flatStrings, realModel, root, seedText } from '../../domain/__tests__/helpers.ts';

const dir = join(root, 'content/plan');
const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.mdx'))
  .sort();
const read = (f: string) => readFileSync(join(dir, f), 'utf8');

function splitMdx(text: string): { data: Record<string, unknown>; body: string } {
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/u.exec(text);
  if (!m) throw new Error('no frontmatter');
  return { data: load(m[1]!) as Record<string, unknown>, body: m[2]! };
}
const parser = unified().use(remarkParse).use(remarkMdx);
const bodyText = (body: string) => toString(parser.parse(body), { includeImageAlt: false });

const schemaFor = (f: string) =>
  f.startsWith('measures/')
    ? schemas.measureSchema
    : f.startsWith('groups/')
      ? schemas.groupSchema
      : f.startsWith('safeguards/')
        ? schemas.safeguardSchema
        : f.startsWith('sections/')
          ? schemas.sectionSchema
          : f === 'document/notice.mdx'
            ? schemas.noticeSchema
            : f === 'document/plan.mdx'
              ? schemas.planInfoSchema
              : undefined;

describe('generated MDX', () => {
  it('has one file per measure, group, section and safeguard', () => {
    expect(files.filter((f) => f.startsWith('measures/'))).toHaveLength(20);
    expect(files.filter((f) => f.startsWith('groups/'))).toHaveLength(7);
    expect(files.filter((f) => f.startsWith('sections/'))).toHaveLength(3);
    expect(files.filter((f) => f.startsWith('safeguards/'))).toHaveLength(4);
  });

  it.each(files)('%s compiles as MDX and matches its schema', async (f) => {
    const text = read(f);
    const { data, body } = splitMdx(text);
    await expect(compile(body)).resolves.toBeDefined();
    const schema = schemaFor(f);
    expect(schema, `no schema for ${f}`).toBeDefined();
    expect(schema!.safeParse(data).success).toBe(true);
  });

  it('marks each target as <Target id> around exactly its statement', () => {
    const { plan } = realModel();
    for (const t of plan.targets) {
      const body = splitMdx(read(`measures/${String(t.measure).padStart(2, '0')}.mdx`)).body;
      const tree = parser.parse(body);
      const found: string[] = [];
      const walk = (n: {
        type: string;
        name?: string;
        attributes?: { name: string; value: unknown }[];
        children?: unknown[];
      }) => {
        if (n.type === 'mdxJsxTextElement' && n.attributes?.some((a) => a.name === 'id' && a.value === t.id))
          found.push(toString(n));
        (n.children as (typeof n)[] | undefined)?.forEach(walk);
      };
      walk(tree);
      expect(found, t.id).toEqual([t.statement]);
    }
  });

  it('every sentence of the seed is in the generated content (whitespace aside)', () => {
    const all = files
      .map((f) => {
        const { data, body } = splitMdx(read(f));
        return [...flatStrings(data), bodyText(body)].join('\n');
      })
      .join('\n');
    const haystack = stripWhitespace(all);
    // Heading markers (一、 (一) 1.) become numbers in frontmatter and the addressee line's closing colon a field;
    // the rest must be there verbatim.
    const sentences = seedText
      .split('\n')
      .map((l) =>
        stripWhitespace(l)
          .replace(/^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|\d+\.)/u, '')
          .replace(/:$/u, ''),
      )
      .flatMap((l) => l.split(/(?<=。)/u))
      .filter((s) => s !== '');
    expect(sentences.length).toBeGreaterThan(150); // the split really found the text's sentences
    const missing = sentences.filter((s) => !haystack.includes(s.replace(/。$/u, '')));
    expect(missing).toEqual([]);
  });
});

describe('MDX escaping of arbitrary text', () => {
  it.each([
    '各县<市、区>',
    '{x}',
    'export const a = 1',
    'import x from "y"',
    '1. 不是列表',
    '# 不是标题',
    '<script>alert(1)</script>',
    '*强调*与_下划线_',
  ])('%s round-trips as text', async (text) => {
    const file = mdxFile({ title: text }, [paragraphNode(text)]);
    const { data, body } = splitMdx(file);
    expect(data.title).toBe(text);
    await expect(compile(body)).resolves.toBeDefined();
    expect(bodyText(body).trim()).toBe(text);
  });
});
