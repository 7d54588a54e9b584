/**
 * The printed duty sheet of a unit: which sentences of a measure's text name the unit (so paper can mark them) and
 * which words of the unit list are the unit. Pure; every word is an argument from the parsed text and the registry.
 */
import type { Unit } from '../../domain/model.ts';
import { foldWidth } from '../../domain/text/text.ts';
import { paragraphSentences, type Sentence } from '../../domain/text/sentences.ts';

/** The names of a registry unit (a group entry's members: 各县<市、区> → 利通区 …). */
export type UnitNames = Pick<Unit, 'name' | 'aliases' | 'members'>;

/**
 * The names a sentence may use for the unit: its name, aliases and members, and the list's own mention, in both
 * bracket styles the text uses for 各县<市、区> / 各县(市、区). Shorter than two characters never counts.
 */
export function unitNameForms(unit: UnitNames, mention: string): string[] {
  const forms = new Set<string>();
  for (const n of [unit.name, mention, ...unit.aliases, ...(unit.members ?? [])]) {
    const t = n.trim();
    if (t.length < 2) continue;
    // Compared width-folded (markUnitSentences), so （市、区） and (市、区) are one form.
    const folded = foldWidth(t);
    forms.add(folded);
    forms.add(folded.replace(/</gu, '(').replace(/>/gu, ')'));
    forms.add(folded.replace(/\(/gu, '<').replace(/\)/gu, '>'));
  }
  return [...forms];
}

export interface MarkedSentence extends Sentence {
  /** The sentence names the unit. */
  names: boolean;
}

/** Every sentence of the paragraphs, in order, flagged when it contains one of `forms`. */
export function markUnitSentences(paragraphs: readonly string[], forms: readonly string[]): MarkedSentence[][] {
  const sentences = paragraphSentences(paragraphs);
  return paragraphs.map((_, i) =>
    sentences
      .filter((s) => s.paragraph === i)
      .map((s) => ({ ...s, names: forms.some((f) => foldWidth(s.text).includes(f)) })),
  );
}

/**
 * The unit list cut around the unit's mention (`(责任单位:市民政局、…)` → before, 市民政局, after), so paper can set
 * the unit in bold. The whole list as `before` when the mention is not found.
 */
export function splitUnitList(unitsText: string, mention: string): { before: string; unit: string; after: string } {
  const at = mention ? unitsText.indexOf(mention) : -1;
  if (at < 0) return { before: unitsText, unit: '', after: '' };
  return { before: unitsText.slice(0, at), unit: mention, after: unitsText.slice(at + mention.length) };
}
