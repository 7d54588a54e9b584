import { describe, expect, it } from 'vitest';
import {
  comparatorSchema,
  formSchema,
  roleBasisSchema,
  roleSchema,
  targetGroupingSchema,
  targetKindSchema,
  timeframeSchema,
} from '../../domain/schemas.ts';
import {
  COMPARATOR_MEANING,
  CSV_WORDS,
  FORM_MEANING,
  KIND_HINT,
  KIND_LABEL,
  KIND_MEANING,
  NUMBER_REASON_LABEL,
  NUMBERS_LEFT_OUT,
  numbersCount,
  ROLE_LABEL,
  ROLE_MARK,
  ROLE_NOTE,
  TARGET_GROUPING_LABEL,
  TIMEFRAME_LABEL,
  TIMEFRAME_MEANING,
  GOAL_RANGE_NOTE,
  GROUP_WORD,
  groupCount,
  kindLabel,
  kindsHeading,
  roleLabel,
  targetLinkLabel,
  timeWords,
  unitsLine,
} from '../labels.ts';
import { SEARCH_PAGE_TYPE } from '../../search/index-fields.ts';
import { ROLE_MEANING } from '../open-data-docs.ts';
import * as parser from '../../domain/targets/targets.ts';
import { seedText } from '../../domain/__tests__/helpers.ts';

/** The record has a non-empty word for every code of the enum, and for nothing else. */
function coversExactly(record: Readonly<Record<string, string>>, codes: readonly string[]) {
  expect(Object.keys(record).sort()).toEqual([...codes].sort());
  for (const code of codes) expect(record[code]?.trim(), code).toBeTruthy();
}

describe('every code has its words', () => {
  it.each([
    ['KIND_LABEL', KIND_LABEL, targetKindSchema.options],
    ['KIND_HINT', KIND_HINT, targetKindSchema.options],
    ['KIND_MEANING', KIND_MEANING, targetKindSchema.options],
    ['TIMEFRAME_LABEL', TIMEFRAME_LABEL, timeframeSchema.options],
    ['TIMEFRAME_MEANING', TIMEFRAME_MEANING, timeframeSchema.options],
    ['FORM_MEANING', FORM_MEANING, formSchema.options],
    ['COMPARATOR_MEANING', COMPARATOR_MEANING, comparatorSchema.options],
    ['CSV_WORDS.kind', CSV_WORDS.kind, targetKindSchema.options],
    ['CSV_WORDS.form', CSV_WORDS.form, formSchema.options],
    ['CSV_WORDS.timeframe', CSV_WORDS.timeframe, timeframeSchema.options],
    ['ROLE_MARK', ROLE_MARK, roleSchema.options],
    ['TARGET_GROUPING_LABEL', TARGET_GROUPING_LABEL, targetGroupingSchema.options],
  ] as const)('%s', (_, record, codes) => coversExactly(record, codes));

  it('roles, under either basis', () => {
    expect(Object.keys(ROLE_LABEL).sort()).toEqual([...roleBasisSchema.options].sort());
    expect(Object.keys(ROLE_NOTE).sort()).toEqual([...roleBasisSchema.options].sort());
    for (const basis of roleBasisSchema.options) {
      coversExactly(ROLE_LABEL[basis], roleSchema.options);
      coversExactly(ROLE_NOTE[basis], roleSchema.options);
    }
  });

  it('code words are unique within a code list, so a CSV word reads back to one code', () => {
    for (const words of [KIND_LABEL, CSV_WORDS.form, CSV_WORDS.timeframe, TIMEFRAME_LABEL])
      expect(new Set(Object.values(words)).size).toBe(Object.keys(words).length);
  });
});

describe('the CSV’s 性质 words cannot be read as quotations', () => {
  it('no form word is a word of the text or of the parser’s verb tables (达到 is the text’s own)', () => {
    const textWords = [...Object.keys(parser.FORM_VERBS), ...Object.keys(parser.BARE_FORM_VERBS)];
    for (const word of Object.values(CSV_WORDS.form)) {
      expect(seedText, word).not.toContain(word);
      expect(textWords, word).not.toContain(word);
    }
  });
});

describe('counts of numbers say what they count and what they leave out', () => {
  it('names every reason the parser leaves a number out for', () => {
    coversExactly(NUMBER_REASON_LABEL, parser.NUMBER_REASONS);
    for (const r of parser.NUMBER_REASONS.filter((x) => x !== 'no-unit'))
      expect(NUMBERS_LEFT_OUT, r).toContain(NUMBER_REASON_LABEL[r]);
  });
  it('reads as one sentence part', () => {
    expect(numbersCount(57)).toBe(
      '带单位的数字共 57 处\uFF08不计年份、日期、“用几年时间”的年数、序号、名称里的数字和“由…提高到…”的起点数\uFF09',
    );
  });
});

