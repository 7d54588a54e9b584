/**
 * Plain text of a generated MDX body, one string per block, through the same parser family that wrote it (remark +
 * remark-mdx): escapes such as `\<市、区>` and character references come back as the characters of the text.
 * Used where a page needs the words themselves (the as-issued full text, meta descriptions), not rendered HTML.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { toString } from 'mdast-util-to-string';

const parser = unified().use(remarkParse).use(remarkMdx);

/**
 * The named slot that marks a measure's unit-list paragraph in its MDX: ingest puts an empty `<span slot="…" />` at
 * the paragraph's start; the page's `p` (SourceParagraph) sees the slot and never renders it.
 */
export const UNIT_LIST_SLOT = 'unit-list';

export function mdxParagraphs(body: string | undefined): string[] {
  if (!body) return [];
  const tree = parser.parse(body);
  return tree.children
    .filter((node) => node.type !== 'mdxjsEsm' && node.type !== 'yaml')
    .map((node) => toString(node))
    .filter((text) => text.length > 0);
}
