/**
 * Checks of the source text before and while it is read, on a small made-up plan of the genre (typed in full width,
 * as most official texts are) and on short strings: characters no official text holds, items glued onto the end of a
 * line, headings without titles, headings written another way, hard-wrapped lines, dates, the 版记, unit lists.
 */
import { describe, expect, it } from 'vitest';
import { gluedHeading } from '../parse/parse-document.ts';
import { parsePlan } from '../parse/parse-plan.ts';
import { forbiddenCharacter, spaceInNumber } from '../text/characters.ts';
import { qingshanRegistry, qingshanText, seedText, sourceErrorOf } from './helpers.ts';

const registry = qingshanRegistry();
const good = qingshanText;
const lines = good.split('\n');
const parse = (text: string) => parsePlan(text, { file: 'x.txt', registry });
/** The made-up plan with line `n` (1-based) changed. */
const edit = (n: number, f: (l: string) => string) => lines.map((l, i) => (i === n - 1 ? f(l) : l)).join('\n');
/** Lines `n` and `n + 1` joined into one. */
const merge = (n: number) => [...lines.slice(0, n - 1), lines[n - 1]! + lines[n]!, ...lines.slice(n + 1)].join('\n');
const errorOf = (text: string) => sourceErrorOf(() => parse(text));

describe('characters no official text holds', () => {
  it.each([
    ['\u00ad', 'U+00AD (SOFT HYPHEN)'],
    ['\u180e', 'U+180E (MONGOLIAN VOWEL SEPARATOR)'],
    ['\u3164', 'U+3164 (HANGUL FILLER)'],
    ['\u115f', 'U+115F (HANGUL CHOSEONG FILLER)'],
    ['\u034f', 'U+034F (COMBINING GRAPHEME JOINER)'],
    ['\u{e0041}', 'U+E0041 (TAG character)'],
    ['\u{1d173}', 'U+1D173 (MUSICAL SYMBOL format character)'],
    ['\u200b', 'U+200B (ZERO WIDTH SPACE)'],
    ['\u2066', 'U+2066 (LEFT-TO-RIGHT ISOLATE)'],
    ['\ufeff', 'U+FEFF (ZERO WIDTH NO-BREAK SPACE (byte-order mark))'],
  ])('%j inside a number is an invisible formatting character at its column', (ch, label) => {
    expect(forbiddenCharacter(`达到5${ch}0万亩`)).toMatchObject({ kind: 'invisible', label, column: 4 });
    expect(errorOf(edit(14, (l) => l.replace('30万亩', `3${ch}0万亩`)))).toMatch(
      new RegExp(`^x\\.txt:14: invisible formatting character ${label.replace(/[()+]/gu, '\\$&')} at column \\d+`, 'u'),
    );
  });
  it('noncharacters, separators, the replacement character and controls have their own words', () => {
    expect(forbiddenCharacter('a\ufffeb')).toMatchObject({ kind: 'noncharacter', column: 2 });
    expect(forbiddenCharacter('a\u{10ffff}b')).toMatchObject({ kind: 'noncharacter' });
    expect(forbiddenCharacter('a\u2028b')).toMatchObject({ kind: 'separator', label: 'U+2028 (LINE SEPARATOR)' });
    expect(forbiddenCharacter('a\ufffdb')).toMatchObject({ kind: 'replacement' });
    expect(forbiddenCharacter('a\u0000b')).toMatchObject({ kind: 'control', label: 'U+0000 (NUL)' });
  });
  it('columns count characters, not UTF-16 units', () => {
    expect(forbiddenCharacter('\u{20000}\u{20001}\u00ad')).toMatchObject({ column: 3 });
  });
  it('tabs, ordinary and ideographic spaces, CJK extension characters and a variation selector after Han pass', () => {
    expect(forbiddenCharacter('a\tb c\u3000d\u00a0e\u{20000}')).toBeNull();
    expect(forbiddenCharacter('\u845b\ufe00')).toBeNull();
    expect(forbiddenCharacter('5\ufe0f0')).toMatchObject({ label: 'U+FE0F (VARIATION SELECTOR-16)' });
  });
  it('a space between two digits of a number, with the number as written', () => {
    expect(spaceInNumber('达到5 0万亩')).toEqual({ number: '5 0', column: 4 });
    expect(spaceInNumber('1\u30000.标题')).toEqual({ number: '1\u30000', column: 2 });
    expect(spaceInNumber('\uff11\uff12 \uff13')).toEqual({ number: '\uff11\uff12 \uff13', column: 3 });
    expect(spaceInNumber('2024 年 1 月 15 日')).toBeNull();
    expect(spaceInNumber('吴忠市委办公室 人民政府办公室')).toBeNull();
    expect(errorOf(edit(14, (l) => l.replace('30万亩', '3 0万亩')))).toMatch(
      /^x\.txt:14: a space inside the number "3 0" \(column \d+\); a number is written without spaces/u,
    );
  });
  it('the real seed holds none of them', () => {
    for (const l of seedText.split('\n')) {
      expect(forbiddenCharacter(l), l).toBeNull();
      expect(spaceInNumber(l), l).toBeNull();
    }
  });
});