describe('the words', () => {
  it('says 列首位 for a plain list and 牵头单位 only where the text labels it', () => {
    expect(roleLabel('lead', 'listed-first')).toBe('列首位');
    expect(roleLabel('joint', 'listed-first')).toBe('列于其后');
    expect(roleLabel('lead', 'explicit')).toBe('牵头单位');
    expect(roleLabel('joint', 'explicit')).toBe('配合单位');
  });

  it('the open data explains each role with the words the pages use', () => {
    expect(Object.keys(ROLE_MEANING)).toEqual(['listed-first', 'listed-after', 'lead', 'support']);
    expect(ROLE_MEANING['listed-after']).toBe('列于其后\uFF1A在“责任单位”列表中排在第一位之后');
  });

  it('a code’s meaning in the data starts with its label', () => {
    for (const k of targetKindSchema.options) expect(KIND_MEANING[k].startsWith(`${kindLabel(k)}\uFF1A`)).toBe(true);
    for (const t of timeframeSchema.options) expect(TIMEFRAME_MEANING[t].startsWith(TIMEFRAME_LABEL[t])).toBe(true);
    expect(TIMEFRAME_MEANING['per-year']).toBe('每年\uFF08原文写“每年”“逐年”\uFF09');
    expect(TIMEFRAME_MEANING['per-period']).toContain('“每月”');
    expect(KIND_MEANING.scope).toBe('范围\uFF1A说明投入或工作范围的数字\uFF0C不是要达到的结果');
  });

  it('time words as written, or words saying there are none', () => {
    expect(timeWords({ time: '每年' })).toBe('每年');
    expect(timeWords({ time: '' })).toBe('原文未写时间');
  });
});

describe('the published meanings list every word the parser reads', () => {
  /** Each word of a parser table is quoted in the meaning of the code it gives, and in no other code's meaning. */
  function quotesEveryWord(meaning: Readonly<Record<string, string>>, table: Readonly<Record<string, string>>) {
    for (const [word, code] of Object.entries(table)) {
      expect(meaning[code], `${word} → ${code}`).toContain(`“${word}”`);
      for (const other of Object.keys(meaning).filter((c) => c !== code))
        expect(meaning[other], `${word} not under ${other}`).not.toContain(`“${word}”`);
    }
  }

  it('comparators: the words after and before the figure, and 约', () => {
    quotesEveryWord(COMPARATOR_MEANING, parser.SUFFIX_COMPARATOR);
    quotesEveryWord(COMPARATOR_MEANING, parser.PREFIX_COMPARATOR);
    quotesEveryWord(COMPARATOR_MEANING, Object.fromEntries(parser.ABOUT_WORDS.map((w) => [w, '≈'])));
    expect(COMPARATOR_MEANING['≥']).toContain('“及以上”');
    expect(COMPARATOR_MEANING['=']).toBe('原文没有写比较词');
  });

  it('forms: every verb, 提高到 (in the seed) under level and 提高 under change', () => {
    quotesEveryWord(FORM_MEANING, parser.FORM_VERBS);
    quotesEveryWord(FORM_MEANING, parser.BARE_FORM_VERBS);
    expect(FORM_MEANING.level).toContain('“提高到”');
    expect(FORM_MEANING.held).toContain('“维持在”');
  });

  it('timeframes: the plain time words', () => {
    const table = Object.fromEntries(
      Object.entries(parser.TIMEFRAME_WORDS).flatMap(([code, words]) => words.map((w) => [w, code])),
    );
    quotesEveryWord(TIMEFRAME_MEANING, table);
  });
});

describe('one word per idea', () => {
  it('a task group is a 方面 on the pages and in the search filter alike', () => {
    expect(SEARCH_PAGE_TYPE.group).toBe(GROUP_WORD);
    expect(groupCount(7)).toBe(`7个${GROUP_WORD}`);
  });
  it('a measure’s first unit in plain words: 列首位 is never shown unexplained', () => {
    expect(unitsLine(13, 'listed-first', '甲局')).toBe('责任单位 13 家\uFF0C原文列在第一位的是甲局');
    expect(unitsLine(2, 'explicit', '甲局')).toBe('责任单位 2 家\uFF0C牵头单位是甲局');
    expect(unitsLine(13, 'listed-first', '甲局')).not.toContain(ROLE_LABEL['listed-first'].lead);
  });
});

describe('kindsHeading (what a measure’s numbers are, as a heading)', () => {
  it('names the kinds present, in the labels’ order, and only those', () => {
    expect(kindsHeading(['standard', 'target', 'target'])).toBe('目标和标准');
    expect(kindsHeading(['pilot'])).toBe('试点');
    expect(kindsHeading(['eligibility'])).toBe('条件');
    expect(kindsHeading(['scope', 'target', 'scope'])).toBe('目标和范围');
    expect(kindsHeading(['pilot', 'scope', 'eligibility', 'standard', 'target'])).toBe('目标、标准、条件、范围和试点');
  });
  it('a measure without numbers keeps the usual heading (its page says it has none)', () =>
    expect(kindsHeading([])).toBe('目标和标准'));
});

describe('targetLinkLabel', () => {
  it('names a number’s link by its place, never by its id', () => {
    expect(targetLinkLabel('t-5-1')).toBe('第5项第1个数字的链接');
    expect(targetLinkLabel('t-18-12')).toBe('第18项第12个数字的链接');
    expect(targetLinkLabel('t-5-1')).not.toContain('t-');
  });
  it('refuses anything that is not a target id', () =>
    expect(() => targetLinkLabel('x-1')).toThrow(/not a target id/u));
});

describe('GOAL_RANGE_NOTE', () => {
  it('names the line, never repeats the text’s 以上/以内', () => {
    for (const note of Object.values(GOAL_RANGE_NOTE)) expect(note).not.toMatch(/^及/u);
    expect(`达到90%以上${GOAL_RANGE_NOTE['≥']}`).not.toContain('以上及以上');
  });
});
