/**
 * mdast steps run on a measure's paragraphs at ingest, after its <Target> marks: quoted glossary terms become
 * `<GlossaryTerm termId>`, and each reviewed oddity of the text gets a `<SourceNote>` after its words. Both work on
 * text nodes only, so the words stay exactly the text's (the elements add no characters) and markup is never parsed
 * from text. The measure page maps the names to components (src/components/GlossaryTerm.astro, SourceNote.astro).
 */
import type { Paragraph, PhrasingContent, Text } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { glossaryRanges, type GlossaryEntry } from '../domain/derive/glossary.ts';
import { dictionary, scan } from '../domain/text/scan.ts';

/** Elements that render as links: nothing is linked inside them, and a note mark goes after them, never inside. */
const LINKS = new Set(['GlossaryTerm', 'SourceNote']);

type Parent = { children: PhrasingContent[] };

const element = (name: string, attributes: Record<string, string>, children: PhrasingContent[]): MdxJsxTextElement => ({
  type: 'mdxJsxTextElement',
  name,
  attributes: Object.entries(attributes).map(([key, value]) => ({ type: 'mdxJsxAttribute', name: key, value })),
  children,
});

const isLink = (n: PhrasingContent): n is MdxJsxTextElement =>
  n.type === 'mdxJsxTextElement' && n.name !== null && LINKS.has(n.name);

/** Replace each text node outside links (at any depth) with `split(text)`; `atLink` may add nodes after a link. */
function rewriteText(
  parent: Parent,
  split: (text: Text) => PhrasingContent[],
  atLink: (link: MdxJsxTextElement) => PhrasingContent[] = () => [],
): void {
  parent.children = parent.children.flatMap((child) => {
    if (child.type === 'text') return split(child);
    if (isLink(child)) return [child, ...atLink(child)];
    if ('children' in child) rewriteText(child, split, atLink);
    return [child];
  });
}

/** Cut a text node at the given offsets, putting `insert(i)` between the pieces (`at` ascending). */
function cutText(value: string, at: { start: number; end: number; node: PhrasingContent }[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let from = 0;
  for (const { start, end, node } of at) {
    if (start > from) out.push({ type: 'text', value: value.slice(from, start) });
    out.push(node);
    from = end;
  }
  if (from < value.length) out.push({ type: 'text', value: value.slice(from) });
  return out;
}

/** Each quoted glossary term (the term inside its “ ”, glossary.ts `glossaryRanges`) → `<GlossaryTerm termId>`. */
export function linkGlossary(paragraph: Paragraph, glossary: readonly Pick<GlossaryEntry, 'id' | 'term'>[]): void {
  rewriteText(paragraph, (text) =>
    cutText(
      text.value,
      glossaryRanges(text.value, glossary).map((r) => ({
        ...r,
        node: element('GlossaryTerm', { termId: r.entry.id }, [
          { type: 'text', value: text.value.slice(r.start, r.end) },
        ]),
      })),
    ),
  );
}

export interface NoteMark {
  /** The words as the text writes them. */
  text: string;
  note: string;
  /** Anchor of the note on the measure page (source-notes.ts `sourceNoteIds`). */
  noteId: string;
}

const noteMark = (n: NoteMark) => element('SourceNote', { noteId: n.noteId, note: n.note }, []);

/** Offsets just after each occurrence of `words` in `value`. */
const endsOf = (value: string, words: string): number[] => scan(value, dictionary([[words, true]])).map((m) => m.end);

/** All text under a node. */
const textOf = (n: PhrasingContent): string =>
  n.type === 'text' ? n.value : 'children' in n ? n.children.map(textOf).join('') : '';

/**
 * A `<SourceNote>` right after each occurrence of a note's words in one text node; inside a link (a glossary term),
 * after the link. The words stay as written.
 */
export function markSourceNotes(paragraph: Paragraph, notes: readonly NoteMark[]): void {
  if (notes.length === 0) return;
  rewriteText(
    paragraph,
    (text) =>
      cutText(
        text.value,
        notes
          .flatMap((n, order) => endsOf(text.value, n.text).map((at) => ({ at, order, n })))
          .sort((a, b) => a.at - b.at || a.order - b.order)
          .map(({ at, n }) => ({ start: at, end: at, node: noteMark(n) })),
      ),
    (link) => notes.filter((n) => textOf(link).includes(n.text)).map(noteMark),
  );
}
