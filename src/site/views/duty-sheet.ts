/**
 * The printed duty sheet of a unit: which sentences of a measure's text name the unit (so paper can mark them) and
 * which words of the unit list are the unit. Pure; every word is an argument from the parsed text and the registry.
 */
import type { Unit } from '../../domain/model.ts';
import { foldWidth } from '../../domain/text/text.ts';
import { paragraphSentences, type Sentence } from '../../domain/text/sentences.ts';
import { dictionary, scan } from '../../domain/text/scan.ts';
import { foldBrackets } from '../../domain/parse/units.ts';
import { zh } from '../ui-text.ts';

/** The names of a registry unit (a group entry's members: 各县<市、区> → 利通区 …). */
export type UnitNames = Pick<Unit, 'name' | 'aliases' | 'members'>;

/**
 * The names a sentence may use for the unit: its name, aliases and members, and the list's own mention, in the form
 * `normalizeUnitName` compares (one bracket style, so 各县<市、区> and 各县(市、区) are one form). Shorter than two
 * characters never counts.
 */
export function unitNameForms(unit: UnitNames, mention: string): string[] {
  const forms = [unit.name, mention, ...unit.aliases, ...(unit.members ?? [])].map((n) => unitForm(n.trim()));
  return [...new Set(forms.filter((f) => f.length >= 2))];
}

/** Width- and bracket-folded, one character for one: the form sentences are compared in. */
const unitForm = (text: string) => foldBrackets(foldWidth(text));

export interface MarkedSentence extends Sentence {
  /** The sentence names the unit. */
  names: boolean;
}

/** Every sentence of the paragraphs, in order, flagged when it contains one of `forms`. */
export function markUnitSentences(paragraphs: readonly string[], forms: readonly string[]): MarkedSentence[][] {
  const sentences = paragraphSentences(paragraphs);
  const names = dictionary(forms.map((f) => [f, true] as const));
  return paragraphs.map((_, i) =>
    sentences
      .filter((s) => s.paragraph === i)
      .map((s) => ({ ...s, names: scan(s.text, names, { fold: unitForm }).length > 0 })),
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

/**
 * The sheet's legend: what it holds and how the unit is marked. The sentence marks are explained only when some
 * sentence on the sheet names the unit (most lists name a unit that no sentence of the measure names).
 */
export function dutySheetLegend(unitName: string, measures: number, sentencesMarked: boolean): string {
  return [
    zh`${unitName}所在的${measures}项措施,原文照录。`,
    sentencesMarked ? zh`加粗并加下划线的句子点名了本单位;` : '',
    zh`责任单位中本单位加粗。`,
  ].join('');
}
