/**
 * Serialises text to MDX through remark (mdast → remark-stringify + remark-mdx), so characters that mean something in
 * MDX (`<市、区>`, `{`, a line starting `1.`) are escaped by the serialiser, never by hand.
 */
import { unified } from 'unified';
import remarkMdx from 'remark-mdx';
import remarkStringify from 'remark-stringify';
import { dump } from 'js-yaml';
import type { Paragraph, PhrasingContent, Root, RootContent } from 'mdast';

/** A span of a paragraph to wrap in a named MDX component, e.g. a quantified commitment → `<Target id="t-1-1">`. */
export interface Mark {
  start: number;
  end: number;
  component: string;
  attributes: Record<string, string>;
}

/** One paragraph; `marks` must not overlap (they are wrapped in text order). */
export function paragraphNode(text: string, marks: Mark[] = []): Paragraph {
  const children: PhrasingContent[] = [];
  let at = 0;
  for (const mark of [...marks].sort((a, b) => a.start - b.start)) {
    if (mark.start < at || mark.end > text.length || mark.end <= mark.start)
      throw new Error(
        `mark ${JSON.stringify(mark.attributes)} [${mark.start}, ${mark.end}) overlaps or lies outside its paragraph`,
      );
    if (mark.start > at) children.push({ type: 'text', value: text.slice(at, mark.start) });
    children.push({
      type: 'mdxJsxTextElement',
      name: mark.component,
      attributes: Object.entries(mark.attributes).map(([name, value]) => ({ type: 'mdxJsxAttribute', name, value })),
      children: [{ type: 'text', value: text.slice(mark.start, mark.end) }],
    });
    at = mark.end;
  }
  if (at < text.length) children.push({ type: 'text', value: text.slice(at) });
  return { type: 'paragraph', children };
}

const processor = unified().use(remarkMdx).use(remarkStringify, { bullet: '-', emphasis: '_' });

/**
 * remark-mdx does not escape a block that starts with `import`/`export` (MDX would read it as ESM). Writing its first
 * letter as a character reference keeps it text; the rendered page shows the same characters.
 */
function escapeEsmLike(block: string): string {
  return block.replace(/^(import|export)\b/u, (word) => `&#x${word.charCodeAt(0).toString(16)};${word.slice(1)}`);
}

/** YAML frontmatter + MDX body. Keys keep the order given; output is deterministic. */
export function mdxFile(frontmatter: Record<string, unknown>, body: RootContent[]): string {
  const head = dump(frontmatter, { lineWidth: -1, noRefs: true });
  const text = body
    .map((node) => escapeEsmLike(processor.stringify({ type: 'root', children: [node] } satisfies Root).trimEnd()))
    .join('\n\n');
  return `---\n${head}---\n${text ? `\n${text}\n` : ''}`;
}