describe('an item glued onto the end of the line before it', () => {
  it.each([
    [
      'a measure after a unit list',
      19,
      (l: string) => `${l}4.新增措施。正文。(责任单位:市财政局)`,
      '"4.新增措施" looks like measure 4',
    ],
    [
      'a measure after a unit list and a space',
      19,
      (l: string) => `${l} 4. 新增措施。正文。`,
      '"4.新增措施" looks like measure 4',
    ],
    [
      'a safeguard',
      22,
      (l: string) => `${l}\uff08三\uff09加强督导。定期督导。`,
      '"\uff08三\uff09加强督导" looks like the heading \uff08三\uff09',
    ],
    ['a section', 22, (l: string) => `${l}四、组织实施。各地落实。`, '"四、组织实施" looks like section 四、'],
    ['a section in the preamble', 9, (l: string) => `${l}一、总体目标`, '"一、总体目标" looks like section 一、'],
    ['a sub-item', 16, (l: string) => `${l}\uff082\uff09再建一批。`, '"\uff082\uff09再建一批" looks like sub-item (2)'],
    ['a circled sub-item', 16, (l: string) => `${l}\u2461再建一批。`, '"\u2461再建一批" looks like sub-item (2)'],
    [
      'a task group written another way',
      14,
      (l: string) => `${l}\u3014二\u3015强化就业`,
      '"\u3014二\u3015强化就业" looks like the heading of item (二)',
    ],
  ])('%s: at that line', (_, n, f, what) => {
    expect(errorOf(edit(n, f))).toBe(
      `x.txt:${n}: ${what} glued to the end of the previous line; start it on its own line`,
    );
  });
  it('two lines merged: at the first', () => {
    expect(errorOf(merge(16))).toMatch(
      /^x\.txt:16: "\uff082\uff09对符合条件的民宿.*" looks like sub-item \(2\) glued/u,
    );
    expect(errorOf(merge(21))).toMatch(/^x\.txt:21: "\uff08二\uff09强化资金保障" looks like the heading/u);
  });
  it.each([
    '提高到1.5倍。',
    '创新实施“19+N”增收措施。',
    '补贴标准为每人每年2000元。2023年起实行。',
    '各县(市、区)1个以上。',
    '按吴政发〔2023〕1号文件执行。',
    '达到90%以上。3、5年内完成。',
    '(见http://x.cn/?a=1)。',
  ])('ordinary text is not an item: %s', (text) => {
    expect(gluedHeading(text)).toBeNull();
  });
  it('the real seed has none', () => {
    for (const l of seedText.split('\n')) expect(gluedHeading(l), l).toBeNull();
  });
});

describe('headings and notice parts that name nothing', () => {
  it('a task group, a section without a title', () => {
    expect(errorOf(edit(13, () => '\uff08一\uff09'))).toBe(
      'x.txt:13: task group \uff08一\uff09 has no title; a heading reads "\uff08一\uff09标题" on one line',
    );
    expect(errorOf(edit(12, () => '二、'))).toMatch(/^x\.txt:12: section 二、 has no title/u);
    expect(errorOf(edit(18, () => '\uff08二\uff09\uff0c'))).toMatch(
      /^x\.txt:18: task group \uff08二\uff09 has no title \(only "\uff0c"\)/u,
    );
  });
  it('a measure or safeguard whose title sentence holds no words', () => {
    expect(errorOf(edit(19, (l) => l.replace('扩大农民就业', '“”')))).toMatch(
      /^x\.txt:19: measure 3 has no title: its first sentence "“”" holds no words/u,
    );
  });
  it('an empty addressee line, a notice without signatures', () => {
    expect(errorOf(edit(3, () => '\uff1a'))).toMatch(/^x\.txt:3: the addressee line "\uff1a" names no addressee/u);
    const unsigned = lines.filter((_, i) => i !== 4 && i !== 5).join('\n');
    expect(errorOf(unsigned)).toMatch(/^x\.txt:5: no signature above the date line/u);
  });
});

