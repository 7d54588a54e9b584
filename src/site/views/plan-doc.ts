/**
 * The notice and the plan as issued, as a flat list of blocks with stable anchor ids, plus a contents list.
 * Pure: it takes the parsed text (plain strings) and returns it in reading order; the characters are never changed,
 * only put back together the way the document prints them (measure `1.标题。正文(责任单位…)`, run-in headings
 * `(一)标题。正文`). Every character comes from the model: the markers as written, each title sentence's own closing
 * mark (。 ？ ！) and the addressee line's own colon; none is a constant of the site's.
 */
import { planSectionId } from '../routes.ts';
import { titleSentence } from './item-text.ts';

export interface DocHeading {
  kind: 'heading';
  /** 2 = notice and plan titles, 3 = 一、 sections, 4 = (一) task groups. */
  level: 2 | 3 | 4;
  id: string;
  text: string;
}

export interface DocParagraph {
  kind: 'paragraph';
  id: string;
  /** A run-in head printed in bold before the text (measure number + title, safeguard marker + title). */
  lead?: { text: string; href?: string };
  text: string;
  /** How the notice prints the line (header, addressees, signature, date); plain text when absent. */
  role?: 'issuers' | 'addressees' | 'signatory' | 'date';
}

export type DocBlock = DocHeading | DocParagraph;

export interface PlanDocInput {
  notice: {
    issuers: string[];
    title: string;
    addressees: string;
    /** The colon that closes the addressee line, as written. */
    addresseesColon: string;
    body: string[];
    signatories: string[];
    dateText: string;
  };
  plan: { title: string; preamble: string[] };
  sections: { number: number; marker: string; title: string; role: string; paragraphs: string[] }[];
  /** `paragraphs`: running text between the group heading and its first measure (usually none). */
  groups: { number: number; marker: string; title: string; measures: number[]; paragraphs?: string[] }[];
  measures: {
    number: number;
    marker: string;
    title: string;
    titleEnd: string;
    paragraphs: string[];
    unitsText: string;
  }[];
  safeguards: { number: number; marker: string; title: string; titleEnd: string; paragraphs: string[] }[];
  /** Where a measure's own page is, for the link on its title. */
  measureHref?: (n: number) => string;
}

/** `text` split across the ids `base`, `base-2`, `base-3`… */
function paragraphs(base: string, texts: string[], lead?: DocParagraph['lead']): DocParagraph[] {
  return texts.map((text, i) => ({
    kind: 'paragraph',
    id: i === 0 ? base : `${base}-${i + 1}`,
    text,
    ...(i === 0 && lead && { lead }),
  }));
}

export function planDocument(input: PlanDocInput): DocBlock[] {
  const { notice, plan } = input;
  const blocks: DocBlock[] = [
    { kind: 'paragraph', id: 'notice-issuers', text: notice.issuers.join(' '), role: 'issuers' },
    { kind: 'heading', level: 2, id: 'notice', text: notice.title },
    {
      kind: 'paragraph',
      id: 'notice-addressees',
      text: `${notice.addressees}${notice.addresseesColon}`,
      role: 'addressees',
    },
    ...paragraphs('notice-text', notice.body),
    ...notice.signatories.map((text, i): DocParagraph => ({
      kind: 'paragraph',
      id: `notice-signatory-${i + 1}`,
      text,
      role: 'signatory',
    })),
    { kind: 'paragraph', id: 'notice-date', text: notice.dateText, role: 'date' },
    { kind: 'heading', level: 2, id: 'plan', text: plan.title },
    ...paragraphs('preamble', plan.preamble),
  ];
  const measures = new Map(input.measures.map((m) => [m.number, m]));
  for (const section of [...input.sections].sort((a, b) => a.number - b.number)) {
    blocks.push({
      kind: 'heading',
      level: 3,
      id: planSectionId(section.number),
      text: `${section.marker}${section.title}`,
    });
    blocks.push(...paragraphs(`section-${section.number}-text`, section.paragraphs));
    if (section.role === 'tasks') {
      for (const group of [...input.groups].sort((a, b) => a.number - b.number)) {
        blocks.push({ kind: 'heading', level: 4, id: `group-${group.number}`, text: `${group.marker}${group.title}` });
        blocks.push(...paragraphs(`group-${group.number}-text`, group.paragraphs ?? []));
        for (const n of group.measures) {
          const m = measures.get(n);
          if (!m) throw new Error(`group ${group.number} lists measure ${n}, which is missing`);
          // The unit list closes the measure's last paragraph, as printed.
          const texts = m.paragraphs.length
            ? [...m.paragraphs.slice(0, -1), `${m.paragraphs.at(-1)}${m.unitsText}`]
            : [m.unitsText];
          const href = input.measureHref?.(n);
          blocks.push(
            ...paragraphs(`measure-${n}`, texts, {
              text: `${m.marker}${titleSentence(m)}`,
              ...(href && { href }),
            }),
          );
        }
      }
    }
    if (section.role === 'safeguards') {
      for (const item of [...input.safeguards].sort((a, b) => a.number - b.number)) {
        blocks.push(
          ...paragraphs(`safeguard-${item.number}`, item.paragraphs.length ? item.paragraphs : [''], {
            text: `${item.marker}${titleSentence(item)}`,
          }),
        );
      }
    }
  }
  const seen = new Set<string>();
  for (const b of blocks) {
    if (seen.has(b.id)) throw new Error(`duplicate anchor id ${b.id}`);
    seen.add(b.id);
  }
  return blocks;
}

export interface ContentsItem {
  id: string;
  text: string;
  children: ContentsItem[];
}

/** Nested contents from the headings: level 2 at the top, 3 and 4 nested under the heading before them. */
export function contents(blocks: readonly DocBlock[]): ContentsItem[] {
  const top: ContentsItem[] = [];
  const stack: { level: number; item: ContentsItem }[] = [];
  for (const b of blocks) {
    if (b.kind !== 'heading') continue;
    const item: ContentsItem = { id: b.id, text: b.text, children: [] };
    while (stack.length && stack.at(-1)!.level >= b.level) stack.pop();
    (stack.at(-1)?.item.children ?? top).push(item);
    stack.push({ level: b.level, item });
  }
  return top;
}