describe('headings written another way are named at their own line', () => {
  it.each(['一，', '一．', '一:', '一\uff64', '壹、', '第一、', '第一部分 '])('the first section as "%s"', (form) => {
    expect(errorOf(edit(10, (l) => l.replace('一、', form)))).toBe(
      `x.txt:10: "${form.trim()}" looks like the heading of section 一; sections are written "一、"`,
    );
  });
  it('the first section with its 、 left out: found by the numbering hint, at its line', () => {
    expect(errorOf(edit(10, (l) => l.replace('一、', '一 ')))).toMatch(
      /^x\.txt:10: "一总体目标" looks like the heading of section 一/u,
    );
  });
  it.each(['\u3014一\u3015', '\u3010一\u3011', '\ufe59一\ufe5a', '[一]'])(
    'a task group in other brackets: %s',
    (form) => {
      expect(errorOf(edit(13, (l) => l.replace('\uff08一\uff09', form)))).toBe(
        `x.txt:13: "${form}" looks like the heading of task group (一); such headings are written "(一)"`,
      );
    },
  );
  it.each([
    ['\u2488', `"\u2488" looks like measure 1; measures are written "1."`],
    ['1\uff61', `"1\uff61" looks like measure 1; measures are written "1."`],
    ['\u2460', `"\u2460壮大特色种…" looks like measure 1; measures are written "1." at the start of a line`],
  ])('a measure numbered %s', (form, message) => {
    expect(errorOf(edit(14, (l) => l.replace('1.', form)))).toBe(`x.txt:14: ${message}`);
  });
  it('a measure number far into a line is found (the whole line is searched)', () => {
    const prefix = '附件所列各项工作要求及其他相关事项的说明如下所述并请各地各部门认真对照执行的内容:';
    expect(errorOf(edit(15, (l) => `${prefix}${l}`))).toMatch(
      /^x\.txt:15: ".*2\.发展…" \(not at the start of the line\) looks like measure 2/u,
    );
  });
  it('circled numbers as sub-items of a measure stay its text', () => {
    const text = edit(16, (l) => l.replace('\uff081\uff09', '\u2460')).replace('\uff082\uff09对', '\u2461对');
    expect(parse(text).plan.measures[1]!.paragraphs.map((p) => p.text[0])).toEqual(['\u2460', '\u2461']);
  });
});

describe('lines that stop mid-sentence', () => {
  it('a hard-wrapped measure (a PDF copy) is named at its first short line, not at the unit list', () => {
    const wrapped = lines[18]!.match(/.{1,14}/gu)!;
    const text = [...lines.slice(0, 18), ...wrapped, ...lines.slice(19)].join('\n');
    expect(errorOf(text)).toMatch(/^x\.txt:19: the text of measure 3 ends mid-sentence/u);
  });
  it('a unit list broken over two lines', () => {
    const text = edit(19, (l) => l.replace('社会保障局、', '社会保障局、\n'));
    expect(errorOf(text)).toMatch(
      /^x\.txt:19: the responsible-unit list of measure 3 breaks off at the end of this line/u,
    );
  });
});

describe('the notice date and the 版记', () => {
  it.each(['二〇二四年一月十五日', '2024-01-15', '2024年1月', '2024年1月15日印发'])(
    'a date written "%s": at its line',
    (d) => {
      expect(errorOf(edit(7, () => d))).toBe(
        `x.txt:7: "${d}" stands where the notice's date should be (above the plan title); the date is written YYYY年M月D日 in Arabic numerals, e.g. "2023年3月3日"`,
      );
    },
  );
  it('a deleted date line: at the line where it belongs', () => {
    expect(errorOf(lines.filter((_, i) => i !== 6).join('\n'))).toMatch(
      /^x\.txt:7: no date line between the notice and the plan title/u,
    );
  });
  it('a date sharing its line with the plan title: at that line', () => {
    expect(errorOf(merge(7))).toMatch(/^x\.txt:7: the date shares its line with other text/u);
  });
  it.each([
    ['with 。 after it', (t: string) => t.replace('的通知\n', '的通知。\n')],
    ['joined to the addressees', () => merge(2)],
    ['split over two lines', (t: string) => t.replace('关于印发', '关于印发\n')],
  ])('a notice title %s: at its line', (_, f) => {
    expect(errorOf(f(good))).toMatch(
      /^x\.txt:2: "关于印发.*" looks like the notice title, but the title is a line of its own/u,
    );
  });
  it('spaces inside the date are whitespace', () => {
    const { notice } = parse(edit(7, () => '2024 年 1 月 15 日'));
    expect(notice.date.iso).toBe('2024-01-15');
  });
  it.each(['抄送：市纪委办公室。', '青山市委办公室 2024年1月15日印发'])(
    '"%s" after the plan: not plan text',
    (imprint) => {
      expect(errorOf(`${good.trimEnd()}\n${imprint}\n`)).toMatch(
        /^x\.txt:23: ".*" is the 版记 of the printed notice \(抄送 \/ 印发 lines\), not part of the plan's text; remove it/u,
      );
    },
  );
});

describe('unit lists that do not name units', () => {
  it.each([
    ['\u300a区\u300b', '\u300a\u300b'],
    ['[区]', '[]'],
    ['\u3014区\u3015', '\u3014\u3015'],
  ])('brackets inside a name written %s', (form, pair) => {
    expect(errorOf(edit(14, (l) => l.replace('\uff08区\uff09', form)))).toMatch(
      new RegExp(
        `^x\\.txt:14: the unit "各县${form.replace(/[[\]]/gu, '\\$&')}" in .* writes the brackets inside its name as ${pair.replace(/[[\]]/gu, '\\$&')}; inside a unit name they are written`,
        'u',
      ),
    );
  });
  it('a list ending in 等', () => {
    expect(errorOf(edit(19, (l) => l.replace('财政局)', '财政局等有关部门)')))).toMatch(
      /^x\.txt:19: the responsible-unit list .* ends "财政局等有关部门" with 等: a unit list names every unit it means/u,
    );
  });
});
